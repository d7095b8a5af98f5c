// Types for scripts/bundle-size.js.
export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}
export interface PageScripts {
  page: string;
  /** The page's own <script src> files. */
  local: FileSize[];
  /** Chunks emitted beside the page and loaded on demand (`*.chunk.js`). */
  lazy: FileSize[];
  /** Scripts from other hosts (office.js), not counted. */
  external: string[];
  /** local + lazy JavaScript. */
  bytes: number;
  gzip: number;
  /** The page's local stylesheets. */
  css: { files: FileSize[]; bytes: number; gzip: number };
}
export function pageScripts(htmlFile: string): PageScripts;
