// The worksheet functions (VERDEEL.*) typed into the preview's sheet, in real headless Chromium:
// the simulated Excel calls the functions the build associated with office.js's CustomFunctions
// (src/preview/worksheet-functions.ts), spills their arrays and recalculates. Expected amounts
// come from an independent exact largest-remainder computation in BigInt, over the populations
// the page shows.
import type { Page } from "playwright-core";
import nhn2020 from "../../src/schedules/nhn-2020.json";
import { expectEventually, makeShareSchedule, previewBrowserPerFile, sheetTexts, watchErrors } from "./preview-browser";

const preview = previewBrowserPerFile();

/** Column letter → index in a row of sheetTexts (the row number comes first). */
const COL: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7 };

async function open(lang: "nl" | "en"): Promise<Page> {
  const page = await preview().context.newPage();
  await page.goto(lang === "en" ? `${preview().url}?lang=en` : preview().url);
  await page.getByRole("table", { name: "Werkblad" }).waitFor();
  return page;
}

/** Types into a cell with the page's cell editor, as a user does. */
async function typeCell(page: Page, lang: "nl" | "en", address: string, content: string): Promise<void> {
  const nl = lang === "nl";
  await page.getByRole("textbox", { name: nl ? "Cel" : "Cell", exact: true }).fill(address);
  await page.getByRole("textbox", { name: nl ? "Nieuwe inhoud" : "New content" }).fill(content);
  await page.getByRole("button", { name: nl ? "Cel invullen" : "Set cell" }).click();
}

/** The text of sheet rows `from`..`to` (1-based) in one column. */
async function column(page: Page, letter: string, from: number, to: number): Promise<string[]> {
  const rows = await sheetTexts(page);
  return rows.slice(from, to + 1).map((r) => r[COL[letter]] ?? "");
}

/** The tooltip of one cell (an error's message). */
async function cellTitle(page: Page, address: string): Promise<string | null> {
  const [, letter, row] = /^([A-Z])(\d+)$/.exec(address) as RegExpExecArray;
  return page.getByRole("table", { name: "Werkblad" }).evaluate(
    (el, [r, c]) => el.querySelectorAll("tr")[Number(r)]?.querySelectorAll("th, td")[Number(c)]?.querySelector("span")?.getAttribute("title") ?? null,
    [row, String(COL[letter])],
  );
}

/** An amount as the sheet shows it under General ("6000,12" / "6000.12") in cents, exactly. */
function cents(text: string, lang: "nl" | "en"): bigint {
  const plain = lang === "nl" ? text.replace(",", ".") : text;
  if (!/^\d+(\.\d{1,2})?$/.test(plain)) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const [int, frac = ""] = plain.split(".");
  return BigInt(int) * 100n + BigInt(frac.padEnd(2, "0"));
}

/** A population as the sheet shows it with #,##0 ("13.478" / "13,478"). */
function population(text: string): bigint {
  return BigInt(text.replace(/[.,]/g, ""));
}

/**
 * Largest remainder in BigInt, independent of the code under test: every share floored to the
 * cent, the cents left over to the largest remainders; equal remainders to the larger
 * population, then the lower CBS code when the function was given codes, then the earlier row
 * (docs/allocation.md).
 */
function largestRemainder(totalCents: bigint, populations: bigint[], codes?: string[]): bigint[] {
  const sum = populations.reduce((a, b) => a + b, 0n);
  const floors = populations.map((p) => (totalCents * p) / sum);
  const left = totalCents - floors.reduce((a, b) => a + b, 0n);
  const code = (i: number): string => codes?.[i] ?? "";
  const order = populations
    .map((p, i) => ({ i, p, rem: (totalCents * p) % sum }))
    .sort((a, b) =>
      a.rem !== b.rem ? (b.rem > a.rem ? 1 : -1) : a.p !== b.p ? (b.p > a.p ? 1 : -1) : code(a.i) !== code(b.i) ? (code(a.i) < code(b.i) ? -1 : 1) : a.i - b.i,
    );
  for (const { i } of order.slice(0, Number(left))) floors[i] += 1n;
  return floors;
}

/**
 * Waits until rows 2..16 of `letter` hold 15 amounts that are the split of `total` over column C
 * (ties by the codes in column B when `byCode`, as VERDEEL.SLEUTEL over the table), and returns them.
 */
async function expectShares(page: Page, lang: "nl" | "en", letter: string, totalCents: bigint, byCode = false): Promise<bigint[]> {
  let shown: string[] = [];
  await expectEventually(async () => {
    shown = await column(page, letter, 2, 16);
    return shown.every((t) => /^\d/.test(t));
  });
  const populations = (await column(page, "C", 2, 16)).map(population);
  const amounts = shown.map((t) => cents(t, lang));
  expect(amounts).toHaveLength(15);
  expect(amounts.reduce((a, b) => a + b, 0n)).toBe(totalCents);
  const codes = byCode ? await column(page, "B", 2, 16) : undefined;
  expect(amounts).toEqual(largestRemainder(totalCents, populations, codes));
  return amounts;
}

test("Dutch: =VERDEEL.AANDEEL(C2:C16;90000) spills 15 exact shares; a changed population recalculates; a filled cell in the way gives #OVERLOOP! until it is emptied", async () => {
  const page = await open("nl");
  const errors = watchErrors(page);
  await typeCell(page, "nl", "D2", "=VERDEEL.AANDEEL(C2:C16;90000)");
  const first = await expectShares(page, "nl", "D", 9_000_000n);

  // Beesel's population changes: the spill follows at once.
  await typeCell(page, "nl", "C2", "23478");
  await expectEventually(async () => (await column(page, "C", 2, 2))[0] === "23.478");
  const second = await expectShares(page, "nl", "D", 9_000_000n);
  expect(second[0]).toBeGreaterThan(first[0]);

  // A value typed into the spill range blocks it; emptying that cell lets it spill again.
  await typeCell(page, "nl", "D10", "x");
  await expectEventually(async () => (await column(page, "D", 2, 2))[0] === "#OVERLOOP!");
  expect(await column(page, "D", 3, 16)).toEqual(["", "", "", "", "", "", "", "x", "", "", "", "", "", ""]);
  expect(await cellTitle(page, "D2")).toBe("Het overloopbereik is niet leeg: maak de cellen eronder leeg.");
  await typeCell(page, "nl", "D10", "");
  await expectShares(page, "nl", "D", 9_000_000n);

  // A total with a decimal comma, as Dutch Excel takes it: € 90.000,50 adds up to the cent.
  await typeCell(page, "nl", "F2", "=VERDEEL.AANDEEL(C2:C16;90000,5)");
  await expectShares(page, "nl", "F", 9_000_050n);
  expect(errors).toEqual([]);
  await page.close();
});

test("Dutch: Beesel =VERDEEL.BIJDRAGE(13478;\"limburg-2020\") is 1078,24; text in the population range is #WAARDE! with the function's message; VERDEEL.SLEUTEL and VERDEEL.SCHEMA on nhn-2020", async () => {
  const page = await open("nl");
  const errors = watchErrors(page);
  await typeCell(page, "nl", "E2", '=VERDEEL.BIJDRAGE(13478;"limburg-2020")');
  await expectEventually(async () => (await column(page, "E", 2, 2))[0] === "1078,24");

  await typeCell(page, "nl", "E4", "=VERDEEL.AANDEEL(A2:A16;90000)");
  await expectEventually(async () => (await column(page, "E", 4, 4))[0] === "#WAARDE!");
  expect(await cellTitle(page, "E4")).toMatch(/^inwoners_bereik, rij 1: "Beesel" is tekst, geen getal\./);
  // The error spills nothing.
  expect(await column(page, "E", 5, 6)).toEqual(["", ""]);

  // nhn-2020's € 90.000 by its key over the table with its headers, and the total it names.
  await typeCell(page, "nl", "G2", '=VERDEEL.SLEUTEL(A1:C16;"nhn-2020")');
  await expectShares(page, "nl", "G", 9_000_000n, true);
  await typeCell(page, "nl", "E6", '=VERDEEL.SCHEMA("nhn-2020";;"totaal")');
  await expectEventually(async () => (await column(page, "E", 6, 6))[0] === String(nhn2020.components[0].total));
  expect(errors).toEqual([]);
  await page.close();
});

test("English: =VERDEEL.SHARE(C2:C16,90000) and =VERDEEL.CONTRIBUTION(13478,\"limburg-2020\"); an error shows #VALUE! with the English message", async () => {
  const page = await open("en");
  const errors = watchErrors(page);
  await typeCell(page, "en", "D2", "=VERDEEL.SHARE(C2:C16,90000)");
  await expectShares(page, "en", "D", 9_000_000n);

  await typeCell(page, "en", "F2", '=VERDEEL.CONTRIBUTION(13478,"limburg-2020")');
  await expectEventually(async () => (await column(page, "F", 2, 2))[0] === "1078.24");

  await typeCell(page, "en", "F4", "=VERDEEL.SHARE(A2:A16,90000)");
  await expectEventually(async () => (await column(page, "F", 4, 4))[0] === "#VALUE!");
  expect(await cellTitle(page, "F4")).toMatch(/"Beesel"/);
  expect(await cellTitle(page, "F4")).not.toMatch(/tekst/);
  expect(errors).toEqual([]);
  await page.close();
});

test("Dutch: a formula naming the user's own schedule shows #WAARDE! until the schedule is made in the Schema's tab, then spills its split", async () => {
  const page = await open("nl");
  const errors = watchErrors(page);
  await page.getByText("Blad Gemeenten, A1:C16: 15 gemeenten.").waitFor();
  await typeCell(page, "nl", "D2", '=VERDEEL.SLEUTEL(A1:C16;"eigen-2024")');
  await expectEventually(async () => (await column(page, "D", 2, 2))[0] === "#WAARDE!");
  expect(await cellTitle(page, "D2")).toMatch(/^Onbekend verdeelschema "eigen-2024"/);

  // The pane's schedule editor: € 50.000 split by population, saved in this workbook.
  await makeShareSchedule(page, { id: "eigen-2024", title: "Eigen verdeling 2024", region: "Noord- en Midden-Limburg", year: "2024", source: "Test", total: "50000" });

  // The formula follows by itself (the shared runtime's streaming functions), nothing retyped.
  await expectShares(page, "nl", "D", 5_000_000n, true);
  expect(await cellTitle(page, "D2")).toBeNull();
  expect(errors).toEqual([]);
  await page.close();
});
