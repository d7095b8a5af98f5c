// planApply and planScenario with the new kinds: amount columns, the audit record of a weighted
// key (every measure's column, sum and weight), fixed percentages, amounts per unit, and the
// former municipalities and period of a CBS export.
import { allocate } from "../../src/allocation/allocate";
import { applyOverrides } from "../../src/allocation/overrides";
import { parseSchedule } from "../../src/allocation/schema";
import type { Schedule } from "../../src/allocation/types";
import { readCsv } from "../../src/workbook/csv-file";
import { detectTable } from "../../src/workbook/detect";
import { detectOptionsFor } from "../../src/workbook/detect-options";
import { planApply } from "../../src/workbook/plan-apply";
import { toMunicipalities } from "../../src/workbook/plan-findings";
import { planScenario, scenarioChanges } from "../../src/workbook/plan-scenario";
import type { DetectedTable, Grid, WritePlan } from "../../src/workbook/types";
import { exportBytes, exportLines, formerIn, municipalitiesIn } from "./cbs-files";
import { makeGrid } from "./grid-helpers";

const NOW = new Date("2025-03-01T10:00:00Z");

const GR: Schedule = parseSchedule({
  id: "gr-test",
  title: "GR test",
  region: "Gooi",
  year: 2025,
  source: "test",
  populationDate: "CBS, 1 januari 2025",
  rounding: { unit: "euro", mode: "half-up" },
  components: [
    { id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "250000", key: [{ measure: "inwoners", weight: "0.5" }, { measure: "woningen", weight: "0.3" }, { measure: "oppervlakte", weight: "0.2" }] },
    { id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" },
  ],
});

function detect(grid: Grid, schedule: Schedule): DetectedTable {
  const r = detectTable(grid, undefined, detectOptionsFor(schedule));
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  return r.table!;
}

const audit = (p: WritePlan, label: string): string | undefined => p.audit.entries.find((e) => e.label === label)?.value;

describe("planApply with a weighted key on a CBS export", () => {
  const grid = readCsv(exportBytes(exportLines("2025", ["2025"])), "70072ned").grid;
  const table = detect(grid, GR);
  const allocation = allocate(GR, toMunicipalities(table));
  const plan = planApply({ grid, table, allocation, budgetLines: {}, lang: "nl", toolVersion: "t", now: NOW });

  it("writes one column per component and a total, right of the export (no budget-line columns without budget lines)", () => {
    expect(plan.columns.map((c) => c.header)).toEqual(["Bijdrage aandeel 2025", "Bijdrage per woning 2025", "Bijdrage totaal 2025"]);
    expect(plan.left).toBe(6);
    // The amounts are the allocation's, row by row (as exact decimal strings).
    const first = table.rows[0];
    expect(plan.cells[first.row - plan.top][0]).toEqual({ kind: "number", value: allocation.components[0].amounts[0].toFixed(0), format: expect.any(String) });
  });

  it("records every measure's column, sum and weight, the former municipalities and how the period was chosen", () => {
    const munis = municipalitiesIn("2025");
    const sum = (f: (m: (typeof munis)[number]) => number): number => munis.reduce((s, m) => s + f(m), 0);
    const dutch = (n: number): string => n.toLocaleString("nl-NL");
    const area = sum((m) => m.figures.areaHundredths);
    expect(audit(plan, "Sleutel aandeel")).toBe(
      `inwoners: gewicht 0,5, kolom C (Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)), som ${dutch(sum((m) => m.figures.population))}; ` +
        `woningen: gewicht 0,3, kolom E (Bouwen en wonen/Woningvoorraad/Voorraad op 1 januari (aantal)), som ${dutch(sum((m) => m.figures.dwellings))}; ` +
        `oppervlakte: gewicht 0,2, kolom F (Milieu en bodemgebruik/Bodemgebruik/Oppervlakte/Totale oppervlakte (km²)), som ${Math.floor(area / 100)},${String(area % 100).padStart(2, "0")}`,
    );
    expect(audit(plan, "Totaal te verdelen aandeel")).toBe("€ 250.000,00, naar een gewogen sleutel");
    expect(audit(plan, "Tarief per woning")).toBe("€ 1,25 per eenheid woningen (kolom E (Bouwen en wonen/Woningvoorraad/Voorraad op 1 januari (aantal)))");
    expect(audit(plan, "Periode (CBS)")).toBe("2025 (volgens de peildatum van de verdeelsleutel)");
    expect(audit(plan, "Overgeslagen (CBS, geen cijfers voor de periode)")).toBe(`${formerIn("2025").length}: ${formerIn("2025").join(", ")}`);
    expect(audit(plan, "Kolommen")).toContain("woningen: E (Bouwen en wonen/Woningvoorraad/Voorraad op 1 januari (aantal)); oppervlakte: F (");
    expect(audit(plan, "Totaal aandeel")).toBe("€ 250.000");
  });

  it("a what-if weight is marked in the audit and gets scenario columns that name it", () => {
    const scenario = applyOverrides(GR, { weights: { aandeel: { inwoners: "0.6", woningen: "0.2" } } });
    expect(scenarioChanges(GR, scenario)).toEqual(["aandeel"]);
    const p = planScenario({ grid, table, allocation: allocate(scenario, toMunicipalities(table)), agreedSchedule: GR, lang: "nl", toolVersion: "t", now: NOW });
    expect(p.columns.map((c) => c.header)).toEqual([
      "Bijdrage aandeel 2025 (scenario gewichten inwoners 0,6, woningen 0,2, oppervlakte 0,2)",
      "Bijdrage totaal 2025 (scenario aandeel gewichten inwoners 0,6, woningen 0,2, oppervlakte 0,2)",
    ]);
    expect(audit(p, "Sleutel aandeel")).toContain("inwoners: gewicht 0,6 (gewijzigd; vastgesteld 0,5)");
  });
});

describe("planApply with fixed percentages", () => {
  const schedule = parseSchedule({
    id: "pct",
    title: "Percentages",
    region: "R",
    year: 2025,
    source: "s",
    rounding: { unit: "euro", mode: "half-up" },
    components: [{ id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "1200000", percentages: { Venlo: "30", Weert: "12.5", Venray: "57.5" } }],
  });
  const grid = makeGrid([
    ["Gemeente", "Inwoners"],
    ["Venlo", 101000],
    ["Weert", 50020],
    ["Venray", 44000],
  ]);

  it("splits the total by the percentages and records them", () => {
    const table = detect(grid, schedule);
    const p = planApply({ grid, table, allocation: allocate(schedule, toMunicipalities(table)), budgetLines: {}, lang: "en", toolVersion: "t", now: NOW });
    expect(p.cells.slice(1, 4).map((row) => (row[0] as { value: string }).value)).toEqual(["360000", "150000", "690000"]);
    expect(audit(p, "Percentages bijdrage")).toBe("Venlo 30 %, Weert 12.5 %, Venray 57.5 %");
    expect(audit(p, "Total to split bijdrage")).toBe("€1,200,000.00, by fixed percentages");
  });

  it("a percentage edited in a scenario is named in the header", () => {
    const table = detect(grid, schedule);
    const scenario = applyOverrides(schedule, { percentages: { bijdrage: { Venlo: "35", Weert: "7.5" } } });
    const p = planScenario({ grid, table, allocation: allocate(scenario, toMunicipalities(table)), agreedSchedule: schedule, lang: "nl", toolVersion: "t", now: NOW });
    expect(p.columns.map((c) => c.header)).toEqual(["Bijdrage bijdrage 2025 (scenario percentages Venlo 35 %, Weert 7,5 %)"]);
    expect(audit(p, "Percentages bijdrage")).toBe("Venlo 35 % (gewijzigd; vastgesteld 30), Weert 7,5 % (gewijzigd; vastgesteld 12,5), Venray 57,5 %");
  });
});
