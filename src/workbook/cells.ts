// Reading a Grid: absolute (row, col) access and what counts as an empty cell.
import type { CellError, CellValue, Grid } from "./types";

/** The value at an absolute position, null outside the grid or in a ragged gap. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.top];
  if (r === undefined) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

/** The formula text at an absolute position, or null. */
export function formulaAt(grid: Grid, row: number, col: number): string | null {
  const f = grid.formulas;
  if (!f) return null;
  const r = f[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return typeof v === "string" && v !== "" ? v : null;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as CellError).error === "string";
}

/** null, undefined, "" and white space only. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") {
    if (v.length === 0) return true;
    // Quick answer for text that starts with a visible character (almost every cell).
    const c = v.charCodeAt(0);
    if (c > 32 && c !== 160 && c !== 0xfeff && c !== 0x2007 && c !== 0x202f && (c < 0x2000 || c > 0x200a) && c !== 0x3000) {
      return false;
    }
    return v.trim() === "";
  }
  return false;
}

/** Whether a cell holds anything a user would lose by overwriting: a value or a formula. */
export function cellOccupied(grid: Grid, row: number, col: number): boolean {
  const v = cellAt(grid, row, col);
  if (v !== null && !(typeof v === "string" && v === "")) return true;
  return formulaAt(grid, row, col) !== null;
}

/** A cell value as plain text for messages and header matching ("" for blank). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return String(v);
}

/** Absolute index of the last row the grid holds (grid.top - 1 when it is empty). */
export function lastGridRow(grid: Grid): number {
  return grid.top + grid.values.length - 1;
}

/** Absolute index of the last column any row of the grid reaches. */
export function lastGridColumn(grid: Grid): number {
  let max = 0;
  for (const r of grid.values) if (r.length > max) max = r.length;
  return grid.left + max - 1;
}

/** Absolute index of the last column the given row reaches in the grid. */
export function headerRowEnd(grid: Grid, row: number): number {
  const r = grid.values[row - grid.top];
  return grid.left + (r ? r.length : 0) - 1;
}
