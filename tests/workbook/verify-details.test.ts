// The controller's check on realistic sheets: a plain range with a title, a totals row and a
// note, and the same data as an Excel table. Formulas (right and wrong), text, blanks, errors and
// binary noise in the checked column: exactly the wrong cells are reported, each with its cell.
import { allocate } from "../../src/allocation";
import { detectTable } from "../../src/workbook/detect";
import { formatFinding } from "../../src/workbook/messages";
import { cellNumberText } from "../../src/workbook/number-text";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planVerify, verifyReport, type VerifyReport } from "../../src/workbook/plan-verify";
import type { CellValue, Grid } from "../../src/workbook/types";
import { err, makeGrid, LIMBURG_2020 } from "./grid-helpers";

// Limburg from 2020: € 0,08 per inhabitant, cents. Per row: name, population, the figure in the
// checked column, its formula (if any), and what the check must say about it.
const ROWS: [string, number, CellValue, string | null][] = [
  ["Beesel", 13478, 1078.24, null], // right
  ["Bergen (L.)", 13100, 1048, null], // right (1.048,00)
  ["Gennep", 17300, 1384, "=C{r}*0,08"], // a formula that gives the right figure
  ["Horst aan de Maas", 42500, 2975, "=C{r}*0,07"], // a formula with the wrong rate
  ["Mook en Middelaar", 7900, "632,00", null], // text
  ["Peel en Maas", 44000, null, null], // blank
  ["Venlo", 102000, err("#N/A"), null], // error value
  ["Venray", 44500, 3560.0000000000005, "=C{r}*0,04+C{r}*0,04"], // binary noise: Excel shows 3.560,00
  ["Echt-Susteren", 31700, err("#DEEL/0!"), "=C{r}/0"], // a formula giving an error
  ["Leudal", 36000, 2880.01, null], // one cent off
];

/** The sheet: title, blank, header, data, totals row, blank, source note; data from `top`. */
function sheet(asTable: boolean): { grid: Grid; first: number } {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  if (!asTable) values.push(["Bijdragen zorgcoördinatie 2020"], []);
  const first = values.length + 1; // 0-based row of the first municipality
  values.push(["Gemeente", "Gemeentecode", "Inwoners", "Bijdrage 2020", "Opmerking"]);
  ROWS.forEach(([name, pop, figure, f], i) => {
    const r = first + i;
    values.push([name, `GM${1000 + i}`, pop, figure, i === 0 ? "gecontroleerd" : null]);
    formulas[r] = [null, null, null, f === null ? null : f.replace(/\{r\}/g, String(r + 1))];
  });
  const totals = first + ROWS.length;
  values.push(["Totaal", null, 352478, 29998.25]);
  formulas[totals] = [null, null, null, asTable ? "=SUBTOTAL(109,[Bijdrage 2020])" : `=SUM(D${first + 1}:D${totals})`];
  if (!asTable) values.push([], ["Bron: illustratieve aantallen"]);
  const extra: Partial<Grid> = { formulas };
  if (asTable) extra.tables = [{ name: "Bijdragen", rect: { top: 0, left: 0, bottom: totals, right: 4 }, hasTotalsRow: true }];
  return { grid: makeGrid(values, extra), first };
}

function check(asTable: boolean, tolerance = "0"): { report: VerifyReport; first: number } {
  const { grid, first } = sheet(asTable);
  const detected = detectTable(grid);
  expect(detected.findings.filter((f) => f.severity !== "info")).toEqual([]);
  const table = detected.table;
  if (!table) throw new Error("no table");
  expect(table.rows).toHaveLength(ROWS.length);
  const plan = planVerify({ grid, table, checks: [{ target: "zorgcoordinatie", header: "Bijdrage 2020" }] });
  const allocation = allocate(LIMBURG_2020, toMunicipalities(table));
  return { report: verifyReport({ ...plan, allocation, table, tolerance }), first };
}

describe.each([
  ["a plain range with a title, totals row and note", false],
  ["an Excel table with a totals row", true],
])("verify on %s", (_, asTable) => {
  it("lists exactly the wrong cells, each with municipality, expected, found and difference", () => {
    const { report, first } = check(asTable);
    const at = (i: number): string => `D${first + i + 1}`;
    expect(report.mismatches).toEqual([
      { row: first + 4, cell: at(3), name: "Horst aan de Maas", component: "zorgcoordinatie", expected: "3400.00", found: "2975", difference: "-425.00" },
      { row: first + 5, cell: at(4), name: "Mook en Middelaar", component: "zorgcoordinatie", expected: "632.00", found: null, difference: null },
      { row: first + 6, cell: at(5), name: "Peel en Maas", component: "zorgcoordinatie", expected: "3520.00", found: null, difference: null },
      { row: first + 7, cell: at(6), name: "Venlo", component: "zorgcoordinatie", expected: "8160.00", found: null, difference: null },
      { row: first + 9, cell: at(8), name: "Echt-Susteren", component: "zorgcoordinatie", expected: "2536.00", found: null, difference: null },
      { row: first + 10, cell: at(9), name: "Leudal", component: "zorgcoordinatie", expected: "2880.00", found: "2880.01", difference: "0.01" },
    ]);
    expect(report).toMatchObject({ checked: 10, matched: 4, wrong: 6, sumOfDifferences: "-424.99" });
  });

  it("flags the formula with the wrong result, the text, the blank and both errors, each at its cell", () => {
    const { report, first } = check(asTable);
    const at = (i: number): string => `D${first + i + 1}`;
    expect(report.findings.map((f) => [f.code, f.cell, f.params.expected])).toEqual([
      ["check-not-a-number", at(4), "632.00"],
      ["check-blank", at(5), "3520.00"],
      ["check-error", at(6), "8160.00"],
      ["check-error", at(8), "2536.00"],
      ["check-formula", at(3), "3400.00"],
    ]);
    expect(report.findings[3].params).toMatchObject({ error: "#DEEL/0!", formula: `=C${first + 9}/0`, name: "Echt-Susteren" });
    expect(report.findings[4].params).toMatchObject({ formula: `=C${first + 4}*0,07`, found: "2975" });
    expect(report.findings[2].params.formula).toBeUndefined();
    expect(formatFinding(report.findings[0], "nl")).toBe(
      `Blad 'Gemeenten', cel ${at(4)}: de gecontroleerde bijdrage van Mook en Middelaar is tekst ("632,00"), geen getal; verwacht 632.00. Typ het bedrag als getal.`,
    );
    expect(formatFinding(report.findings[4], "en")).toBe(
      `Sheet 'Gemeenten', cell ${at(3)}: the contribution of Horst aan de Maas comes from a formula (=C${first + 4}*0,07) that gives 2975; expected 3400.00. Check the formula and the rate in it.`,
    );
  });

  it("a tolerance lets the cent pass, never a cell without a number", () => {
    const { report } = check(asTable, "0,01");
    expect(report).toMatchObject({ checked: 10, matched: 5, wrong: 5, sumOfDifferences: "-425.00" });
    expect(report.mismatches.map((m) => m.name)).toEqual(["Horst aan de Maas", "Mook en Middelaar", "Peel en Maas", "Venlo", "Echt-Susteren"]);
  });
});

describe("cellNumberText", () => {
  it("reads a number as Excel shows it: 15 significant digits", () => {
    expect(cellNumberText(1078.24 + 943.46)).toBe("2021.7");
    expect(cellNumberText(0.07 * 50020)).toBe("3501.4");
    expect(cellNumberText(3501.4)).toBe("3501.4");
    expect(cellNumberText(123456789012345)).toBe("123456789012345");
    expect(cellNumberText(0.1 + 0.2)).toBe("0.3");
    expect(cellNumberText(1e21)).toBe("1000000000000000000000");
    expect(cellNumberText(-0)).toBe("0");
    expect(cellNumberText(NaN)).toBeNull();
  });
});
