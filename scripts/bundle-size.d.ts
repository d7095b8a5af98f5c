// Types for scripts/bundle-size.js.
export interface PageScripts {
  page: string;
  local: { file: string; bytes: number; gzip: number }[];
  external: string[];
  bytes: number;
  gzip: number;
}
export function pageScripts(htmlFile: string): PageScripts;
