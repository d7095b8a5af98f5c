// Formula mode with amounts per unit of another measure (woningen, oppervlakte): each becomes the
// row's measure cell × its rate on Tarieven, rounded as per inhabitant; a share by a weighted key
// and fixed percentages stay values. HyperFormula (an independent spreadsheet engine) computes
// from the formulas exactly the figures the core gives, for random measures and rates.
import fc from "fast-check";
import { allocate, Decimal } from "../../src/allocation";
import type { Allocation, Component, Period, Schedule } from "../../src/allocation/types";
import { detectTable } from "../../src/workbook/detect";
import { detectOptionsFor } from "../../src/workbook/detect-options";
import { planApply } from "../../src/workbook/plan-apply";
import { PlanError } from "../../src/workbook/plan-error";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planScenario } from "../../src/workbook/plan-scenario";
import { RATES_SHEET } from "../../src/workbook/rates-block";
import type { CellValue, DetectedTable, Grid, WritePlan } from "../../src/workbook/types";
import { evaluatePlans, expectSameFigures } from "./formula-eval";
import { makeGrid } from "./grid-helpers";

const NOW = new Date("2024-03-01T10:00:00Z");

interface Row {
  name: string;
  population: number;
  dwellings: number;
  /** km², as written ("35.72"). */
  area: string;
}

function grid(rows: readonly Row[]): Grid {
  const values: CellValue[][] = [["Gemeente", "Inwoners", "Woningen", "Oppervlakte (km²)"]];
  rows.forEach((r) => values.push([r.name, r.population, r.dwellings, Number(r.area)]));
  return makeGrid(values);
}

function schedule(components: Component[], unit: "cent" | "euro" = "cent"): Schedule {
  return { id: "per-eenheid", title: "Per eenheid", region: "R", year: 2024, source: "test", rounding: { unit, mode: "half-up" }, components };
}

function setup(g: Grid, s: Schedule): { table: DetectedTable; allocation: Allocation } {
  const r = detectTable(g, undefined, detectOptionsFor(s));
  if (!r.table) throw new Error(`no table: ${JSON.stringify(r.findings)}`);
  return { table: r.table, allocation: allocate(s, toMunicipalities(r.table)) };
}

function formulaPlan(g: Grid, s: Schedule): { plan: WritePlan; table: DetectedTable; allocation: Allocation } {
  const { table, allocation } = setup(g, s);
  const plan = planApply({ grid: g, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: NOW, formulas: {} });
  return { plan, table, allocation };
}

const ROWS: Row[] = [
  { name: "Blaricum", population: 11536, dwellings: 4702, area: "11.21" },
  { name: "Hilversum", population: 90883, dwellings: 41321, area: "46.37" },
  { name: "Laren", population: 11274, dwellings: 4606, area: "12.42" },
];

const WONING: Component = { id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" };
const GROND: Component = { id: "grond", label: "Per km²", kind: "per-unit", measure: "oppervlakte", rate: "0.35" };
const AANDEEL: Component = {
  id: "aandeel",
  label: "Aandeel",
  kind: "share-of-total",
  total: "10000",
  key: [
    { measure: "inwoners", weight: "0.5" },
    { measure: "woningen", weight: "0.5" },
  ],
};

describe("formula mode: amounts per unit", () => {
  test("each is its measure's cell × its rate on Tarieven; a weighted share stays a value", () => {
    const g = grid(ROWS);
    const { plan, table, allocation } = formulaPlan(g, schedule([WONING, GROND, AANDEEL]));
    // Columns E, F, G: per woning, per km², share; H the total.
    expect(plan.cells[1][0]).toMatchObject({ kind: "formula", formula: "=ROUND(ROUND(C2*Tarieven!$C$2*100,6),0)/100", value: "5877.50" });
    expect(plan.cells[1][1]).toMatchObject({ kind: "formula", formula: "=ROUND(ROUND(D2*Tarieven!$C$3*100,6),0)/100", value: "3.92" });
    expect(plan.cells[1][2].kind).toBe("number");
    expect(plan.cells[1][3]).toMatchObject({ kind: "formula", formula: "=E2+F2+G2" });
    const block = plan.otherBlocks?.[0];
    expect(block?.sheet).toBe(RATES_SHEET);
    const line = (r: number): unknown[] => (block?.cells[r] ?? []).map((c) => (c.kind === "text" || c.kind === "number" ? c.value : null));
    expect(line(0)[2]).toBe("Tarief per inwoner of eenheid");
    expect(line(1)).toEqual(["per-eenheid", "woning", "1.25", null, null, "heel jaar", "Per woning (per eenheid woningen)"]);
    expect(line(2)).toEqual(["per-eenheid", "grond", "0.35", null, null, "heel jaar", "Per km² (per eenheid oppervlakte)"]);
    expect(plan.audit.entries.find((e) => e.label === "Formules")?.value).toMatch(/^bedragen per eenheid als formule met de tarieven op blad Tarieven .*vaste percentages en vaste bedragen als waarde/);
    expect(expectSameFigures(g, plan, table, allocation)).toBe(3 * 4);
  });

  test("random dwellings, areas in hundredths of km², rates, periods and units give the core's figures", () => {
    const row = fc.record({
      population: fc.integer({ min: 1, max: 900_000 }),
      dwellings: fc.oneof(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 0, max: 2_000 }).map((k) => k * 2 + 1)),
      area: fc.integer({ min: 0, max: 50_000 }).map((h) => (h / 100).toFixed(2)),
    });
    // Up to three decimals for dwellings (also a days factor), up to two for the area; halves often.
    const dwellingRate = fc.oneof(fc.integer({ min: 0, max: 2500 }).map((m) => new Decimal(m).div(1000).toString()), fc.constantFrom("0.5", "1.5", "0.005"));
    const areaRate = fc.oneof(fc.integer({ min: 0, max: 2500 }).map((m) => new Decimal(m).div(100).toString()), fc.constantFrom("0.5", "0.25", "12.5"));
    const month = (a: number, b: number, prorate: Period["prorate"]): Period => {
      const last = new Date(Date.UTC(2024, b, 0)).getUTCDate();
      return { from: `2024-${String(a).padStart(2, "0")}-01`, to: `2024-${String(b).padStart(2, "0")}-${last}`, prorate };
    };
    const period = (prorates: Period["prorate"][]): fc.Arbitrary<Period | undefined> =>
      fc.oneof(
        fc.constant(undefined),
        fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...prorates)).map(([a, b, p]) => month(Math.min(a, b), Math.max(a, b), p)),
      );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 20 }),
        dwellingRate,
        period(["months", "days", "none"]),
        areaRate,
        period(["months", "none"]),
        fc.constantFrom("cent", "euro") as fc.Arbitrary<"cent" | "euro">,
        (rows, wRate, wPeriod, aRate, aPeriod, unit) => {
          const g = grid(rows.map((r, i) => ({ ...r, name: `Gemeente ${i + 1}` })));
          const s = schedule(
            [
              { ...WONING, rate: wRate, ...(wPeriod ? { period: wPeriod } : {}) },
              { ...GROND, rate: aRate, ...(aPeriod ? { period: aPeriod } : {}) },
              { ...AANDEEL, total: "250000" },
            ],
            unit,
          );
          const { plan, table, allocation } = formulaPlan(g, s);
          expect(plan.cells[1][0].kind).toBe("formula");
          expect(plan.cells[1][1].kind).toBe("formula");
          expect(plan.cells[1][2].kind).toBe("number");
          expectSameFigures(g, plan, table, allocation);
        },
      ),
      { numRuns: 120 },
    );
  });

  test("an area rate beyond exact spreadsheet rounding is refused, named, never written wrong", () => {
    // 4 decimals of rate × 2 of km² × a days factor: a denominator far past 500,000.
    const s = schedule([{ ...GROND, rate: "0.1234", period: { from: "2024-01-01", to: "2024-03-31", prorate: "days" } }]);
    let error: unknown;
    try {
      formulaPlan(grid(ROWS), s);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).code).toBe("formula-precision");
    expect((error as PlanError).message).toMatch(/onderdeel grond: .*0\.1234/);
  });

  test("a scenario of a per-unit rate writes its formula on a scenario rate line; the total adds the others inline", () => {
    const g = grid(ROWS);
    const agreed = schedule([WONING, GROND]);
    const edited = schedule([{ ...WONING, rate: "1.5" }, GROND]);
    const { table, allocation } = setup(g, edited);
    const plan = planScenario({ grid: g, table, allocation, agreedSchedule: agreed, lang: "nl", toolVersion: "t", now: NOW, formulas: {} });
    const ev = evaluatePlans(g, [plan]);
    const block = plan.otherBlocks?.[0];
    expect(block?.cells.map((r) => (r[6].kind === "text" ? r[6].value : ""))).toEqual(["Omschrijving", "Per woning (scenario) (per eenheid woningen)", "Per km² (per eenheid oppervlakte)"]);
    // Per row: the scenario amount per woning, and the total = that + the agreed per-km² amount inline.
    table.rows.forEach((r, i) => {
      expect(plan.cells[i + 1][0]).toMatchObject({ kind: "formula", formula: `=ROUND(ROUND(C${r.row + 1}*Tarieven!$C$2*100,6),0)/100` });
      expect(plan.cells[i + 1][1]).toMatchObject({ kind: "formula", formula: `=E${r.row + 1}+ROUND(ROUND(D${r.row + 1}*Tarieven!$C$3*100,6),0)/100` });
      expect(ev.value(plan.sheet, r.row, 4)).toBe(allocation.components[0].amounts[i].toNumber());
      expect(ev.value(plan.sheet, r.row, 5)).toBe(allocation.totals[i].toNumber());
    });
  });
});
