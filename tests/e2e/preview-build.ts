// What the end-to-end project builds once per test run (Jest's global set-up): the repository's
// webpack.config.js in production mode twice, in one webpack run, into a temporary folder: the
// preview page (--env preview: the production Office host on office.js, with the simulated Excel
// behind it), served by scripts/serve-preview.js (which serves office.js from node_modules), and
// the add-in as it ships (taskpane.html and its scripts), which production-build.e2e.test.ts
// checks. The test files find them through the environment (E2E_ENV).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "..", "..");

export const E2E_ENV = {
  /** The preview page's URL. */
  previewUrl: "VERDEEL_E2E_PREVIEW_URL",
  /** The folders of the two builds. */
  previewDir: "VERDEEL_E2E_PREVIEW_DIR",
  productionDir: "VERDEEL_E2E_PRODUCTION_DIR",
} as const;

/** Beside the production build: every module webpack put into it (absolute paths). */
export const PRODUCTION_MODULES = "modules.json";

interface PreviewServer {
  url: string;
  close(cb?: () => void): void;
}

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<webpack.Configuration>;

async function config(env: Record<string, unknown>, outDir: string): Promise<webpack.Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const c = await makeConfig(env, { mode: "production" });
  c.context = ROOT;
  c.output = { ...c.output, path: outDir, clean: true };
  c.performance = { hints: false };
  return c;
}

/** Both builds in one webpack run; the production build's module list written beside it. */
export async function buildAll(previewDir: string, productionDir: string): Promise<void> {
  const preview = await config({ preview: true }, previewDir);
  preview.devtool = false;
  const production = await config({}, productionDir);
  await new Promise<void>((resolve, reject) => {
    webpack([preview, production], (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(`webpack failed:\n${stats?.toString({ all: false, errors: true, errorDetails: true }) ?? ""}`));
      }
      const modules = new Set<string>();
      for (const m of stats.stats[1].compilation.modules) {
        const resource = (m as { resource?: string }).resource ?? m.nameForCondition?.();
        if (resource) modules.add(resource);
      }
      writeFileSync(path.join(productionDir, "..", PRODUCTION_MODULES), JSON.stringify([...modules].sort()));
      resolve();
    });
  });
}

/** Builds both, serves the preview; `close` stops the server and removes the builds. */
export async function startBuilds(): Promise<{ url: string; previewDir: string; productionDir: string; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "verdeel-e2e-"));
  const previewDir = path.join(dir, "preview");
  const productionDir = path.join(dir, "production");
  try {
    await buildAll(previewDir, productionDir);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startPreviewServer } = require(path.join(ROOT, "scripts", "serve-preview.js")) as {
    startPreviewServer(o: { root: string; port: number }): Promise<PreviewServer>;
  };
  const server = await startPreviewServer({ root: previewDir, port: 0 });
  return {
    url: server.url,
    previewDir,
    productionDir,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
