// The preview page for the end-to-end tests, built once per test run by the repository's
// webpack.config.js (production, --env preview) into a temporary folder and served by
// scripts/serve-preview.js (which also serves office.js from node_modules). Jest's global
// set-up starts it and its teardown stops it; the test files find it through PREVIEW_URL_ENV.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "..", "..");
export const PREVIEW_URL_ENV = "VERDEEL_E2E_PREVIEW_URL";

interface PreviewServer {
  url: string;
  close(cb?: () => void): void;
}

/** webpack --mode production --env preview, into `outDir` (not dist/preview: a run never clobbers a user's build). */
export async function buildPreview(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<webpack.Configuration>;
  const config = await makeConfig({ preview: true }, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: outDir, clean: true };
  config.devtool = false;
  config.performance = { hints: false };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(`webpack failed:\n${stats?.toString({ all: false, errors: true, errorDetails: true }) ?? ""}`));
      }
      resolve();
    });
  });
}

/** Builds and serves the preview; `close` stops the server and removes the build. */
export async function startPreview(): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "verdeel-preview-"));
  try {
    await buildPreview(outDir);
  } catch (e) {
    rmSync(outDir, { recursive: true, force: true });
    throw e;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startPreviewServer } = require(path.join(ROOT, "scripts", "serve-preview.js")) as {
    startPreviewServer(o: { root: string; port: number }): Promise<PreviewServer>;
  };
  const server = await startPreviewServer({ root: outDir, port: 0 });
  return {
    url: server.url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
