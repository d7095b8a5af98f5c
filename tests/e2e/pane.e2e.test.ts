// End to end in real headless Chromium (Debian's `chromium`, driven by playwright-core): the
// preview page built by the repository's webpack.config.js (production, --env preview) and
// served by scripts/serve-preview.js: the real task pane on the production Office host and
// Microsoft's office.js, with the simulated Excel behind it.
// Chromium missing is a failure with a clear message, never a skip.
import type { Locator, Page } from "playwright-core";
import {
  enabled,
  expectEventually,
  pickSchedule,
  sheetRow,
  sheetTexts,
  watchErrors,
  previewBrowserPerFile,
} from "./preview-browser";

const preview = previewBrowserPerFile();

/** The sheet tabs' names (Fluent's Tab also holds a hidden bold copy of its text to reserve space). */
async function tabs(page: Page): Promise<string[]> {
  return page.getByRole("tablist", { name: "Werkbladen" }).evaluate((el) =>
    Array.from(el.querySelectorAll('[role="tab"]')).map((t) =>
      Array.from(t.querySelectorAll(".fui-Tab__content:not(.fui-Tab__content--reserved-space)"))
        .map((c) => c.textContent ?? "")
        .join(""),
    ),
  );
}

function previewTable(page: Page): Locator {
  return page.getByRole("table", { name: "Voorbeeld van de bijdragen" });
}

async function previewRow(page: Page, name: string): Promise<string[]> {
  return previewTable(page).evaluate((el, wanted) => {
    for (const tr of Array.from(el.querySelectorAll("tbody tr"))) {
      const cells = Array.from(tr.querySelectorAll("td")).map((c) => (c.textContent ?? "").trim());
      if (cells[0] === wanted) return cells;
    }
    return [];
  }, name);
}

test("pick nml-2023, apply, edit the extension rate, overwrite after the question, undo twice: the original sheet", async () => {
  const page = await preview().context.newPage();
  const errors = watchErrors(page);
  await page.goto(preview().url);
  await page.getByRole("combobox", { name: "Verdeelschema" }).waitFor();
  await page.getByText("Blad Gemeenten, A1:C16: 15 gemeenten.").waitFor();
  const original = await sheetTexts(page);
  const originalTabs = await tabs(page);
  expect(originalTabs).toEqual(["Gemeenten", "Bron"]);
  expect(await sheetRow(page, "Weert")).toEqual(["16", "Weert", "GM0988", "50.020", ""]);

  await pickSchedule(page, "nml-2023");
  await expectEventually(async () => (await previewRow(page, "Weert")).join("|") === "Weert|50.020|€ 4.002|€ 3.501|€ 7.503");

  const apply = page.getByRole("button", { name: "Toepassen" });
  const undo = page.getByRole("button", { name: "Ongedaan maken" });
  await enabled(apply);
  await apply.click();
  await page.getByText(/Toegepast: \d+ cellen geschreven/).waitFor();
  await expectEventually(
    async () => (await sheetRow(page, "Weert")).slice(1, 7).join("|") === "Weert|GM0988|50.020|€ 4.002|€ 3.501|€ 7.503",
  );
  // No budget line given (nml-2023 has none): no budget-line columns.
  expect((await sheetTexts(page))[1].slice(4, 8)).toEqual(["Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023", ""]);
  expect(await tabs(page)).toEqual(["Gemeenten", "Bron", "Verantwoording"]);
  const afterFirst = await sheetTexts(page);

  // What-if: 9 cents instead of 7. The preview moves at once; the sheet does not.
  const rate = page.getByRole("group", { name: "Uitbreiding" }).getByRole("textbox", { name: /Tarief/ });
  await rate.fill("0,09");
  await expectEventually(async () => (await previewRow(page, "Weert")).join("|") === "Weert|50.020|€ 4.002|€ 4.502|€ 8.504");
  await page.getByText("vastgesteld € 0,07").first().waitFor();
  expect(await sheetTexts(page)).toEqual(afterFirst);

  await enabled(apply);
  await apply.click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByText("Deze cellen bevatten al gegevens:").waitFor();
  // The edited columns are retitled to name the edit, so their headers are asked about too.
  await dialog.getByText("Let op: gewijzigd tarief, niet vastgesteld: uitbreiding € 0,09 (vastgesteld € 0,07).").waitFor();
  expect(await dialog.getByRole("listitem").allTextContents()).toEqual(["D2:D17", "E1:E17", "F1:F17"]);
  await dialog.getByRole("button", { name: "Overschrijven" }).click();
  await page.getByText("2 acties kunnen ongedaan worden gemaakt.").waitFor();
  await expectEventually(async () => (await sheetRow(page, "Weert")).slice(4, 7).join("|") === "€ 4.002|€ 4.502|€ 8.504");
  expect((await sheetTexts(page))[1].slice(5, 7)).toEqual(["Bijdrage uitbreiding 2023 (gewijzigd € 0,09)", "Bijdrage totaal 2023 (gewijzigd uitbreiding € 0,09)"]);

  await enabled(undo);
  await undo.click();
  await page.getByText("1 actie kan ongedaan worden gemaakt.").waitFor();
  await expectEventually(async () => JSON.stringify(await sheetTexts(page)) === JSON.stringify(afterFirst));
  await enabled(undo);
  await undo.click();
  await page.getByText("Er is nog niets om ongedaan te maken.").waitFor();
  await expectEventually(async () => JSON.stringify(await sheetTexts(page)) === JSON.stringify(original));
  expect(await sheetTexts(page)).toEqual(original);
  expect(await tabs(page)).toEqual(originalTabs);
  expect(errors).toEqual([]);
  await page.close();
});

test("a finding names its cell, and activating it with the keyboard selects that cell in the sheet", async () => {
  const page = await preview().context.newPage();
  const errors = watchErrors(page);
  await page.goto(preview().url);
  await page.getByText("Blad Gemeenten, A1:C16: 15 gemeenten.").waitFor();
  // As a user would in Excel: empty Bergen's population, then let the pane read again.
  await page.getByRole("textbox", { name: "Cel", exact: true }).fill("C3");
  await page.getByRole("textbox", { name: "Nieuwe inhoud" }).fill("");
  await page.getByRole("button", { name: "Cel invullen" }).click();
  await page.getByRole("button", { name: "Gegevens opnieuw lezen" }).click();
  const finding = page.getByRole("button", { name: /cel C3/ });
  await finding.waitFor();
  await finding.focus();
  await page.keyboard.press("Enter");
  await page.getByText("Selectie: Gemeenten!C3").waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test("?debug=wire: the pane drives the Office host on office.js, and every request and its answer is in the page's console", async () => {
  const page = await preview().context.newPage();
  const errors = watchErrors(page);
  const wire: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "debug" && m.text().startsWith("[simulated Excel] request")) wire.push(m.text());
  });
  await page.goto(`${preview().url}?debug=wire`);
  await page.getByText("Blad Gemeenten, A1:C16: 15 gemeenten.").waitFor();
  // The pane's first read: where the selection is, then the cells (office.js's own requests).
  await expectEventually(async () => wire.length >= 2);
  expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe("function");
  expect(errors).toEqual([]);
  await page.close();
});

test("342 municipalities in Chromium: every rate edit recomputes and updates the preview", async () => {
  const page = await preview().context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${preview().url}?rows=342`);
  await page.getByText("Blad Gemeenten, A1:C343: 342 gemeenten.").waitFor();
  await pickSchedule(page, "nml-2023");
  await expectEventually(async () => (await previewRow(page, "Weert"))[4] === "€ 7.503");
  const rate = page.getByRole("group", { name: "Uitbreiding" }).getByRole("textbox", { name: /Tarief/ });

  // Time from the input event to the updated Weert cell in the DOM, measured inside the page.
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number };
    w.__lat = [];
    document.addEventListener("input", () => (w.__t0 = performance.now()), true);
  });
  const cents = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
  await page.evaluate(() => performance.clearMeasures("verdeel:recompute"));
  for (const c of cents) {
    const expected = Math.floor((50020 * c + 50) / 100).toLocaleString("nl-NL");
    const handle = page.evaluate((want) => {
      const w = window as unknown as { __lat: number[]; __t0: number };
      return new Promise<void>((resolve) => {
        const table = document.querySelector('table[aria-label="Voorbeeld van de bijdragen"]') as HTMLElement;
        const weert = (): string | undefined =>
          Array.from(table.querySelectorAll("tbody tr"))
            .map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? ""))
            .find((cells) => cells[0] === "Weert")?.[3];
        const obs = new MutationObserver(() => {
          if (weert() === `€ ${want}`) {
            w.__lat.push(performance.now() - w.__t0);
            obs.disconnect();
            resolve();
          }
        });
        obs.observe(table, { subtree: true, childList: true, characterData: true });
      });
    }, expected);
    await rate.fill(`0,${String(c).padStart(2, "0")}`);
    await handle;
  }
  const { recompute, latency } = await page.evaluate(() => ({
    recompute: performance.getEntriesByName("verdeel:recompute").map((e) => e.duration),
    latency: (window as unknown as { __lat: number[] }).__lat,
  }));
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  expect(recompute.length).toBeGreaterThanOrEqual(cents.length);
  expect(latency).toHaveLength(cents.length);
  if (process.env.VERDEEL_BENCH) {
    process.stdout.write(
      `Chromium, 342 rows: recompute median ${median(recompute).toFixed(2)} ms (max ${Math.max(...recompute).toFixed(2)}); ` +
        `input to updated DOM median ${median(latency).toFixed(1)} ms (max ${Math.max(...latency).toFixed(1)})\n`,
    );
  }
  // The recompute's speed is a figure of `npm run bench` (bench/pane-bench.js), not an assertion.
  expect(errors).toEqual([]);
  await page.close();
});
