// The layer's public entry point: what the CLI and the add-in import.
import { allocate } from "../../src/allocation";
import * as workbook from "../../src/workbook";
import { makeGrid, NML_2023 } from "./grid-helpers";

describe("src/workbook index", () => {
  it("exports the agreed functions and constants", () => {
    for (const name of [
      "toA1",
      "rectToA1",
      "columnLetters",
      "columnIndex",
      "normalizeHeader",
      "matchHeaderRole",
      "detectTable",
      "hasErrors",
      "formatFinding",
      "planApply",
      "planVerify",
      "verifyReport",
      "toMunicipalities",
      "conflictFindings",
      "allocationFindings",
      "suggestChecks",
      "planScenario",
      "scenarioChanges",
      "scenarioHeaders",
      "planControleReport",
      "cellNumberText",
      "euroFormatFor",
    ] as const) {
      expect(typeof workbook[name]).toBe("function");
    }
    expect(workbook.EURO_CENTS_FORMAT).toBe("€ #,##0.00;€ -#,##0.00");
    expect(workbook.EURO_WHOLE_FORMAT).toBe("€ #,##0;€ -#,##0");
    expect(workbook.ALL_FINDING_CODES).toContain("population-text");
    expect(workbook.RATES_SHEET).toBe("Tarieven");
    expect(workbook.CONTROLE_SHEET).toBe("Controle");
    expect(new workbook.PlanError("scenario-unchanged", "nl", "en")).toMatchObject({ code: "scenario-unchanged", message: "nl", messageEn: "en" });
  });

  it("runs detect -> allocate -> plan -> verify end to end on one grid", () => {
    const grid = makeGrid([
      ["Gemeente", "Inwoners"],
      ["Beesel", 13478],
      ["Weert", 50020],
    ]);
    const { table, findings } = workbook.detectTable(grid);
    expect(findings).toEqual([]);
    if (!table) throw new Error("no table");
    const allocation = allocate(NML_2023, workbook.toMunicipalities(table));
    const plan = workbook.planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: new Date(0) });

    // Carry the plan out on a copy of the grid, as a host would, then verify it.
    const values = grid.values.map((r) => [...r]);
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const target = (values[plan.top + r] ??= []);
        if (cell.kind === "number") target[plan.left + c] = Number(cell.value);
        else if (cell.kind === "text") target[plan.left + c] = cell.value;
      }),
    );
    for (const x of plan.extraCells ?? []) if (x.cell.kind === "text") (values[x.row] ??= [])[x.col] = x.cell.value;
    const written = makeGrid(values);
    const again = workbook.detectTable(written);
    expect(again.findings.map((f) => f.code)).toEqual(["totals-row"]);
    const t2 = again.table;
    if (!t2) throw new Error("no table");
    const v = workbook.planVerify({
      grid: written,
      table: t2,
      checks: plan.columns.filter((c) => c.role !== "budget-line").map((c) => ({ target: c.componentId ?? "total", header: c.header })),
    });
    const report = workbook.verifyReport({ ...v, allocation, table: t2, tolerance: "0" });
    expect(report).toMatchObject({ checked: 6, matched: 6, mismatches: [], sumOfDifferences: "0" });
    // And a second apply finds its own columns.
    const second = workbook.planApply({ grid: written, table: t2, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: new Date(0) });
    expect(second.columns.every((c) => c.existing)).toBe(true);
    expect(second.totalsRow).toBe(plan.totalsRow);
  });

  it("turns unmatched fixed amounts into warnings", () => {
    const grid = makeGrid([["Gemeente", "Inwoners"], ["Beesel", 13478]]);
    const table = workbook.detectTable(grid).table;
    if (!table) throw new Error("no table");
    const allocation = allocate(
      { ...NML_2023, components: [{ id: "vast", label: "Vast", kind: "fixed-amount", amounts: { Alkmaar: "25000", Beesel: "10" } }] },
      workbook.toMunicipalities(table),
    );
    const f = workbook.allocationFindings(allocation, "Gemeenten");
    expect(f).toEqual([{ code: "fixed-amount-unmatched", severity: "warning", sheet: "Gemeenten", params: { key: "Alkmaar", component: "vast" } }]);
    expect(workbook.formatFinding(f[0], "nl")).toContain('het vaste bedrag voor "Alkmaar"');
  });
});
