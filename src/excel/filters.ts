/// <reference types="office-js" />
// Filters on a sheet (its AutoFilter and each table's): read their criteria, clear them for a
// write, and apply exactly those criteria again afterwards. Excel returns criteria with null
// properties that it refuses when they are applied again (office-js#1226): they are dropped.
import type { CellRect } from "../workbook/types";

export interface FilterState {
  /** The sheet's AutoFilter, when it filters. */
  sheet?: { rect: CellRect; criteria: (Excel.FilterCriteria | undefined)[] };
  /** Each table on the sheet that filters, by name. */
  tables: { name: string; criteria: (Excel.FilterCriteria | undefined)[] }[];
}

/** Criteria as Excel accepts them again, or undefined when the column is not filtered. */
export function cleanCriteria(c: unknown): Excel.FilterCriteria | undefined {
  if (!c || typeof c !== "object") return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c as Record<string, unknown>)) if (v !== null && v !== undefined) out[k] = v;
  if (typeof out.filterOn !== "string") return undefined;
  const values = out.values;
  const active =
    out.criterion1 !== undefined ||
    out.criterion2 !== undefined ||
    (Array.isArray(values) && values.length > 0) ||
    out.color !== undefined ||
    out.icon !== undefined ||
    (out.dynamicCriteria !== undefined && out.dynamicCriteria !== "Unknown");
  return active ? (out as unknown as Excel.FilterCriteria) : undefined;
}

export function criteriaList(list: unknown): (Excel.FilterCriteria | undefined)[] {
  return Array.isArray(list) ? list.map(cleanCriteria) : [];
}

export function isFiltering(state: FilterState): boolean {
  return !!state.sheet || state.tables.length > 0;
}

/** Clears every filter in `state` (queued; takes effect at the next sync). */
export function queueClearFilters(sheet: Excel.Worksheet, state: FilterState): void {
  if (state.sheet) sheet.autoFilter.clearCriteria();
  for (const t of state.tables) sheet.tables.getItem(t.name).clearFilters();
}

/** Applies the criteria in `state` again, column by column (queued). */
export function queueRestoreFilters(sheet: Excel.Worksheet, state: FilterState): void {
  if (state.sheet) {
    const r = state.sheet.rect;
    const range = sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
    state.sheet.criteria.forEach((c, i) => {
      if (c) sheet.autoFilter.apply(range, i, c);
    });
  }
  for (const t of state.tables) {
    const table = sheet.tables.getItem(t.name);
    t.criteria.forEach((c, i) => {
      if (c) table.columns.getItemAt(i).filter.apply(c);
    });
  }
}
