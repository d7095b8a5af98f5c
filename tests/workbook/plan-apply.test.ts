import { allocate, applyOverrides } from "../../src/allocation";
import type { Schedule } from "../../src/allocation/types";
import { detectTable } from "../../src/workbook/detect";
import { auditValue } from "../../src/workbook/audit-layout";
import { EURO_CENTS_FORMAT, EURO_WHOLE_FORMAT, planApply, type PlanApplyArgs } from "../../src/workbook/plan-apply";
import { conflictFindings, toMunicipalities } from "../../src/workbook/plan-findings";
import type { CellValue, DetectedTable, Grid, PlannedCell, WritePlan } from "../../src/workbook/types";
import { handAllocation, LIMBURG_2020, makeGrid, NHN_2020, NML_2023 } from "./grid-helpers";

/** 1 March 2024, 10:00 local time (the audit shows local time). */
const NOW = new Date(2024, 2, 1, 10, 0);

function detect(grid: Grid): DetectedTable {
  const r = detectTable(grid);
  if (!r.table) throw new Error("no table");
  return r.table;
}

function plan(grid: Grid, schedule: Schedule, extra: Partial<PlanApplyArgs> = {}): WritePlan {
  const table = detect(grid);
  const allocation = allocate(schedule, toMunicipalities(table));
  return planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "0.1.0-test", now: NOW, ...extra });
}

const num = (value: string, format = EURO_WHOLE_FORMAT): PlannedCell => ({ kind: "number", value, format });
const text = (value: string): PlannedCell => ({ kind: "text", value });
const SKIP: PlannedCell = { kind: "skip" };
const audit = (p: WritePlan, label: string): string | undefined => p.audit.entries.find((e) => e.label === label)?.value;

const NML_GRID = (): Grid =>
  makeGrid([
    ["Gemeente", "Inwoners"],
    ["Beesel", 13478],
    ["Weert", 50020],
  ]);

describe("planApply: the shape", () => {
  it("two components: amounts, a total, budget lines, a totals row, whole euros", () => {
    const p = plan(NML_GRID(), NML_2023, { budgetLines: { basis: "6700001", uitbreiding: "56814/44320" } });
    expect(p.sheet).toBe("Gemeenten");
    expect(p.top).toBe(0);
    expect(p.left).toBe(2);
    expect(p.totalsRow).toBe(3);
    expect(p.columns).toEqual([
      { column: 2, header: "Bijdrage basis 2023", role: "amount", componentId: "basis", existing: false },
      { column: 3, header: "Bijdrage uitbreiding 2023", role: "amount", componentId: "uitbreiding", existing: false },
      { column: 4, header: "Bijdrage totaal 2023", role: "total", existing: false },
      { column: 5, header: "Begrotingspost basis", role: "budget-line", componentId: "basis", existing: false },
      { column: 6, header: "Begrotingspost uitbreiding", role: "budget-line", componentId: "uitbreiding", existing: false },
    ]);
    expect(p.cells).toEqual([
      [
        text("Bijdrage basis 2023"),
        text("Bijdrage uitbreiding 2023"),
        text("Bijdrage totaal 2023"),
        text("Begrotingspost basis"),
        text("Begrotingspost uitbreiding"),
      ],
      // Beesel: 13478 × 0,08 = 1078,24 -> 1078; × 0,07 = 943,46 -> 943.
      [num("1078"), num("943"), num("2021"), text("6700001"), text("56814/44320")],
      // Weert: 50020 × 0,08 = 4001,60 -> 4002; × 0,07 = 3501,40 -> 3501 (the seed's figure).
      [num("4002"), num("3501"), num("7503"), text("6700001"), text("56814/44320")],
      [num("5080"), num("4444"), num("9524"), SKIP, SKIP],
    ]);
    expect(p.extraCells).toEqual([{ row: 3, col: 0, cell: text("Totaal") }]);
    expect(p.conflicts).toEqual([]);
  });

  it("one component in cents: no total column, the cents format; no budget line, no budget-line column", () => {
    const p = plan(NML_GRID(), LIMBURG_2020);
    expect(p.columns.map((c) => [c.column, c.header, c.role])).toEqual([[2, "Bijdrage zorgcoördinatie 2020", "amount"]]);
    expect(p.cells.map((r) => r[0])).toEqual([
      text("Bijdrage zorgcoördinatie 2020"),
      num("1078.24", EURO_CENTS_FORMAT),
      num("4001.60", EURO_CENTS_FORMAT),
      num("5079.84", EURO_CENTS_FORMAT),
    ]);
    expect(p.cells.every((r) => r.length === 1)).toBe(true);
  });

  it("a budget-line column only for a component that has a budget line", () => {
    const p = plan(NML_GRID(), NML_2023, { budgetLines: { basis: "", uitbreiding: "44320" } });
    expect(p.columns.map((c) => c.header)).toEqual(["Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023", "Begrotingspost uitbreiding"]);
    expect(p.cells[1][3]).toEqual(text("44320"));
  });

  it("amounts in the language's euro format: English €1,078.24 and -€1,078.24", () => {
    const p = plan(NML_GRID(), LIMBURG_2020, { lang: "en" });
    expect(p.cells[1][0]).toEqual(num("1078.24", "€#,##0.00;-€#,##0.00"));
    const q = plan(NML_GRID(), NML_2023, { lang: "en" });
    expect(q.cells[2][2]).toEqual(num("7503", "€#,##0;-€#,##0"));
  });

  it("exports the two number formats", () => {
    expect(EURO_CENTS_FORMAT).toBe("€ #,##0.00;€ -#,##0.00");
    expect(EURO_WHOLE_FORMAT).toBe("€ #,##0;€ -#,##0");
  });

  it("English headers and label", () => {
    const p = plan(NML_GRID(), NML_2023, { lang: "en" });
    expect(p.columns.map((c) => c.header)).toEqual([
      "Contribution base 2023",
      "Contribution extension 2023",
      "Contribution total 2023",
      "Budget line base",
      "Budget line extension",
    ]);
    expect(p.extraCells?.[0].cell).toEqual(text("Total"));
    expect(p.audit.entries[0]).toEqual({ label: "Time", value: NOW.toISOString(), time: true });
    expect(auditValue(p.audit.entries[0], p.audit.lang)).toBe("2024-03-01 10:00");
  });

  it("a component with a period names the period's year", () => {
    const s: Schedule = {
      ...LIMBURG_2020,
      year: 2020,
      components: [
        { id: "overbrugging", label: "Overbrugging", kind: "per-inhabitant", rate: "0.05", period: { from: "2019-04-01", to: "2019-12-31", prorate: "none" } },
      ],
    };
    const p = plan(NML_GRID(), s);
    expect(p.columns[0].header).toBe("Bijdrage overbrugging 2019");
    expect(p.cells[1][0]).toEqual(num("673.90", EURO_CENTS_FORMAT)); // Beesel, seed 003
  });

  it("budget lines are text, also when they begin with = + - @", () => {
    const p = plan(NML_GRID(), NML_2023, { budgetLines: { basis: "=6700001", uitbreiding: "+1.2" } });
    expect(p.cells[1][3]).toEqual(text("=6700001"));
    expect(p.cells[2][4]).toEqual(text("+1.2"));
  });

  it("budget lines: the argument first, then overrides, then the schedule's default", () => {
    const p = plan(NML_GRID(), NML_2023, { budgetLines: { basis: "111" }, overrides: { budgetLines: { basis: "222", uitbreiding: "333" } } });
    expect(p.cells[1][3]).toEqual(text("111"));
    expect(p.cells[1][4]).toEqual(text("333"));
    const q = plan(NML_GRID(), NML_2023);
    expect(q.cells[1][3]).toEqual(text("56814/44320"));
  });

  it("rows that are not charged are left alone", () => {
    const grid = makeGrid([
      ["Regio's", "Bevolking op 1 januari (aantal)"],
      ["Limburg (PV)", 1112000],
      ["Beesel", 13478],
      [null, null],
      ["Weert", 50020],
    ]);
    const p = plan(grid, LIMBURG_2020);
    expect(p.cells.map((r) => r[0].kind)).toEqual(["text", "skip", "number", "skip", "number", "number"]);
    expect(p.totalsRow).toBe(5);
  });

  it("formats amounts exactly, also for an allocation built by hand", () => {
    const grid = NML_GRID();
    const table = detect(grid);
    const allocation = handAllocation(LIMBURG_2020, { zorgcoordinatie: ["1078.24", "-0.05"] });
    const p = planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "x", now: NOW });
    expect(p.cells.map((r) => r[0])).toEqual([
      text("Bijdrage zorgcoördinatie 2020"),
      num("1078.24", EURO_CENTS_FORMAT),
      num("-0.05", EURO_CENTS_FORMAT),
      num("1078.19", EURO_CENTS_FORMAT),
    ]);
  });

  it("the allocation must belong to the table", () => {
    const grid = NML_GRID();
    const table = detect(grid);
    const allocation = handAllocation(NML_2023, { basis: ["1"], uitbreiding: ["1"] });
    expect(() => planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "x", now: NOW })).toThrow(/1.*2/);
  });
});

describe("planApply: totals row", () => {
  it("uses an existing totals row and leaves its label alone", () => {
    const grid = makeGrid([["Gemeente", "Inwoners"], ["Beesel", 13478], ["Weert", 50020], ["Totaal", 63498]]);
    const p = plan(grid, LIMBURG_2020);
    expect(p.totalsRow).toBe(3);
    expect(p.cells[3][0]).toEqual(num("5079.84", EURO_CENTS_FORMAT));
    expect(p.extraCells).toBeUndefined();
    expect(p.conflicts).toEqual([]);
  });

  it("labels a sum row without a name", () => {
    const grid = makeGrid([["Gemeente", "Inwoners"], ["Beesel", 13478], ["Weert", 50020], [null, 63498]]);
    const p = plan(grid, LIMBURG_2020);
    expect(p.totalsRow).toBe(3);
    expect(p.extraCells).toEqual([{ row: 3, col: 0, cell: text("Totaal") }]);
  });

  it("goes below a source note instead of onto it", () => {
    const grid = makeGrid([["Gemeente", "Inwoners"], ["Beesel", 13478], ["Weert", 50020], ["Bron: CBS", null]]);
    const p = plan(grid, LIMBURG_2020);
    expect(p.totalsRow).toBe(4);
    expect(p.cells).toHaveLength(5);
    expect(p.extraCells?.[0]).toMatchObject({ row: 4, col: 0 });
  });

  it("an Excel table: columns right of it, totals in its totals row or just below it", () => {
    const values: CellValue[][] = [
      ["Gemeente", "Inwoners", "Code"],
      ["Beesel", 13478, "GM0889"],
      ["Weert", 50020, "GM0988"],
      ["Totaal", 63498, null],
    ];
    const withTotals = makeGrid(values, { tables: [{ name: "T", rect: { top: 0, left: 0, bottom: 3, right: 2 }, hasTotalsRow: true }] });
    const a = plan(withTotals, LIMBURG_2020);
    expect(a.left).toBe(3);
    expect(a.totalsRow).toBe(3);
    const noTotals = makeGrid(values.slice(0, 3), { tables: [{ name: "T", rect: { top: 0, left: 0, bottom: 2, right: 2 } }] });
    const b = plan(noTotals, LIMBURG_2020);
    expect(b.totalsRow).toBe(3);
    expect(b.extraCells).toEqual([{ row: 3, col: 0, cell: text("Totaal") }]);
  });

  it("an unsplit CSV column: columns right of the used area, the label in that column", () => {
    const grid = makeGrid([["Regio's;Perioden;Bevolking op 1 januari (aantal)"], ["Beesel;2022;13478"], ["Weert;2022;50020"]]);
    const p = plan(grid, LIMBURG_2020);
    expect(p.left).toBe(1);
    expect(p.cells[1][0]).toEqual(num("1078.24", EURO_CENTS_FORMAT));
    expect(p.extraCells).toEqual([{ row: 3, col: 0, cell: text("Totaal") }]);
  });
});

describe("planApply: existing cells", () => {
  it("every filled target cell (value or formula) is a conflict", () => {
    const grid = makeGrid([
      ["Gemeente", "Inwoners", null, null, null, null, null],
      ["Beesel", 13478, null, null, null, null, null],
      ["Weert", 50020, null, null, null, null, "oud"],
      [null, null, null, null, null, null, null],
    ]);
    grid.formulas = [[], [], [], [null, null, null, null, "=SOM(E2:E3)"]];
    const p = plan(grid, NML_2023);
    expect(p.conflicts).toEqual(["G3", "E4"]);
    expect(conflictFindings(p).map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["target-not-empty", "error", "E4"],
      ["target-not-empty", "error", "G3"],
    ]);
  });

  it("reuses a column with the same header and reports its filled cells", () => {
    const grid = makeGrid([
      ["Gemeente", "Inwoners", "bijdrage UITBREIDING 2023"],
      ["Beesel", 13478, 943],
      ["Weert", 50020, 3500],
    ]);
    const p = plan(grid, NML_2023);
    expect(p.columns.map((c) => [c.column, c.existing])).toEqual([
      [3, false],
      [2, true],
      [4, false],
      [5, false],
      [6, false],
    ]);
    expect(p.left).toBe(2);
    expect(p.cells[0][0]).toEqual(SKIP); // the existing header stays as it is
    expect(p.cells[2][0]).toEqual(num("3501"));
    expect(p.conflicts).toEqual(["C2", "C3"]);
    expect(conflictFindings(p).map((f) => f.cell)).toEqual(["C2:C3"]);
  });

  it("a merge in the target columns is a conflict", () => {
    const grid = NML_GRID();
    grid.merges = [{ top: 5, left: 3, bottom: 6, right: 4 }, { top: 1, left: 3, bottom: 2, right: 3 }];
    const p = plan(grid, NML_2023);
    expect(p.conflicts).toEqual(["D2:D3"]);
  });

  it("a second run on its own output finds the same columns and every cell as a conflict", () => {
    const first = plan(NML_GRID(), LIMBURG_2020, { budgetLines: { zorgcoordinatie: "6663001" } });
    const values: CellValue[][] = [
      ["Gemeente", "Inwoners", "Bijdrage zorgcoördinatie 2020", "Begrotingspost zorgcoördinatie"],
      ["Beesel", 13478, 1078.24, "6663001"],
      ["Weert", 50020, 4001.6, "6663001"],
      ["Totaal", null, 5079.84, null],
    ];
    expect(first.cells[0]).toEqual([text(values[0][2] as string), text(values[0][3] as string)]);
    const again = plan(makeGrid(values), LIMBURG_2020, { budgetLines: { zorgcoordinatie: "6663001" } });
    expect(again.columns.every((c) => c.existing)).toBe(true);
    expect(again.totalsRow).toBe(3);
    expect(again.conflicts).toEqual(["C2", "D2", "C3", "D3", "C4"]);
  });
});

describe("planApply: audit record", () => {
  it("records schedule, rules, rows, totals and version", () => {
    const s: Schedule = { ...NML_2023 };
    const p = plan(NML_GRID(), s, { budgetLines: { basis: "6700001" } });
    const labels = p.audit.entries.map((e) => e.label);
    expect(labels).toEqual([
      "Tijdstip",
      "Schema",
      "Bron",
      "Regio",
      "Jaar",
      "Afronding",
      "Peildatum inwoners",
      "Blad",
      "Kolommen",
      "Rijen",
      "Inwoners (totaal)",
      "Tarief basis",
      "Periode basis",
      "Begrotingspost basis",
      "Totaal basis",
      "Tarief uitbreiding",
      "Periode uitbreiding",
      "Begrotingspost uitbreiding",
      "Totaal uitbreiding",
      "Totaal",
      "Versie",
    ]);
    // The instant; the audit sheet shows it in local date and time in the user's language.
    expect(audit(p, "Tijdstip")).toBe(NOW.toISOString());
    expect(auditValue(p.audit.entries[0], p.audit.lang)).toBe("1-3-2024 10:00");
    expect(audit(p, "Schema")).toBe("nml-2023 — Noord- en Midden-Limburg, vanaf 2023");
    expect(audit(p, "Afronding")).toBe("op hele euro's, half weg van nul (rekenkundig afronden)");
    expect(audit(p, "Peildatum inwoners")).toBe("CBS, 1 januari 2022");
    expect(audit(p, "Kolommen")).toBe("gemeente: A (Gemeente); inwoners: B (Inwoners)");
    expect(audit(p, "Rijen")).toBe("2");
    expect(audit(p, "Inwoners (totaal)")).toBe("63.498");
    expect(audit(p, "Tarief uitbreiding")).toBe("€ 0,07 per inwoner");
    expect(audit(p, "Periode basis")).toBe("heel jaar; factor 1");
    expect(audit(p, "Begrotingspost basis")).toBe("6700001");
    expect(audit(p, "Totaal uitbreiding")).toBe("€ 4.444");
    expect(audit(p, "Totaal")).toBe("€ 9.524");
    expect(audit(p, "Versie")).toBe("0.1.0-test");
  });

  it("the same record in English, a what-if rate marked with the agreed one", () => {
    const changed = applyOverrides(NML_2023, { rates: { uitbreiding: "0.09" } });
    const p = plan(NML_GRID(), changed, { overrides: { rates: { uitbreiding: "0.09" } }, agreedSchedule: NML_2023, budgetLines: { basis: "6700001", uitbreiding: "" }, lang: "en" });
    expect(p.audit.entries.map((e) => e.label)).toEqual([
      "Time",
      "Schedule",
      "Source",
      "Region",
      "Year",
      "Rounding",
      "Population reference date",
      "Sheet",
      "Columns",
      "Rows",
      "Population (total)",
      "Rate base",
      "Period base",
      "Budget line base",
      "Total base",
      "Rate extension",
      "Period extension",
      "Budget line extension",
      "Total extension",
      "Total",
      "Version",
    ]);
    expect(audit(p, "Columns")).toBe("municipality: A (Gemeente); population: B (Inwoners)");
    expect(audit(p, "Population (total)")).toBe("63,498");
    expect(audit(p, "Rate base")).toBe("€0.08 per inhabitant");
    expect(audit(p, "Rate extension")).toBe("€0.09 per inhabitant (changed; agreed €0.07)");
    expect(audit(p, "Period base")).toBe("whole year; factor 1");
    expect(audit(p, "Budget line extension")).toBe("(not given)");
    // 13478 × 0,09 = 1213,02 → 1213 and 50020 × 0,09 = 4501,80 → 4502; basis 1078 + 4002.
    expect(audit(p, "Total extension")).toBe("€5,715");
    expect(audit(p, "Total")).toBe("€10,795");
  });

  it("marks what-if rates with the agreed one", () => {
    const changed = applyOverrides(NML_2023, { rates: { uitbreiding: "0,09" } });
    const p = plan(NML_GRID(), changed, { overrides: { rates: { uitbreiding: "0.09" } }, agreedSchedule: NML_2023 });
    expect(audit(p, "Tarief uitbreiding")).toBe("€ 0,09 per inwoner (gewijzigd; vastgesteld € 0,07)");
    expect(audit(p, "Tarief basis")).toBe("€ 0,08 per inwoner");
    expect(p.cells[2][1]).toEqual(num("4502")); // 50020 × 0,09 = 4501,80
    const noAgreed = plan(NML_GRID(), changed, { overrides: { rates: { uitbreiding: "0.09" } } });
    expect(audit(noAgreed, "Tarief uitbreiding")).toBe("€ 0,09 per inwoner (gewijzigd)");
  });

  it("an edited rate is named in the headers of its column and the total, which take over Invullen's own columns", () => {
    const edited = applyOverrides(NML_2023, { rates: { uitbreiding: "0,09" } });
    const first = plan(NML_GRID(), edited, { agreedSchedule: NML_2023, budgetLines: { basis: "", uitbreiding: "" } });
    expect(first.columns.map((c) => [c.column, c.header, c.existing])).toEqual([
      [2, "Bijdrage basis 2023", false],
      [3, "Bijdrage uitbreiding 2023 (gewijzigd € 0,09)", false],
      [4, "Bijdrage totaal 2023 (gewijzigd uitbreiding € 0,09)", false],
    ]);

    // On a sheet that holds the agreed columns: the same columns, retitled, and the headers are conflicts too.
    const agreedSheet = makeGrid([
      ["Gemeente", "Inwoners", "Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"],
      ["Beesel", 13478, 1078, 943, 2021],
      ["Weert", 50020, 4002, 3501, 7503],
      ["Totaal", null, 5080, 4444, 9524],
    ]);
    const again = plan(agreedSheet, edited, { agreedSchedule: NML_2023, budgetLines: { basis: "", uitbreiding: "" } });
    expect(again.columns.map((c) => [c.column, c.header, c.existing, c.retitled ?? false])).toEqual([
      [2, "Bijdrage basis 2023", true, false],
      [3, "Bijdrage uitbreiding 2023 (gewijzigd € 0,09)", true, true],
      [4, "Bijdrage totaal 2023 (gewijzigd uitbreiding € 0,09)", true, true],
    ]);
    expect(again.cells[0]).toEqual([SKIP, text("Bijdrage uitbreiding 2023 (gewijzigd € 0,09)"), text("Bijdrage totaal 2023 (gewijzigd uitbreiding € 0,09)")]);
    expect(again.cells[2]).toEqual([num("4002"), num("4502"), num("8504")]);
    expect(again.conflicts).toEqual(expect.arrayContaining(["D1", "E1", "D3", "E3"]));

    // Back to the agreed rate: the edited columns are retitled to the agreed headers.
    const editedSheet = makeGrid([
      ["Gemeente", "Inwoners", "Bijdrage basis 2023", "Bijdrage uitbreiding 2023 (gewijzigd € 0,09)", "Bijdrage totaal 2023 (gewijzigd uitbreiding € 0,09)"],
      ["Beesel", 13478, 1078, 1213, 2291],
      ["Weert", 50020, 4002, 4502, 8504],
    ]);
    const back = plan(editedSheet, NML_2023, { agreedSchedule: NML_2023, budgetLines: { basis: "", uitbreiding: "" } });
    expect(back.columns.map((c) => [c.column, c.header, c.retitled ?? false])).toEqual([
      [2, "Bijdrage basis 2023", false],
      [3, "Bijdrage uitbreiding 2023", true],
      [4, "Bijdrage totaal 2023", true],
    ]);
  });

  it("edited headers in English, several edits named in the total; a scenario's columns are never taken over", () => {
    const edited = applyOverrides(NML_2023, { rates: { basis: "0.1", uitbreiding: "0.09" } });
    const p = plan(NML_GRID(), edited, { agreedSchedule: NML_2023, lang: "en", budgetLines: { basis: "", uitbreiding: "" } });
    expect(p.columns.map((c) => c.header)).toEqual([
      "Contribution base 2023 (edited base €0.10, extension €0.09)",
      "Contribution extension 2023 (edited base €0.10, extension €0.09)",
      "Contribution total 2023 (edited base €0.10, extension €0.09)",
    ]);
    const withScenario = makeGrid([
      ["Gemeente", "Inwoners", "Bijdrage uitbreiding 2023 (scenario € 0,09)"],
      ["Beesel", 13478, 1213],
      ["Weert", 50020, 4502],
    ]);
    const q = plan(withScenario, applyOverrides(NML_2023, { rates: { uitbreiding: "0.09" } }), { agreedSchedule: NML_2023, budgetLines: { basis: "", uitbreiding: "" } });
    expect(q.columns.map((c) => [c.column, c.existing])).toEqual([[3, false], [4, false], [5, false]]);
  });

  it("records the period and its factor", () => {
    const s: Schedule = {
      ...LIMBURG_2020,
      components: [{ id: "z", label: "Zorg", kind: "share-of-total", total: "100000", period: { from: "2019-04-01", to: "2019-12-31", prorate: "months" } }],
    };
    const p = plan(NML_GRID(), s);
    expect(audit(p, "Periode zorg")).toBe("1-4-2019 t/m 31-12-2019, naar rato per maand; factor 0,75");
    expect(audit(p, "Totaal te verdelen zorg")).toBe("€ 100.000,00, naar rato van het inwonertal");
  });

  it("share of a total: the tie-break rule and who got an extra cent", () => {
    const grid = makeGrid([["Gemeente", "Inwoners"], ["Alkmaar", 1], ["Bergen (NH.)", 1], ["Castricum", 1]]);
    const p = plan(grid, { ...NHN_2020, components: [{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "100" }] });
    // 100 / 3 = 33,333…: one cent left over, equal remainders and populations -> by name.
    expect(p.cells.slice(1, 4).map((r) => r[0])).toEqual([
      num("33.34", EURO_CENTS_FORMAT),
      num("33.33", EURO_CENTS_FORMAT),
      num("33.33", EURO_CENTS_FORMAT),
    ]);
    const v = audit(p, "Verdeling restcenten aandeel") ?? "";
    expect(v).toContain("grootste rest; bij gelijke rest: grotere bevolking");
    expect(v).toContain("Een extra 1 cent naar (1): Alkmaar.");
    expect(audit(p, "Totaal aandeel")).toBe("€ 100,00");
  });

  it("records a CBS period and an unsplit column", () => {
    const grid = makeGrid([["Regio's;Perioden;Bevolking op 1 januari (aantal)"], ["Beesel;2022;13478"], ["Beesel;2023*;13500"]]);
    const p = plan(grid, LIMBURG_2020);
    expect(audit(p, "Periode (CBS)")).toBe("2023* (de laatste in het bestand)");
    expect(audit(p, "Kolommen")).toContain('CSV-regels in kolom A, gesplitst op ";"');
  });
});
