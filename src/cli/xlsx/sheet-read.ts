// A worksheet part read in one pass of the tokenizer: the cells as the workbook layer's Grid
// (values, formulas with shared formulas translated per cell, number formats, hidden rows,
// merges, protection, the sheet's AutoFilter), and where each row and cell stands in the text,
// so that the writer can splice new cells in without touching the others.
import { translateFormulaToA1, translateFormulaToR1C1 } from "@borgar/fx";
import { toA1 } from "../../workbook/address";
import type { CellValue } from "../../workbook/types";
import { serialToDate } from "./number-formats";
import { StringItemText } from "./rich-text";
import type { StyleSheet } from "./styles";
import { decodeXstring, scanXml, type StartTag } from "./xml";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Where the rows and cells of sheetData stand in the part's text (parallel arrays). */
export interface RowIndex {
  /** 0-based row number. */
  num: number[];
  start: number[];
  /** Just after the row's start tag. */
  tagEnd: number[];
  /** Just after the row's end tag (the start tag, when self-closing). */
  end: number[];
  selfClosing: boolean[];
  hasR: boolean[];
  /** The row's style when it sets one for its cells (customFormat), else -1. */
  style: number[];
  firstCell: number[];
  cellCount: number[];
}

export interface CellIndex {
  col: number[];
  start: number[];
  end: number[];
  hasR: boolean[];
  /** The cell's style index (0 when it has none). */
  style: number[];
  /** Whether the cell holds a formula. */
  formula: boolean[];
}

export interface ColumnDef {
  min: number;
  max: number;
  /** Where its <col> element starts (new columns go before the first one to their right). */
  start: number;
  width?: number;
  style?: number;
}

export interface SheetLayout {
  text: string;
  /** Namespace prefix of the worksheet's elements ("" or e.g. "x:"). */
  prefix: string;
  sheetData: { start: number; tagEnd: number; closeAt: number; selfClosing: boolean };
  rows: RowIndex;
  cells: CellIndex;
  /** <cols> (offsets of its start tag, where new <col>s go) and its columns. */
  cols?: { start: number; tagEnd: number; closeAt: number };
  columns: ColumnDef[];
  dimension?: { start: number; end: number };
}

export interface SheetContent {
  values: CellValue[][];
  formulas: (string | null)[][] | undefined;
  numberFormats: (string | null)[][];
  hiddenRows: number[];
  merges: string[];
  autoFilter?: string;
  protected: boolean;
  /** r:id of each <tablePart>. */
  tableParts: string[];
  layout: SheetLayout;
}

/** A worksheet whose structure cannot be read (bad references, rows out of order). */
export class SheetStructureError extends Error {
  constructor(readonly cell: string | undefined) {
    super(`worksheet structure${cell ? ` at ${cell}` : ""}`);
    this.name = "SheetStructureError";
  }
}

/** "C12" -> [11, 2] (0-based row, col); undefined when it is not a cell reference. */
export function parseCellRef(ref: string): [number, number] | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i === ref.length || col > MAX_COLS) return undefined;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  if (row < 1 || row > MAX_ROWS) return undefined;
  return [row - 1, col - 1];
}

const TRUE = new Set(["1", "true"]);

interface SharedFormula {
  r1c1: string;
}

/** The cell being read: what its children said. */
interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  inline: string | undefined;
}

export function readSheet(text: string, styles: StyleSheet, sharedStrings: readonly string[]): SheetContent {
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  const numberFormats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const tableParts: string[] = [];
  const shared = new Map<string, SharedFormula>();
  let autoFilter: string | undefined;
  let isProtected = false;

  const rows: RowIndex = { num: [], start: [], tagEnd: [], end: [], selfClosing: [], hasR: [], style: [], firstCell: [], cellCount: [] };
  const cells: CellIndex = { col: [], start: [], end: [], hasR: [], style: [], formula: [] };
  const columns: ColumnDef[] = [];
  const layout: SheetLayout = {
    text,
    prefix: "",
    sheetData: { start: -1, tagEnd: -1, closeAt: -1, selfClosing: false },
    rows,
    cells,
    columns,
  };

  let depth = 0;
  let inSheetData = false;
  let rowNum = -1;
  let col = -1;
  let cell: CellState | undefined;
  /** Which child of <c> is being read: "v", "f", "is" or "". */
  let child = "";
  let childText = "";
  let formulaAttrs: Record<string, string> = {};
  const item = new StringItemText();

  const fail = (at?: string): never => {
    throw new SheetStructureError(at);
  };

  const openRow = (tag: StartTag): void => {
    const r = tag.attrs.r;
    const num = r === undefined ? rowNum + 1 : Number(r) - 1;
    if (!Number.isInteger(num) || num < 0 || num >= MAX_ROWS || num <= rowNum) fail(r === undefined ? undefined : `rij ${r}`);
    rowNum = num;
    col = -1;
    rows.num.push(num);
    rows.start.push(tag.start);
    rows.tagEnd.push(tag.end);
    rows.end.push(tag.end);
    rows.selfClosing.push(tag.selfClosing);
    rows.hasR.push(r !== undefined);
    rows.style.push(TRUE.has(tag.attrs.customFormat ?? "") ? Number(tag.attrs.s ?? 0) : -1);
    rows.firstCell.push(cells.col.length);
    rows.cellCount.push(0);
    if (TRUE.has(tag.attrs.hidden ?? "")) hiddenRows.push(num);
  };

  const openCell = (tag: StartTag): void => {
    const r = tag.attrs.r;
    if (r !== undefined) {
      const ref = parseCellRef(r);
      if (!ref || ref[0] !== rowNum || ref[1] <= col) fail(r);
      col = (ref as [number, number])[1];
    } else {
      col++;
      if (col >= MAX_COLS) fail(undefined);
    }
    const style = Number(tag.attrs.s ?? 0);
    cells.col.push(col);
    cells.start.push(tag.start);
    cells.end.push(tag.end);
    cells.hasR.push(r !== undefined);
    cells.style.push(style);
    cells.formula.push(false);
    rows.cellCount[rows.cellCount.length - 1]++;
    cell = { row: rowNum, col, type: tag.attrs.t ?? "n", style, value: undefined, formula: undefined, inline: undefined };
  };

  const formulaOf = (c: CellState): string | undefined => {
    const kind = formulaAttrs.t ?? "normal";
    const si = formulaAttrs.si;
    if (kind === "shared" && si !== undefined) {
      if (c.formula) {
        // The master cell: its text, kept in R1C1 for the cells that share it.
        shared.set(si, { r1c1: translateFormulaToR1C1(c.formula, toA1(c.row, c.col), { allowTernary: false }) });
        return c.formula;
      }
      // fx tokenizes leniently: text it cannot read comes back unchanged rather than throwing.
      const master = shared.get(si);
      return master ? translateFormulaToA1(master.r1c1, toA1(c.row, c.col), { allowTernary: false }) : undefined;
    }
    return c.formula;
  };

  const closeCell = (end: number): void => {
    const c = cell as CellState;
    cells.end[cells.end.length - 1] = end;
    const value = cellValue(c, styles, sharedStrings);
    const rowValues = (values[c.row] ??= []);
    rowValues[c.col] = value;
    const format = c.style > 0 ? styles.formatOf(c.style) : undefined;
    if (format !== undefined) (numberFormats[c.row] ??= [])[c.col] = format;
    if (c.formula !== undefined || formulaAttrs.t === "shared") {
      const f = formulaOf(c);
      if (f !== undefined && f !== "") {
        formulas ??= [];
        (formulas[c.row] ??= [])[c.col] = `=${f}`;
      }
      cells.formula[cells.formula.length - 1] = true;
    }
    cell = undefined;
    formulaAttrs = {};
  };

  scanXml(text, {
    open(tag) {
      depth++;
      if (depth === 1) {
        layout.prefix = tag.prefix;
        return;
      }
      if (cell) {
        if (child === "is") item.open(tag);
        else if (depth === 5 && (tag.name === "v" || tag.name === "f" || tag.name === "is")) {
          child = tag.name;
          childText = "";
          if (tag.name === "f") {
            formulaAttrs = tag.attrs;
            cell.formula = "";
          }
        }
        return;
      }
      if (inSheetData) {
        if (depth === 3 && tag.name === "row") openRow(tag);
        else if (depth === 4 && tag.name === "c") openCell(tag);
        return;
      }
      if (depth !== 2 && !(depth === 3 && (tag.name === "col" || tag.name === "mergeCell" || tag.name === "tablePart"))) return;
      switch (tag.name) {
        case "sheetData":
          inSheetData = !tag.selfClosing;
          layout.sheetData = { start: tag.start, tagEnd: tag.end, closeAt: tag.selfClosing ? tag.start : -1, selfClosing: tag.selfClosing };
          break;
        case "dimension":
          layout.dimension = { start: tag.start, end: tag.end };
          break;
        case "cols":
          layout.cols = { start: tag.start, tagEnd: tag.end, closeAt: tag.selfClosing ? tag.end : -1 };
          break;
        case "col":
          columns.push({
            start: tag.start,
            min: Number(tag.attrs.min) - 1,
            max: Number(tag.attrs.max) - 1,
            width: tag.attrs.width === undefined ? undefined : Number(tag.attrs.width),
            style: tag.attrs.style === undefined ? undefined : Number(tag.attrs.style),
          });
          break;
        case "mergeCell":
          if (tag.attrs.ref) merges.push(tag.attrs.ref);
          break;
        case "autoFilter":
          autoFilter = tag.attrs.ref;
          break;
        case "sheetProtection":
          isProtected = TRUE.has(tag.attrs.sheet ?? "");
          break;
        case "tablePart": {
          const id = Object.entries(tag.attrs).find(([k]) => k.endsWith(":id"))?.[1];
          if (id) tableParts.push(id);
          break;
        }
      }
    },
    close(tag) {
      if (cell) {
        if (depth === 4 && tag.name === "c") closeCell(tag.end);
        else if (depth === 5 && tag.name === child) {
          if (child === "v") cell.value = childText;
          else if (child === "f") cell.formula = childText;
          else cell.inline = item.take();
          child = "";
        } else if (child === "is") item.close(tag);
      } else if (inSheetData && depth === 3 && tag.name === "row") {
        rows.end[rows.end.length - 1] = tag.end;
      } else if (depth === 2 && tag.name === "sheetData" && inSheetData) {
        layout.sheetData.closeAt = tag.start;
        inSheetData = false;
      } else if (depth === 2 && tag.name === "cols" && layout.cols && layout.cols.closeAt < 0) {
        layout.cols.closeAt = tag.start;
      }
      depth--;
    },
    text(t) {
      if (child === "is") item.text(t);
      else if (child !== "") childText += t;
    },
  });

  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    numberFormats[r] ??= [];
    if (formulas) formulas[r] ??= [];
    densify(values[r], null);
    densify(numberFormats[r], null);
    if (formulas) densify(formulas[r], null);
  }
  return { values, formulas, numberFormats, hiddenRows, merges, autoFilter, protected: isProtected, tableParts, layout };
}

/** Fills the holes of a sparse row so every row is a dense array. */
function densify<T>(row: (T | null)[], empty: null): void {
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = empty;
}

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

/** What a cell holds, as the workbook layer sees it (a formula gives its cached result). */
function cellValue(c: CellState, styles: StyleSheet, sharedStrings: readonly string[]): CellValue {
  const v = c.value;
  switch (c.type) {
    case "s": {
      if (v === undefined || v === "") return null;
      const s = sharedStrings[Number(v)];
      return s === undefined ? null : s;
    }
    case "inlineStr":
      return c.inline ?? (v === undefined ? null : decodeXstring(v));
    case "str":
      return v === undefined ? null : decodeXstring(v);
    case "b":
      return v === undefined || v === "" ? null : v.trim() === "1" || v.trim().toLowerCase() === "true";
    case "e":
      return v === undefined || v === "" ? null : { error: ERRORS.has(v.trim()) ? v.trim() : v };
    case "d": {
      if (v === undefined || v === "") return null;
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return isNaN(d.getTime()) ? v : d;
    }
    default: {
      if (v === undefined || v.trim() === "") return null;
      const n = Number(v);
      if (Number.isNaN(n)) return null;
      return c.style > 0 && styles.isDate(c.style) && Number.isFinite(n) ? serialToDate(n, styles.is1904) : n;
    }
  }
}
