// The host rules: what every host (the Office host in Excel, the file host on .xlsx files) does
// alike when it carries out a plan, decided here once, as data. Pure.
//   - the names of the sheets the product adds;
//   - the number format of every text cell a plan writes;
//   - which new columns join an Excel table, and what the table's own totals row gets;
//   - the layout of the audit sheet (audit-layout.ts).
import { RATES_SHEET } from "./rates-block";
import type { DetectedTable, PlannedColumn } from "./types";

/** The audit sheet: one row per action (audit-layout.ts). */
export const AUDIT_SHEET = "Verantwoording";

/** Every sheet the product adds to a workbook, by purpose. */
export const ADDED_SHEETS = {
  /** The audit record of every apply (audit-layout.ts). */
  audit: AUDIT_SHEET,
  /** Formula mode's rates block (rates-block.ts). */
  rates: RATES_SHEET,
  /** The controller's report (plan-controle-report.ts; "Controle (2)", … when taken). */
  controle: "Controle",
} as const;

/**
 * The number format of every text cell a plan writes (headers, names, budget lines, audit
 * values, report texts): Excel's Text format, so a code such as 6700001 or 007, and a text that
 * begins with =, +, - or @, stays text, also when the user edits the cell later.
 */
export const TEXT_FORMAT = "@";

/** SUBTOTAL's function number for a table's totals row: the sum of the rows a filter shows, as Excel's own totals row. */
export const TABLE_TOTALS_FUNCTION = 109;

/** New columns that join an Excel table, and what its totals row gets in them. */
export interface TableJoin {
  /** The table's name. */
  table: string;
  /** The joining columns (absolute), consecutive from the one just right of the table. */
  columns: number[];
  /**
   * The table's own totals row (when it has one and it is the plan's totals row): the formula
   * each joined amount or total column gets there instead of the plan's figure, which is its
   * value. Budget-line columns get nothing there.
   */
  totals: { column: number; formula: string }[];
}

/** `Tabel1[Bijdrage basis 2023]`, with ' [ ] # escaped as Excel requires inside a structured reference. */
export function structuredColumnRef(table: string, column: string): string {
  return `${table}[${column.replace(/['[\]#]/g, (ch) => `'${ch}`)}]`;
}

/**
 * Which new columns join the data's Excel table: the run of new columns that starts just right of
 * the table, when the plan starts on the table's header row. A host joins them only when those
 * columns are empty within the table's rows (joining inserts table cells, and a filled cell is
 * never pushed aside); otherwise it writes them as plain cells beside the table, with the plan's
 * figures in the totals row.
 */
export function planTableJoin(table: DetectedTable, columns: readonly PlannedColumn[], top: number, totalsRow: number): TableJoin | undefined {
  const t = table.table;
  if (!t || top !== t.rect.top || totalsRow < t.rect.bottom) return undefined;
  const fresh = new Map(columns.filter((c) => !c.existing).map((c) => [c.column, c]));
  const joined: PlannedColumn[] = [];
  for (let col = t.rect.right + 1; fresh.has(col); col++) joined.push(fresh.get(col) as PlannedColumn);
  if (joined.length === 0) return undefined;
  const ownTotals = t.hasTotalsRow === true && totalsRow === t.rect.bottom;
  return {
    table: t.name,
    columns: joined.map((c) => c.column),
    totals: ownTotals
      ? joined.filter((c) => c.role !== "budget-line").map((c) => ({ column: c.column, formula: `=SUBTOTAL(${TABLE_TOTALS_FUNCTION},${structuredColumnRef(t.name, c.header)})` }))
      : [],
  };
}
