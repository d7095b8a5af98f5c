// 100,000 rows: detection, planning and verification give the right shapes at scale.
// Their speed is measured by `npm run bench` (bench/workbook-bench.js), never asserted here.
import { allocate, applyOverrides } from "../../src/allocation";
import { detectTable } from "../../src/workbook/detect";
import { planApply } from "../../src/workbook/plan-apply";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planVerify, verifyReport } from "../../src/workbook/plan-verify";
import { planScenario } from "../../src/workbook/plan-scenario";
import type { CellValue } from "../../src/workbook/types";
import { makeGrid, NML_2023 } from "./grid-helpers";

const N = 100_000;

/** population × cents/100 rounded half up to whole euros, in exact integer arithmetic. */
function wholeEuros(population: number, cents: number): number {
  return Math.floor((population * cents + 50) / 100);
}

function bigGrid(): ReturnType<typeof makeGrid> {
  const values: CellValue[][] = new Array(N + 1);
  values[0] = ["Gemeente", "Gemeentecode", "Inwoners", "Controle"];
  for (let i = 1; i <= N; i++) {
    const pop = 1000 + ((i * 7919) % 90000);
    values[i] = [`Gemeente ${i}`, `GM${String(i).padStart(6, "0")}`, pop, wholeEuros(pop, 15)];
  }
  return makeGrid(values);
}

describe("100,000 rows", () => {
  it("detectTable + planApply, and planVerify + verifyReport", () => {
    const grid = bigGrid();
    const detected = detectTable(grid);
    expect(detected.findings).toEqual([]);
    const table = detected.table;
    if (!table) throw new Error("no table");
    expect(table.rows).toHaveLength(N);
    const allocation = allocate(NML_2023, toMunicipalities(table));

    const v = planVerify({ grid, table, checks: [{ target: "total", header: "Controle" }] });
    const report = verifyReport({ ...v, allocation, table, tolerance: "0" });
    expect(report.checked).toBe(N);
    // The Controle column holds round(pop × 0.15) while nml-2023 rounds each component first:
    // every row whose two roundings differ from the single one must be reported, and only those.
    const expectedWrong = table.rows.filter((r) => wholeEuros(r.population as number, 8) + wholeEuros(r.population as number, 7) !== wholeEuros(r.population as number, 15)).length;
    expect(expectedWrong).toBeGreaterThan(0);
    expect(report.mismatches).toHaveLength(expectedWrong);
    const plan = planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: new Date(0) });
    expect(plan.cells).toHaveLength(N + 2);
    expect(plan.conflicts).toEqual([]);
  });
});

describe("100,000 rows in formula mode and as a scenario", () => {
  it("planApply with formulas and planScenario give one formula per amount and one rates block", () => {
    const grid = bigGrid();
    const table = detectTable(grid).table;
    if (!table) throw new Error("no table");
    const allocation = allocate(NML_2023, toMunicipalities(table));
    const plan = planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: new Date(0), formulas: {} });
    expect(plan.cells).toHaveLength(N + 2);
    expect(plan.cells[N][0]).toEqual({ kind: "formula", formula: `=ROUND(ROUND(C${N + 1}*Tarieven!$C$2,6),0)`, value: allocation.components[0].amounts[N - 1].toFixed(0), format: "€ #,##0;€ -#,##0" });
    expect(plan.cells[N + 1][2]).toMatchObject({ kind: "formula", formula: `=SUM(G2:G${N + 1})`, value: allocation.grandTotal.toFixed(0) });
    expect(plan.otherBlocks?.[0].cells).toHaveLength(3);
    const edited = applyOverrides(NML_2023, { rates: { uitbreiding: "0,09" } });
    const scenario = planScenario({ grid, table, allocation: allocate(edited, toMunicipalities(table)), agreedSchedule: NML_2023, lang: "nl", toolVersion: "t", now: new Date(0) });
    expect(scenario.columns.map((c) => c.column)).toEqual([4, 5]);
    expect(scenario.cells).toHaveLength(N + 2);
  });
});
