// How the command lays out and styles what it writes, each decision in one place (the task
// pane's host has its own; these may later come from the plan itself).
import type { PlannedColumn } from "../workbook/types";
import type { StyleChange } from "./xlsx/styles";
import { structuredColumnRef } from "./xlsx-tables";

/** The audit sheet an apply adds (or appends a block to). */
export const AUDIT_SHEET = "Verantwoording";

/** Header and totals cells of the new columns, and "Totaal" beside a new totals row. */
export const EMPHASIS: StyleChange = { bold: true };

/** The audit sheet: a title row per block, label/value rows below it. */
export const AUDIT = {
  title: { bold: true, size: 12 } as StyleChange,
  label: { bold: true } as StyleChange,
  value: { wrap: true, verticalTop: true } as StyleChange,
  /** Widths of columns A (labels) and B (values) of a new audit sheet. */
  widths: [34, 70],
  /** Empty rows between one block and the next. */
  gap: 1,
};

/** Width of a new data column: its header plus a little, within bounds. */
export function newColumnWidth(column: PlannedColumn): number {
  return Math.max(14, Math.min(40, column.header.length + 2));
}

/**
 * A table with its own totals row sums a new amount column with SUBTOTAL(109,…) (what Excel
 * writes for "Sum" in a totals row), so the total follows the table's filter.
 */
export function tableTotalsFormula(tableName: string, column: PlannedColumn): string {
  return `=SUBTOTAL(109,${structuredColumnRef(tableName, column.header)})`;
}

/** Whether a column that joins a table is summed by the table's totals row. */
export function summedInTable(column: PlannedColumn): boolean {
  return column.role !== "budget-line";
}

/** Widths of the columns a block of cells sets: about what Excel's "fit columns" gives, within bounds. */
export const BLOCK_WIDTH = { min: 8, max: 50, padding: 2 };

/**
 * Deflate level of the parts the command writes anew (the sheet it patched, the parts it adds);
 * every other part keeps its stored bytes.
 */
export const ZIP_LEVEL = 6;
