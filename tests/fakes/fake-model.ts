// The state of the fake workbook and the Excel semantics the host relies on: how a typed string
// becomes a number, a formula or text; used range; current region; filters that hide rows;
// tables that grow and shrink. No API surface here (that is fake-api.ts).

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Excel's standard column width in points (8.43 characters of Calibri 11). */
export const STANDARD_WIDTH = 48;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Primitive = string | number | boolean;

/** A cell's fill as Excel reports it (RangeFill / getCellProperties format.fill). */
export interface FakeFill {
  pattern: string;
  color: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** What Excel reports for a cell without a fill. */
export const NO_FILL: Readonly<FakeFill> = Object.freeze({ pattern: "None", color: "#FFFFFF", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 });

/** Excel.FillPattern values a fill may be set to (the two gradients are not supported, as in Excel). */
export const FILL_PATTERNS = [
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
] as const;

export type FillProp = keyof FakeFill;

/** One stored cell. A formula cell keeps its formula and its last result (v or err). */
export interface FakeCell {
  v?: Primitive;
  err?: string;
  f?: string;
  nf?: string;
  /** A fill (any pattern but "None"); absent = no fill. */
  fill?: FakeFill;
}

/** Excel's FilterCriteria as the fake stores it (no nulls). */
export interface Criteria {
  filterOn: string;
  criterion1?: string;
  criterion2?: string;
  operator?: string;
  values?: string[];
  color?: string;
  dynamicCriteria?: string;
  icon?: unknown;
  subField?: string;
}

export const CRITERIA_KEYS = ["color", "criterion1", "criterion2", "dynamicCriteria", "filterOn", "icon", "operator", "subField", "values"] as const;

export interface FakeFilter {
  rect: Rect;
  /** One entry per column of rect; undefined = no criteria on that column. */
  criteria: (Criteria | undefined)[];
  /** Rows hidden by this filter (computed when criteria are applied, as Excel does). */
  hidden: Set<number>;
}

export interface FakeTable {
  name: string;
  rect: Rect;
  showTotals: boolean;
  columnNames: string[];
  filter: FakeFilter;
}

export class FakeError extends Error {
  override name = "RichApi.Error";
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** "#ffc7ce" or "FFC7CE" -> "#FFC7CE"; anything else is refused (Excel also takes HTML colour names: the fake does not). */
export function normalizeColor(v: unknown): string {
  if (typeof v !== "string" || !/^#?[0-9A-Fa-f]{6}$/.test(v)) throw new FakeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  return `#${v.replace("#", "").toUpperCase()}`;
}

/** A complete fill from the parts a test gives (a builder input), or undefined for "None". */
export function fillFrom(parts: Partial<FakeFill>): FakeFill | undefined {
  const f: FakeFill = { ...NO_FILL, pattern: "Solid", ...parts };
  if (f.pattern === "None") return undefined;
  return { ...f, color: normalizeColor(f.color), patternColor: normalizeColor(f.patternColor) };
}

/** Excel's sheet name rules: 1–31 characters, none of : \ / ? * [ ], not beginning or ending with an apostrophe. */
export function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

const ERROR_LITERALS = new Set(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]);

export function key(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function rectCells(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function rectAddress(sheet: string, r: Rect): string {
  const q = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${columnName(r.left)}${r.top + 1}`;
  const b = `${columnName(r.right)}${r.bottom + 1}`;
  return `${q}!${a === b ? a : `${a}:${b}`}`;
}

/** "C5", "A1:C3", "1:1" (whole rows), "$A$1" -> rectangle. */
export function parseAddress(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = bare.replace(/\$/g, "").split(":");
  const rows = /^(\d+)$/;
  if (parts.length === 2 && rows.test(parts[0]) && rows.test(parts[1])) {
    return { top: Number(parts[0]) - 1, bottom: Number(parts[1]) - 1, left: 0, right: MAX_COLS - 1 };
  }
  const cell = (s: string): { row: number; col: number } => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new FakeError("InvalidArgument", `not an address: ${address}`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const a = cell(parts[0]);
  const b = parts[1] ? cell(parts[1]) : a;
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

/** A string Excel would read as a number when typed (en-US: "." decimals, "," thousands). */
function typedNumber(s: string): number | undefined {
  const t = s.trim();
  if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/.test(t) || /^[-+]?\.\d+$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  return undefined;
}

/** "1-2", "3/4/2023", "2023-01-05": a date serial when typed (the fake's approximation). */
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

export class FakeSheet {
  cells = new Map<number, FakeCell>();
  hiddenRows = new Set<number>();
  protected = false;
  autoFilter?: FakeFilter;
  tables: FakeTable[] = [];
  merges: Rect[] = [];
  widths = new Map<number, number>();
  constructor(
    public name: string,
    private book: FakeBook,
  ) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** Replaces a cell; an empty cell without a format is removed. */
  put(row: number, col: number, cell: FakeCell): void {
    const c: FakeCell = {};
    if (cell.f !== undefined) c.f = cell.f;
    if (cell.v !== undefined) c.v = cell.v;
    if (cell.err !== undefined) c.err = cell.err;
    if (cell.nf !== undefined && cell.nf !== "General") c.nf = cell.nf;
    if (cell.fill !== undefined) c.fill = { ...cell.fill };
    if (Object.keys(c).length === 0) this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), c);
  }

  hasContent(row: number, col: number): boolean {
    const c = this.get(row, col);
    return !!c && (c.v !== undefined || c.err !== undefined || c.f !== undefined);
  }

  numberFormat(row: number, col: number): string {
    return this.get(row, col)?.nf ?? "General";
  }

  /** Writes what a user (or Range.values / Range.formulas) types into a cell. */
  type(row: number, col: number, input: unknown, asFormula: boolean): void {
    if (input === null || input === undefined) return;
    const old = this.get(row, col) ?? {};
    const nf = old.nf;
    // Typing changes the contents, never the formats (number format, fill).
    const next: FakeCell = nf ? { nf } : {};
    if (old.fill) next.fill = old.fill;
    if (typeof input === "number") {
      if (!Number.isFinite(input)) throw new FakeError("InvalidArgument", `not a finite number: ${input}`);
      next.v = input;
    } else if (typeof input === "boolean") {
      next.v = input;
    } else if (typeof input === "string") {
      const s = input;
      if (s === "") {
        // An empty string clears the contents and keeps the format.
      } else if (nf === "@") {
        next.v = s;
      } else if (s.startsWith("'")) {
        next.v = s.slice(1);
      } else if (s.startsWith("=") && s.length > 1) {
        next.f = s;
        Object.assign(next, this.book.calc(s));
      } else if (typedNumber(s) !== undefined) {
        next.v = typedNumber(s);
      } else if ((s.startsWith("+") || s.startsWith("-")) && s.length > 1) {
        // Excel reads "+x" and "-x" as formulas.
        next.f = `=${s}`;
        Object.assign(next, this.book.calc(next.f));
      } else if (/^(true|false)$/i.test(s)) {
        next.v = s.toLowerCase() === "true";
      } else if (ERROR_LITERALS.has(s.toUpperCase())) {
        next.err = s.toUpperCase();
      } else if (typedDate(s) !== undefined) {
        next.v = typedDate(s);
      } else {
        next.v = s;
      }
    } else {
      throw new FakeError("InvalidArgument", `cannot write ${typeof input} into a cell`);
    }
    void asFormula;
    this.put(row, col, next);
  }

  setNumberFormat(row: number, col: number, nf: unknown): void {
    if (nf === null || nf === undefined) return;
    if (typeof nf !== "string") throw new FakeError("InvalidArgument", "numberFormat must be a string");
    const old = this.get(row, col) ?? {};
    this.put(row, col, { ...old, nf: nf === "" ? undefined : nf });
  }

  fillOf(row: number, col: number): FakeFill {
    return { ...(this.get(row, col)?.fill ?? NO_FILL) };
  }

  /**
   * Sets one fill property as Excel does: a colour on a cell without a fill makes a solid fill;
   * pattern "None" removes the fill; a pattern colour or tint on a cell without a fill has
   * nothing to act on and is ignored.
   */
  setFill(row: number, col: number, prop: FillProp, value: unknown): void {
    if (value === null || value === undefined) return;
    const old = this.get(row, col) ?? {};
    let fill: FakeFill | undefined = old.fill ? { ...old.fill } : undefined;
    switch (prop) {
      case "pattern": {
        if (typeof value !== "string" || !(FILL_PATTERNS as readonly string[]).includes(value)) {
          throw new FakeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        }
        fill = value === "None" ? undefined : { ...(fill ?? NO_FILL), pattern: value };
        break;
      }
      case "color":
        fill = { ...(fill ?? { ...NO_FILL, pattern: "Solid" }), color: normalizeColor(value) };
        break;
      case "patternColor":
        if (fill) fill.patternColor = normalizeColor(value);
        else normalizeColor(value);
        break;
      case "tintAndShade":
      case "patternTintAndShade":
        if (typeof value !== "number" || !(value >= -1 && value <= 1)) {
          throw new FakeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        }
        if (fill) fill[prop] = value;
        break;
    }
    this.put(row, col, { ...old, fill });
  }

  clearFill(row: number, col: number): void {
    const old = this.get(row, col);
    if (old?.fill) this.put(row, col, { ...old, fill: undefined });
  }

  clear(rect: Rect): void {
    for (const k of [...this.cells.keys()]) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) this.cells.delete(k);
    }
  }

  isRowHidden(row: number): boolean {
    if (this.hiddenRows.has(row)) return true;
    if (this.autoFilter?.hidden.has(row)) return true;
    return this.tables.some((t) => t.filter.hidden.has(row));
  }

  /** Cells with contents (valuesOnly) or also with a format, as a bounding box. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r: Rect | undefined;
    for (const [k, c] of this.cells) {
      const has = c.v !== undefined || c.err !== undefined || c.f !== undefined || (!valuesOnly && (c.nf !== undefined || c.fill !== undefined));
      if (!has) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (!r) r = { top: row, bottom: row, left: col, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.bottom = Math.max(r.bottom, row);
        r.left = Math.min(r.left, col);
        r.right = Math.max(r.right, col);
      }
    }
    if (!valuesOnly) {
      for (const t of this.tables) r = r ? union(r, t.rect) : { ...t.rect };
    }
    return r;
  }

  /** Excel's current region (Ctrl+*): grows while any cell touching the box has contents. */
  region(row: number, col: number): Rect {
    const r: Rect = { top: row, bottom: row, left: col, right: col };
    // Row-major passes: a block that continues downwards is taken in one pass.
    const keys = [...this.cells.keys()].filter((k) => this.hasContent(Math.floor(k / MAX_COLS), k % MAX_COLS)).sort((a, b) => a - b);
    let grown = true;
    while (grown) {
      grown = false;
      for (const k of keys) {
        const kr = Math.floor(k / MAX_COLS);
        const kc = k % MAX_COLS;
        if (kr < r.top - 1 || kr > r.bottom + 1 || kc < r.left - 1 || kc > r.right + 1) continue;
        if (kr >= r.top && kr <= r.bottom && kc >= r.left && kc <= r.right) continue;
        r.top = Math.min(r.top, kr);
        r.bottom = Math.max(r.bottom, kr);
        r.left = Math.min(r.left, kc);
        r.right = Math.max(r.right, kc);
        grown = true;
      }
    }
    return r;
  }

  displayText(row: number, col: number): string {
    const c = this.get(row, col);
    if (!c) return "";
    if (c.err !== undefined) return c.err;
    if (c.v === undefined) return "";
    if (typeof c.v === "boolean") return c.v ? "TRUE" : "FALSE";
    return String(c.v);
  }

  /** Recomputes the rows a filter hides, from its criteria and the current cells. */
  refilter(filter: FakeFilter, totalsRow?: number): void {
    filter.hidden = new Set();
    for (let row = filter.rect.top + 1; row <= filter.rect.bottom; row++) {
      if (row === totalsRow) continue;
      for (let i = 0; i < filter.criteria.length; i++) {
        const c = filter.criteria[i];
        if (!c) continue;
        if (!matches(c, this.get(row, filter.rect.left + i), this.displayText(row, filter.rect.left + i))) {
          filter.hidden.add(row);
          break;
        }
      }
    }
  }

  /** Table column added at the end: cells right of the table within its rows move one to the right. */
  addTableColumn(t: FakeTable, name: string | undefined): string {
    const col = t.rect.right + 1;
    if (col >= MAX_COLS) throw new FakeError("InvalidOperation", "no room right of the table");
    this.shiftRows(t.rect.top, t.rect.bottom, col, +1);
    t.rect.right = col;
    const base = name ?? `Column${t.columnNames.length + 1}`;
    let unique = base;
    for (let n = 2; t.columnNames.some((c) => c.toLowerCase() === unique.toLowerCase()); n++) unique = `${base}${n}`;
    t.columnNames.push(unique);
    this.put(t.rect.top, col, { v: unique });
    t.filter.rect = { ...t.rect };
    t.filter.criteria.push(undefined);
    return unique;
  }

  /** Table column deleted: its cells go, cells right of it within the table rows move left. */
  deleteTableColumn(t: FakeTable, index: number): void {
    if (t.columnNames.length <= 1) throw new FakeError("InvalidOperation", "a table keeps at least one column");
    const col = t.rect.left + index;
    for (let row = t.rect.top; row <= t.rect.bottom; row++) this.cells.delete(key(row, col));
    this.shiftRows(t.rect.top, t.rect.bottom, col + 1, -1);
    t.rect.right -= 1;
    t.columnNames.splice(index, 1);
    t.filter.rect = { ...t.rect };
    t.filter.criteria.splice(index, 1);
  }

  private shiftRows(top: number, bottom: number, fromCol: number, by: number): void {
    const moved: [number, number, FakeCell][] = [];
    for (const [k, c] of this.cells) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (row >= top && row <= bottom && col >= fromCol) moved.push([row, col, c]);
    }
    for (const [row, col] of moved) this.cells.delete(key(row, col));
    for (const [row, col, c] of moved) {
      if (col + by >= MAX_COLS) throw new FakeError("NonBlankCellOffSheet", "cells would move off the sheet");
      this.cells.set(key(row, col + by), c);
    }
  }
}

function union(a: Rect, b: Rect): Rect {
  return { top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom), left: Math.min(a.left, b.left), right: Math.max(a.right, b.right) };
}

function compare(op: string, cell: FakeCell | undefined, text: string, operand: string): boolean {
  const n = typeof cell?.v === "number" ? cell.v : undefined;
  const o = Number(operand);
  const numeric = n !== undefined && operand.trim() !== "" && Number.isFinite(o);
  const eq = numeric ? n === o : text.toLowerCase() === operand.toLowerCase();
  switch (op) {
    case "=":
      return eq;
    case "<>":
      return !eq;
    case ">":
      return numeric ? (n as number) > o : text > operand;
    case "<":
      return numeric ? (n as number) < o : text < operand;
    case ">=":
      return numeric ? (n as number) >= o : text >= operand;
    case "<=":
      return numeric ? (n as number) <= o : text <= operand;
    default:
      throw new FakeError("NotImplemented", `fake filter operator ${op}`);
  }
}

function criterion(c: string, cell: FakeCell | undefined, text: string): boolean {
  const m = /^(<>|>=|<=|=|>|<)?(.*)$/.exec(c) as RegExpExecArray;
  return compare(m[1] ?? "=", cell, text, m[2]);
}

export function matches(c: Criteria, cell: FakeCell | undefined, text: string): boolean {
  switch (c.filterOn) {
    case "Values":
      return (c.values ?? []).some((v) => String(v) === text);
    case "Custom": {
      const a = c.criterion1 === undefined ? true : criterion(c.criterion1, cell, text);
      if (c.criterion2 === undefined) return a;
      const b = criterion(c.criterion2, cell, text);
      return c.operator === "Or" ? a || b : a && b;
    }
    default:
      throw new FakeError("NotImplemented", `the fake does not filter on ${c.filterOn}`);
  }
}

/** Everything that is not a sheet: settings, API level, limits, counters. */
export class FakeBook {
  sheets: FakeSheet[] = [];
  activeSheet = "";
  activeCell = { row: 0, col: 0 };
  selection: Rect = { top: 0, left: 0, bottom: 0, right: 0 };
  /** Results of formulas by formula text: the fake does not calculate. */
  formulaResults = new Map<string, FakeCell>();

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** WorksheetCollection.add: Excel's own errors for a bad or taken name (the case does not matter). */
  addSheet(name: string): FakeSheet {
    if (!validSheetName(name)) throw new FakeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    if (this.sheet(name)) throw new FakeError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
    const s = new FakeSheet(name, this);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }

  deleteSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i < 0) throw new FakeError("ItemNotFound", `sheet ${name}`);
    if (this.sheets.length === 1) throw new FakeError("InvalidOperation", "a workbook keeps one sheet");
    this.sheets.splice(i, 1);
    if (this.activeSheet === name) this.activeSheet = this.sheets[0].name;
  }

  table(name: string): { sheet: FakeSheet; table: FakeTable } | undefined {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (table) return { sheet, table };
    }
    return undefined;
  }

  /** The last known result of a formula; an unknown formula is #NAME? (the fake has no engine). */
  calc(formula: string): FakeCell {
    const r = this.formulaResults.get(formula);
    return r ? { ...r } : { err: "#NAME?" };
  }
}
