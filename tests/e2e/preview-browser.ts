// The set-up the end-to-end tests share: the preview page (built and served once per run by the
// global set-up, preview-build.ts: the production Office host on Microsoft's office.js with the
// simulated Excel behind it), opened in Debian's headless Chromium through playwright-core; and
// the gestures the tests repeat. Chromium missing is a failure with a clear message, never a skip.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { BUILD_WAIT_MS, buildsReady, E2E_ENV } from "./preview-build";

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

/** Starts Chromium on the preview page the global set-up serves; close() stops it. */
export async function startPreviewBrowser(): Promise<PreviewBrowser> {
  const url = process.env[E2E_ENV.previewUrl];
  if (!url) throw new Error(`${E2E_ENV.previewUrl} is not set: run the end-to-end tests through jest (its e2e project builds and serves the preview).`);
  const executablePath = findChromium();
  const profileDir = mkdtempSync(path.join(os.tmpdir(), "verdeel-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: CHROMIUM_ARGS });
  return {
    url,
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: Chromium started before its tests, once the preview is built, and closed after
 * them (jest's beforeAll/afterAll). Call at the top level; use the getter inside tests.
 */
export function previewBrowserPerFile(): () => PreviewBrowser {
  jest.setTimeout(60_000);
  let browser: PreviewBrowser | undefined;
  beforeAll(buildsReady, BUILD_WAIT_MS + 10_000);
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

/** The simulated Excel's sheet as drawn: the `Werkblad` table's rows of cell texts (header row first). */
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

/** The text a select shows: its chosen option's ("" when none). */
export async function chosenText(select: Locator): Promise<string> {
  return select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
}

/** Chooses in the Verdeelschema select (`name`: Schedule in English) the schedule whose option text starts with the id. */
export async function pickSchedule(page: Page, id: string, name = "Verdeelschema"): Promise<void> {
  const select = page.getByRole("combobox", { name });
  const texts = await select.locator("option").allTextContents();
  const label = texts.find((t) => t.startsWith(`${id} `));
  if (!label) throw new Error(`No schedule ${id} in the list: ${texts.join(" | ")}`);
  await select.selectOption({ label });
  await expectEventually(async () => (await chosenText(select)).startsWith(`${id} `));
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

/**
 * Makes a share-of-total schedule in the pane's editor (tab Schema's, Dutch page) and saves it in
 * the workbook: one component "aandeel" splitting `total` a year by population.
 */
export async function makeShareSchedule(
  page: Page,
  s: { id: string; title: string; region: string; year: string; source: string; total: string },
): Promise<void> {
  await page.getByRole("tab", { name: "Schema's" }).click();
  await page.getByRole("button", { name: "Nieuw verdeelschema" }).click();
  await page.getByRole("textbox", { name: "Id", exact: true }).fill(s.id);
  await page.getByRole("textbox", { name: /^Titel \(Nederlands\)/ }).fill(s.title);
  await page.getByRole("textbox", { name: /^Regio/ }).fill(s.region);
  await page.getByRole("textbox", { name: /^Jaar/ }).fill(s.year);
  await page.getByRole("textbox", { name: /^Bron/ }).fill(s.source);
  const component = page.getByRole("group", { name: /: Basis$/ });
  await component.getByRole("combobox", { name: "Soort" }).selectOption("share-of-total");
  await component.getByRole("textbox", { name: /^Totaal te verdelen/ }).fill(s.total);
  await component.getByRole("textbox", { name: /^Id van het onderdeel/ }).fill("aandeel");
  // The group is named after the component: renaming it is the last step on this locator.
  await component.getByRole("textbox", { name: /^Naam \(Nederlands\)/ }).fill("Aandeel");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.getByText(new RegExp(`Verdeelschema ${s.id} is in deze werkmap bewaard`)).waitFor();
}
