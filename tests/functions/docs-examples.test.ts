// The examples in docs/functions are what the functions give: every formula in their example
// tables is evaluated in a spreadsheet engine (Dutch formulas in a Dutch sheet, English ones in
// an English sheet) and compared with the result the page shows; the NHN table is recomputed.
import * as fs from "node:fs";
import * as path from "node:path";
import type { HyperFormula } from "hyperformula";
import { parseSchedule } from "../../src/allocation";
import { shareUserSchedules } from "../../src/functions/schedules";
import { shareOf } from "../../src/functions/share";
import { NHN_2019 } from "../cli/helpers";
import { largestRemainder, weightedShares } from "./exact";
import { dutchSheet, englishSheet } from "./hyperformula";

const DOCS = path.resolve(__dirname, "../../docs/functions");
const page = (name: string) => fs.readFileSync(path.join(DOCS, name), "utf8");

/** The cells of every Markdown table row, without the | borders, ** and backticks. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((l) => l.startsWith("|") && !/^\|[-| ]+\|$/.test(l))
    .map((l) => l.slice(1, -1).split("|").map((c) => c.trim().replace(/\*\*/g, "").replace(/^`|`$/g, "")));
}

const dutchNumber = (s: string) => Number(s.replace(/\./g, "").replace(",", "."));
const englishNumber = (s: string) => Number(s.replace(/,/g, ""));

/** The value a page shows: a number in the sheet's own notation, or text. */
function shown(result: string, lang: "nl" | "en"): number | string {
  const first = result.split(" / ")[0].replace(/\s*\(.*\)$/, "");
  if (lang === "nl" && /^-?[\d.]+(,\d+)?$/.test(first)) return dutchNumber(first);
  if (lang === "en" && /^-?[\d,]+(\.\d+)?$/.test(first)) return englishNumber(first);
  return first;
}

async function evaluate(formula: string, lang: "nl" | "en"): Promise<unknown> {
  const hf: HyperFormula = await (lang === "nl" ? dutchSheet : englishSheet)([[formula]]);
  return hf.getCellValue({ sheet: 0, row: 0, col: 0 });
}

/** The schedules a page defines in ```json blocks, as the pane hands a user's own schedules over. */
function pageSchedules(markdown: string) {
  return [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => parseSchedule(JSON.parse(m[1]) as unknown));
}

afterEach(() => shareUserSchedules([]));

test("bijdrage.md: every example formula gives the result shown (the page's own schedule shared as the pane shares one)", async () => {
  shareUserSchedules(pageSchedules(page("bijdrage.md")));
  const rows = tableRows(page("bijdrage.md")).filter((r) => r[0].startsWith("=VERDEEL.") && r[1] !== "");
  expect(rows.length).toBeGreaterThanOrEqual(8);
  for (const [formula, result] of rows) {
    const lang = formula.startsWith("=VERDEEL.BIJDRAGE") ? "nl" : "en";
    expect([formula, await evaluate(formula, lang)]).toEqual([formula, shown(result, lang)]);
  }
});

test("schema.md: every example formula, Dutch and English, gives the result shown", async () => {
  const rows = tableRows(page("schema.md")).filter((r) => r.length === 3 && r[0].startsWith("=VERDEEL.SCHEMA"));
  expect(rows.length).toBeGreaterThanOrEqual(7);
  for (const [dutch, english, result] of rows) {
    expect([dutch, await evaluate(dutch, "nl")]).toEqual([dutch, shown(result, "nl")]);
    if (english) {
      const expected = result.includes(" / ") ? result.split(" / ")[1] : shown(result, "nl");
      expect([english, await evaluate(english, "en")]).toEqual([english, expected]);
    }
  }
});

test("aandeel.md: the NHN € 90.000 table is VERDEEL.AANDEEL's split of its populations, adding up to 90.000,00", () => {
  const rows = tableRows(page("aandeel.md")).filter((r) => r.length === 3 && /^[\d.]+$/.test(r[1]));
  expect(rows.map((r) => [r[0], dutchNumber(r[1])])).toEqual(NHN_2019);
  const shares = shareOf(rows.map((r) => [dutchNumber(r[1])]), 90000, "cent", rows.map((r) => [r[0]]));
  expect(rows.map((r) => dutchNumber(r[2]))).toEqual(shares.map((s) => s[0]));
  const total = tableRows(page("aandeel.md")).find((r) => r[0] === "Totaal")!;
  expect(dutchNumber(total[2])).toBe(90000);
  expect(rows.reduce((s, r) => s + Math.round(dutchNumber(r[2]) * 100), 0)).toBe(9_000_000);
});

test("sleutel.md: the Gooi en Vechtstreek table is VERDEEL.SLEUTEL's split and its what-if, and an exact weighted largest remainder", async () => {
  const markdown = page("sleutel.md");
  const section = markdown.slice(markdown.indexOf("## The illustrative weighted key"), markdown.indexOf("## Population alone"));
  const rows = tableRows(section).filter((r) => r.length === 7 && /^GM\d{4}$/.test(r[1]));
  expect(rows).toHaveLength(7);
  const decimalText = (s: string) => s.replace(/\./g, "").replace(",", ".");
  const table = [
    ["Gemeente", "Gemeentecode", "Inwoners", "Woningen", "Oppervlakte (km²)"],
    ...rows.map((r) => [r[0], r[1], dutchNumber(r[2]), dutchNumber(r[3]), dutchNumber(r[4])]),
  ];
  const sheet = table.map((r, i) => [
    ...r,
    i === 1 ? '=VERDEEL.SLEUTEL(A1:E8; "gooi-vechtstreek-voorbeeld")' : null,
    i === 1 ? '=VERDEEL.SLEUTEL(A1:E8; "gooi-vechtstreek-voorbeeld"; ; 300000; I1:K2)' : null,
    null,
    ...(i === 0 ? ["Inwoners", "Woningen", "Oppervlakte"] : i === 1 ? [0.4, 0.4, 0.2] : []),
  ]);
  const hf = await dutchSheet(sheet);
  const column = (col: number) => rows.map((_, i) => hf.getCellValue({ sheet: 0, row: i + 1, col }));
  expect(column(5)).toEqual(rows.map((r) => dutchNumber(r[5])));
  expect(column(6)).toEqual(rows.map((r) => dutchNumber(r[6])));

  const ties = rows.map((r) => ({ name: r[0], code: r[1], population: dutchNumber(r[2]) }));
  const exact = (total: bigint, weights: string[]) =>
    largestRemainder(weightedShares(total, weights.map((weight, m) => ({ weight, values: rows.map((r) => decimalText(r[2 + m])) }))), ties).map(Number);
  expect(exact(250000n, ["0.5", "0.3", "0.2"])).toEqual(rows.map((r) => dutchNumber(r[5])));
  expect(exact(300000n, ["0.4", "0.4", "0.2"])).toEqual(rows.map((r) => dutchNumber(r[6])));
  const totals = tableRows(section).find((r) => r[0] === "Totaal")!;
  expect([dutchNumber(totals[5]), dutchNumber(totals[6])]).toEqual([250000, 300000]);
});

test("sleutel.md: the fixed-percentages example (the page's own schedule) splits as shown", async () => {
  const markdown = page("sleutel.md");
  const section = markdown.slice(markdown.indexOf("## Fixed percentages"), markdown.indexOf("## Errors"));
  shareUserSchedules(pageSchedules(section));
  const rows = tableRows(section).filter((r) => r.length === 3 && /^GM\d{4}$/.test(r[1]));
  expect(rows).toHaveLength(3);
  const hf = await dutchSheet([
    ["Gemeente", "Gemeentecode", "Bijdrage"],
    ...rows.map((r, i) => [r[0], r[1], i === 0 ? '=VERDEEL.SLEUTEL(A1:B4; "voorbeeld-vaste-percentages")' : null]),
  ]);
  expect(rows.map((_, i) => hf.getCellValue({ sheet: 0, row: i + 1, col: 2 }))).toEqual(rows.map((r) => dutchNumber(r[2])));
  // 12.345 × 33,3 % twice and × 33,4 %: floors 4.110, 4.110, 4.123; the two euros left go to the 0,885 remainders
  expect(rows.map((r) => dutchNumber(r[2]))).toEqual([4111, 4123, 4111]);
});
