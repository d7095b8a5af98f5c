// Hand-built grids and allocations for the workbook tests.
import { Decimal } from "../../src/allocation/decimal";
import type { Allocation, ComponentResult, Schedule } from "../../src/allocation/types";
import type { CellError, CellValue, Grid } from "../../src/workbook/types";
import { measuresUsed } from "../../src/allocation/measures";
import { bundledSchedules } from "../../src/schedules";

/**
 * The bundled schedules that need nothing but the population, for tests on the example region
 * (its sheet has no dwellings or area): all but the illustrative weighted key, whose figures are
 * checked in plan-keys.test.ts and tests/examples.
 */
export function populationSchedules(): Schedule[] {
  return bundledSchedules().filter((s) => measuresUsed(s.components).every((m) => m === "inwoners"));
}

export const SHEET = "Gemeenten";

/** A grid from rows of values, at A1 unless told otherwise. */
export function makeGrid(values: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { sheet: SHEET, top: 0, left: 0, values, ...extra };
}

export function err(error: string): CellError {
  return { error };
}

/** A simple Noord- en Midden-Limburg-like sheet: header in row 1, names in A, population in B. */
export function simpleGrid(rows: [CellValue, CellValue][], headers: [string, string] = ["Gemeente", "Inwoners"]): Grid {
  return makeGrid([headers, ...rows]);
}

export function dec(x: string | number): Decimal {
  return new Decimal(x);
}

/** An Allocation built by hand: per component a list of amounts (strings); totals are summed. */
export function handAllocation(
  schedule: Schedule,
  amounts: Record<string, string[]>,
  extra: Partial<Record<string, Partial<ComponentResult>>> = {},
): Allocation {
  const components: ComponentResult[] = schedule.components.map((c) => {
    const list = (amounts[c.id] ?? []).map((a) => dec(a));
    const total = list.reduce((s, a) => s.plus(a), dec(0));
    return { componentId: c.id, amounts: list, total, periodFactor: dec(1), ...(extra[c.id] ?? {}) };
  });
  const n = components[0]?.amounts.length ?? 0;
  const totals: Decimal[] = [];
  for (let i = 0; i < n; i++) totals.push(components.reduce((s, c) => s.plus(c.amounts[i]), dec(0)));
  const grandTotal = totals.reduce((s, a) => s.plus(a), dec(0));
  return { schedule, components, totals, grandTotal };
}

/** Schedule 5 of the seeds, Noord- en Midden-Limburg from 2023: base and extension, whole euros. */
export const NML_2023: Schedule = {
  id: "nml-2023",
  title: { nl: "Noord- en Midden-Limburg, vanaf 2023", en: "Noord- en Midden-Limburg, from 2023" },
  region: "Noord- en Midden-Limburg",
  year: 2023,
  source: "001",
  populationDate: "CBS, 1 januari 2022",
  rounding: { unit: "euro", mode: "half-up" },
  components: [
    { id: "basis", label: { nl: "Basis", en: "Base" }, kind: "per-inhabitant", rate: "0.08", budgetLine: "56814/44320" },
    { id: "uitbreiding", label: { nl: "Uitbreiding", en: "Extension" }, kind: "per-inhabitant", rate: "0.07", budgetLine: "56814/44320" },
  ],
};

/** Schedule 2 of the seeds, Limburg from 2020: one component, cents. */
export const LIMBURG_2020: Schedule = {
  id: "limburg-2020",
  title: "Limburg, vanaf 2020",
  region: "Limburg",
  year: 2020,
  source: "003",
  rounding: { unit: "cent", mode: "half-up" },
  components: [{ id: "zorgcoordinatie", label: "Zorgcoördinatie", kind: "per-inhabitant", rate: "0.08" }],
};

/** Noord-Holland Noord: € 90.000 split by population. */
export const NHN_2020: Schedule = {
  id: "nhn-2020",
  title: "Noord-Holland Noord, vanaf 2020",
  region: "Noord-Holland Noord",
  year: 2020,
  source: "002",
  rounding: { unit: "cent", mode: "half-up" },
  components: [{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "90000" }],
};
