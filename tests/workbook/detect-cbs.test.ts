// CBS StatLine exports (table 03759ned) pasted as they come.
import { detectTable } from "../../src/workbook/detect";
import { hasErrors } from "../../src/workbook/findings";
import type { CellValue, DetectResult, Finding } from "../../src/workbook/types";
import { makeGrid } from "./grid-helpers";

const only = (r: DetectResult, code: Finding["code"]): Finding[] => r.findings.filter((f) => f.code === code);

// Illustrative figures (Beesel's is the one in the seeds).
const EXPORT: CellValue[][] = [
  ["Bevolking op 1 januari en gemiddelde; geslacht, leeftijd en regio", null, null],
  [null, null, null],
  ["Regio's", "Perioden", "Bevolking op 1 januari (aantal)"],
  ["Nederland", "2022", 17590672],
  ["Limburg (PV)", "2022", 1112000],
  ["Zuid-Nederland (LD)", 2022, 3700000],
  ["Groningen (gemeente)", "2022", 234000],
  ["Beesel", "2022", 13478],
  ["Nederland", "2023*", 17811291],
  ["Limburg (PV)", "2023*", 1115000],
  ["Groningen (gemeente)", "2023*", 238000],
  ["Beesel", "2023*", 13500],
];

describe("CBS StatLine export in cells", () => {
  it("uses the latest period, strips (gemeente), skips provinces, landsdelen and Nederland", () => {
    const r = detectTable(makeGrid(EXPORT));
    expect(r.table).toMatchObject({ headerRow: 2, nameColumn: 0, populationColumn: 2, period: "2023*", periodColumn: 1 });
    expect(r.table?.rows).toEqual([
      { row: 10, name: "Groningen", population: 238000 },
      { row: 11, name: "Beesel", population: 13500 },
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["cbs-period-chosen", "info", "B3"],
      ["cbs-row-skipped", "info", "A9"],
      ["cbs-row-skipped", "info", "A10"],
    ]);
    expect(only(r, "cbs-period-chosen")[0].params).toMatchObject({
      period: "2023*",
      available: "2022, 2023*",
      provisional: 1,
      byChoice: 0,
      otherRows: 5,
    });
    expect(only(r, "cbs-row-skipped").map((f) => f.params.kind)).toEqual(["NL", "PV"]);
    expect(hasErrors(r.findings)).toBe(false);
  });

  it("a chosen period; rows of the other period are neither charged nor duplicates", () => {
    const r = detectTable(makeGrid(EXPORT), { period: "2022" });
    expect(r.table?.period).toBe("2022");
    expect(r.table?.rows.map((x) => [x.row, x.name, x.population])).toEqual([
      [6, "Groningen", 234000],
      [7, "Beesel", 13478],
    ]);
    expect(only(r, "duplicate-municipality")).toEqual([]);
    expect(only(r, "cbs-row-skipped").map((f) => [f.cell, f.params.kind])).toEqual([
      ["A4", "NL"],
      ["A5", "PV"],
      ["A6", "LD"],
    ]);
    expect(only(r, "cbs-period-chosen")[0].params.byChoice).toBe(1);
  });

  it("a chosen period that is not there is an error naming the ones that are", () => {
    const r = detectTable(makeGrid(EXPORT), { period: "2021" });
    const f = only(r, "period-not-found");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", cell: "B3", params: { asked: "2021", available: "2022, 2023*" } });
  });

  it("one period: no finding, the period is recorded", () => {
    const r = detectTable(makeGrid(EXPORT.slice(0, 8)));
    expect(r.table?.period).toBe("2022");
    expect(only(r, "cbs-period-chosen")).toEqual([]);
    expect(r.table?.rows.map((x) => x.name)).toEqual(["Groningen", "Beesel"]);
  });

  it("a Jaar column that holds no periods is not used as one", () => {
    const r = detectTable(
      makeGrid([
        ["Gemeente", "Jaar", "Inwoners"],
        ["Beesel", "vanaf 2019", 13478],
        ["Weert", "2020", 50020],
      ]),
    );
    expect(r.table?.period).toBeUndefined();
    expect(r.table?.rows).toHaveLength(2);
  });

  it("typed data set: codes in RegioS padded with spaces, periods 2022JJ00", () => {
    const r = detectTable(
      makeGrid([
        ["ID", "RegioS", "Perioden", "BevolkingOp1Januari_1"],
        [0, "NL01      ", "2022JJ00", 17590672],
        [1, "PV31      ", "2022JJ00", 1112000],
        [2, "GM0889    ", "2022JJ00", 13478],
        [3, "GM0988    ", "2022JJ00", 50020],
      ]),
    );
    expect(r.table?.rows).toEqual([
      { row: 3, name: "GM0889", code: "GM0889", population: 13478 },
      { row: 4, name: "GM0988", code: "GM0988", population: 50020 },
    ]);
    expect(only(r, "cbs-row-skipped").map((f) => [f.cell, f.params.kind])).toEqual([
      ["B2", "NL"],
      ["B3", "PV"],
    ]);
    expect(r.table?.period).toBe("2022JJ00");
  });

  it("names with a padded code column", () => {
    const r = detectTable(
      makeGrid([
        ["Regio's", "Gemeentecode", "Bevolking op 1 januari (aantal)"],
        ["Beesel", "  GM0889   ", 13478],
      ]),
    );
    expect(r.table?.rows).toEqual([{ row: 1, name: "Beesel", code: "GM0889", population: 13478 }]);
  });
});

describe("CBS CSV pasted unsplit into column A", () => {
  const lines: CellValue[][] = [
    ["Bevolking; geslacht, leeftijd en regio", null, null],
    ["\uFEFFRegio's;Perioden;Bevolking op 1 januari (aantal)", null, null],
    ["Beesel;2022;13478", null, null],
    ['"Groningen (gemeente)";"2022";"234000"', null, null],
    ['"Limburg (PV)";"2022";"1112000"', null, null],
    ["Weert;2022;50.020", null, null],
    ["Venlo;2022;", null, "notitie"],
    ['"Bergen; L.";2022;13000', null, null],
    ["Nederweert;2022;17000,5", null, null],
    ["Gennep;2022;.", null, null],
    [null, null, null],
    ["Bron: CBS", null, null],
  ];

  it("splits virtually and names the real cells", () => {
    const r = detectTable(makeGrid(lines));
    const t = r.table;
    expect(t).toBeDefined();
    expect(t?.split).toEqual({
      column: 0,
      separator: ";",
      fields: ["Regio's", "Perioden", "Bevolking op 1 januari (aantal)"],
      nameField: 0,
      populationField: 2,
      periodField: 1,
    });
    expect(t).toMatchObject({ headerRow: 1, nameColumn: 0, populationColumn: 0, lastColumn: 2, period: "2022", lastRow: 9 });
    expect(t?.rows).toEqual([
      { row: 2, name: "Beesel", population: 13478 },
      { row: 3, name: "Groningen", population: 234000 },
      { row: 7, name: "Bergen; L.", population: 13000 },
    ]);
    // Venlo and Gennep have no figure at all ("" and CBS's "."): in a CBS export these are
    // municipalities that did not exist in the period, skipped with one note.
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["cbs-row-skipped", "A5"],
      ["population-text", "A6"],
      ["cbs-former-municipalities", "A7"],
      ["population-decimal", "A9"],
      ["note-row", "A12"],
    ]);
    expect(only(r, "population-text")[0].params).toMatchObject({ text: "50.020", suggestion: "50020" });
    expect(only(r, "cbs-former-municipalities")[0].params).toEqual({ count: 2, period: "2022", names: "Venlo, Gennep" });
    expect(t?.formerMunicipalities).toEqual(["Venlo", "Gennep"]);
  });

  it("puts nothing to the left of the used area: lastColumn is the rightmost used column", () => {
    const r = detectTable(makeGrid(lines.map((row) => [row[0]])));
    expect(r.table?.lastColumn).toBe(0);
  });

  it("a tab-separated paste works the same", () => {
    const r = detectTable(makeGrid([["Gemeente\tInwoners"], ["Beesel\t13478"]]));
    expect(r.table?.split?.separator).toBe("\t");
    expect(r.table?.rows).toEqual([{ row: 1, name: "Beesel", population: 13478 }]);
  });
});
