// A worksheet as read by the file host -> the plain Grid of the workbook layer (values,
// formulas, formats, hidden rows, filters, merges, tables and protection).
import type { CellRect, Grid, TableInfo } from "../workbook/types";
import type { ReadSheet } from "./xlsx/book";
import type { TablePart } from "./xlsx/table-part";
import { decodeRange } from "./xlsx-tables";

/** A table as the workbook layer sees it; undefined when its area is not a valid range. */
export function tableInfo(table: TablePart): TableInfo | undefined {
  try {
    return { name: table.displayName, rect: decodeRange(table.ref), hasTotalsRow: table.totalsRows > 0 };
  } catch {
    return undefined;
  }
}

/**
 * A filter is active when a sheet AutoFilter or a table's filter range holds a hidden row: a
 * filter that hides nothing cannot scramble a write, and a hidden row is what the test needs.
 */
function filterActive(hiddenRows: number[], autoFilter: string | undefined, tables: TableInfo[]): boolean {
  if (hiddenRows.length === 0) return false;
  const ranges: CellRect[] = tables.map((t) => t.rect);
  if (autoFilter) ranges.push(decodeRange(autoFilter));
  return hiddenRows.some((r) => ranges.some((range) => r > range.top && r <= range.bottom));
}

export function sheetGrid(sheet: ReadSheet): Grid {
  const tables = sheet.tables.map(tableInfo).filter((t): t is TableInfo => t !== undefined);
  const grid: Grid = {
    sheet: sheet.info.name,
    top: 0,
    left: 0,
    values: sheet.values,
    numberFormats: sheet.numberFormats,
    hiddenRows: sheet.hiddenRows,
    filterActive: filterActive(sheet.hiddenRows, sheet.autoFilter, tables),
    merges: sheet.merges.map(decodeRange),
    tables,
    protected: sheet.protected,
  };
  if (sheet.formulas) grid.formulas = sheet.formulas;
  return grid;
}
