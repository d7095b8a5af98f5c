// A schedule that does not use the population (only fixed percentages, only amounts per dwelling,
// a key without inwoners) works on a sheet without a population column: detection, the
// allocation (its tie-break then starts at the code) and the write plan. A schedule that does use
// it still needs the column, and a population column that is there is still read.
import fc from "fast-check";
import { allocate } from "../../src/allocation/allocate";
import { parseSchedule } from "../../src/allocation/schema";
import type { Schedule } from "../../src/allocation/types";
import { detectTable } from "../../src/workbook/detect";
import { detectOptionsFor } from "../../src/workbook/detect-options";
import { planApply } from "../../src/workbook/plan-apply";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import type { CellValue, DetectedTable, Grid } from "../../src/workbook/types";
import { frac, largestRemainder, mul } from "../allocation/reference";
import { makeGrid } from "./grid-helpers";

const NOW = new Date("2025-03-01T10:00:00Z");
const base = { title: "T", region: "R", year: 2025, source: "test", rounding: { unit: "euro", mode: "half-up" } };

const PER_DWELLING: Schedule = parseSchedule({ id: "per-woning", ...base, components: [{ id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "2.5" }] });
const percentages = (p: Record<string, string>, total = "1000"): Schedule =>
  parseSchedule({ id: "pct", ...base, components: [{ id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total, percentages: p }] });
const BY_DWELLINGS: Schedule = parseSchedule({
  id: "sleutel",
  ...base,
  components: [{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "1000", key: [{ measure: "woningen", weight: "1" }] }],
});
const PER_INHABITANT: Schedule = parseSchedule({ id: "per-inwoner", ...base, components: [{ id: "basis", label: "Basis", kind: "per-inhabitant", rate: "0.08" }] });

function detect(grid: Grid, schedule: Schedule): { table?: DetectedTable; errors: string[] } {
  const r = detectTable(grid, undefined, detectOptionsFor(schedule));
  return { table: r.table, errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.code}${f.cell ? ` ${f.cell}` : ""}`) };
}

describe("a sheet without a population column", () => {
  test("Gemeente + Woningen with amounts per dwelling: every row charged, no population anywhere", () => {
    const grid = makeGrid([["Gemeente", "Woningen"], ["Beesel", 6120], ["Venlo", 47003], ["Weert", 22817]]);
    const { table, errors } = detect(grid, PER_DWELLING);
    expect(errors).toEqual([]);
    expect(table?.populationColumn).toBeUndefined();
    expect(table?.rows).toEqual([
      { row: 1, name: "Beesel", measures: { woningen: "6120" } },
      { row: 2, name: "Venlo", measures: { woningen: "47003" } },
      { row: 3, name: "Weert", measures: { woningen: "22817" } },
    ]);
    const allocation = allocate(PER_DWELLING, toMunicipalities(table as DetectedTable));
    // 2,50 per dwelling in whole euros, half up: by hand.
    expect(allocation.components[0].amounts.map(String)).toEqual(["15300", "117508", "57043"]);
    const plan = planApply({ grid, table: table as DetectedTable, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: NOW });
    expect(plan.cells[0][0]).toEqual({ kind: "text", value: "Bijdrage per woning 2025" });
    expect(plan.cells.slice(1, 4).map((r) => (r[0].kind === "number" ? r[0].value : r[0].kind))).toEqual(["15300", "117508", "57043"]);
    const columns = plan.audit.entries.find((e) => e.label === "Kolommen")?.value;
    expect(columns).toBe("gemeente: A (Gemeente); woningen: B (Woningen)");
    expect(plan.audit.entries.some((e) => e.label === "Inwoners (totaal)")).toBe(false);
  });

  test("a blank or text dwelling count is an error naming its cell; a row with only a dwelling count is not skipped", () => {
    const grid = makeGrid([["Gemeente", "Woningen"], ["Beesel", null], ["Venlo", "veel"], [null, 22817]]);
    const { errors } = detect(grid, PER_DWELLING);
    expect(errors).toEqual(["measure-blank B2", "measure-text B3", "name-blank A4"]);
  });

  test("Gemeente + Gemeentecode only, with fixed percentages: split by the percentages", () => {
    const grid = makeGrid([["Gemeente", "Gemeentecode"], ["Beesel", "GM0889"], ["Venlo", "GM0983"], ["Weert", "GM0988"]]);
    const s = percentages({ Beesel: "12.5", Venlo: "57.5", GM0988: "30" }, "1000");
    const { table, errors } = detect(grid, s);
    expect(errors).toEqual([]);
    const allocation = allocate(s, toMunicipalities(table as DetectedTable));
    expect(allocation.components[0].amounts.map(String)).toEqual(["125", "575", "300"]);
    expect(allocation.grandTotal.toString()).toBe("1000");
  });

  test("a share by a key of dwellings only needs no population either", () => {
    const grid = makeGrid([["Gemeente", "Woningen"], ["Beesel", 1], ["Venlo", 1], ["Weert", 1]]);
    const { table, errors } = detect(grid, BY_DWELLINGS);
    expect(errors).toEqual([]);
    // 1000 / 3: 333 each and one euro left; equal remainders and no population or code: by name.
    expect(allocate(BY_DWELLINGS, toMunicipalities(table as DetectedTable)).components[0].amounts.map(String)).toEqual(["334", "333", "333"]);
  });

  test("a schedule that uses the population still needs the column", () => {
    const grid = makeGrid([["Gemeente", "Woningen"], ["Beesel", 6120]]);
    const { table, errors } = detect(grid, PER_INHABITANT);
    expect(table).toBeUndefined();
    expect(errors).toEqual(["column-not-found"]);
    // And without a schedule (nothing known yet) too.
    expect(detectTable(grid).table).toBeUndefined();
  });

  test("a population column that is there is still read (and checked) when the schedule does not use it", () => {
    const grid = makeGrid([["Gemeente", "Inwoners", "Woningen"], ["Beesel", 13478, 6120], ["Weert", "x y", 22817]]);
    const { table, errors } = detect(grid, PER_DWELLING);
    expect(table?.populationColumn).toBe(1);
    expect(errors).toEqual(["population-text B3"]);
  });
});

describe("the tie-break without a population", () => {
  test("equal remainders go by code, then name, as documented; the shares add up to the total (against the reference)", () => {
    const row = fc.record({ code: fc.option(fc.integer({ min: 1, max: 40 }).map((n) => `GM${String(n).padStart(4, "0")}`), { nil: undefined }), pct: fc.integer({ min: 0, max: 1 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 5000 }), (rows, total) => {
        // Percentages that add up to 100: 0 or 7 each (many equal remainders), the rest (≥ 23) on the last row.
        const parts = rows.map((r) => r.pct * 7);
        parts[parts.length - 1] = 100 - parts.slice(0, -1).reduce((a, b) => a + b, 0);
        const names = rows.map((_, i) => `Gemeente ${String.fromCharCode(90 - i)}`);
        const codes = new Set<string>();
        const values: CellValue[][] = [["Gemeente", "Gemeentecode"]];
        rows.forEach((r, i) => {
          const code = r.code !== undefined && !codes.has(r.code) ? r.code : null;
          if (code) codes.add(code);
          values.push([names[i], code]);
        });
        const s = percentages(Object.fromEntries(names.map((n, i) => [n, String(parts[i])])), String(total));
        const { table, errors } = detect(makeGrid(values), s);
        expect(errors).toEqual([]);
        const t = table as DetectedTable;
        const units = allocate(s, toMunicipalities(t)).components[0].amounts.map((a) => BigInt(a.toString()));
        const shares = parts.map((p) => mul(frac(BigInt(total)), frac(BigInt(p), 100n)));
        const reference = largestRemainder(BigInt(total), shares, t.rows.map((r) => ({ name: r.name, ...(r.code !== undefined ? { code: r.code } : {}) })));
        expect(units).toEqual(reference);
        expect(units.reduce((a, b) => a + b, 0n)).toBe(BigInt(total));
      }),
      { numRuns: 200 },
    );
  });
});
