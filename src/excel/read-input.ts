/// <reference types="office-js" />
// readInput: the area around the selection as a Grid, in one read batch (three syncs: where the
// selection is, the tables' extents, the cells). A read larger than the response limit of
// Excel on the web is read again in row blocks.
import type { CellRect, CellValue, Grid, TableInfo } from "../workbook/types";
import { CELL_PROPS, isFormula, toCellValue, type CellArrays } from "./cell-state";
import { ExcelHostError } from "./errors";
import type { InputRead } from "../host";
import { OPTIONAL_EXCEL_API, isExcelApiSupported } from "./requirements";
import { inRowBlocks, readRetryable, readRows } from "./row-blocks";

/** Excel reads at most five million cells at once (all platforms). */
export const MAX_READ_CELLS = 5_000_000;

export interface ReadOptions {
  /** Cells per read block (default 100,000: about 4 MB of response). */
  readBlockCells: number;
  maxReadCells: number;
}

const DIMS = "rowIndex,columnIndex,rowCount,columnCount";
const AREA_DIMS = DIMS.split(",")
  .map((p) => `areas/items/${p}`)
  .join(",");

export function rectOf(r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): CellRect {
  return { top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 };
}

function cellsIn(r: CellRect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Row-major arrays of a rectangle read in blocks, joined again. */
function join(blocks: CellArrays[]): CellArrays {
  if (blocks.length === 1) return blocks[0];
  return {
    values: blocks.flatMap((b) => b.values),
    valueTypes: blocks.flatMap((b) => b.valueTypes),
    formulas: blocks.flatMap((b) => b.formulas),
    numberFormat: blocks.flatMap((b) => b.numberFormat),
  };
}

/** Reads the cells of `rect` on `sheet` in row blocks; `extra` adds loads to the first block. */
export async function readCells<X>(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: CellRect,
  blockCells: number,
  extra: () => () => X,
): Promise<{ cells: CellArrays; extra: X }> {
  const width = rect.right - rect.left + 1;
  const height = rect.bottom - rect.top + 1;
  let extraResult: X | undefined;
  const blocks = await inRowBlocks(
    context,
    height,
    readRows(width, blockCells),
    (start, count, first) => {
      const range = sheet.getRangeByIndexes(rect.top + start, rect.left, count, width).load(CELL_PROPS);
      const collectExtra = first ? extra() : undefined;
      return (): CellArrays => {
        if (collectExtra) extraResult = collectExtra();
        return { values: range.values, valueTypes: range.valueTypes as string[][], formulas: range.formulas, numberFormat: range.numberFormat };
      };
    },
    readRetryable,
  );
  return { cells: join(blocks), extra: extraResult as X };
}

/** The Grid the workbook layer reads: values, formulas, formats, hidden rows, merges, tables. */
export function toGrid(sheet: string, rect: CellRect, cells: CellArrays, extra: Omit<Grid, "sheet" | "top" | "left" | "values">): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < cells.values.length; r++) {
    const v = cells.values[r];
    const t = cells.valueTypes[r];
    const f = cells.formulas[r];
    const n = cells.numberFormat[r];
    const vr: CellValue[] = new Array(v.length);
    const fr: (string | null)[] = new Array(v.length);
    const nr: (string | null)[] = new Array(v.length);
    for (let c = 0; c < v.length; c++) {
      vr[c] = toCellValue(v[c], t[c]);
      fr[c] = isFormula(f[c], v[c], t[c]) ? (f[c] as string) : null;
      nr[c] = typeof n[c] === "string" ? (n[c] as string) : null;
    }
    values.push(vr);
    formulas.push(fr);
    numberFormats.push(nr);
  }
  return { sheet, top: rect.top, left: rect.left, values, formulas, numberFormats, ...extra };
}

/** Rows of `rect` not covered by the visible areas (rows hidden by hand or by a filter). */
export function hiddenRowsOf(rect: CellRect, rowHidden: boolean | null, visible: CellRect[] | undefined): number[] {
  if (rowHidden === false) return [];
  const out: number[] = [];
  if (!visible) {
    // No visible cell at all: every row is hidden (Excel then also says rowHidden: true).
    if (rowHidden === true) for (let r = rect.top; r <= rect.bottom; r++) out.push(r);
    return out;
  }
  const shown = new Uint8Array(rect.bottom - rect.top + 1);
  for (const a of visible) {
    for (let r = Math.max(a.top, rect.top); r <= Math.min(a.bottom, rect.bottom); r++) shown[r - rect.top] = 1;
  }
  for (let i = 0; i < shown.length; i++) if (!shown[i]) out.push(rect.top + i);
  return out;
}

function areasOf(areas: Excel.RangeAreas | undefined): CellRect[] | undefined {
  if (!areas || areas.isNullObject) return undefined;
  return areas.areas.items.map(rectOf);
}

export async function readInput(context: Excel.RequestContext, options: ReadOptions): Promise<InputRead> {
  // 1. Where the selection is: its table, its block, the used range; the sheet's tables.
  const wb = context.workbook;
  const active = wb.worksheets.getActiveWorksheet().load("name,id");
  const protection = active.protection.load("protected");
  const activeCell = wb.getActiveCell().load(DIMS);
  const activeTables = activeCell.getTables(false).load("items/name");
  const region = activeCell.getSurroundingRegion().load(DIMS);
  const used = active.getUsedRangeOrNullObject(true).load(DIMS);
  const tables = active.tables.load("items/name,items/showTotals");
  const autoFilter = active.autoFilter.load("isDataFiltered");
  await context.sync();

  // The sheet by its id from here on: the user may switch sheets between two batches, and
  // getActiveWorksheet() (re-sent by office.js when Excel returns no object ids) would then be
  // another sheet.
  const sheet = wb.worksheets.getItem(active.id);
  const sheetName = active.name;

  // 2. The extent and filter state of each table on the sheet (only when there are tables).
  const infos: TableInfo[] = [];
  let tableFiltered = false;
  if (tables.items.length > 0) {
    const ranges = tables.items.map((t) => {
      const table = sheet.tables.getItem(t.name);
      return { name: t.name, showTotals: t.showTotals, range: table.getRange().load(DIMS), filter: table.autoFilter.load("isDataFiltered") };
    });
    await context.sync();
    for (const { name, showTotals, range, filter } of ranges) {
      const info: TableInfo = { name, rect: rectOf(range) };
      if (showTotals) info.hasTotalsRow = true;
      infos.push(info);
      if (filter.isDataFiltered) tableFiltered = true;
    }
  }

  let source: InputRead["source"];
  let rect: CellRect;
  const inTable = activeTables.items.length > 0 ? infos.find((i) => i.name === activeTables.items[0].name) : undefined;
  if (inTable) {
    source = "table";
    rect = inTable.rect;
  } else if (region.rowCount * region.columnCount > 1) {
    source = "selection-block";
    rect = rectOf(region);
  } else {
    source = "used-range";
    rect = used.isNullObject ? { top: 0, left: 0, bottom: 0, right: 0 } : rectOf(used);
  }
  const count = cellsIn(rect);
  if (count > options.maxReadCells) {
    throw new ExcelHostError("too-many-cells", (m) => m.areaTooLarge(sheetName, count), { sheet: sheetName, cells: count });
  }

  // 3. The cells, with hidden rows and merged areas in the same batch.
  const merges = isExcelApiSupported(OPTIONAL_EXCEL_API.mergedAreas);
  const { cells, extra } = await readCells(context, sheet, rect, options.readBlockCells, () => {
    const whole = sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1).load("rowHidden");
    const visible = whole.getEntireRow().getSpecialCellsOrNullObject("Visible").load(AREA_DIMS);
    const merged = merges ? whole.getMergedAreasOrNullObject().load(AREA_DIMS) : undefined;
    return () => ({
      rowHidden: whole.rowHidden as boolean | null,
      visible: areasOf(visible)?.map((a) => ({ ...a, left: rect.left, right: rect.right })),
      merged: areasOf(merged),
    });
  });

  const grid = toGrid(sheetName, rect, cells, {
    hiddenRows: hiddenRowsOf(rect, extra.rowHidden, extra.visible),
    filterActive: autoFilter.isDataFiltered || tableFiltered,
    tables: infos,
    protected: protection.protected,
  });
  if (extra.merged) grid.merges = extra.merged;
  return { grid, source, rect };
}
