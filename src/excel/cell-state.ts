// Pure conversions between what Office.js returns for a range (values, valueTypes, formulas,
// numberFormat) and the host's own shapes: Grid cells and undo snapshots. No Office calls.
import { TEXT_FORMAT } from "../workbook/host-rules";
import type { CellValue, PlannedCell } from "../workbook/types";
import type { CellSnapshot } from "../host";

/** The four per-cell arrays one range load gives (same size). */
export interface CellArrays {
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

export const CELL_PROPS = "values,valueTypes,formulas,numberFormat";

/**
 * Whether a cell holds a formula. Range.formulas gives a constant's value for a cell without a
 * formula, and also gives a text that begins with "=" (typed as '=x, or in a text cell) as
 * "=x": such a cell's value is that same text, which a real formula's result never is (its
 * result would have to be its own formula text).
 */
export function isFormula(formula: unknown, value: unknown, valueType: string): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  return !(valueType === "String" && value === formula);
}

/** A cell value for the workbook layer: errors as { error }, empty as null. */
export function toCellValue(value: unknown, valueType: string): CellValue {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    case "Boolean":
      return typeof value === "boolean" ? value : String(value).toUpperCase() === "TRUE";
    case "String":
      return String(value);
    default:
      // RichValue and Unknown: whatever Excel shows as the value.
      if (value === "" || value === null || value === undefined) return null;
      return typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? value : String(value);
  }
}

/** One cell as it is now: enough to restore it exactly. */
export function snapshotOf(a: CellArrays, r: number, c: number, row: number, col: number): CellSnapshot {
  const value = a.values[r][c];
  const type = a.valueTypes[r][c];
  const formula = a.formulas[r][c];
  const numberFormat = typeof a.numberFormat[r][c] === "string" ? (a.numberFormat[r][c] as string) : "General";
  if (isFormula(formula, value, type)) return { row, col, formula: formula as string, numberFormat };
  switch (type) {
    case "Empty":
      return { row, col, formula: "", numberFormat };
    case "String":
      return { row, col, formula: String(value), numberFormat, text: true };
    case "Double":
    case "Integer":
    case "Boolean":
      return { row, col, formula: value as number | boolean, numberFormat };
    default:
      // An error constant ("#N/A" typed into the cell) and anything else: as Excel writes it back.
      return { row, col, formula: typeof formula === "string" || typeof formula === "number" || typeof formula === "boolean" ? formula : String(value), numberFormat };
  }
}

/** Whether the cell is empty (no value, no formula); formats do not count. */
export function isEmptySnapshot(s: CellSnapshot): boolean {
  return s.formula === "" && !s.text;
}

export function sameSnapshot(a: CellSnapshot, b: CellSnapshot): boolean {
  return a.formula === b.formula && a.numberFormat === b.numberFormat && !!a.text === !!b.text;
}

/** How one cell is written: format before, then the value or formula, then format after. */
export interface CellWrite {
  /** numberFormat set before the value (e.g. "@" so a text stays text); null = leave. */
  pre: string | null;
  /** Range.values entry; null = leave. */
  value: string | number | boolean | null;
  /** Range.formulas entry (formula cells only); null = leave. */
  formula: string | null;
  /** numberFormat set after the value; null = leave. */
  post: string | null;
}

export const UNCHANGED: CellWrite = Object.freeze({ pre: null, value: null, formula: null, post: null });

/**
 * How to put a snapshot back exactly. A formula goes through Range.formulas into a cell that is
 * not formatted as text (else Excel keeps it as text); a text goes into a cell formatted "@"
 * (else "=x", "007" or "1-2" would become a formula, a number or a date); the original format is
 * set again afterwards. Changing the format never changes a stored value.
 */
export function restoreWrite(s: CellSnapshot): CellWrite {
  const nf = s.numberFormat;
  if (s.text) {
    return { pre: TEXT_FORMAT, value: s.formula as string, formula: null, post: nf === TEXT_FORMAT ? null : nf };
  }
  const pre = nf === TEXT_FORMAT ? "General" : nf;
  const post = nf === TEXT_FORMAT ? TEXT_FORMAT : null;
  if (typeof s.formula === "string" && s.formula.startsWith("=")) return { pre, value: null, formula: s.formula, post };
  return { pre, value: s.formula, formula: null, post };
}

/**
 * How a planned cell is written into a cell whose number format is now `currentFormat`. A text
 * gets "@" first so that "=x", "+31", "-5", "@home" and "007" stay text. A number and a formula
 * get their format after the value; into a cell formatted "@" also before it, or Excel would
 * keep the number or the formula as text. A formula goes through `formulas` (invariant language).
 */
export function plannedWrite(p: PlannedCell | undefined, currentFormat: string, where: string): CellWrite {
  if (!p || p.kind === "skip") return UNCHANGED;
  // The host rule for text cells (src/workbook/host-rules.ts): TEXT_FORMAT before the value.
  if (p.kind === "text") return { pre: TEXT_FORMAT, value: p.value, formula: null, post: null };
  const pre = currentFormat === TEXT_FORMAT ? p.format : null;
  if (p.kind === "formula") {
    if (!p.formula.startsWith("=")) throw new Error(`apply: the formula for ${where} does not begin with "=": ${p.formula}`);
    return { pre, value: null, formula: p.formula, post: p.format };
  }
  const n = Number(p.value);
  if (!Number.isFinite(n)) throw new Error(`apply: "${p.value}" is not a number (${where})`);
  return { pre, value: n, formula: null, post: p.format };
}
