// exceljs worksheet -> the plain Grid of the workbook layer (values, formulas, formats, the
// sheet's hidden rows, filters, merges, tables and protection).
import type ExcelJS from "exceljs";
import type { CellRect, CellValue, Grid, TableInfo } from "../workbook/types";
import { decodeRange, tableRef, tablesOf } from "./xlsx-tables";

// exceljs ValueType numbers (exceljs's enum is not exported as a type-only value).
const TYPE_MERGE = 1;

/** The value of one exceljs cell as the workbook layer sees it (a formula gives its result). */
export function cellValue(raw: ExcelJS.CellValue): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return raw;
  if (typeof raw === "object") {
    if ("error" in raw && typeof raw.error === "string") return { error: raw.error };
    if ("richText" in raw && Array.isArray(raw.richText)) return raw.richText.map((part) => part.text).join("");
    if ("formula" in raw || "sharedFormula" in raw) {
      const result = (raw as { result?: unknown }).result;
      return cellValue(result as ExcelJS.CellValue);
    }
    if ("hyperlink" in raw && "text" in raw) {
      return cellValue((raw as { text: ExcelJS.CellValue }).text);
    }
  }
  return null;
}

/** Formula text with a leading "=", for a formula cell (shared formulas translated), else null. */
export function cellFormula(cell: ExcelJS.Cell): string | null {
  const raw = cell.value;
  if (raw === null || typeof raw !== "object" || raw instanceof Date) return null;
  if (!("formula" in raw) && !("sharedFormula" in raw)) return null;
  const text = cell.formula;
  if (!text) return null;
  return text.startsWith("=") ? text : `=${text}`;
}

/** Merged areas of a sheet as 0-based rectangles (exceljs keeps them in a private map). */
export function sheetMerges(ws: ExcelJS.Worksheet): CellRect[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })
    ._merges;
  const rects: CellRect[] = [];
  if (merges) {
    for (const merge of Object.values(merges)) {
      const m = merge?.model;
      if (m) rects.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
    return rects;
  }
  const model = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return model.map((ref) => decodeRange(ref));
}

export function sheetTables(ws: ExcelJS.Worksheet): TableInfo[] {
  const out: TableInfo[] = [];
  for (const table of tablesOf(ws)) {
    const model = (table as unknown as { table?: Record<string, unknown> }).table;
    const ref = model ? tableRef(model) : undefined;
    if (!model || !ref) continue;
    out.push({ name: String(model.name), rect: decodeRange(ref), hasTotalsRow: model.totalsRow === true });
  }
  return out;
}

export function isProtected(ws: ExcelJS.Worksheet): boolean {
  const protection = (ws as unknown as { sheetProtection?: unknown }).sheetProtection as { sheet?: boolean | string } | null | undefined;
  if (!protection) return false;
  return protection.sheet === true || protection.sheet === "1" || protection.sheet === "true";
}

/**
 * A filter is active when a sheet AutoFilter or a table's filter range holds a hidden row.
 * exceljs does not keep a filter's criteria, so "hides a row" is the test that matters:
 * a filter that hides nothing cannot scramble a write.
 */
function filterActive(ws: ExcelJS.Worksheet, hiddenRows: number[], tables: TableInfo[]): boolean {
  if (hiddenRows.length === 0) return false;
  const ranges: CellRect[] = [];
  const auto = ws.autoFilter as unknown;
  if (typeof auto === "string" && auto.trim()) {
    ranges.push(decodeRange(auto));
  } else if (auto && typeof auto === "object") {
    const a = auto as { from?: unknown; to?: unknown };
    const pos = (p: unknown): { row: number; column: number } | undefined => {
      if (typeof p === "string") {
        const r = decodeRange(p);
        return { row: r.top + 1, column: r.left + 1 };
      }
      if (p && typeof p === "object" && "row" in p && "column" in p) return p as { row: number; column: number };
      return undefined;
    };
    const from = pos(a.from);
    const to = pos(a.to);
    if (from && to) ranges.push({ top: from.row - 1, left: from.column - 1, bottom: to.row - 1, right: to.column - 1 });
  }
  for (const t of tables) ranges.push(t.rect);
  return hiddenRows.some((r) => ranges.some((range) => r > range.top && r <= range.bottom));
}

/** Reads a whole worksheet (A1 to its last used cell) into a Grid. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  let anyFormula = false;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    let rowFormulas: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // Only the top-left cell of a merged area holds a value (exceljs repeats it in the others).
      const value = cell.type === TYPE_MERGE ? null : cellValue(cell.value);
      rowValues[c] = value;
      const fmt = cell.numFmt;
      if (fmt) rowFormats[c] = fmt;
      if (cell.type !== TYPE_MERGE) {
        const formula = cellFormula(cell);
        if (formula) {
          rowFormulas ??= [];
          rowFormulas[c] = formula;
          anyFormula = true;
        }
      }
    });
    // Fill the holes that eachCell skipped, so every row is a dense array.
    for (let c = 0; c < rowValues.length; c++) {
      if (rowValues[c] === undefined) rowValues[c] = null;
      if (rowFormats[c] === undefined) rowFormats[c] = null;
      if (rowFormulas && rowFormulas[c] === undefined) rowFormulas[c] = null;
    }
    values[r] = rowValues;
    numberFormats[r] = rowFormats;
    if (rowFormulas) formulas[r] = rowFormulas;
  });
  for (let r = 0; r < values.length; r++) {
    if (values[r] === undefined) values[r] = [];
    if (numberFormats[r] === undefined) numberFormats[r] = [];
    if (anyFormula && formulas[r] === undefined) formulas[r] = [];
  }
  const tables = sheetTables(ws);
  const grid: Grid = {
    sheet: ws.name,
    top: 0,
    left: 0,
    values,
    numberFormats,
    hiddenRows,
    filterActive: filterActive(ws, hiddenRows, tables),
    merges: sheetMerges(ws),
    tables,
    protected: isProtected(ws),
  };
  if (anyFormula) grid.formulas = formulas;
  return grid;
}
