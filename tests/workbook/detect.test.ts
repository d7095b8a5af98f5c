import { detectTable } from "../../src/workbook/detect";
import { hasErrors } from "../../src/workbook/findings";
import { gmCodeNumber } from "../../src/workbook/names";
import { formatFinding } from "../../src/workbook/messages";
import type { DetectResult, Finding } from "../../src/workbook/types";
import { err, makeGrid, SHEET, simpleGrid } from "./grid-helpers";

const codes = (r: DetectResult): string[] => r.findings.map((f) => f.code);
const only = (r: DetectResult, code: Finding["code"]): Finding[] => r.findings.filter((f) => f.code === code);
const one = (r: DetectResult, code: Finding["code"]): Finding => {
  const list = only(r, code);
  expect(list).toHaveLength(1);
  return list[0];
};

describe("detectTable: the table", () => {
  it("finds header, columns and rows of a plain range", () => {
    const grid = makeGrid([
      ["Gemeente", "Gemeentecode", "Inwoners"],
      ["Beesel", "GM0889", 13478],
      ["Weert", "GM0988", 50020],
    ]);
    const r = detectTable(grid);
    expect(r.findings).toEqual([]);
    expect(r.table).toMatchObject({
      sheet: SHEET,
      headerRow: 0,
      firstRow: 1,
      lastRow: 2,
      nameColumn: 0,
      codeColumn: 1,
      populationColumn: 2,
      lastColumn: 2,
      headers: { 0: "Gemeente", 1: "Gemeentecode", 2: "Inwoners" },
    });
    expect(r.table?.rows).toEqual([
      { row: 1, name: "Beesel", code: "GM0889", population: 13478 },
      { row: 2, name: "Weert", code: "GM0988", population: 50020 },
    ]);
    expect(r.table?.totalsRow).toBeUndefined();
    expect(hasErrors(r.findings)).toBe(false);
  });

  it("accepts title rows above the header and a grid that does not start at A1", () => {
    const grid = makeGrid(
      [
        ["Bijdragen zorgcoördinatie 2023", null, null],
        [null, null, null],
        ["NAAM", "Aantal Inwoners", "Opmerking"],
        ["Beesel", 13478, "ok"],
        ["Weert", 50020, null],
      ],
      { top: 2, left: 1 },
    );
    const r = detectTable(grid);
    expect(r.findings).toEqual([]);
    expect(r.table).toMatchObject({ headerRow: 4, nameColumn: 1, populationColumn: 2, lastColumn: 3 });
    expect(r.table?.rows.map((x) => [x.row, x.name])).toEqual([
      [5, "Beesel"],
      [6, "Weert"],
    ]);
  });

  it("reads English headers, accents and odd spacing", () => {
    const r = detectTable(makeGrid([["  Municipality ", "POPULATION (number)"], ["Súdwest-Fryslân", 90000]]));
    expect(r.table?.rows).toEqual([{ row: 1, name: "Súdwest-Fryslân", population: 90000 }]);
  });

  it("uses only a code column when there is no name column", () => {
    const r = detectTable(makeGrid([["Gemeentecode", "Inwoners"], ["GM0889", 13478]]));
    expect(r.table?.nameColumn).toBe(0);
    expect(r.table?.rows).toEqual([{ row: 1, name: "GM0889", code: "GM0889", population: 13478 }]);
  });

  it("ends the block at an empty column; the block may continue right of the population", () => {
    const grid = makeGrid([
      ["Gemeente", "Inwoners", "Begroting", null, "Losse notitie"],
      ["Beesel", 13478, "x", null, "y"],
    ]);
    expect(detectTable(grid).table?.lastColumn).toBe(2);
  });

  it("uses a formula's calculated value", () => {
    const grid = makeGrid([["Gemeente", "Inwoners"], ["Beesel", 13478]], { formulas: [[null, null], [null, "=Bron!B2"]] });
    expect(detectTable(grid).table?.rows[0].population).toBe(13478);
  });
});

describe("detectTable: Excel tables", () => {
  const values = [
    ["Overzicht", null, null, null],
    ["Gemeente", "Inwoners", "Code", null],
    ["Beesel", 13478, "GM0889", null],
    ["Weert", 50020, "GM0988", null],
    ["Totaal", 63498, null, null],
  ];

  it("takes header and extent from the table", () => {
    const grid = makeGrid(values, {
      tables: [{ name: "Tabel1", rect: { top: 1, left: 0, bottom: 4, right: 2 }, hasTotalsRow: true }],
    });
    const r = detectTable(grid);
    expect(r.table?.table?.name).toBe("Tabel1");
    expect(r.table).toMatchObject({ headerRow: 1, lastColumn: 2, totalsRow: 4, lastRow: 3, codeColumn: 2 });
    expect(r.table?.rows.map((x) => x.name)).toEqual(["Beesel", "Weert"]);
    const t = one(r, "totals-row");
    expect(t).toMatchObject({ severity: "info", cell: "A5:C5", params: { by: "table" } });
  });

  it("charges nothing below a table without a totals row, and recognises a Totaal row inside it", () => {
    const grid = makeGrid([...values, ["Niet van de tabel", 5, null, null]], {
      tables: [{ name: "T", rect: { top: 1, left: 0, bottom: 4, right: 2 } }],
    });
    const r = detectTable(grid);
    expect(r.table?.rows.map((x) => x.name)).toEqual(["Beesel", "Weert"]);
    expect(r.table?.totalsRow).toBe(4);
    expect(one(r, "totals-row").params.by).toBe("name");
  });

  it("falls back to a plain range when no table has the right headers", () => {
    const grid = makeGrid(
      [
        ["Gemeente", "Inwoners", null, "Iets", "Anders"],
        ["Beesel", 13478, null, 1, 2],
      ],
      { tables: [{ name: "Ander", rect: { top: 0, left: 3, bottom: 1, right: 4 } }] },
    );
    const r = detectTable(grid);
    expect(r.table?.table).toBeUndefined();
    expect(r.table?.rows).toHaveLength(1);
  });
});

describe("detectTable: choosing columns by hand", () => {
  const grid = makeGrid([
    ["Gemeente", "Inwoners 2022", "Inwoners 2023"],
    ["Beesel", 13478, 13500],
    ["Weert", 50020, 50100],
  ]);

  it("refuses to guess between two population columns", () => {
    const r = detectTable(grid);
    const f = one(r, "column-ambiguous");
    expect(f.severity).toBe("error");
    expect(f.cell).toBe("A1:C1");
    expect(f.params.headers).toBe("B1: Inwoners 2022, C1: Inwoners 2023");
    expect(hasErrors(r.findings)).toBe(true);
    expect(r.table).toBeDefined();
  });

  it("takes the column the user chose, matched like detection", () => {
    const r = detectTable(grid, { populationColumn: "  INWONERS 2023 " });
    expect(r.findings).toEqual([]);
    expect(r.table?.populationColumn).toBe(2);
    expect(r.table?.rows.map((x) => x.population)).toEqual([13500, 50100]);
  });

  it("overrides the name column too", () => {
    const g = makeGrid([
      ["Regio", "Gemeente (officieel)", "Inwoners"],
      ["NML", "Beesel", 13478],
    ]);
    expect(detectTable(g).table?.rows[0].name).toBe("NML");
    expect(detectTable(g, { nameColumn: "gemeente (officieel)" }).table?.rows[0].name).toBe("Beesel");
  });

  it("names what was asked and lists the headers when a choice matches nothing", () => {
    const r = detectTable(grid, { populationColumn: "Bevolking" });
    expect(r.table).toBeUndefined();
    const f = one(r, "column-not-found");
    expect(f.severity).toBe("error");
    expect(f.params).toMatchObject({
      role: "population",
      asked: "Bevolking",
      headerRow: 1,
      headers: "A: Gemeente, B: Inwoners 2022, C: Inwoners 2023",
    });
  });
});

describe("detectTable: no table", () => {
  it("reports no-header for a sheet without recognisable headers", () => {
    const r = detectTable(makeGrid([["Iets", "Anders"], [1, 2]]));
    expect(r.table).toBeUndefined();
    expect(one(r, "no-header").params).toMatchObject({ rows: 20, headerRow: 1, headers: "A: Iets, B: Anders" });
  });

  it("reports the missing population column when a name column is there", () => {
    const r = detectTable(makeGrid([["Gemeente", "Aantal"], ["Beesel", 13478]]));
    expect(one(r, "column-not-found").params).toMatchObject({ role: "population", asked: "", headers: "A: Gemeente, B: Aantal" });
  });

  it("does not look further than 20 non-empty rows for the header", () => {
    const rows: (string | number | null)[][] = [];
    for (let i = 0; i < 20; i++) rows.push([`titel ${i}`]);
    rows.push(["Gemeente", "Inwoners"], ["Beesel", 1]);
    expect(codes(detectTable(makeGrid(rows)))).toEqual(["no-header"]);
  });

  it("does not add no-data when every row has its own error", () => {
    const r = detectTable(simpleGrid([["Beesel", "13.478"]]));
    expect(codes(r)).toEqual(["population-text"]);
  });

  it("reports no-data for a header without rows", () => {
    const r = detectTable(makeGrid([["Gemeente", "Inwoners"]]));
    expect(one(r, "no-data")).toMatchObject({ severity: "error", cell: "A1:B1" });
  });
});

describe("detectTable: findings per cell", () => {
  it("population typed as text: says so, suggests the number, never charges it", () => {
    const r = detectTable(
      simpleGrid([
        ["Beesel", "13.478"],
        ["Weert", "50 020"],
        ["Venlo", "veel"],
        ["Gennep", "17,2"],
        ["Horst aan de Maas", "42\u00A0271"],
      ]),
    );
    expect(r.table?.rows).toEqual([]);
    const f = only(r, "population-text");
    expect(f.map((x) => x.cell)).toEqual(["B2", "B3", "B4", "B5", "B6"]);
    expect(f.map((x) => x.params.suggestion)).toEqual(["13478", "50020", undefined, undefined, "42271"]);
    expect(f[0].params).toMatchObject({ text: "13.478", name: "Beesel", type: "text" });
    expect(f.every((x) => x.severity === "error")).toBe(true);
  });

  it("a number stored as text is still text", () => {
    const f = one(detectTable(simpleGrid([["Beesel", "13478"]])), "population-text");
    expect(f.params).toMatchObject({ text: "13478", suggestion: "13478" });
  });

  it("blank, error, decimal and negative populations", () => {
    const grid = simpleGrid([
      ["Beesel", null],
      ["Weert", err("#N/A")],
      ["Venlo", 13478.5],
      ["Gennep", -5],
      ["Venray", "  "],
      ["Roermond", 58000],
    ]);
    const r = detectTable(grid);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["population-blank", "B2"],
      ["population-error", "B3"],
      ["population-decimal", "B4"],
      ["population-negative", "B5"],
      ["population-blank", "B6"],
    ]);
    expect(one(r, "population-error").params.error).toBe("#N/A");
    expect(one(r, "population-decimal").params.value).toBe("13478.5");
    expect(one(r, "population-negative").params.value).toBe("-5");
    expect(r.table?.rows.map((x) => x.name)).toEqual(["Roermond"]);
  });

  it("a formula whose result is an error is population-error", () => {
    const grid = makeGrid([["Gemeente", "Inwoners"], ["Beesel", err("#REF!")], ["Weert", 1]], {
      formulas: [[], [null, "=VERT.ZOEKEN(A2;Bron!A:B;2;0)"], []],
    });
    expect(one(detectTable(grid), "population-error")).toMatchObject({ cell: "B2", params: { error: "#REF!" } });
  });

  it("dates and logical values are not a population", () => {
    const r = detectTable(simpleGrid([["Beesel", new Date("2023-01-01T00:00:00Z")], ["Weert", true], ["Venlo", 1]]));
    expect(only(r, "population-text").map((f) => [f.cell, f.params.type, f.params.text])).toEqual([
      ["B2", "date", "2023-01-01"],
      ["B3", "boolean", "TRUE"],
    ]);
  });

  it("a population without a name", () => {
    const r = detectTable(simpleGrid([["Beesel", 13478], [null, 50020], ["Venlo", 101000], [err("#N/A"), 3], ["Weert", 4]]));
    const f = only(r, "name-blank");
    expect(f.map((x) => x.cell)).toEqual(["A3", "A5"]);
    expect(f[0].params.population).toBe(50020);
    expect(f[1].params.error).toBe("#N/A");
    expect(r.table?.rows.map((x) => x.name)).toEqual(["Beesel", "Venlo", "Weert"]);
  });

  it("names that begin with = + - @ are errors", () => {
    const r = detectTable(simpleGrid([["=Beesel", 1], ["+Weert", 2], ["-Venlo", 3], ["@Gennep", 4], ["'s-Hertogenbosch", 5], ["Echt-Susteren", 6]]));
    expect(only(r, "name-formula-like").map((f) => [f.cell, f.params.name])).toEqual([
      ["A2", "=Beesel"],
      ["A3", "+Weert"],
      ["A4", "-Venlo"],
      ["A5", "@Gennep"],
    ]);
    expect(r.table?.rows.map((x) => x.name)).toEqual(["'s-Hertogenbosch", "Echt-Susteren"]);
  });

  it("the same municipality twice, by name or by code, names both cells", () => {
    const r = detectTable(
      makeGrid([
        ["Gemeente", "Code", "Inwoners"],
        ["Beesel", "GM0889", 13478],
        ["Weert", "GM0988", 50020],
        [" BEESEL", "GM0889 ", 13478],
        ["Wert", "GM0988", 50020],
        ["Bergen (L.)", "GM0893", 13000],
        ["Bergen (NH.)", "GM0373", 29000],
        ["Bergen", "GM0893", 1],
      ]),
    );
    const f = only(r, "duplicate-municipality");
    expect(f.map((x) => [x.cell, x.params.other, x.params.by])).toEqual([
      ["B4", "B2", "code"],
      ["B5", "B3", "code"],
      ["B8", "B6", "code"],
    ]);
    expect(r.table?.rows.map((x) => x.name)).toEqual(["Beesel", "Weert", "Bergen (L.)", "Bergen (NH.)"]);
  });

  it("codes compare trimmed and case-insensitively; GM0889 and GM889 differ", () => {
    const r = detectTable(
      makeGrid([
        ["Gemeente", "Code", "Inwoners"],
        ["Beesel", "GM0889", 1],
        ["Weert", "GM889", 2],
        ["Venlo", "gm0889", 4],
        ["Eigen", "X-12", 8],
        ["Eigen 2", "x-12 ", 16],
      ]),
    );
    expect(only(r, "duplicate-municipality").map((f) => [f.cell, f.params.other])).toEqual([
      ["B4", "B2"],
      ["B6", "B5"],
    ]);
    expect(gmCodeNumber("GM0889")).toBe(gmCodeNumber("gm0889"));
    expect(gmCodeNumber("GM0889")).not.toBe(gmCodeNumber("GM889"));
    expect(gmCodeNumber("GM08A9")).toBe(-1);
    expect(gmCodeNumber("PV20")).toBe(-1);
  });

  it("duplicate names without codes; same name with different codes is not a duplicate", () => {
    const r = detectTable(simpleGrid([["Beesel", 1], ["Weert", 2], ["béésel", 5]]));
    expect(one(r, "duplicate-municipality")).toMatchObject({ cell: "A4", params: { other: "A2", by: "name", name: "béésel" } });
    const r2 = detectTable(
      makeGrid([
        ["Gemeente", "Code", "Inwoners"],
        ["Bergen", "GM0893", 1],
        ["Bergen", "GM0373", 2],
      ]),
    );
    expect(only(r2, "duplicate-municipality")).toEqual([]);
    expect(r2.table?.rows).toHaveLength(2);
  });

  it("a totals row at the end: by name or by sum, info, not charged", () => {
    for (const label of ["Totaal", "TOTAL", "Som", "Generaal totaal", "Eindtotaal", "Totaal regio"]) {
      const r = detectTable(simpleGrid([["Beesel", 13478], ["Weert", 50020], [label, 63498]]));
      expect(r.table?.rows).toHaveLength(2);
      expect(r.table?.totalsRow).toBe(3);
      expect(r.table?.lastRow).toBe(2);
      expect(one(r, "totals-row")).toMatchObject({ severity: "info", cell: "A4:B4", params: { by: "name" } });
    }
    const bySum = detectTable(simpleGrid([["Beesel", 13478], ["Weert", 50020], [null, 63498]]));
    expect(bySum.table?.rows).toHaveLength(2);
    expect(one(bySum, "totals-row")).toMatchObject({ severity: "info", cell: "A4:B4", params: { by: "sum", sum: 63498 } });
    expect(hasErrors(bySum.findings)).toBe(false);
  });

  it("a totals row after blank rows is still the end; one in the middle is an error", () => {
    const r = detectTable(simpleGrid([["Beesel", 13478], ["Weert", 50020], [null, null], ["Totaal", null]]));
    expect(r.table?.totalsRow).toBe(4);
    expect(codes(r)).toEqual(["blank-row", "totals-row"]);
    const mid = detectTable(simpleGrid([["Beesel", 1], ["Subtotaal", 1], ["Weert", 2]]));
    expect(one(mid, "totals-row")).toMatchObject({ severity: "error", cell: "A3:B3", params: { position: "middle" } });
    expect(mid.table?.rows.map((x) => x.name)).toEqual(["Beesel", "Weert"]);
  });

  it("a named last row that equals the sum above is not guessed at: error", () => {
    const r = detectTable(simpleGrid([["Beesel", 10000], ["Weert", 20000], ["Venlo", 30000]]));
    expect(one(r, "totals-row")).toMatchObject({ severity: "error", cell: "A4:B4", params: { by: "sum", position: "named", name: "Venlo" } });
    expect(r.table?.rows).toHaveLength(2);
    expect(hasErrors(r.findings)).toBe(true);
  });

  it("the sum rule needs two rows above and does not fire in the middle", () => {
    const r = detectTable(simpleGrid([["Beesel", 5], ["Weert", 5]]));
    expect(r.table?.rows).toHaveLength(2);
    const r2 = detectTable(simpleGrid([["Beesel", 2], ["Weert", 3], ["Venlo", 5], ["Gennep", 7]]));
    expect(r2.table?.rows).toHaveLength(4);
  });

  it("blank rows inside the data are skipped and reported once per run", () => {
    const r = detectTable(simpleGrid([["Beesel", 1], [null, null], ["", "  "], ["Weert", 2], [null, null], ["Venlo", 7]]));
    expect(only(r, "blank-row").map((f) => [f.cell, f.severity, f.params.from, f.params.to])).toEqual([
      ["A3:B4", "info", 3, 4],
      ["A6:B6", "info", 6, 6],
    ]);
    expect(r.table?.rows.map((x) => x.row)).toEqual([1, 4, 6]);
  });

  it("hidden rows in the data are errors (they would be charged unseen)", () => {
    const grid = simpleGrid([["Beesel", 1], ["Weert", 2], ["Venlo", 3], ["Gennep", 4]]);
    grid.hiddenRows = [2, 3, 0, 40];
    const r = detectTable(grid);
    expect(only(r, "hidden-row").map((f) => [f.cell, f.severity, f.params.from, f.params.to])).toEqual([["A3:B4", "error", 3, 4]]);
    expect(hasErrors(r.findings)).toBe(true);
  });

  it("an active filter and a protected sheet are sheet-wide errors", () => {
    const grid = simpleGrid([["Beesel", 1]]);
    grid.filterActive = true;
    grid.protected = true;
    const r = detectTable(grid);
    expect(r.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["sheet-protected", "error", undefined],
      ["filter-active", "error", undefined],
    ]);
    expect(r.table?.rows).toHaveLength(1);
  });

  it("merged cells in the header or data are errors; a merged title above is fine", () => {
    const grid = makeGrid([
      ["Titel", null, null],
      ["Gemeente", "Inwoners", "Code"],
      ["Beesel", 1, "GM0889"],
      ["Weert", 2, "GM0988"],
    ]);
    grid.merges = [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 10, left: 0, bottom: 11, right: 0 },
    ];
    const r = detectTable(grid);
    expect(only(r, "merged-cells").map((f) => [f.cell, f.severity])).toEqual([
      ["B2:C2", "error"],
      ["A3:A4", "error"],
    ]);
  });

  it("a source note under the data is recognised, not charged", () => {
    const r = detectTable(simpleGrid([["Beesel", 1], ["Weert", 2], [null, null], ["Bron: CBS StatLine, 1 januari 2022", null]]));
    expect(r.table?.rows).toHaveLength(2);
    expect(r.table?.lastRow).toBe(2);
    expect(codes(r)).toEqual(["note-row"]);
    expect(one(r, "note-row")).toMatchObject({ severity: "info", cell: "A5", params: { text: "Bron: CBS StatLine, 1 januari 2022" } });
  });

  it("a row can have several problems, each with its own cell", () => {
    const r = detectTable(simpleGrid([["=Beesel", "13.478"], ["Weert", 1]]));
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["population-text", "B2"],
      ["name-formula-like", "A2"],
    ]);
  });

  it("findings come sorted: sheet-wide first, then by row", () => {
    const grid = simpleGrid([["Beesel", "x"], ["Weert", null], ["Weert", 3], ["Venlo", 4]]);
    grid.hiddenRows = [1];
    grid.protected = true;
    const r = detectTable(grid);
    expect(r.findings.map((f) => f.code)).toEqual(["sheet-protected", "population-text", "hidden-row", "population-blank"]);
  });
});

describe("detectTable: names and figures found in files (issue 8)", () => {
  test.each([
    ["a zero-width space", "Bee\u200Bsel"],
    ["a soft hyphen", "Bee\u00ADsel"],
    ["a word joiner", "Beesel\u2060"],
    ["a byte order mark", "\uFEFFBeesel"],
  ])("names that differ only by %s are the same municipality: a duplicate", (_what, twin) => {
    const { findings } = detectTable(simpleGrid([["Beesel", 13478], ["Weert", 50020], [twin, 13478]]));
    expect(findings.filter((f) => f.code === "duplicate-municipality").map((f) => [f.cell, f.params.other])).toEqual([["A4", "A2"]]);
  });

  test("a no-break space where a space was is the same name", () => {
    const { findings } = detectTable(simpleGrid([["Peel en Maas", 43451], ["Peel\u00A0en Maas", 43451]]));
    expect(findings.filter((f) => f.code === "duplicate-municipality").map((f) => f.cell)).toEqual(["A3"]);
  });

  test.each([
    [Number("9007199254740993"), "9007199254740992"], // as a file stores it: a double cannot hold it exactly
    [1e300, "1e+300"],
  ])("%s inhabitants is refused as too large, not as a decimal", (population, shown) => {
    const { findings } = detectTable(simpleGrid([["Beesel", 13478], ["Weert", population]]));
    const f = findings.find((x) => x.cell === "B3");
    expect(f).toMatchObject({ code: "population-too-large", severity: "error", params: { value: shown } });
    expect(formatFinding(f!, "nl")).toMatch(/te groot/);
  });

  test("a population formula without a stored result: never calculated, not missing", () => {
    const grid = simpleGrid([["Beesel", 13478], ["Weert", null]]);
    grid.formulas = [[], [null, null], [null, "=B2*3"]];
    const { findings } = detectTable(grid);
    const f = findings.find((x) => x.cell === "B3")!;
    expect(f).toMatchObject({ code: "population-blank", params: { formula: "=B2*3" } });
    expect(formatFinding(f, "nl")).toMatch(/nooit is uitgerekend.*Open de werkmap in Excel/);
    expect(formatFinding(f, "en")).toMatch(/never calculated/);
  });
});
