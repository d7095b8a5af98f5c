// The controller's arithmetic: a row's total against the sum of its component cells as found, and
// the totals row against the column sums, as findings separate from the schedule's mismatches.
import { allocate } from "../../src/allocation";
import { detectTable } from "../../src/workbook/detect";
import { formatFinding } from "../../src/workbook/messages";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planVerify, verifyReport, type VerifyCheck } from "../../src/workbook/plan-verify";
import type { Finding, Grid } from "../../src/workbook/types";
import { makeGrid, NML_2023 } from "./grid-helpers";

// NML 2023 in whole euros: basis = population × 0,08, uitbreiding = × 0,07.
//   Beesel 13478: 1078 + 943 = 2021     Venlo 102000: 8160 + 7140 = 15300
//   Weert 50020: 4002 + 3501 = 7503
// Venlo's uitbreiding is typed as 7410 (the controle example's slip): E is wrong by the schedule,
// and F (15300, right by the schedule) no longer equals D + E (8160 + 7410 = 15570).
function grid(totals: (number | string)[]): Grid {
  return makeGrid([
    ["Gemeente", "Inwoners", "Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"],
    ["Beesel", 13478, 1078, 943, 2021],
    ["Venlo", 102000, 8160, 7410, 15300],
    ["Weert", 50020, 4002, 3501, 7503],
    ["Totaal", null, ...totals],
  ]);
}

const ALL: VerifyCheck[] = [
  { target: "basis", header: "Bijdrage basis 2023" },
  { target: "uitbreiding", header: "Bijdrage uitbreiding 2023" },
  { target: "total", header: "Bijdrage totaal 2023" },
];

function report(g: Grid, checks: VerifyCheck[], tolerance = "0"): { mismatches: string[]; sums: Finding[] } {
  const { table } = detectTable(g);
  const plan = planVerify({ grid: g, table: table!, checks });
  const r = verifyReport({ ...plan, allocation: allocate(NML_2023, toMunicipalities(table!)), table: table!, tolerance });
  return { mismatches: r.mismatches.map((m) => m.cell), sums: r.findings.filter((f) => f.code === "row-total-mismatch" || f.code === "totals-row-mismatch") };
}

describe("row totals and the totals row", () => {
  it("reports the row that does not add up beside the schedule's mismatch, and the totals row", () => {
    // Column sums as found: D 13240, E 11854, F 24824; the totals row says 13240, 11584, 24824.
    const r = report(grid([13240, 11584, 24824]), ALL);
    expect(r.mismatches).toEqual(["D3"]);
    expect(r.sums.map((f) => [f.code, f.cell, f.severity, f.params.found, f.params.sum, f.params.difference])).toEqual([
      ["row-total-mismatch", "E3", "warning", "15300", "15570", "-270"],
      ["totals-row-mismatch", "D5", "warning", "11584", "11854", "-270"],
    ]);
    expect(formatFinding(r.sums[0], "nl")).toBe(
      "Blad 'Gemeenten', cel E3: het totaal van Venlo (€ 15.300) is niet de som van de bijdragen in de rij (C3 + D3 = € 15.570); verschil € -270. Controleer het totaal of de bijdragen.",
    );
    expect(formatFinding(r.sums[1], "en")).toBe(
      "Sheet 'Gemeenten', cell D5: the totals row of column D (Bijdrage uitbreiding 2023) (€ 11,584) is not the sum of the column (€ 11,854); difference € -270. Check the totals row.",
    );
  });

  it("checks row totals only when the total and every component are checked; a tolerance lets small differences pass", () => {
    expect(report(grid([13240, 11854, 24824]), [ALL[1], ALL[2]]).sums).toEqual([]);
    expect(report(grid([13240, 11854, 24824]), ALL, "300").sums).toEqual([]);
    // A totals row cell that is not a number is left to the reader: no sum finding for it.
    expect(report(grid([13240, "n.v.t.", 24824]), ALL).sums.map((f) => f.code)).toEqual(["row-total-mismatch"]);
  });
});
