// Formula mode of planApply: the formulas, the rates block on Tarieven, the refusals, and — the
// point of it all — that an independent spreadsheet engine (HyperFormula) computes from the
// formulas exactly the figures the allocation core gives.
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { allocate, Decimal } from "../../src/allocation";
import type { Allocation, Schedule } from "../../src/allocation/types";
import { NML_MUNICIPALITIES } from "../../src/preview/example-data";
import { detectTable } from "../../src/workbook/detect";
import { columnSumFormula } from "../../src/workbook/formula-mode";
import { EURO_CENTS_FORMAT, EURO_WHOLE_FORMAT, planApply, type PlanApplyArgs } from "../../src/workbook/plan-apply";
import { PlanError } from "../../src/workbook/plan-error";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planVerify, verifyReport } from "../../src/workbook/plan-verify";
import { RATE_FORMAT, RATES_SHEET } from "../../src/workbook/rates-block";
import type { CellValue, DataRow, DetectedTable, Grid, PlannedCell, WritePlan } from "../../src/workbook/types";
import { evaluatePlans, expectSameFigures } from "./formula-eval";
import { LIMBURG_2020, makeGrid, NHN_2020, NML_2023, populationSchedules } from "./grid-helpers";

const NOW = new Date("2024-03-01T10:00:00Z");

function detect(grid: Grid): DetectedTable {
  const r = detectTable(grid);
  if (!r.table) throw new Error("no table");
  return r.table;
}

function setup(grid: Grid, schedule: Schedule): { table: DetectedTable; allocation: Allocation } {
  const table = detect(grid);
  return { table, allocation: allocate(schedule, toMunicipalities(table)) };
}

function formulaPlan(grid: Grid, schedule: Schedule, ratesSheet?: Grid, extra: Partial<PlanApplyArgs> = {}): WritePlan {
  const { table, allocation } = setup(grid, schedule);
  return planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: NOW, formulas: { ratesSheet }, ...extra });
}

const NML_GRID = (): Grid =>
  makeGrid([
    ["Gemeente", "Inwoners"],
    ["Beesel", 13478],
    ["Weert", 50020],
  ]);

/** The example region as a sheet: Gemeente, Gemeentecode, Inwoners. */
function exampleGrid(populations: readonly number[] = NML_MUNICIPALITIES.map((m) => m.population)): Grid {
  const rows: CellValue[][] = [["Gemeente", "Gemeentecode", "Inwoners"]];
  populations.forEach((p, i) => rows.push([`Gemeente ${i + 1}`, `GM${String(9000 + i)}`, p]));
  NML_MUNICIPALITIES.forEach((m, i) => {
    if (i < populations.length) rows[i + 1][0] = m.name;
  });
  return makeGrid(rows);
}

const text = (value: string): PlannedCell => ({ kind: "text", value });
const formula = (f: string, value: string, format = EURO_WHOLE_FORMAT): PlannedCell => ({ kind: "formula", formula: f, value, format });

describe("formula mode: the cells", () => {
  it("per inhabitant in whole euros: snapped ROUND on the rates block, totals as sums", () => {
    const p = formulaPlan(NML_GRID(), NML_2023);
    expect(p.cells).toEqual([
      [
        text("Bijdrage basis 2023"),
        text("Bijdrage uitbreiding 2023"),
        text("Bijdrage totaal 2023"),
        text("Begrotingspost basis"),
        text("Begrotingspost uitbreiding"),
      ],
      [
        formula("=ROUND(ROUND(B2*Tarieven!$C$2,6),0)", "1078"),
        formula("=ROUND(ROUND(B2*Tarieven!$C$3,6),0)", "943"),
        formula("=C2+D2", "2021"),
        text("56814/44320"),
        text("56814/44320"),
      ],
      [
        formula("=ROUND(ROUND(B3*Tarieven!$C$2,6),0)", "4002"),
        formula("=ROUND(ROUND(B3*Tarieven!$C$3,6),0)", "3501"),
        formula("=C3+D3", "7503"),
        text("56814/44320"),
        text("56814/44320"),
      ],
      [formula("=SUM(C2:C3)", "5080"), formula("=SUM(D2:D3)", "4444"), formula("=SUM(E2:E3)", "9524"), { kind: "skip" }, { kind: "skip" }],
    ]);
    expect(p.otherBlocks).toEqual([
      {
        sheet: RATES_SHEET,
        top: 0,
        left: 0,
        cells: [
          ["Schema", "Onderdeel", "Tarief per inwoner of eenheid", "Factor teller", "Factor noemer", "Periode", "Omschrijving"].map(text),
          [text("nml-2023"), text("basis"), { kind: "number", value: "0.08", format: RATE_FORMAT.nl }, { kind: "skip" }, { kind: "skip" }, text("heel jaar"), text("Basis")],
          [text("nml-2023"), text("uitbreiding"), { kind: "number", value: "0.07", format: RATE_FORMAT.nl }, { kind: "skip" }, { kind: "skip" }, text("heel jaar"), text("Uitbreiding")],
        ],
      },
    ]);
    expect(p.extraCells).toEqual([{ row: 3, col: 0, cell: text("Totaal") }]);
  });

  it("in cents the amount is rounded in cents and divided by 100", () => {
    const p = formulaPlan(NML_GRID(), LIMBURG_2020);
    expect(p.cells[1][0]).toEqual(formula("=ROUND(ROUND(B2*Tarieven!$C$2*100,6),0)/100", "1078.24", EURO_CENTS_FORMAT));
    expect(p.cells[3][0]).toEqual(formula("=SUM(C2:C3)", "5079.84", EURO_CENTS_FORMAT));
  });

  it("a pro-rating period puts its numerator and denominator on the block; prorate none does not", () => {
    const s: Schedule = {
      ...LIMBURG_2020,
      year: 2019,
      components: [
        { id: "maanden", label: "Maanden", kind: "per-inhabitant", rate: "0.08", period: { from: "2019-04-01", to: "2019-12-31", prorate: "months" } },
        { id: "dagen", label: "Dagen", kind: "per-inhabitant", rate: "0.08", period: { from: "2019-04-01", to: "2019-12-31", prorate: "days" } },
        { id: "periode", label: "Periode", kind: "per-inhabitant", rate: "0.05", period: { from: "2019-04-01", to: "2019-12-31", prorate: "none" } },
      ],
    };
    const p = formulaPlan(NML_GRID(), s);
    expect(p.cells[1].slice(0, 3).map((c) => (c.kind === "formula" ? c.formula : c.kind))).toEqual([
      "=ROUND(ROUND(B2*Tarieven!$C$2*100*Tarieven!$D$2/Tarieven!$E$2,6),0)/100",
      "=ROUND(ROUND(B2*Tarieven!$C$3*100*Tarieven!$D$3/Tarieven!$E$3,6),0)/100",
      "=ROUND(ROUND(B2*Tarieven!$C$4*100,6),0)/100",
    ]);
    const rows = p.otherBlocks?.[0].cells.slice(1) ?? [];
    expect(rows.map((r) => r.slice(3, 6))).toEqual([
      [{ kind: "number", value: "9", format: "0" }, { kind: "number", value: "12", format: "0" }, text("1-4-2019 t/m 31-12-2019, naar rato per maand")],
      [{ kind: "number", value: "275", format: "0" }, { kind: "number", value: "365", format: "0" }, text("1-4-2019 t/m 31-12-2019, naar rato per dag")],
      [{ kind: "skip" }, { kind: "skip" }, text("1-4-2019 t/m 31-12-2019, tarief voor de periode")],
    ]);
    // Beesel 13.478: 0,08 × 9/12 = 808,68; × 275/365 = 812,3726…; € 0,05 for the period = 673,90.
    expect(p.cells[1].slice(0, 3).map((c) => (c.kind === "formula" ? c.value : ""))).toEqual(["808.68", "812.37", "673.90"]);
  });

  it("share of a total and fixed amounts stay values; the totals row still sums", () => {
    const s: Schedule = {
      ...NHN_2020,
      components: [
        { id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "90000" },
        { id: "vast", label: "Vast", kind: "fixed-amount", amounts: { Weert: "25000" } },
        { id: "inwoner", label: "Inwoner", kind: "per-inhabitant", rate: "0.10" },
      ],
    };
    const p = formulaPlan(NML_GRID(), s);
    expect(p.cells[1].slice(0, 4)).toEqual([
      { kind: "number", value: "19103.28", format: EURO_CENTS_FORMAT },
      { kind: "number", value: "0.00", format: EURO_CENTS_FORMAT },
      formula("=ROUND(ROUND(B2*Tarieven!$C$2*100,6),0)/100", "1347.80", EURO_CENTS_FORMAT),
      formula("=C2+D2+E2", "20451.08", EURO_CENTS_FORMAT),
    ]);
    expect(p.cells[3].slice(0, 4)).toEqual([
      formula("=SUM(C2:C3)", "90000.00", EURO_CENTS_FORMAT),
      formula("=SUM(D2:D3)", "25000.00", EURO_CENTS_FORMAT),
      formula("=SUM(E2:E3)", "6349.80", EURO_CENTS_FORMAT),
      formula("=SUM(F2:F3)", "121349.80", EURO_CENTS_FORMAT),
    ]);
    // Only the per-inhabitant rate is on the block.
    expect(p.otherBlocks?.[0].cells).toHaveLength(2);
  });

  it("the totals row sums the charged rows only, skipping rows that are not charged", () => {
    const grid = makeGrid([
      ["Regio's", "Bevolking op 1 januari (aantal)"],
      ["Limburg (PV)", 1112000],
      ["Beesel", 13478],
      [null, null],
      ["Weert", 50020],
      ["Venlo", 102000],
    ]);
    const p = formulaPlan(grid, LIMBURG_2020);
    // (13.478 + 50.020 + 102.000) × 0,08; the province in row 2 and the blank row 4 are not summed.
    expect(p.cells[6][0]).toEqual(formula("=SUM(C3,C5:C6)", "13239.84", EURO_CENTS_FORMAT));
    expect(p.cells[2][0]).toMatchObject({ formula: "=ROUND(ROUND(B3*Tarieven!$C$2*100,6),0)/100" });
    expect(p.cells[1][0]).toEqual({ kind: "skip" });
  });

  it("the audit says which amounts are formulas and which rows were added to Tarieven", () => {
    const p = formulaPlan(NML_GRID(), NML_2023);
    expect(p.audit.entries.find((e) => e.label === "Formules")?.value).toBe(
      "bedragen per inwoner als formule met de tarieven op blad Tarieven (rijen 1 t/m 3 toegevoegd); totalen als som van de cellen; aandelen in een totaal, vaste percentages en vaste bedragen als waarde (de verdeling met de grootste rest is geen celformule)",
    );
    const en = formulaPlan(NML_GRID(), NML_2023, undefined, { lang: "en" });
    expect(en.audit.entries.find((e) => e.label === "Formulas")?.value).toContain("per-inhabitant amounts as formulas using the rates on sheet Tarieven (rows 1 to 3 added)");
    expect(en.otherBlocks?.[0].cells[0][2]).toEqual(text("Rate per inhabitant or unit"));
    // Value mode has no such entry and no other blocks.
    const values = planApply({ ...setupArgs(NML_GRID(), NML_2023) });
    expect(values.audit.entries.some((e) => e.label === "Formules")).toBe(false);
    expect(values.otherBlocks).toBeUndefined();
  });
});

function setupArgs(grid: Grid, schedule: Schedule): PlanApplyArgs {
  const { table, allocation } = setup(grid, schedule);
  return { grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: NOW };
}

describe("formula mode: the rates block on Tarieven", () => {
  const rates = (rows: CellValue[][], top = 0): Grid => ({ sheet: RATES_SHEET, top, left: 0, values: rows });
  const HEADER = ["Schema", "Onderdeel", "Tarief per inwoner of eenheid", "Factor teller", "Factor noemer", "Periode", "Omschrijving"];

  it("reuses a row with the same schedule, component, rate and period, and appends the others below", () => {
    const sheet = rates([HEADER, ["nml-2023", "uitbreiding", 0.07, null, null, "heel jaar", "Uitbreiding"], ["andere", "x", 1, null, null, "heel jaar", null]]);
    const p = formulaPlan(NML_GRID(), NML_2023, sheet);
    expect(p.otherBlocks).toEqual([
      {
        sheet: RATES_SHEET,
        top: 3,
        left: 0,
        cells: [[text("nml-2023"), text("basis"), { kind: "number", value: "0.08", format: RATE_FORMAT.nl }, { kind: "skip" }, { kind: "skip" }, text("heel jaar"), text("Basis")]],
      },
    ]);
    expect(p.cells[1][0]).toMatchObject({ formula: "=ROUND(ROUND(B2*Tarieven!$C$4,6),0)" });
    expect(p.cells[1][1]).toMatchObject({ formula: "=ROUND(ROUND(B2*Tarieven!$C$2,6),0)" });
  });

  it("every row already there: no block at all; an English period text matches too", () => {
    const sheet = rates([
      ["nml-2023", "basis", 0.08, null, null, "whole year"],
      ["nml-2023", "uitbreiding", 0.07, null, null, "heel jaar"],
    ], 4);
    const p = formulaPlan(NML_GRID(), NML_2023, sheet);
    expect(p.otherBlocks).toBeUndefined();
    expect(p.cells[1][0]).toMatchObject({ formula: "=ROUND(ROUND(B2*Tarieven!$C$5,6),0)" });
    expect(p.cells[1][1]).toMatchObject({ formula: "=ROUND(ROUND(B2*Tarieven!$C$6,6),0)" });
  });

  it("a changed rate, period or factor on the sheet is not reused: a new row is appended", () => {
    const sheet = rates([
      HEADER,
      ["nml-2023", "basis", 0.09, null, null, "heel jaar"],
      ["nml-2023", "basis", "0.08", null, null, "heel jaar"],
      ["nml-2023", "basis", 0.08, 1, 1, "heel jaar"],
      ["nml-2023", "basis", 0.08, null, null, "1-1-2023 t/m 31-12-2023, tarief voor de periode"],
      ["nml-2022", "basis", 0.08, null, null, "heel jaar"],
    ]);
    const p = formulaPlan(NML_GRID(), { ...NML_2023, components: [NML_2023.components[0]] }, sheet);
    expect(p.otherBlocks?.[0].top).toBe(6);
    expect(p.cells[1][0]).toMatchObject({ formula: "=ROUND(ROUND(B2*Tarieven!$C$7,6),0)" });
  });

  it("an empty Tarieven sheet gets the header row; formulas on the sheet count as content", () => {
    const empty = formulaPlan(NML_GRID(), LIMBURG_2020, rates([[null, ""]]));
    expect(empty.otherBlocks?.[0]).toMatchObject({ top: 0 });
    expect(empty.otherBlocks?.[0].cells[0][0]).toEqual(text("Schema"));
    const withFormula: Grid = { ...rates([["Notitie"], [null]]), formulas: [[], ["=1+1"]] };
    const p = formulaPlan(NML_GRID(), LIMBURG_2020, withFormula);
    expect(p.otherBlocks?.[0].top).toBe(2);
    expect(p.otherBlocks?.[0].cells[0][0]).toEqual(text("limburg-2020"));
  });

  it("the same workbook twice: the second plan reuses the first plan's rows", () => {
    const grid = NML_GRID();
    const first = formulaPlan(grid, NML_2023);
    const ev = evaluatePlans(grid, [first]);
    const second = formulaPlan(grid, NML_2023, ev.grid(RATES_SHEET));
    expect(second.otherBlocks).toBeUndefined();
    expect(second.cells[1]).toEqual(first.cells[1]);
  });
});

describe("formula mode: refusals", () => {
  const code = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof PlanError) return `${e.code}: ${e.message} | ${e.messageEn}`;
      throw e;
    }
    return "no error";
  };

  it("half-even rounding cannot be written with ROUND", () => {
    const s: Schedule = { ...NML_2023, rounding: { unit: "euro", mode: "half-even" } };
    expect(code(() => formulaPlan(NML_GRID(), s))).toMatch(/^formula-half-even: Formules kunnen niet voor verdeelsleutel nml-2023: .*half naar even.*\| Formulas are not possible/);
    // Nothing to round in a formula (a share of a total stays a value): allowed.
    const share: Schedule = { ...NHN_2020, rounding: { unit: "cent", mode: "half-even" } };
    expect(formulaPlan(NML_GRID(), share).cells[3][0]).toMatchObject({ kind: "formula", formula: "=SUM(C2:C3)" });
  });

  it("populations inside unsplit CSV lines have no cell to refer to", () => {
    const grid = makeGrid([["Regio's;Perioden;Bevolking op 1 januari (aantal)"], ["Beesel;2022;13478"], ["Weert;2022;50020"]]);
    expect(code(() => formulaPlan(grid, LIMBURG_2020))).toMatch(/^formula-split-column: .*kolom A.*Tekst naar kolommen/);
  });

  it("a data sheet called Tarieven", () => {
    const grid = { ...NML_GRID(), sheet: "tarieven" };
    expect(code(() => formulaPlan(grid, LIMBURG_2020))).toMatch(/^formula-sheet-name: /);
  });

  it("a rate with too many decimals for exact spreadsheet rounding", () => {
    const s: Schedule = { ...LIMBURG_2020, rounding: { unit: "euro", mode: "half-up" }, components: [{ id: "z", label: "Z", kind: "per-inhabitant", rate: "0.0712345" }] };
    expect(code(() => formulaPlan(NML_GRID(), s))).toMatch(/^formula-precision: Formules kunnen niet voor onderdeel z: .*0\.0712345/);
    // Very large amounts in cents, too: 5 × 10^8 cents is the limit.
    const big: Schedule = { ...LIMBURG_2020, components: [{ id: "z", label: "Z", kind: "per-inhabitant", rate: "100" }] };
    expect(code(() => formulaPlan(NML_GRID(), big))).toMatch(/^formula-precision: /);
    const fine: Schedule = { ...LIMBURG_2020, components: [{ id: "z", label: "Z", kind: "per-inhabitant", rate: "9.999" }] };
    expect(code(() => formulaPlan(NML_GRID(), fine))).toBe("no error");
  });
});

describe("formula mode: HyperFormula computes the core's figures", () => {
  it("every bundled schedule on the example region", () => {
    let cells = 0;
    for (const schedule of populationSchedules()) {
      const grid = exampleGrid();
      const { table, allocation } = setup(grid, schedule);
      const plan = formulaPlan(grid, schedule);
      cells += expectSameFigures(grid, plan, table, allocation);
    }
    // 7 schedules over 15 municipalities: 5 with one column, 2 with basis, uitbreiding and total.
    expect(cells).toBe(15 * (5 + 2 * 3));
  });

  it("every bundled schedule with random populations", () => {
    const perInhabitant = populationSchedules();
    fc.assert(
      fc.property(
        fc.constantFrom(...perInhabitant),
        // Not all zero: a share of a total over nobody's population is an error by design (tests/allocation/keys.test.ts).
        fc
          .array(fc.oneof(fc.integer({ min: 0, max: 1_500_000 }), fc.integer({ min: 0, max: 20_000 }).map((k) => k * 100 + 50)), {
            minLength: 1,
            maxLength: 25,
          })
          .filter((p) => p.some((x) => x > 0)),
        (schedule, populations) => {
          const grid = exampleGrid(populations);
          const { table, allocation } = setup(grid, schedule);
          expectSameFigures(grid, formulaPlan(grid, schedule), table, allocation);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("random rates, periods and units, also at exact halves", () => {
    const period = fc.oneof(
      fc.constant(undefined),
      fc.record({ from: fc.integer({ min: 1, max: 12 }), to: fc.integer({ min: 1, max: 12 }), prorate: fc.constantFrom("months", "days", "none") as fc.Arbitrary<"months" | "days" | "none"> }).map((p) => {
        const [a, b] = p.from <= p.to ? [p.from, p.to] : [p.to, p.from];
        const last = new Date(Date.UTC(2024, b, 0)).getUTCDate();
        return { from: `2024-${String(a).padStart(2, "0")}-01`, to: `2024-${String(b).padStart(2, "0")}-${last}`, prorate: p.prorate };
      }),
    );
    // € 0 to € 2,50 with up to three decimals ("0.07", "1.5", "2.345").
    const rate = fc.integer({ min: 0, max: 2500 }).map((m) => new Decimal(m).div(1000).toString());
    fc.assert(
      fc.property(
        rate,
        period,
        fc.constantFrom("cent", "euro") as fc.Arbitrary<"cent" | "euro">,
        fc.array(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 2_000 }).map((k) => k * 10 + 5), fc.integer({ min: 0, max: 200 }).map((k) => k * 100 + 50)), {
          minLength: 1,
          maxLength: 15,
        }),
        (r, p, unit, populations) => {
          const schedule: Schedule = {
            ...LIMBURG_2020,
            year: 2024,
            rounding: { unit, mode: "half-up" },
            components: [
              { id: "a", label: "A", kind: "per-inhabitant", rate: r, ...(p ? { period: p } : {}) },
              { id: "b", label: "B", kind: "per-inhabitant", rate: "0.35" },
            ],
          };
          const grid = exampleGrid(populations);
          const { table, allocation } = setup(grid, schedule);
          expectSameFigures(grid, formulaPlan(grid, schedule), table, allocation);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("why the inner ROUND: a plain ROUND rounds some exact halves down in binary floating point", () => {
    // 0,35 is 0.34999999999999997… in binary: 10 × 0,35 = 3,5 exactly, but the product is not.
    const populations = [10, 30, 50, 70, 90, 110, 130, 150, 170, 190];
    const grid = exampleGrid(populations);
    const schedule: Schedule = { ...LIMBURG_2020, rounding: { unit: "euro", mode: "half-up" }, components: [{ id: "z", label: "Z", kind: "per-inhabitant", rate: "0.35" }] };
    const { table, allocation } = setup(grid, schedule);
    const plan = formulaPlan(grid, schedule);
    expectSameFigures(grid, plan, table, allocation);
    const plain = HyperFormula.buildFromArray(populations.map((p, i) => [p, `=ROUND(A${i + 1}*0.35,0)`]), { licenseKey: "gpl-v3" });
    const naive = populations.map((_, i) => plain.getCellValue({ sheet: 0, row: i, col: 1 }));
    const exact = allocation.components[0].amounts.map((a) => a.toNumber());
    expect(naive).not.toEqual(exact);
  });

  it("formula mode and value mode give the same figures, columns, conflicts and totals row", () => {
    for (const schedule of populationSchedules()) {
      const grid = exampleGrid();
      const values = planApply(setupArgs(grid, schedule));
      const formulas = formulaPlan(grid, schedule);
      expect(formulas.columns).toEqual(values.columns);
      expect(formulas.totalsRow).toBe(values.totalsRow);
      expect(formulas.conflicts).toEqual(values.conflicts);
      expect(formulas.extraCells).toEqual(values.extraCells);
      const figure = (c: PlannedCell): string => (c.kind === "formula" || c.kind === "number" ? `${c.value} ${c.format}` : c.kind === "text" ? c.value : "skip");
      expect(formulas.cells.map((r) => r.map(figure))).toEqual(values.cells.map((r) => r.map(figure)));
    }
  });

  it("verify reads the computed workbook back and finds every figure right", () => {
    const grid = exampleGrid();
    const plan = formulaPlan(grid, NML_2023);
    const { allocation } = setup(grid, NML_2023);
    const back = evaluatePlans(grid, [plan]).grid(grid.sheet);
    const t2 = detect(back);
    const checks = plan.columns.filter((c) => c.role !== "budget-line").map((c) => ({ target: c.componentId ?? "total", header: c.header }));
    const v = planVerify({ grid: back, table: t2, checks });
    const report = verifyReport({ ...v, allocation, table: t2, tolerance: "0" });
    expect(report).toMatchObject({ checked: 45, matched: 45, mismatches: [], findings: [] });
  });
});

/** Every function call of a formula and its number of arguments (commas at its own depth, plus one). */
function argumentCounts(formula: string): number[] {
  const counts: number[] = [];
  const open: number[] = [];
  for (const ch of formula) {
    if (ch === "(") open.push(1);
    else if (ch === ",") open[open.length - 1]++;
    else if (ch === ")") counts.push(open.pop() as number);
  }
  return counts;
}

describe("columnSumFormula", () => {
  const rows = (list: number[]): DataRow[] => list.map((row) => ({ row, name: `G${row}`, population: 1 }));

  it("joins consecutive rows into ranges and names single rows", () => {
    expect(columnSumFormula(2, rows([1, 2, 3]))).toBe("=SUM(C2:C4)");
    expect(columnSumFormula(2, rows([1, 3, 4, 6]))).toBe("=SUM(C2,C4:C5,C7)");
    expect(columnSumFormula(27, rows([9]))).toBe("=SUM(AB10)");
    expect(columnSumFormula(2, [])).toBe("=0");
  });

  it("more than 255 ranges: summed in groups of 255, every function within Excel's 255 arguments", () => {
    const f = columnSumFormula(2, rows(Array.from({ length: 500 }, (_, i) => 1 + 2 * i))) as string;
    expect(f.startsWith("=SUM(SUM(C2,C4,")).toBe(true);
    expect(argumentCounts(f)).toEqual([255, 245, 2]);
    expect(f.length).toBeLessThanOrEqual(8192);
    expect(f.match(/C\d+/g)).toHaveLength(500);
  });

  it("beyond 8,192 characters even so: no formula (the total is written as a value), never a range over rows not charged", () => {
    expect(columnSumFormula(2, rows(Array.from({ length: 3000 }, (_, i) => 1 + 2 * i)))).toBeUndefined();
    const plan = formulaPlan(
      makeGrid([["Gemeente", "Perioden", "Inwoners"], ...Array.from({ length: 3000 }, (_, i) => [[`G${i}`, "2023", 1000 + i], [`G${i}`, "2022", 999]]).flat()]),
      NML_2023,
    );
    const totals = plan.cells[plan.totalsRow - plan.top];
    expect(totals[0]).toMatchObject({ kind: "number" });
  });
});

describe("formula mode: a CBS paste with two periods per municipality (342 municipalities)", () => {
  it("the totals are sums within Excel's limits, and an independent engine computes the allocation's figures from them", () => {
    const rows: CellValue[][] = [["Regio's", "Perioden", "Bevolking op 1 januari (aantal)"]];
    for (let i = 0; i < 342; i++) {
      rows.push([`Gemeente ${i + 1}`, "2022", 10_000 + 97 * i]);
      rows.push([`Gemeente ${i + 1}`, "2023*", 10_050 + 97 * i]);
    }
    const grid = makeGrid(rows);
    const { table, allocation } = setup(grid, NML_2023);
    expect(table.period).toBe("2023*");
    expect(table.rows).toHaveLength(342);
    const plan = formulaPlan(grid, NML_2023);
    const totals = plan.cells[plan.totalsRow - plan.top].filter((c): c is Extract<PlannedCell, { kind: "formula" }> => c.kind === "formula");
    expect(totals.length).toBeGreaterThan(0);
    for (const t of totals) {
      expect(t.formula.length).toBeLessThanOrEqual(8192);
      for (const n of argumentCounts(t.formula)) expect(n).toBeLessThanOrEqual(255);
    }
    expect(expectSameFigures(grid, plan, table, allocation)).toBe(342 * 3);
  });
});

describe("formula mode: audit without per-inhabitant components", () => {
  it("names only the sums and the values", () => {
    const p = formulaPlan(NML_GRID(), NHN_2020);
    expect(p.audit.entries.find((e) => e.label === "Formules")?.value).toBe(
      "totalen als som van de cellen; aandelen in een totaal, vaste percentages en vaste bedragen als waarde (de verdeling met de grootste rest is geen celformule)",
    );
    expect(p.otherBlocks).toBeUndefined();
  });
});
