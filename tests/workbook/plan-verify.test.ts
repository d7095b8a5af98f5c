import { allocate } from "../../src/allocation";
import { detectTable } from "../../src/workbook/detect";
import { hasErrors } from "../../src/workbook/findings";
import { numberToDecimalString } from "../../src/workbook/number-text";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planVerify, verifyReport, type VerifyCheck } from "../../src/workbook/plan-verify";
import type { DetectedTable, Grid } from "../../src/workbook/types";
import { err, makeGrid, NML_2023 } from "./grid-helpers";

// Expected (NML 2023, whole euros): uitbreiding = population × 0,07; basis = × 0,08.
//   Beesel 13478: 943 + 1078 = 2021      Weert 50020: 3501 + 4002 = 7503
//   Venlo 100000: 7000 + 8000 = 15000    Gennep 17000: 1190 + 1360 = 2550
//   Horst 42000:  2940 + 3360 = 6300
function controllerGrid(): Grid {
  return makeGrid(
    [
      ["Gemeente", "Inwoners", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"],
      ["Beesel", 13478, 943, 2021],
      ["Weert", 50020, 3501.4, "7.503"],
      ["Venlo", 100000, null, err("#DEEL/0!")],
      ["Gennep", 17000, 1190, 2550],
      ["Horst aan de Maas", 42000, 2520, 6300],
    ],
    {
      formulas: [[], [], [], [], [null, null, "=B5*0,07"], [null, null, "=B6*0,06"]],
    },
  );
}

const CHECKS: VerifyCheck[] = [
  { target: "uitbreiding", header: "bijdrage uitbreiding 2023" },
  { target: "total", header: "BIJDRAGE TOTAAL 2023" },
];

function setup(): { grid: Grid; table: DetectedTable } {
  const grid = controllerGrid();
  const r = detectTable(grid);
  if (!r.table) throw new Error("no table");
  expect(r.findings).toEqual([]);
  return { grid, table: r.table };
}

describe("planVerify", () => {
  it("reads each charged row's figure as an exact decimal string", () => {
    const { grid, table } = setup();
    const v = planVerify({ grid, table, checks: CHECKS });
    expect(v.found).toEqual([
      { index: 0, target: "uitbreiding", found: "943" },
      { index: 1, target: "uitbreiding", found: "3501.4" },
      { index: 2, target: "uitbreiding", found: null },
      { index: 3, target: "uitbreiding", found: "1190" },
      { index: 4, target: "uitbreiding", found: "2520" },
      { index: 0, target: "total", found: "2021" },
      { index: 1, target: "total", found: null },
      { index: 2, target: "total", found: null },
      { index: 3, target: "total", found: "2550" },
      { index: 4, target: "total", found: "6300" },
    ]);
    expect(v.cells.map((c) => c.cell)).toEqual(["C2", "C3", "C4", "C5", "C6", "D2", "D3", "D4", "D5", "D6"]);
    expect(v.cells[4]).toEqual({ index: 4, target: "uitbreiding", row: 5, col: 2, cell: "C6", formula: "=B6*0,06" });
    expect(v.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["check-blank", "warning", "C4"],
      ["check-not-a-number", "warning", "D3"],
      ["check-error", "warning", "D4"],
    ]);
    expect(v.findings[1].params).toMatchObject({ text: "7.503", name: "Weert" });
    expect(v.findings[2].params.error).toBe("#DEEL/0!");
    expect(hasErrors(v.findings)).toBe(false);
  });

  it("a check column that is not there is an error listing the headers", () => {
    const { grid, table } = setup();
    const v = planVerify({ grid, table, checks: [{ target: "total", header: "Bijdrage 2024" }] });
    expect(v.found).toEqual([]);
    expect(v.findings).toHaveLength(1);
    expect(v.findings[0]).toMatchObject({
      code: "check-column-not-found",
      severity: "error",
      params: {
        header: "Bijdrage 2024",
        headerRow: 1,
        headers: "A: Gemeente, B: Inwoners, C: Bijdrage uitbreiding 2023, D: Bijdrage totaal 2023",
      },
    });
  });
});

describe("verifyReport", () => {
  it("lists every mismatch with row, cell, expected, found and found − expected", () => {
    const { grid, table } = setup();
    const v = planVerify({ grid, table, checks: CHECKS });
    const allocation = allocate(NML_2023, toMunicipalities(table));
    const rep = verifyReport({ ...v, allocation, table, tolerance: "0" });
    expect(rep.checked).toBe(10);
    expect(rep.matched).toBe(5);
    expect(rep.mismatches).toEqual([
      { row: 3, cell: "C3", name: "Weert", component: "uitbreiding", expected: "3501", found: "3501.4", difference: "0.4" },
      { row: 4, cell: "C4", name: "Venlo", component: "uitbreiding", expected: "7000", found: null, difference: null },
      { row: 6, cell: "C6", name: "Horst aan de Maas", component: "uitbreiding", expected: "2940", found: "2520", difference: "-420" },
      { row: 3, cell: "D3", name: "Weert", component: "total", expected: "7503", found: null, difference: null },
      { row: 4, cell: "D4", name: "Venlo", component: "total", expected: "15000", found: null, difference: null },
    ]);
    expect(rep.sumOfDifferences).toBe("-419.6");
  });

  it("adds check-formula for a formula that gives another figure, and the expected figure to findings", () => {
    const { grid, table } = setup();
    const v = planVerify({ grid, table, checks: CHECKS });
    const allocation = allocate(NML_2023, toMunicipalities(table));
    const rep = verifyReport({ ...v, allocation, table, tolerance: "0" });
    expect(rep.findings.map((f) => [f.code, f.cell, f.params.expected])).toEqual([
      ["check-blank", "C4", "7000"],
      ["check-not-a-number", "D3", "7503"],
      ["check-error", "D4", "15000"],
      ["check-formula", "C6", "2940"],
    ]);
    expect(rep.findings[3]).toMatchObject({ severity: "info", params: { formula: "=B6*0,06", found: "2520", name: "Horst aan de Maas" } });
    // The matching formula in C5 gets no finding.
    expect(rep.findings.some((f) => f.cell === "C5")).toBe(false);
  });

  it("a tolerance lets small differences pass (Dutch or English decimal)", () => {
    const { grid, table } = setup();
    const v = planVerify({ grid, table, checks: CHECKS });
    const allocation = allocate(NML_2023, toMunicipalities(table));
    const rep = verifyReport({ ...v, allocation, table, tolerance: "0,50" });
    expect(rep.matched).toBe(6);
    expect(rep.mismatches.map((m) => m.cell)).toEqual(["C4", "C6", "D3", "D4"]);
    expect(rep.sumOfDifferences).toBe("-420");
  });

  it("all figures right: no mismatches", () => {
    const grid = makeGrid([
      ["Gemeente", "Inwoners", "Bijdrage uitbreiding 2023"],
      ["Weert", 50020, 3501],
    ]);
    const table = detectTable(grid).table as DetectedTable;
    const v = planVerify({ grid, table, checks: [CHECKS[0]] });
    const rep = verifyReport({ ...v, allocation: allocate(NML_2023, toMunicipalities(table)), table, tolerance: "0" });
    expect(rep).toEqual({ checked: 1, matched: 1, wrong: 0, mismatches: [], sumOfDifferences: "0", withinTolerance: 0, sumWithinTolerance: "0", findings: [] });
  });
});

describe("numberToDecimalString", () => {
  it("uses the shortest representation, never arithmetic", () => {
    expect(numberToDecimalString(3501.4)).toBe("3501.4");
    expect(numberToDecimalString(0.07 * 50020)).toBe("3501.4000000000005");
    expect(numberToDecimalString(1078.24)).toBe("1078.24");
    expect(numberToDecimalString(-0.4)).toBe("-0.4");
    expect(numberToDecimalString(0)).toBe("0");
    expect(numberToDecimalString(-0)).toBe("0");
  });

  it("writes exponents out", () => {
    expect(numberToDecimalString(1e21)).toBe("1000000000000000000000");
    expect(numberToDecimalString(1.23e25)).toBe("12300000000000000000000000");
    expect(numberToDecimalString(1.5e-7)).toBe("0.00000015");
    expect(numberToDecimalString(-2.5e-7)).toBe("-0.00000025");
    expect(numberToDecimalString(NaN)).toBeNull();
    expect(numberToDecimalString(Infinity)).toBeNull();
  });
});
