// 100,000 rows: detection, planning and verification give the right shapes at scale.
// Their speed is measured by `npm run bench` (bench/workbook-bench.js), never asserted here.
import { allocate } from "../../src/allocation";
import { detectTable } from "../../src/workbook/detect";
import { planApply } from "../../src/workbook/plan-apply";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planVerify, verifyReport } from "../../src/workbook/plan-verify";
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
    const expectedWrong = table.rows.filter((r) => wholeEuros(r.population, 8) + wholeEuros(r.population, 7) !== wholeEuros(r.population, 15)).length;
    expect(expectedWrong).toBeGreaterThan(0);
    expect(report.mismatches).toHaveLength(expectedWrong);
    const plan = planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: new Date(0) });
    expect(plan.cells).toHaveLength(N + 2);
    expect(plan.conflicts).toEqual([]);
  });
});
