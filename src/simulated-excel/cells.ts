// One cell of the simulated workbook and Excel's rules for it: what a typed string becomes (a
// number, a date, a formula, an error, or text), and how a fill changes.
import { ExcelError, invalidArgument } from "./errors";

export type Primitive = string | number | boolean;

/** A cell's fill as Excel reports it (RangeFill / getCellProperties format.fill). */
export interface SimFill {
  pattern: string;
  color: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export type FillProp = keyof SimFill;
export const FILL_PROPS: readonly FillProp[] = ["pattern", "color", "patternColor", "tintAndShade", "patternTintAndShade"];

/** What Excel reports for a cell without a fill. */
export const NO_FILL: Readonly<SimFill> = Object.freeze({ pattern: "None", color: "#FFFFFF", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 });

/** Excel.FillPattern values a fill may be set to (not the two gradients, as in Excel). */
export const FILL_PATTERNS: readonly string[] = [
  "None", "Solid", "Gray50", "Gray75", "Gray25", "Horizontal", "Vertical", "Down", "Up", "Checker", "SemiGray75",
  "LightHorizontal", "LightVertical", "LightDown", "LightUp", "Grid", "CrissCross", "Gray16", "Gray8",
];

/**
 * One stored cell. A formula cell keeps its formula and its last result (v or err); an error a
 * custom function returned keeps its message (msg). A cell an array formula spilled into holds
 * its value with `spill` set: no contents of its own, cleared when the spill moves.
 */
export interface SimCell {
  v?: Primitive;
  err?: string;
  msg?: string;
  spill?: true;
  f?: string;
  /** Number format; absent = "General". */
  nf?: string;
  /** A fill (any pattern but "None"); absent = no fill. */
  fill?: SimFill;
}

export const ERROR_LITERALS: ReadonlySet<string> = new Set(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]);

/** "#ffc7ce" or "FFC7CE" -> "#FFC7CE"; anything else is refused (Excel also takes HTML colour names: the simulation does not). */
export function normalizeColor(v: unknown): string {
  if (typeof v !== "string" || !/^#?[0-9A-Fa-f]{6}$/.test(v)) throw invalidArgument(`colour ${String(v)}`);
  return `#${v.replace("#", "").toUpperCase()}`;
}

/** A complete fill from the parts given (a builder's input), or undefined for "None". */
export function fillFrom(parts: Partial<SimFill>): SimFill | undefined {
  const f: SimFill = { ...NO_FILL, pattern: "Solid", ...parts };
  if (f.pattern === "None") return undefined;
  return { ...f, color: normalizeColor(f.color), patternColor: normalizeColor(f.patternColor) };
}

/**
 * One fill property set as Excel does: a colour on a cell without a fill makes a solid fill;
 * pattern "None" removes the fill; a pattern colour or tint on a cell without a fill has nothing
 * to act on and is ignored. Returns the new fill.
 */
export function withFill(fill: SimFill | undefined, prop: FillProp, value: unknown): SimFill | undefined {
  switch (prop) {
    case "pattern":
      if (typeof value !== "string" || !FILL_PATTERNS.includes(value)) throw invalidArgument(`fill pattern ${String(value)}`);
      return value === "None" ? undefined : { ...(fill ?? NO_FILL), pattern: value };
    case "color":
      return { ...(fill ?? { ...NO_FILL, pattern: "Solid" }), color: normalizeColor(value) };
    case "patternColor": {
      const c = normalizeColor(value);
      return fill ? { ...fill, patternColor: c } : undefined;
    }
    case "tintAndShade":
    case "patternTintAndShade":
      if (typeof value !== "number" || !(value >= -1 && value <= 1)) throw invalidArgument(`${prop} ${String(value)}`);
      return fill ? { ...fill, [prop]: value } : undefined;
  }
}

/** A string Excel (en-US) reads as a number when typed: "." decimals, "," thousands, a percentage. */
function typedNumber(s: string): number | undefined {
  const t = s.trim();
  if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/.test(t) || /^[-+]?\.\d+$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  return undefined;
}

/** "1-2", "3/4/2023", "2023-01-05": a date serial when typed (an approximation of Excel's rules). */
function typedDate(s: string): number | undefined {
  const m = /^(\d{1,4})[-/](\d{1,2})(?:[-/](\d{1,4}))?$/.exec(s.trim());
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = m[3] === undefined ? 2024 : Number(m[3]);
  const [y, mo, d] = m[1].length === 4 ? [a, b, c] : [c < 100 ? 2000 + c : c, a, b];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return Math.round((Date.UTC(y, mo - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * What a cell holds after `input` is typed into it (Range.values or Range.formulas, or a user):
 * the format and fill stay; in a "@" (text) cell every string stays text; elsewhere "=x", "+x"
 * and "-x" become formulas, "007" a number, "1-2" a date, "#N/A" an error, "'x" the text x.
 * `null` leaves the cell as it is (undefined is returned); "" clears its contents.
 */
export function typed(old: SimCell | undefined, input: unknown): SimCell | undefined {
  if (input === null || input === undefined) return undefined;
  const next: SimCell = {};
  if (old?.nf !== undefined) next.nf = old.nf;
  if (old?.fill) next.fill = old.fill;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(`not a finite number: ${input}`);
    next.v = input;
  } else if (typeof input === "boolean") {
    next.v = input;
  } else if (typeof input === "string") {
    const s = input;
    if (s === "") {
      // Clears the contents; the format stays.
    } else if (next.nf === "@") next.v = s;
    else if (s.startsWith("'")) next.v = s.slice(1);
    else if (s.startsWith("=") && s.length > 1) next.f = s;
    else if (typedNumber(s) !== undefined) next.v = typedNumber(s);
    else if ((s.startsWith("+") || s.startsWith("-")) && s.length > 1) next.f = `=${s}`;
    else if (/^(true|false)$/i.test(s)) next.v = s.toLowerCase() === "true";
    else if (ERROR_LITERALS.has(s.toUpperCase())) next.err = s.toUpperCase();
    else if (typedDate(s) !== undefined) next.v = typedDate(s);
    else next.v = s;
  } else {
    throw invalidArgument(`cannot write a ${typeof input} into a cell`);
  }
  return next;
}

export function hasContent(c: SimCell | undefined): boolean {
  return !!c && (c.v !== undefined || c.err !== undefined || c.f !== undefined);
}

/** Range.values of a cell: its value, an error's text, "" when empty. */
export function cellValue(c: SimCell | undefined): Primitive {
  if (!c) return "";
  if (c.err !== undefined) return c.err;
  return c.v ?? "";
}

/** Range.valueTypes of a cell. */
export function valueType(c: SimCell | undefined): string {
  if (!c) return "Empty";
  if (c.err !== undefined) return "Error";
  if (c.v === undefined) return "Empty";
  if (typeof c.v === "number") return "Double";
  if (typeof c.v === "boolean") return "Boolean";
  return "String";
}

/** What Excel shows as text (for fitting columns and matching filter values). */
export function displayText(c: SimCell | undefined): string {
  if (!c) return "";
  if (c.err !== undefined) return c.err;
  if (c.v === undefined) return "";
  if (typeof c.v === "boolean") return c.v ? "TRUE" : "FALSE";
  return String(c.v);
}

export function copyCell(c: SimCell): SimCell {
  const out: SimCell = { ...c };
  if (c.fill) out.fill = { ...c.fill };
  return out;
}

/** A cell as stored: only what is set; "General" and an empty cell are not kept. */
export function normalized(cell: SimCell): SimCell | undefined {
  const c: SimCell = {};
  if (cell.f !== undefined) c.f = cell.f;
  if (cell.v !== undefined) c.v = cell.v;
  if (cell.err !== undefined) c.err = cell.err;
  if (cell.msg !== undefined) c.msg = cell.msg;
  if (cell.spill) c.spill = true;
  if (cell.nf !== undefined && cell.nf !== "General") c.nf = cell.nf;
  if (cell.fill !== undefined) c.fill = { ...cell.fill };
  return Object.keys(c).length === 0 ? undefined : c;
}

export function isExcelError(e: unknown, code?: string): e is ExcelError {
  return e instanceof ExcelError && (code === undefined || e.code === code);
}
