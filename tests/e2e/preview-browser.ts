// The set-up the end-to-end tests share: the preview page built by the repository's
// webpack.config.js (production, --env preview), served by scripts/serve-preview.js, opened in
// Debian's headless Chromium through playwright-core; and the gestures the tests repeat.
// Chromium missing is a failure with a clear message, never a skip.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "..", "..");
const CHROMIUM_PATHS = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface PreviewServer {
  url: string;
  close(cb?: () => void): void;
}

export interface PreviewBrowser {
  url: string;
  context: BrowserContext;
  close(): Promise<void>;
}

function findChromium(): string {
  const found = CHROMIUM_PATHS.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium is not installed (looked for ${CHROMIUM_PATHS.join(", ")}). The end-to-end tests of the task pane need ` +
        "Debian's chromium: `apt-get install -y chromium` (.ci/run installs it).",
    );
  }
  return found;
}

/** webpack --mode production --env preview, into `outDir` (not dist/preview: a run never clobbers a user's build). */
async function buildPreview(outDir: string): Promise<void> {
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

/** Builds and serves the preview page and starts Chromium; close() undoes all of it. */
export async function startPreviewBrowser(): Promise<PreviewBrowser> {
  const executablePath = findChromium();
  const outDir = mkdtempSync(path.join(os.tmpdir(), "verdeel-preview-"));
  const profileDir = mkdtempSync(path.join(os.tmpdir(), "verdeel-chromium-"));
  await buildPreview(outDir);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startPreviewServer } = require(path.join(ROOT, "scripts", "serve-preview.js")) as {
    startPreviewServer(o: { root: string; port: number }): Promise<PreviewServer>;
  };
  const server = await startPreviewServer({ root: outDir, port: 0 });
  const context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: CHROMIUM_ARGS });
  return {
    url: server.url,
    context,
    close: async () => {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const dir of [outDir, profileDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: the preview browser started before its tests and closed after them (jest's
 * beforeAll/afterAll), with its timeout. Call at the top level; use the getter inside tests.
 */
export function previewBrowserPerFile(): () => PreviewBrowser {
  jest.setTimeout(180_000);
  let browser: PreviewBrowser | undefined;
  beforeAll(async () => {
    browser = await startPreviewBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the preview browser has not started");
    return browser;
  };
}

/** Everything the page logs as an error, and every uncaught exception. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

/** The in-memory sheet as drawn: the `Werkblad` table's rows of cell texts (header row first). */
export async function sheetTexts(page: Page): Promise<string[][]> {
  const table = page.getByRole("table", { name: "Werkblad" });
  return table.evaluate((el) =>
    Array.from(el.querySelectorAll("tr")).map((tr) =>
      Array.from(tr.querySelectorAll("th, td")).map((c) => (c.textContent ?? "").trim()),
    ),
  );
}

/** The sheet row whose column A holds `name` (after the row number). */
export async function sheetRow(page: Page, name: string): Promise<string[]> {
  const rows = await sheetTexts(page);
  const row = rows.find((r) => r[1] === name);
  if (!row) throw new Error(`No row for ${name} in the Werkblad table`);
  return row;
}

export async function pickSchedule(page: Page, id: string): Promise<void> {
  await page.getByRole("combobox", { name: "Verdeelschema" }).click();
  await page.getByRole("option", { name: new RegExp(`^${id} `) }).click();
  await expectEventually(async () =>
    (await page.getByRole("combobox", { name: "Verdeelschema" }).inputValue()).startsWith(`${id} `),
  );
}

export async function expectEventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ""}`);
}

export async function enabled(button: Locator): Promise<void> {
  await expectEventually(async () => (await button.getAttribute("aria-disabled")) !== "true");
}

/** The rows of a table (role table, native or not) as cell texts, header row first. */
export async function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((el) =>
    Array.from(el.querySelectorAll('tr, [role="row"]')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td, [role="cell"], [role="columnheader"], [role="rowheader"]')).map((c) =>
        (c.textContent ?? "").trim(),
      ),
    ),
  );
}
