// Carries out a WritePlan on a workbook read by the file host: the planned cells become cell
// writes on the data sheet (the new columns join the Excel table they extend), the audit record
// becomes a block on the audit sheet.
import type { AuditRecord, PlannedColumn, TableInfo, WritePlan } from "../workbook/types";
import type { ReadSheet, TableWidening, XlsxBook } from "./xlsx/book";
import type { CellWrite } from "./xlsx/sheet-patch";
import { AUDIT, AUDIT_SHEET, EMPHASIS, newColumnWidth, summedInTable, tableTotalsFormula } from "./write-rules";
import { encodeRange } from "./xlsx-tables";

export { AUDIT_SHEET } from "./write-rules";

export interface CarryOutOptions {
  /** The Excel table the data is in: new columns just right of it join the table. */
  table?: TableInfo;
}

export interface CarryOutResult {
  cellsWritten: number;
  /** Name of the table that was widened, if any. */
  extendedTable?: string;
}

/** The new columns that join the Excel table: the run of new columns starting just right of it. */
function joiningColumns(plan: WritePlan, table: TableInfo | undefined): PlannedColumn[] {
  if (!table || plan.top !== table.rect.top) return [];
  const byColumn = new Map(plan.columns.map((c) => [c.column, c]));
  const joining: PlannedColumn[] = [];
  for (let col = table.rect.right + 1; ; col++) {
    const c = byColumn.get(col);
    if (!c || c.existing) break;
    joining.push(c);
  }
  return joining;
}

export function carryOutPlan(book: XlsxBook, sheet: ReadSheet, plan: WritePlan, options: CarryOutOptions = {}): CarryOutResult {
  // The command never asks for formula mode's rates block; refuse rather than drop it silently.
  if (plan.otherBlocks && plan.otherBlocks.length > 0) {
    throw new Error(`carryOutPlan: blocks on other sheets (${plan.otherBlocks.map((b) => b.sheet).join(", ")}) are not supported by verdeel`);
  }
  const table = options.table;
  const joining = joiningColumns(plan, table);
  const joined = new Map(joining.map((c) => [c.column, c]));
  const tableTotalsRow = table?.hasTotalsRow && joining.length > 0 && plan.totalsRow === table.rect.bottom ? table.rect.bottom : undefined;
  const lastPlanRow = plan.cells.length - 1;
  const writes: CellWrite[] = [];

  plan.cells.forEach((rowCells, r) =>
    rowCells.forEach((planned, c) => {
      if (planned.kind === "skip") return;
      const row = plan.top + r;
      const col = plan.left + c;
      const style = r === 0 || r === lastPlanRow ? EMPHASIS : undefined;
      const inTable = joined.get(col);
      if (table && inTable && planned.kind === "number" && row === tableTotalsRow) {
        writes.push({ row, col, cell: { kind: "formula", formula: tableTotalsFormula(table.name, inTable), value: planned.value, format: planned.format }, style });
      } else {
        writes.push({ row, col, cell: planned, style });
      }
    }),
  );
  // Single cells beside the rectangle, e.g. "Totaal" in the name column of a new totals row.
  for (const extra of plan.extraCells ?? []) {
    if (extra.cell.kind === "skip") continue;
    writes.push({ row: extra.row, col: extra.col, cell: extra.cell, style: extra.row === plan.totalsRow || extra.row === plan.top ? EMPHASIS : undefined });
  }

  const widenings: TableWidening[] = [];
  const tablePart = table ? sheet.tables.find((t) => t.displayName === table.name) : undefined;
  if (table && tablePart && joining.length > 0) {
    const wider = { ...table.rect, right: table.rect.right + joining.length };
    widenings.push({
      table: tablePart,
      ref: encodeRange(wider),
      filterRef: encodeRange({ ...wider, bottom: wider.bottom - (table.hasTotalsRow ? 1 : 0) }),
      columns: joining.map((c) => ({ name: c.header, sum: summedInTable(c) })),
    });
  }
  book.patchSheet(sheet, { cells: writes, widths: plan.columns.map((c) => ({ col: c.column, width: newColumnWidth(c) })) }, widenings);
  return { cellsWritten: writes.length, extendedTable: widenings.length > 0 ? table?.name : undefined };
}

/** The last row (0-based) of a sheet that holds a value, or -1. */
function lastUsedRow(sheet: ReadSheet): number {
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    if (sheet.values[r].some((v) => v !== null && v !== "")) return r;
  }
  return -1;
}

/**
 * The audit sheet: one block per action, the title in A (bold, larger), then label in column A
 * (bold) and value in column B (wrapped), a blank row between blocks. A later action on the
 * same workbook appends its block to the sheet of that name (Excel's sheet names ignore case).
 */
export function writeAuditSheet(book: XlsxBook, audit: AuditRecord, title: string): void {
  const existing = book.sheets.find((s) => s.kind === "worksheet" && s.name.toLowerCase() === AUDIT_SHEET.toLowerCase());
  const sheet = existing ? book.readSheet(existing) : undefined;
  const top = sheet ? lastUsedRow(sheet) + 1 + (lastUsedRow(sheet) >= 0 ? AUDIT.gap : 0) : 0;
  const cells: CellWrite[] = [{ row: top, col: 0, cell: { kind: "text", value: title }, style: AUDIT.title }];
  audit.entries.forEach((entry, i) => {
    cells.push({ row: top + 1 + i, col: 0, cell: { kind: "text", value: entry.label }, style: AUDIT.label });
    cells.push({ row: top + 1 + i, col: 1, cell: { kind: "text", value: entry.value }, style: AUDIT.value });
  });
  if (sheet) {
    book.patchSheet(sheet, { cells });
  } else {
    let name = AUDIT_SHEET;
    for (let n = 2; book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++) name = `${AUDIT_SHEET} ${n}`;
    book.addSheet(name, { cells, widths: AUDIT.widths.map((width, col) => ({ col, width })) });
  }
}
