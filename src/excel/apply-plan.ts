/// <reference types="office-js" />
// apply: carries out a WritePlan in Excel. One Excel.run (one Ctrl+Z step where ExcelApi 1.20
// allows mergeUndoGroup), a constant number of syncs for a given number of blocks:
//   1. discover: the plan's sheet, its tables, whether the audit sheet and the other blocks'
//      sheets exist;
//   2. check + snapshot: protection, filters, table extents, and every target cell as it is
//      (conflicts are judged on this same read); nothing is written when a check fails;
//   3. prepare (only when needed): clear filters, add table columns;
//   4. write, in row blocks under the request limit (usually one block); the first block also
//      creates missing sheets and writes the blocks on other sheets (side-blocks.ts) first;
//   5. finish: extra cells, column widths, the audit row, filters restored;
//   6. read back what the action left, for the undo record.
// Document settings are never saved here: saving them clears Excel's undo stack.
import { rectToA1, toA1 } from "../workbook/address";
import type { AuditRecord, CellRect, PlannedCell, WritePlan } from "../workbook/types";
import { AUDIT_SHEET, TEXT_FORMAT, planAuditRow, type AuditSheetInfo } from "../workbook";
import { queueAuditWrite } from "./audit-sheet";
import { CELL_PROPS, isEmptySnapshot, plannedWrite, snapshotOf, type CellArrays, type CellWrite } from "./cell-state";
import { criteriaList, isFiltering, queueClearFilters, queueRestoreFilters, type FilterState } from "./filters";
import type { ApplyOptions, ApplyResult, CellSnapshot, Lang, UndoRecord } from "../host";
import type { HostConfig } from "./host-options";
import { readCells, rectOf } from "./read-input";
import { OPTIONAL_EXCEL_API, isExcelApiSupported } from "./requirements";
import { excelRun, missingSheetOr } from "./excel-run";
import { undoApply } from "./undo-apply";
import { discoverSides, queueSideChecks, queueSideReadBack, queueSideWrites, sideCellCount } from "./side-blocks";
import { inRowBlocks, queueWrites, writeRetryable, writeRows, type BlockStats, type RectWrites } from "./row-blocks";
import { excelHostMessages } from "./i18n";

const DIMS = "rowIndex,columnIndex,rowCount,columnCount";

/** The header cell of a column added to a table: the host rule's text format, its text as Excel wrote it. */
const JOINED_HEADER: CellWrite = Object.freeze({ pre: TEXT_FORMAT, value: null, formula: null, post: null });

function arraysOf(r: Excel.Range): CellArrays {
  return { values: r.values, valueTypes: r.valueTypes as string[][], formulas: r.formulas, numberFormat: r.numberFormat };
}

/** The write of one planned cell; `before` is the cell as it is. */
function writeOf(p: PlannedCell | undefined, before: CellSnapshot): CellWrite {
  return plannedWrite(p, before.numberFormat, toA1(before.row, before.col));
}

function scheduleOf(audit: AuditRecord): string {
  const e = audit.entries.find((x) => x.label === "Schema" || x.label === "Schedule");
  return e ? e.value.split(" — ")[0] : "";
}

interface TableCheck {
  name: string;
  id: string;
  rect: CellRect;
  filtered: boolean;
  criteria: (Excel.FilterCriteria | undefined)[];
}

export async function applyPlan(plan: WritePlan, audit: AuditRecord, options: ApplyOptions, cfg: HostConfig, lang: Lang, id: string): Promise<ApplyResult> {
  if (plan.cells.length === 0 || plan.cells.every((r) => r.length === 0)) throw new Error("apply: the plan has no cells");

  try {
    return await excelRun(isExcelApiSupported(OPTIONAL_EXCEL_API.undoGroup), (context) => applyBatch(context, plan, audit, options, cfg, lang, id));
  } catch (e) {
    if (!(e instanceof HalfDone)) throw e;
    // Excel failed after writing began: put back what was there (best effort), then report
    // the original error. With an undo group, Ctrl+Z would also take the half write away.
    try {
      await undoApply(e.record, true, cfg, e.filters);
    } catch {
      // The original error is what the user must see.
    }
    throw e.cause;
  }
}

/** An error after writing began, with what is needed to roll back. */
class HalfDone extends Error {
  constructor(
    override readonly cause: unknown,
    readonly record: UndoRecord,
    readonly filters: FilterState,
  ) {
    super("apply failed halfway");
  }
}

function headerText(p: PlannedCell | undefined): string | undefined {
  return p && p.kind === "text" ? p.value : undefined;
}

async function applyBatch(
  context: Excel.RequestContext,
  plan: WritePlan,
  audit: AuditRecord,
  options: ApplyOptions,
  cfg: HostConfig,
  lang: Lang,
  id: string,
): Promise<ApplyResult> {
  const height = plan.cells.length;
  const width = plan.cells.reduce((m, r) => Math.max(m, r.length), 0);
  const rect: CellRect = { top: plan.top, left: plan.left, bottom: plan.top + height - 1, right: plan.left + width - 1 };
  const extras = (plan.extraCells ?? []).filter((e) => e.cell.kind !== "skip");
  const newColumns = plan.columns.filter((c) => !c.existing && c.column >= rect.left && c.column <= rect.right).map((c) => c.column);

  // 1. Discover.
  const sheets = context.workbook.worksheets;
  const named = sheets.getItem(plan.sheet).load("id");
  const tables = named.tables.load("items/name,items/id");
  const auditSheet = sheets.getItemOrNullObject(AUDIT_SHEET);
  const side = discoverSides(context, plan.otherBlocks, [plan.sheet, AUDIT_SHEET]);
  try {
    await context.sync();
  } catch (e) {
    throw missingSheetOr(e, plan.sheet);
  }
  const auditExists = !auditSheet.isNullObject;
  // The sheet and its tables by id from here on: they stay the ones found, whatever the user
  // renames or activates between two batches.
  const sheet = sheets.getItem(named.id);
  const tableIds = tables.items.map((t) => ({ name: t.name, id: t.id }));

  // 2. Check and snapshot, in one batch (more only when the area is larger than a read block).
  const read = await readCells(context, sheet, rect, cfg.readBlockCells, () => {
    const protection = sheet.protection.load("protected");
    const autoFilter = sheet.autoFilter.load("isDataFiltered,criteria");
    const filterRange = sheet.autoFilter.getRangeOrNullObject().load(DIMS);
    const tableLoads = tableIds.map((t) => {
      const table = sheet.tables.getItem(t.id);
      return { ...t, range: table.getRange().load(DIMS), filter: table.autoFilter.load("isDataFiltered,criteria") };
    });
    const extraLoads = extras.map((e) => sheet.getRangeByIndexes(e.row, e.col, 1, 1).load(CELL_PROPS));
    const widthLoads = newColumns.map((col) => ({ col, format: sheet.getRangeByIndexes(0, col, 1, 1).format.load("columnWidth") }));
    const auditLoads = auditExists
      ? {
          protection: auditSheet.protection.load("protected"),
          used: auditSheet.getUsedRangeOrNullObject(false).load(DIMS),
          header: auditSheet.getRangeByIndexes(0, 0, 1, 1).getEntireRow().getUsedRangeOrNullObject(true).load("values,columnIndex"),
        }
      : undefined;
    const sideChecks = queueSideChecks(side);
    return () => {
      const filter: FilterState = { tables: [] };
      if (autoFilter.isDataFiltered && !filterRange.isNullObject) filter.sheet = { rect: rectOf(filterRange), criteria: criteriaList(autoFilter.criteria) };
      const tableChecks: TableCheck[] = tableLoads.map((t) => ({
        name: t.name,
        id: t.id,
        rect: rectOf(t.range),
        filtered: t.filter.isDataFiltered,
        criteria: criteriaList(t.filter.criteria),
      }));
      for (const t of tableChecks) if (t.filtered) filter.tables.push({ name: t.name, criteria: t.criteria });
      let auditInfo: AuditSheetInfo = { exists: false, header: [] };
      if (auditLoads) {
        auditInfo = { exists: true, header: [] };
        if (!auditLoads.used.isNullObject) {
          const u = rectOf(auditLoads.used);
          auditInfo.usedBottom = u.bottom;
          auditInfo.usedRight = u.right;
        }
        if (!auditLoads.header.isNullObject) {
          const left = auditLoads.header.columnIndex;
          (auditLoads.header.values[0] ?? []).forEach((v, i) => {
            if (v !== "" && v !== null) auditInfo.header.push({ col: left + i, label: String(v) });
          });
        }
      }
      return {
        protected: protection.protected,
        auditProtected: auditLoads ? auditLoads.protection.protected : false,
        filter,
        tables: tableChecks,
        extras: extraLoads.map(arraysOf),
        widths: widthLoads.map((w) => ({ column: w.col, width: w.format.columnWidth })),
        audit: auditInfo,
        side: sideChecks(),
      };
    };
  });
  const checks = read.extra;
  const before: CellSnapshot[][] = [];
  for (let r = 0; r < height; r++) {
    const line: CellSnapshot[] = new Array(width);
    for (let c = 0; c < width; c++) line[c] = snapshotOf(read.cells, r, c, rect.top + r, rect.left + c);
    before.push(line);
  }
  const extraBefore = extras.map((e, i) => snapshotOf(checks.extras[i], 0, 0, e.row, e.col));

  if (checks.protected) return { status: "protected", sheet: plan.sheet };
  if (checks.auditProtected) return { status: "protected", sheet: AUDIT_SHEET };
  if (checks.side.protectedSheet !== undefined) return { status: "protected", sheet: checks.side.protectedSheet };
  const filtering = isFiltering(checks.filter);
  if (filtering && !options.clearFilter) return { status: "filtered", sheet: plan.sheet };
  const conflicts: string[] = [];
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const p = plan.cells[r][c];
      if (p && p.kind !== "skip" && !isEmptySnapshot(before[r][c])) conflicts.push(toA1(rect.top + r, rect.left + c));
    }
  }
  extras.forEach((e, i) => {
    if (!isEmptySnapshot(extraBefore[i])) conflicts.push(toA1(e.row, e.col));
  });
  conflicts.push(...checks.side.conflicts);
  if (conflicts.length > 0 && !options.overwrite) return { status: "conflicts", cells: conflicts };

  // The plan's new columns that join its Excel table (a host rule: src/workbook/host-rules.ts)
  // join only when they are empty within the table's rows (Excel inserts table cells).
  const planned = plan.tableJoin;
  const found = planned ? checks.tables.find((t) => t.name.toLowerCase() === planned.table.toLowerCase()) : undefined;
  let join: { name: string; id: string; columns: number[] } | undefined;
  if (planned && found && found.rect.right + 1 === planned.columns[0]) {
    const empty = planned.columns.every((col) => {
      for (let row = found.rect.top; row <= found.rect.bottom; row++) if (!isEmptySnapshot(before[row - rect.top][col - rect.left])) return false;
      return true;
    });
    if (empty) join = { name: found.name, id: found.id, columns: planned.columns };
  }
  const joinedHeader = (r: number, c: number): boolean => !!join && r === 0 && join.columns.includes(rect.left + c);
  // In a joined table's own totals row, the formula the plan names (SUBTOTAL) instead of the figure.
  const totalsFormula = new Map(join ? (planned?.totals ?? []).map((t) => [t.column, t.formula]) : []);
  const cellOf = (r: number, c: number): PlannedCell => {
    const p = plan.cells[r][c];
    const formula = plan.top + r === plan.totalsRow ? totalsFormula.get(rect.left + c) : undefined;
    return formula && p && p.kind === "number" ? { kind: "formula", formula, value: p.value, format: p.format } : p;
  };

  // The cells this action changes: planned cells, and the headers of joined table columns.
  const changed: [number, number][] = [];
  const writes: RectWrites = { top: rect.top, left: rect.left, cells: [] };
  for (let r = 0; r < height; r++) {
    const line: CellWrite[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const p = cellOf(r, c);
      if (joinedHeader(r, c)) {
        // Excel wrote the header when it added the column: it only gets the text format.
        line[c] = JOINED_HEADER;
        changed.push([r, c]);
        continue;
      }
      line[c] = writeOf(p, before[r][c]);
      if (p && p.kind !== "skip") changed.push([r, c]);
    }
    writes.cells.push(line);
  }

  // The record of everything this action may change; completed with `after` at the end, and
  // used as it is to roll back when Excel fails halfway.
  const auditWrite = planAuditRow(checks.audit, audit);
  const joinedNames = join ? join.columns.map((col) => headerText(plan.cells[0][col - rect.left])) : [];
  const record: UndoRecord = {
    id,
    sheet: plan.sheet,
    before: [...changed.map(([r, c]) => before[r][c]), ...extraBefore],
    after: [],
    areas: [rect, ...extras.map((e) => ({ top: e.row, left: e.col, bottom: e.row, right: e.col }))],
    columnWidths: checks.widths,
    auditRow: auditWrite.row,
    auditSheetCreated: auditWrite.create,
    auditHeaderColumns: auditWrite.header.map((h) => h.col),
    label: `${scheduleOf(audit)} ${excelHostMessages(lang).appliedOn} ${plan.sheet}!${rectToA1(rect)}`.trim(),
  };
  if (side.blocks.length > 0) record.otherAreas = checks.side.areas;
  if (join) record.addedTableColumns = { table: join.name, count: join.columns.length, columns: joinedNames.filter((n): n is string => n !== undefined) };

  try {
    // 3. Prepare: clear the filters, add the table columns (named by their headers).
    if (filtering || join) {
      if (filtering) queueClearFilters(sheet, checks.filter);
      let added: Excel.TableColumn[] = [];
      if (join) {
        const table = sheet.tables.getItem(join.id);
        added = joinedNames.map((name) => table.columns.add(undefined, undefined, name).load("name"));
      }
      await context.sync();
      // Excel may have made a name unique ("… 2"): keep the names it gave.
      if (record.addedTableColumns) record.addedTableColumns.columns = added.map((c) => c.name);
    }

    // 4. Write the rectangle in row blocks.
    const stats: BlockStats = { blocks: 0, retries: 0 };
    await inRowBlocks(
      context,
      height,
      writeRows(writes, cfg.writeBlockBytes, cfg.maxBlockRows),
      (start, count, first) => {
        // The other sheets first: the amounts' formulas may refer to them.
        if (first) queueSideWrites(context, side, checks.side);
        queueWrites(sheet, writes, start, count);
        return () => undefined;
      },
      writeRetryable,
      stats,
    );

    // 5. Finish: the extra cells, column widths, the audit row, the filters as they were.
    extras.forEach((e, i) => queueWrites(sheet, { top: e.row, left: e.col, cells: [[writeOf(e.cell, extraBefore[i])]] }, 0, 1));
    for (const col of newColumns) sheet.getRangeByIndexes(rect.top, col, height, 1).format.autofitColumns();
    queueAuditWrite(context, auditWrite);
    if (filtering) queueRestoreFilters(sheet, checks.filter);
    await context.sync();

    // 6. Read back what the action left.
    const after = await readCells(context, sheet, rect, cfg.readBlockCells, () => {
      const loads = extras.map((e) => sheet.getRangeByIndexes(e.row, e.col, 1, 1).load(CELL_PROPS));
      const sideAfter = queueSideReadBack(context, side, checks.side.areas);
      return () => {
        sideAfter();
        return loads.map(arraysOf);
      };
    });
    record.after = [
      ...changed.map(([r, c]) => snapshotOf(after.cells, r, c, rect.top + r, rect.left + c)),
      ...extras.map((e, i) => snapshotOf(after.extra[i], 0, 0, e.row, e.col)),
    ];
  } catch (e) {
    throw new HalfDone(e, record, checks.filter);
  }
  const written = changed.length - (join ? join.columns.length : 0) + extras.length + sideCellCount(side);
  return { status: "done", undo: record, cellsWritten: written };
}
