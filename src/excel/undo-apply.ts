/// <reference types="office-js" />
// undo: puts back exactly what an apply changed, from its UndoRecord (works on every Excel, also
// where Ctrl+Z cannot undo add-in writes). Syncs, constant for a given number of blocks:
//   1. discover: which sheets exist;
//   2. read: every recorded cell as it is now, protection, filters, tables, the audit sheet;
//      a cell that differs from what the apply left means the user edited it: nothing is
//      restored unless `force`;
//   3. prepare (only when needed): clear filters, delete the table columns the apply added;
//   4. restore the cells in row blocks (formulas, values and number formats);
//   5. finish: column widths, the audit row (or the audit sheet it created), filters, and the
//      blocks on other sheets (side-blocks.ts: cells put back, or the sheet the apply created
//      deleted when nothing else is on it).
// Not an undo group: deleting a sheet is not undoable in Excel, and this is the undo.
import { toA1 } from "../workbook/address";
import type { CellRect } from "../workbook/types";
import { AUDIT_SHEET } from "../workbook";
import { CELL_PROPS, sameSnapshot, snapshotOf, type CellArrays } from "./cell-state";
import { sheetMissing } from "./excel-run";
import { ExcelHostError } from "./errors";
import { criteriaList, isFiltering, queueClearFilters, queueRestoreFilters, type FilterState } from "./filters";
import type { CellSnapshot, UndoRecord, UndoResult } from "../host";
import type { HostConfig } from "./host-options";
import { readCells, rectOf } from "./read-input";
import { inRowBlocks, queueWrites, restoreWrites, writeRetryable, writeRows } from "./row-blocks";
import { queueSideRestore, queueSideUndoRead } from "./side-blocks";

const DIMS = "rowIndex,columnIndex,rowCount,columnCount";

function contains(r: CellRect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** The record's areas; for a record without them, one bounding rectangle. */
export function areasOf(record: UndoRecord): CellRect[] {
  if (record.areas && record.areas.length > 0) return record.areas;
  const cells = record.before.length > 0 ? record.before : record.after;
  if (cells.length === 0) return [];
  return [
    {
      top: Math.min(...cells.map((c) => c.row)),
      bottom: Math.max(...cells.map((c) => c.row)),
      left: Math.min(...cells.map((c) => c.col)),
      right: Math.max(...cells.map((c) => c.col)),
    },
  ];
}

function arraysOf(r: Excel.Range): CellArrays {
  return { values: r.values, valueTypes: r.valueTypes as string[][], formulas: r.formulas, numberFormat: r.numberFormat };
}

/**
 * `restoreFilters`: the filters to apply at the end instead of those found now (a rollback after
 * an apply failed between clearing and restoring them).
 */
export async function undoApply(record: UndoRecord, force: boolean, cfg: HostConfig, restoreFilters?: FilterState): Promise<UndoResult> {
  const areas = areasOf(record);
  const areaOf = (s: CellSnapshot): number => areas.findIndex((a) => contains(a, s.row, s.col));
  for (const s of [...record.before, ...record.after]) {
    if (areaOf(s) < 0) throw new Error(`undo: ${toA1(s.row, s.col)} is outside the record's areas`);
  }

  const otherAreas = record.otherAreas ?? [];

  return Excel.run(async (context) => {
    // 1. Discover.
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    const names = sheets.items.map((s) => s.name.toLowerCase());
    const idOf = (name: string): string | undefined => sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase())?.id;
    const sheetId = idOf(record.sheet);
    if (sheetId === undefined) throw sheetMissing(record.sheet);
    const auditId = record.auditRow !== undefined ? idOf(AUDIT_SHEET) : undefined;
    // By id from here on: the sheets found stay the ones written, whatever the user does in between.
    const sheet = sheets.getItem(sheetId);
    const auditSheet = auditId !== undefined ? sheets.getItem(auditId) : undefined;

    // 2. Read everything in one batch (the first area may need more blocks when large).
    const [main, ...small] = areas;
    const read = await readCells(context, sheet, main, cfg.readBlockCells, () => {
      const protection = sheet.protection.load("protected");
      const autoFilter = sheet.autoFilter.load("isDataFiltered,criteria");
      const filterRange = sheet.autoFilter.getRangeOrNullObject().load(DIMS);
      const tables = sheet.tables.load("items/name,items/columns/items/name,items/autoFilter/isDataFiltered,items/autoFilter/criteria");
      const smallLoads = small.map((a) => sheet.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1).load(CELL_PROPS));
      const audit = auditSheet
        ? { protection: auditSheet.protection.load("protected"), used: auditSheet.getUsedRangeOrNullObject(false).load(DIMS) }
        : undefined;
      const side = queueSideUndoRead(context, otherAreas, new Set(names));
      return () => {
        const filter: FilterState = { tables: [] };
        if (autoFilter.isDataFiltered && !filterRange.isNullObject) filter.sheet = { rect: rectOf(filterRange), criteria: criteriaList(autoFilter.criteria) };
        for (const t of tables.items) if (t.autoFilter.isDataFiltered) filter.tables.push({ name: t.name, criteria: criteriaList(t.autoFilter.criteria) });
        return {
          protected: protection.protected,
          filter,
          tables: tables.items.map((t) => ({ name: t.name, columns: t.columns.items.map((c) => c.name) })),
          small: smallLoads.map(arraysOf),
          auditProtected: audit ? audit.protection.protected : false,
          auditUsed: audit && !audit.used.isNullObject ? rectOf(audit.used) : undefined,
          side: side(),
        };
      };
    });
    const state = read.extra;
    const now = (s: CellSnapshot): CellSnapshot => {
      const i = areaOf(s);
      const a = areas[i];
      const arrays = i === 0 ? read.cells : state.small[i - 1];
      return snapshotOf(arrays, s.row - a.top, s.col - a.left, s.row, s.col);
    };
    const edited = record.after.filter((s) => !sameSnapshot(now(s), s)).map((s) => toA1(s.row, s.col));
    edited.push(...state.side.edited);
    if (edited.length > 0 && !force) return { status: "edited-since", cells: edited };
    if (state.protected || state.auditProtected || state.side.protectedSheet !== undefined) {
      const name = state.protected ? record.sheet : state.auditProtected ? AUDIT_SHEET : (state.side.protectedSheet as string);
      throw new ExcelHostError(
"protected", (m) => m.undoProtected(name), { sheet: name });
    }

    // 3. Prepare: clear filters; delete the table columns the apply added (rightmost first).
    const filtering = isFiltering(state.filter);
    const addedCols = record.addedTableColumns;
    const table = addedCols ? state.tables.find((t) => t.name.toLowerCase() === addedCols.table.toLowerCase()) : undefined;
    const toDelete: string[] = [];
    if (addedCols && table) {
      const wanted = addedCols.columns ?? table.columns.slice(table.columns.length - addedCols.count);
      for (const name of [...wanted].reverse()) if (table.columns.some((c) => c.toLowerCase() === name.toLowerCase())) toDelete.push(name);
    }
    if (filtering || toDelete.length > 0) {
      if (filtering) queueClearFilters(sheet, state.filter);
      for (const name of toDelete) sheet.tables.getItem(table!.name).columns.getItem(name).delete();
      await context.sync();
    }

    // 4. Restore the cells of the main area in row blocks.
    const byArea = areas.map((): CellSnapshot[] => []);
    for (const s of record.before) byArea[areaOf(s)].push(s);
    const writes = restoreWrites(main, byArea[0]);
    await inRowBlocks(
      context,
      main.bottom - main.top + 1,
      writeRows(writes, cfg.writeBlockBytes, cfg.maxBlockRows),
      (start, count) => {
        queueWrites(sheet, writes, start, count);
        return () => undefined;
      },
      writeRetryable,
    );

    // 5. Finish: the small areas, column widths, the audit row, the filters.
    small.forEach((a, i) => {
      const w = restoreWrites(a, byArea[i + 1]);
      queueWrites(sheet, w, 0, w.cells.length);
    });
    for (const { column, width } of record.columnWidths ?? []) sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
    if (auditSheet && record.auditRow !== undefined) {
      const used = state.auditUsed;
      const last = !used || used.bottom <= record.auditRow;
      if (record.auditSheetCreated && last) auditSheet.delete();
      else if (used && record.auditRow <= used.bottom) {
        auditSheet.getRangeByIndexes(record.auditRow, 0, 1, used.right + 1).clear();
        if (last) for (const col of record.auditHeaderColumns ?? []) auditSheet.getRangeByIndexes(0, col, 1, 1).clear();
      }
    }
    queueSideRestore(context, state.side, otherAreas);
    const restore = restoreFilters ?? state.filter;
    if (isFiltering(restore)) queueRestoreFilters(sheet, restore);
    await context.sync();
    return { status: "done" };
  });
}
