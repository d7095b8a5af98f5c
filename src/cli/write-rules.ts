// How the file host presents what it writes, each decision in one place: bold, widths, the zip
// level. What it writes (the text format of text cells, which columns join a table, a table's
// totals row, the audit sheet's layout and the names of the sheets it adds) is not decided here:
// those are the host rules, plan data of the workbook layer (src/workbook/host-rules.ts,
// audit-layout.ts), the same for the Office host.
import type { PlannedColumn } from "../workbook/types";
import type { StyleChange } from "./xlsx/styles";

/** Header and totals cells of the new columns, and "Totaal" beside a new totals row. */
export const EMPHASIS: StyleChange = { bold: true };

/** Width of a new data column: its header plus a little, within bounds. */
export function newColumnWidth(column: PlannedColumn): number {
  return Math.max(14, Math.min(40, column.header.length + 2));
}

/** Widths of the columns a block of cells sets: about what Excel's "fit columns" gives, within bounds. */
export const BLOCK_WIDTH = { min: 8, max: 50, padding: 2 };

/**
 * Deflate level of the parts the command writes anew (the sheet it patched, the parts it adds);
 * every other part keeps its stored bytes.
 */
export const ZIP_LEVEL = 6;
