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
