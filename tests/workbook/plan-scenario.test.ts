// planScenario: what-if columns beside the agreed ones, side by side per scenario, the same
// scenario in its own columns again, values or formulas that give the scenario's figures.
import fc from "fast-check";
import { allocate, applyOverrides } from "../../src/allocation";
import type { Allocation, Overrides, Schedule } from "../../src/allocation/types";
import { NML_MUNICIPALITIES } from "../../src/preview/example-data";
import { detectTable } from "../../src/workbook/detect";
import { EURO_CENTS_FORMAT, EURO_WHOLE_FORMAT, planApply } from "../../src/workbook/plan-apply";
import { PlanError } from "../../src/workbook/plan-error";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planScenario, scenarioChanges, type PlanScenarioArgs } from "../../src/workbook/plan-scenario";
import { RATES_SHEET } from "../../src/workbook/rates-block";
import type { CellValue, DetectedTable, Grid, PlannedCell, WritePlan } from "../../src/workbook/types";
import { evaluatePlans } from "./formula-eval";
import { LIMBURG_2020, makeGrid, NHN_2020, NML_2023, populationSchedules } from "./grid-helpers";

const NOW = new Date("2024-03-01T10:00:00Z");

function detect(grid: Grid): DetectedTable {
  const r = detectTable(grid);
  if (!r.table) throw new Error("no table");
  return r.table;
}

function scenario(grid: Grid, agreed: Schedule, overrides: Overrides, extra: Partial<PlanScenarioArgs> = {}): WritePlan {
  const table = detect(grid);
  const allocation = allocate(applyOverrides(agreed, overrides), toMunicipalities(table));
  return planScenario({ grid, table, allocation, agreedSchedule: agreed, overrides, lang: "nl", toolVersion: "t", now: NOW, ...extra });
}

function agreedPlan(grid: Grid, schedule: Schedule, formulas = false): WritePlan {
  const table = detect(grid);
  const allocation = allocate(schedule, toMunicipalities(table));
  return planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: NOW, ...(formulas ? { formulas: {} } : {}) });
}

const NML_GRID = (): Grid =>
  makeGrid([
    ["Gemeente", "Inwoners"],
    ["Beesel", 13478],
    ["Weert", 50020],
  ]);

/** The sheet after the agreed apply, as a host reads it back. */
function afterApply(grid: Grid, schedule: Schedule): Grid {
  return evaluatePlans(grid, [agreedPlan(grid, schedule)]).grid(grid.sheet);
}

const num = (value: string, format = EURO_WHOLE_FORMAT): PlannedCell => ({ kind: "number", value, format });
const text = (value: string): PlannedCell => ({ kind: "text", value });
const audit = (p: WritePlan, label: string): string | undefined => p.audit.entries.find((e) => e.label === label)?.value;

describe("planScenario: columns and headers", () => {
  it("a changed rate: its column and a scenario total, right of the agreed columns", () => {
    const grid = afterApply(NML_GRID(), NML_2023);
    const p = scenario(grid, NML_2023, { rates: { uitbreiding: "0,09" } });
    expect(p.columns).toEqual([
      { column: 7, header: "Bijdrage uitbreiding 2023 (scenario € 0,09)", role: "amount", componentId: "uitbreiding", existing: false },
      { column: 8, header: "Bijdrage totaal 2023 (scenario uitbreiding € 0,09)", role: "total", existing: false },
    ]);
    expect(p.left).toBe(7);
    // Beesel 13.478 × 0,09 = 1.213,02 -> 1.213; total with basis 1.078 = 2.291. Weert 4.501,80 -> 4.502 + 4.002.
    expect(p.cells).toEqual([
      [text("Bijdrage uitbreiding 2023 (scenario € 0,09)"), text("Bijdrage totaal 2023 (scenario uitbreiding € 0,09)")],
      [num("1213"), num("2291")],
      [num("4502"), num("8504")],
      [num("5715"), num("10795")],
    ]);
    // The agreed apply's totals row is used; its label is there already.
    expect(p.totalsRow).toBe(3);
    expect(p.extraCells).toBeUndefined();
    expect(p.conflicts).toEqual([]);
  });

  it("without the agreed columns the scenario goes right of the data, with its own totals row", () => {
    const p = scenario(NML_GRID(), NML_2023, { rates: { uitbreiding: "0.09" } });
    expect(p.columns.map((c) => c.column)).toEqual([2, 3]);
    expect(p.totalsRow).toBe(3);
    expect(p.extraCells).toEqual([{ row: 3, col: 0, cell: text("Totaal") }]);
  });

  it("English headers", () => {
    const p = scenario(NML_GRID(), NML_2023, { rates: { uitbreiding: "0.09" } }, { lang: "en" });
    expect(p.columns.map((c) => c.header)).toEqual(["Contribution extension 2023 (scenario €0.09)", "Contribution total 2023 (scenario extension €0.09)"]);
  });

  it("several changes: every scenario column names them all", () => {
    const p = scenario(NML_GRID(), NML_2023, { rates: { basis: "0,10", uitbreiding: "0,075" } });
    expect(p.columns.map((c) => c.header)).toEqual([
      "Bijdrage basis 2023 (scenario basis € 0,10, uitbreiding € 0,075)",
      "Bijdrage uitbreiding 2023 (scenario basis € 0,10, uitbreiding € 0,075)",
      "Bijdrage totaal 2023 (scenario basis € 0,10, uitbreiding € 0,075)",
    ]);
    // Weert: 5.002 + 3.751,50 -> 3.752 = 8.754.
    expect(p.cells[2]).toEqual([num("5002"), num("3752"), num("8754")]);
  });

  it("a share of a total: the total in the header; one component, no total column", () => {
    const p = scenario(NML_GRID(), NHN_2020, { rates: { aandeel: "120000" } });
    expect(p.columns).toEqual([{ column: 2, header: "Bijdrage aandeel 2020 (scenario € 120.000)", role: "amount", componentId: "aandeel", existing: false }]);
    expect(p.cells[3]).toEqual([num("120000.00", EURO_CENTS_FORMAT)]);
    const en = scenario(NML_GRID(), NHN_2020, { rates: { aandeel: "90000,5" } }, { lang: "en" });
    expect(en.columns[0].header).toBe("Contribution aandeel 2020 (scenario €90,000.50)");
  });

  it("goes right of everything in the header row, also past an empty column", () => {
    const grid = makeGrid([
      ["Gemeente", "Inwoners", null, "Opmerking"],
      ["Beesel", 13478, null, "controleren"],
      ["Weert", 50020],
    ]);
    const p = scenario(grid, LIMBURG_2020, { rates: { zorgcoordinatie: "0,09" } });
    expect(p.columns.map((c) => [c.column, c.header])).toEqual([[4, "Bijdrage zorgcoördinatie 2020 (scenario € 0,09)"]]);
  });
});

describe("planScenario: side by side, and the same scenario again", () => {
  it("a second scenario gets new columns; the first one again reuses its own", () => {
    const grid0 = afterApply(NML_GRID(), NML_2023);
    const a = scenario(grid0, NML_2023, { rates: { uitbreiding: "0,09" } });
    const grid1 = evaluatePlans(grid0, [a]).grid(grid0.sheet);
    const b = scenario(grid1, NML_2023, { rates: { uitbreiding: "0,10" } });
    expect(b.columns.map((c) => [c.column, c.existing, c.header])).toEqual([
      [9, false, "Bijdrage uitbreiding 2023 (scenario € 0,10)"],
      [10, false, "Bijdrage totaal 2023 (scenario uitbreiding € 0,10)"],
    ]);
    const grid2 = evaluatePlans(grid1, [b]).grid(grid1.sheet);
    const again = scenario(grid2, NML_2023, { rates: { uitbreiding: "0.090" } });
    expect(again.columns.map((c) => [c.column, c.existing])).toEqual([
      [7, true],
      [8, true],
    ]);
    // Its filled cells are conflicts: the host asks before it overwrites them.
    expect(again.conflicts).toEqual(["H2", "I2", "H3", "I3", "H4", "I4"]);
    expect(again.cells[0]).toEqual([{ kind: "skip" }, { kind: "skip" }]);
    // The agreed columns are never touched.
    for (const p of [a, b, again]) expect(Math.min(...p.columns.map((c) => c.column))).toBeGreaterThanOrEqual(7);
  });

  it("the agreed figures under a what-if header are not reused as a scenario column", () => {
    const grid = afterApply(NML_GRID(), NML_2023);
    const p = scenario(grid, NML_2023, { rates: { uitbreiding: "0,09" } });
    expect(p.columns.every((c) => !c.existing)).toBe(true);
  });
});

describe("planScenario: refusals", () => {
  const error = (f: () => unknown): PlanError => {
    try {
      f();
    } catch (e) {
      if (e instanceof PlanError) return e;
      throw e;
    }
    throw new Error("no error");
  };

  it("nothing changed: the same rate typed otherwise is no change", () => {
    const e = error(() => scenario(NML_GRID(), NML_2023, { rates: { uitbreiding: "0,070" } }));
    expect(e.code).toBe("scenario-unchanged");
    expect(e.message).toBe("Het scenario wijzigt geen tarief of totaal van verdeelsleutel nml-2023: er is niets om naast de vastgestelde bedragen te zetten.");
    expect(e.messageEn).toContain("changes no rate or total");
  });

  it("another schedule is not a scenario", () => {
    expect(() => scenarioChanges(NML_2023, LIMBURG_2020)).toThrow(PlanError);
    const otherPeriod: Schedule = {
      ...NML_2023,
      components: [NML_2023.components[0], { ...NML_2023.components[1], period: { from: "2023-05-01", to: "2023-12-31", prorate: "months" } }],
    };
    expect(error(() => scenarioChanges(NML_2023, otherPeriod)).code).toBe("scenario-other-schedule");
    expect(scenarioChanges(NML_2023, { ...NML_2023, components: NML_2023.components.map((c) => ({ ...c, budgetLine: "1" })) })).toEqual([]);
  });
});

describe("planScenario: audit record", () => {
  it("says it is a scenario and lists agreed against scenario figures", () => {
    const p = scenario(NML_GRID(), NML_2023, { rates: { uitbreiding: "0,09" } });
    expect(audit(p, "Soort")).toBe("Scenario (wat-als-berekening), niet de vastgestelde bedragen; die blijven in hun eigen kolommen");
    expect(audit(p, "Scenario")).toBe("uitbreiding € 0,09 (vastgesteld € 0,07)");
    expect(audit(p, "Tarief uitbreiding")).toBe("€ 0,09 per inwoner (gewijzigd; vastgesteld € 0,07)");
    expect(audit(p, "Tarief basis")).toBe("€ 0,08 per inwoner");
    expect(audit(p, "Totaal")).toBe("€ 10.795");
    const en = scenario(NML_GRID(), NHN_2020, { rates: { aandeel: "120000" } }, { lang: "en" });
    expect(audit(en, "Kind")).toContain("Scenario (what-if)");
    expect(audit(en, "Scenario")).toBe("aandeel €120,000.00 (agreed €90,000.00)");
  });
});

describe("planScenario: formula mode", () => {
  it("the scenario's rate on its own Tarieven row; the total adds the agreed part inline", () => {
    const grid = NML_GRID();
    const agreed = agreedPlan(grid, NML_2023, true);
    const ev = evaluatePlans(grid, [agreed]);
    const sheet = ev.grid(grid.sheet);
    const p = scenario(sheet, NML_2023, { rates: { uitbreiding: "0,09" } }, { formulas: { ratesSheet: ev.grid(RATES_SHEET) } });
    expect(p.cells[1]).toEqual([
      { kind: "formula", formula: "=ROUND(ROUND(B2*Tarieven!$C$4,6),0)", value: "1213", format: EURO_WHOLE_FORMAT },
      { kind: "formula", formula: "=ROUND(ROUND(B2*Tarieven!$C$2,6),0)+H2", value: "2291", format: EURO_WHOLE_FORMAT },
    ]);
    expect(p.cells[3]).toEqual([
      { kind: "formula", formula: "=SUM(H2:H3)", value: "5715", format: EURO_WHOLE_FORMAT },
      { kind: "formula", formula: "=SUM(I2:I3)", value: "10795", format: EURO_WHOLE_FORMAT },
    ]);
    // Only the scenario's rate is new; the agreed basis row is reused.
    expect(p.otherBlocks).toEqual([
      {
        sheet: RATES_SHEET,
        top: 3,
        left: 0,
        cells: [[text("nml-2023"), text("uitbreiding"), { kind: "number", value: "0.09", format: "€ #,##0.00##########" }, { kind: "skip" }, { kind: "skip" }, text("heel jaar"), text("Uitbreiding (scenario)")]],
      },
    ]);
    expect(audit(p, "Formules")).toContain("rijen 4 t/m 4 toegevoegd");
  });

  it("agreed and scenario formulas together compute both allocations (every bundled schedule, random edits)", () => {
    const populations = NML_MUNICIPALITIES.map((m) => m.population);
    const rows: CellValue[][] = [["Gemeente", "Inwoners"], ...NML_MUNICIPALITIES.map((m) => [m.name, m.population])];
    const editable = populationSchedules();
    fc.assert(
      fc.property(fc.constantFrom(...editable), fc.array(fc.integer({ min: 1, max: 30000 }), { minLength: 2, maxLength: 2 }), (agreed, edits) => {
        const grid = makeGrid(rows.map((r) => [...r]));
        const overrides: Overrides = { rates: {} };
        agreed.components.forEach((c, i) => {
          if (c.kind === "per-inhabitant" && edits[i] !== undefined) (overrides.rates as Record<string, string>)[c.id] = (edits[i] / 1000).toFixed(4); // "1.0010": "1.001" reads as a thousands group
          if (c.kind === "share-of-total" && edits[i] !== undefined) (overrides.rates as Record<string, string>)[c.id] = String(edits[i] * 10);
        });
        const edited = applyOverrides(agreed, overrides);
        if (scenarioChanges(agreed, edited).length === 0) return;
        const first = agreedPlan(grid, agreed, true);
        const ev1 = evaluatePlans(grid, [first]);
        const sheet = ev1.grid(grid.sheet);
        const table = detect(sheet);
        const allocation: Allocation = allocate(edited, toMunicipalities(table));
        const p = planScenario({ grid: sheet, table, allocation, agreedSchedule: agreed, overrides, lang: "nl", toolVersion: "t", now: NOW, formulas: { ratesSheet: ev1.gridIfAny(RATES_SHEET) } });
        const ev = evaluatePlans(grid, [first, p]);
        const agreedAllocation = allocate(agreed, toMunicipalities(detect(grid)));
        for (const pc of [...first.columns, ...p.columns]) {
          if (pc.role === "budget-line") continue;
          const alloc = p.columns.includes(pc) ? allocation : agreedAllocation;
          const amounts = pc.role === "total" ? alloc.totals : alloc.components.find((c) => c.componentId === pc.componentId)?.amounts;
          populations.forEach((_, i) => {
            const v = ev.value(grid.sheet, i + 1, pc.column) as number;
            expect(Number(v.toPrecision(15))).toBe(amounts?.[i].toNumber());
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it("formula mode and value mode give the same figures", () => {
    const grid = afterApply(NML_GRID(), NML_2023);
    const values = scenario(grid, NML_2023, { rates: { basis: "0,1" } });
    const formulas = scenario(grid, NML_2023, { rates: { basis: "0,1" } }, { formulas: {} });
    const figure = (c: PlannedCell): string => (c.kind === "formula" || c.kind === "number" ? `${c.value} ${c.format}` : c.kind);
    expect(formulas.cells.map((r) => r.map(figure))).toEqual(values.cells.map((r) => r.map(figure)));
    expect(formulas.columns).toEqual(values.columns);
  });

});
