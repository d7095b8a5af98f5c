// The cells of the in-memory workbook: what one holds, how it is copied, snapshotted for undo,
// rebuilt from a snapshot, and how a planned cell is written into it (as the Office host writes).
import type { CellSnapshot } from "../host";
import type { CellValue, PlannedCell } from "../workbook/types";

export const GENERAL = "General";
/** Excel's text format: what the host gives a cell whose text must never become a formula. */
export const TEXT_FORMAT = "@";

export interface MemoryCell {
  value: CellValue;
  /** Formula text ("=B2*0,08"); the value is then its last result. */
  formula?: string;
  /** Excel number format; absent = General. */
  numberFormat?: string;
  /** A solid fill colour ("#FFC7CE"); absent = no fill. */
  fill?: string;
}

/** What a test or the example book puts in a cell. */
export type CellInput = CellValue | MemoryCell;

export function isMemoryCell(v: CellInput): v is MemoryCell {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "value" in v;
}

export function emptyCell(c: MemoryCell | undefined): boolean {
  if (!c) return true;
  const blankValue = c.value === null || c.value === "";
  return blankValue && !c.formula && (c.numberFormat === undefined || c.numberFormat === GENERAL) && c.fill === undefined;
}

/** Holds a value or a formula: what a user would lose by overwriting it. */
export function occupied(c: MemoryCell | undefined): boolean {
  if (!c) return false;
  return (c.value !== null && c.value !== "") || (typeof c.formula === "string" && c.formula !== "");
}

export function copyCell(c: MemoryCell): MemoryCell {
  const out: MemoryCell = { value: c.value instanceof Date ? new Date(c.value.getTime()) : c.value };
  if (c.formula !== undefined) out.formula = c.formula;
  if (c.numberFormat !== undefined) out.numberFormat = c.numberFormat;
  if (c.fill !== undefined) out.fill = c.fill;
  return out;
}

/**
 * The snapshot form of a cell, as the Office host makes it (src/excel/cell-state.ts): a formula's
 * text; a constant text with `text: true` (so "=x" or "007" come back as text); a number or
 * boolean as itself; an error value as its text ("#N/A"); "" for an empty cell.
 */
export function snapshotOf(row: number, col: number, c: MemoryCell | undefined): CellSnapshot {
  const numberFormat = c?.numberFormat ?? GENERAL;
  if (c?.formula) return { row, col, formula: c.formula, numberFormat };
  const v = c ? c.value : null;
  if (v === null) return { row, col, formula: "", numberFormat };
  if (typeof v === "string") return { row, col, formula: v, numberFormat, text: true };
  if (v instanceof Date) return { row, col, formula: v.toISOString(), numberFormat, text: true };
  if (typeof v === "object") return { row, col, formula: v.error, numberFormat };
  return { row, col, formula: v, numberFormat };
}

/** A cell rebuilt from its snapshot alone (no formula result: there is no formula engine here). */
export function cellFromSnapshot(s: CellSnapshot): MemoryCell | undefined {
  let cell: MemoryCell;
  if (s.text) cell = { value: String(s.formula) };
  else if (typeof s.formula === "string" && s.formula.startsWith("=")) cell = { value: null, formula: s.formula };
  else if (typeof s.formula === "string" && s.formula.startsWith("#")) cell = { value: { error: s.formula } };
  else cell = { value: s.formula === "" ? null : s.formula };
  if (s.numberFormat !== GENERAL) cell.numberFormat = s.numberFormat;
  return emptyCell(cell) ? undefined : cell;
}

export function sameSnapshot(a: CellSnapshot, b: CellSnapshot): boolean {
  return a.formula === b.formula && a.numberFormat === b.numberFormat && !!a.text === !!b.text;
}

/** Text that Excel would take for a formula if it were typed or written as a value. */
export function formulaLike(text: string): boolean {
  return /^[=+\-@]/.test(text);
}


/**
 * Writes a planned cell as Excel would: a number with its format, a text as text (formatted "@"
 * when it would otherwise be taken for a formula), a formula with its computed figure as its
 * value (there is no formula engine here). The cell's fill stays, as in Excel.
 */
export function plannedToCell(p: PlannedCell, old: MemoryCell | undefined): MemoryCell | undefined {
  let cell: MemoryCell;
  if (p.kind === "number") cell = { value: Number(p.value), numberFormat: p.format };
  else if (p.kind === "formula") cell = { value: Number(p.value), formula: p.formula, numberFormat: p.format };
  else if (p.kind === "text") {
    cell = { value: p.value };
    const format = formulaLike(p.value) ? TEXT_FORMAT : old?.numberFormat;
    if (format !== undefined) cell.numberFormat = format;
  } else return old;
  if (old?.fill !== undefined) cell.fill = old.fill;
  return cell;
}
