// The preview table as strings: one row per municipality, amounts formatted in the UI language.
// Rows whose texts did not change keep their object identity, so memoized rows skip rendering.
import { formatEuro, localize } from "../../allocation";
import type { Allocation } from "../../allocation/types";
import type { Lang } from "../../host";
import type { DetectedTable } from "../../workbook/types";

export interface PreviewColumn {
  id: string;
  label: string;
}

export interface PreviewRow {
  key: string;
  name: string;
  /** "" when the sheet has no population column (a schedule that does not use it). */
  population: string;
  /** One formatted amount per component, in schedule order. */
  amounts: string[];
  /** The row total, only when the schedule has several components. */
  total?: string;
}

export interface PreviewModel {
  columns: PreviewColumn[];
  showTotal: boolean;
  rows: PreviewRow[];
  totals: PreviewRow;
  grandTotal: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole number in the locale's grouping: 50.020 (nl-NL), 50,020 (en-GB). */
export function formatCount(n: number, locale: string): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

function sameRow(a: PreviewRow, b: PreviewRow): boolean {
  if (a.key !== b.key || a.name !== b.name || a.population !== b.population || a.total !== b.total) return false;
  if (a.amounts.length !== b.amounts.length) return false;
  for (let i = 0; i < a.amounts.length; i++) if (a.amounts[i] !== b.amounts[i]) return false;
  return true;
}

export function buildPreview(
  allocation: Allocation,
  table: DetectedTable,
  lang: Lang,
  locale: string,
  totalLabel: string,
  previous?: PreviewModel,
): PreviewModel {
  const schedule = allocation.schedule;
  const unit = schedule.rounding.unit;
  const components = allocation.components;
  const showTotal = components.length > 1;
  const columns = schedule.components.map((c) => ({ id: c.id, label: localize(c.label, lang) }));
  const rows: PreviewRow[] = new Array(table.rows.length);
  let population = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    population += r.population ?? 0;
    const amounts = new Array<string>(components.length);
    for (let k = 0; k < components.length; k++) amounts[k] = formatEuro(components[k].amounts[i], lang, unit);
    const row: PreviewRow = { key: String(r.row), name: r.name, population: r.population !== undefined ? formatCount(r.population, locale) : "", amounts };
    if (showTotal) row.total = formatEuro(allocation.totals[i], lang, unit);
    const old = previous?.rows[i];
    rows[i] = old && sameRow(old, row) ? old : row;
  }
  const grandTotal = formatEuro(allocation.grandTotal, lang, unit);
  const totals: PreviewRow = {
    key: "totals",
    name: totalLabel,
    population: table.populationColumn !== undefined ? formatCount(population, locale) : "",
    amounts: components.map((c) => formatEuro(c.total, lang, unit)),
  };
  if (showTotal) totals.total = grandTotal;
  return {
    columns,
    showTotal,
    rows,
    totals: previous && sameRow(previous.totals, totals) ? previous.totals : totals,
    grandTotal,
  };
}
