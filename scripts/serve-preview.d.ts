// Types for scripts/serve-preview.js.
import type { Server } from "node:http";
export interface PreviewServer extends Server {
  /** e.g. http://127.0.0.1:3001/ */
  url: string;
}
export function startPreviewServer(options?: { root?: string; port?: number; host?: string; building?: boolean }): Promise<PreviewServer>;
export function fileFor(root: string, urlPath: string): string | undefined;
