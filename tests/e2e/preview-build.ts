// What the end-to-end project builds once per test run (Jest's global set-up): the repository's
// webpack.config.js in production mode twice, in one webpack run, into a temporary folder: the
// preview page (--env preview: the production Office host on office.js, with the simulated Excel
// behind it), served by scripts/serve-preview.js (which serves office.js from node_modules), and
// the add-in as it ships (taskpane.html and its scripts), which production-build.e2e.test.ts
// checks. The test files find them through the environment (E2E_ENV).
//
// The builds run in Jest's main process while the workers run the unit files (they used to hold
// every test back for about 100 CPU seconds); an end-to-end file waits for them (buildsReady).
// ts-loader only transpiles here: `npm test` type-checks everything with tsc before Jest runs.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
  /** Written when both builds are done: `{ "ok": true }` or `{ "error": "…" }`. */
  buildResult: "VERDEEL_E2E_BUILD_RESULT",
} as const;

/** How long an end-to-end file waits for the builds: a guard against a hang (about 10 minutes at load 20). */
export const BUILD_WAIT_MS = 20 * 60_000;

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
  // Transpile only: the type check is `npm run typecheck`'s, before Jest (about 30 CPU s of 104).
  for (const rule of c.module?.rules ?? []) {
    const use = (rule as { use?: { loader?: string; options?: Record<string, unknown> } }).use;
    if (use?.loader === "ts-loader") use.options = { ...use.options, transpileOnly: true };
  }
  return c;
}

/** Both builds in one webpack run; the production build's module list written beside it. */
export async function buildAll(previewDir: string, productionDir: string): Promise<void> {
  // No source maps: no test reads them.
  const preview = await config({ preview: true }, previewDir);
  preview.devtool = false;
  const production = await config({}, productionDir);
  production.devtool = false;
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

/**
 * Serves the preview folder and starts both builds; resolves once the server listens, before the
 * builds are done (they write E2E_ENV.buildResult's file). `close` waits for the builds, stops the
 * server and removes the builds.
 */
export async function startBuilds(): Promise<{
  url: string;
  previewDir: string;
  productionDir: string;
  resultFile: string;
  close(): Promise<void>;
}> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "verdeel-e2e-"));
  const previewDir = path.join(dir, "preview");
  const productionDir = path.join(dir, "production");
  const resultFile = path.join(dir, "build-result.json");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startPreviewServer } = require(path.join(ROOT, "scripts", "serve-preview.js")) as {
    startPreviewServer(o: { root: string; port: number; building: boolean }): Promise<PreviewServer>;
  };
  const server = await startPreviewServer({ root: previewDir, port: 0, building: true });
  const writeResult = (result: { ok: true } | { error: string }): void => {
    // Renamed into place, so a test never reads half a file.
    writeFileSync(`${resultFile}.tmp`, JSON.stringify(result));
    renameSync(`${resultFile}.tmp`, resultFile);
  };
  const built = buildAll(previewDir, productionDir).then(
    () => writeResult({ ok: true }),
    (e: unknown) => writeResult({ error: e instanceof Error ? e.message : String(e) }),
  );
  return {
    url: server.url,
    previewDir,
    productionDir,
    resultFile,
    close: async () => {
      await built;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** In an end-to-end file: resolves once the global set-up's builds are done; a failed build fails the file. */
export async function buildsReady(): Promise<void> {
  const file = process.env[E2E_ENV.buildResult];
  if (!file) throw new Error(`${E2E_ENV.buildResult} is not set: run the end-to-end tests through jest (its e2e project builds the add-in).`);
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the end-to-end builds did not finish within ${BUILD_WAIT_MS / 60_000} minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const result = JSON.parse(readFileSync(file, "utf8")) as { ok?: true; error?: string };
  if (result.error !== undefined) throw new Error(`the end-to-end builds failed: ${result.error}`);
}
