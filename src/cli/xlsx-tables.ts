// A1 addresses and Excel tables in exceljs: reading their extent, repairing what exceljs loses
// on load, and widening a table with new columns.
import type ExcelJS from "exceljs";
import { fromA1, toA1 } from "../workbook/address";
import type { CellRect } from "../workbook/types";

/** "A1:C5" (optionally "Sheet!A1:C5") -> 0-based rectangle. A single cell is a 1×1 rectangle. */
export function decodeRange(ref: string): CellRect {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = bare.split(":");
  const from = fromA1(a);
  const to = b ? fromA1(b) : from;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

export function encodeRange(rect: CellRect): string {
  return `${toA1(rect.top, rect.left)}:${toA1(rect.bottom, rect.right)}`;
}

/** The model exceljs keeps for a table (loaded from a file: `tableRef`; built in code: `ref` + `tableRef`). */
interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean; totalsRowLabel?: string; totalsRowFunction?: string; totalsRowFormula?: string }[];
}

/** The tables of a sheet (exceljs's typings describe getTables() wrongly). */
export function tablesOf(ws: ExcelJS.Worksheet): ExcelJS.Table[] {
  return ws.getTables() as unknown as ExcelJS.Table[];
}

function modelOf(table: ExcelJS.Table): TableModel | undefined {
  return (table as unknown as { table?: TableModel }).table;
}

/** The table's whole area as an A1 range. */
export function tableRef(model: Record<string, unknown>): string | undefined {
  if (typeof model.tableRef === "string" && model.tableRef.includes(":")) return model.tableRef;
  if (typeof model.ref === "string") {
    const columns = Array.isArray(model.columns) ? model.columns.length : 1;
    const rows = Array.isArray(model.rows) ? model.rows.length : 0;
    const tl = decodeRange(model.ref);
    const height = rows + (model.headerRow === false ? 0 : 1) + (model.totalsRow ? 1 : 0);
    return encodeRange({ top: tl.top, left: tl.left, bottom: tl.top + Math.max(height, 1) - 1, right: tl.left + columns - 1 });
  }
  return undefined;
}

function cellText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.getRow(row + 1).getCell(col + 1).value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((p) => p.text).join("");
  return String(v);
}

/**
 * exceljs 4.4 reads two table attributes wrongly from files that Excel wrote, and would write
 * them back wrongly: a missing `headerRowCount` (Excel's default, a header row) becomes "no
 * header row", and a missing `hiddenButton` (Excel's default, the filter button shown) becomes
 * "button hidden". Saved unrepaired, a table loses its header row and its filter buttons.
 * This restores Excel's defaults: a table has a header row when the first row of its area
 * holds its column names, and its filter buttons are shown.
 */
export function repairLoadedTables(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const table of tablesOf(ws)) {
      const model = modelOf(table);
      if (!model || !model.tableRef) continue;
      const rect = decodeRange(model.tableRef);
      if (model.headerRow !== true) {
        const names = model.columns.map((_c, i) => cellText(ws, rect.top, rect.left + i).trim().toLowerCase());
        const matches = model.columns.every((c, i) => names[i] === String(c.name).trim().toLowerCase());
        if (matches) model.headerRow = true;
      }
      for (const column of model.columns) {
        column.filterButton = true;
      }
      if (!model.autoFilterRef) {
        model.autoFilterRef = encodeRange({ ...rect, bottom: rect.bottom - (model.totalsRow ? 1 : 0) });
      }
    }
  }
}

/**
 * Widens a table by new columns just to its right (their header cells must already hold
 * the names; `sum`: the table's totals row sums the column). The table's area, its filter range and its column list grow; nothing else changes.
 */
export function extendTable(ws: ExcelJS.Worksheet, tableName: string, columns: { name: string; sum: boolean }[]): void {
  const table = tablesOf(ws).find((t) => modelOf(t)?.name === tableName);
  const model = table ? modelOf(table) : undefined;
  if (!model) throw new Error(`Table ${tableName} not found on sheet ${ws.name}`);
  const ref = tableRef(model as unknown as Record<string, unknown>);
  if (!ref) throw new Error(`Table ${tableName} has no area`);
  const rect = decodeRange(ref);
  const wider = { ...rect, right: rect.right + columns.length };
  for (const { name, sum } of columns) {
    model.columns.push({ name, filterButton: true, totalsRowFunction: model.totalsRow && sum ? "sum" : "none" });
  }
  model.tableRef = encodeRange(wider);
  model.ref = toA1(wider.top, wider.left);
  model.autoFilterRef = encodeRange({ ...wider, bottom: wider.bottom - (model.totalsRow ? 1 : 0) });
}

/** A structured reference to a table column, e.g. Tabel1[Bijdrage 2023] (special characters escaped). */
export function structuredColumnRef(tableName: string, column: string): string {
  return `${tableName}[${column.replace(/['[\]#]/g, (ch) => `'${ch}`)}]`;
}
