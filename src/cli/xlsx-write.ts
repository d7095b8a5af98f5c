// Carries out a WritePlan on a loaded exceljs workbook, adds the audit sheet, and saves a copy
// without ever touching the input file.
import { promises as fs } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { AuditRecord, TableInfo, WritePlan } from "../workbook/types";
import { bold, FormatStyles, restyle, writePlannedCell } from "./xlsx-cells";
import { extendTable, structuredColumnRef } from "./xlsx-tables";
import { writeXlsxFile } from "./xlsx-zip";

export const AUDIT_SHEET = "Verantwoording";

export interface CarryOutOptions {
  /** The Excel table the data is in: new columns just right of it join the table. */
  table?: TableInfo;
}

export interface CarryOutResult {
  cellsWritten: number;
  /** Name of the table that was widened, if any. */
  extendedTable?: string;
}

export function carryOutPlan(ws: ExcelJS.Worksheet, plan: WritePlan, options: CarryOutOptions = {}): CarryOutResult {
  // The command never asks for formula mode's rates block; refuse rather than drop it silently.
  if (plan.otherBlocks && plan.otherBlocks.length > 0) {
    throw new Error(`carryOutPlan: blocks on other sheets (${plan.otherBlocks.map((b) => b.sheet).join(", ")}) are not supported by verdeel`);
  }
  let cellsWritten = 0;
  const lastPlanRow = plan.cells.length - 1;
  const formats = new FormatStyles();
  const columnOf = new Map(plan.columns.map((pc) => [pc.column, pc]));

  // Which new columns join the Excel table: the run of new columns starting right of it.
  const joining = new Set<number>();
  const table = options.table;
  if (table && plan.top === table.rect.top) {
    const byColumn = new Map(plan.columns.map((c) => [c.column, c]));
    for (let col = table.rect.right + 1; byColumn.get(col) && !byColumn.get(col)?.existing; col++) joining.add(col);
  }
  const tableTotalsRow = table?.hasTotalsRow && joining.size > 0 && plan.totalsRow === table.rect.bottom ? table.rect.bottom : undefined;

  for (let r = 0; r < plan.cells.length; r++) {
    const rowCells = plan.cells[r];
    const sheetRow = ws.getRow(plan.top + r + 1);
    for (let c = 0; c < rowCells.length; c++) {
      const planned = rowCells[c];
      if (!planned || planned.kind === "skip") continue;
      const col = plan.left + c;
      const cell = sheetRow.getCell(col + 1);
      // A table's own totals row sums with SUBTOTAL; the cached result is the exact total.
      const subtotalOf = planned.kind === "number" && plan.top + r === tableTotalsRow && joining.has(col) ? columnOf.get(col) : undefined;
      if (subtotalOf && table && planned.kind === "number") {
        cell.value = { formula: `SUBTOTAL(109,${structuredColumnRef(table.name, subtotalOf.header)})`, result: Number(planned.value) };
        formats.apply(cell, planned.format);
      } else {
        writePlannedCell(cell, planned, formats);
      }
      if (r === 0 || r === lastPlanRow) bold(cell);
      cellsWritten++;
    }
  }

  // Single cells beside the rectangle, e.g. "Totaal" in the name column of a new totals row.
  for (const extra of plan.extraCells ?? []) {
    if (extra.cell.kind === "skip") continue;
    const cell = ws.getRow(extra.row + 1).getCell(extra.col + 1);
    writePlannedCell(cell, extra.cell, formats);
    if (extra.row === plan.totalsRow || extra.row === plan.top) bold(cell);
    cellsWritten++;
  }

  for (const column of plan.columns) {
    const sheetColumn = ws.getColumn(column.column + 1);
    if (!sheetColumn.width) sheetColumn.width = Math.max(14, Math.min(40, column.header.length + 2));
  }

  let extendedTable: string | undefined;
  if (table && joining.size > 0) {
    const columns = [...joining]
      .sort((a, b) => a - b)
      .map((col) => {
        const pc = plan.columns.find((c) => c.column === col);
        return { name: pc?.header ?? "", sum: pc?.role !== "budget-line" };
      });
    extendTable(ws, table.name, columns);
    extendedTable = table.name;
  }
  return { cellsWritten, extendedTable };
}

/**
 * The audit sheet: one block per action, label in column A (bold) and value in column B, a
 * blank row between blocks; a later action on the same workbook appends its block below.
 */
export function writeAuditSheet(wb: ExcelJS.Workbook, audit: AuditRecord, title: string): ExcelJS.Worksheet {
  let ws = wb.getWorksheet(AUDIT_SHEET);
  if (!ws) {
    ws = wb.addWorksheet(AUDIT_SHEET);
    ws.getColumn(1).width = 34;
    ws.getColumn(2).width = 70;
  }
  let row = ws.actualRowCount === 0 ? 1 : lastUsedRow(ws) + 2;
  const titleCell = ws.getRow(row).getCell(1);
  titleCell.value = title;
  restyle(titleCell, (s) => {
    s.font = { bold: true, size: 12 };
  });
  row++;
  for (const entry of audit.entries) {
    const r = ws.getRow(row++);
    const label = r.getCell(1);
    label.value = entry.label;
    bold(label);
    const value = r.getCell(2);
    value.value = entry.value;
    restyle(value, (s) => {
      s.alignment = { wrapText: true, vertical: "top" };
    });
  }
  return ws;
}

function lastUsedRow(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (_row, n) => {
    last = n;
  });
  return last;
}

/**
 * Deflate level for the copies we write (packed by node:zlib, see xlsx-zip.ts): a file about a
 * quarter larger than at the default level 6, for less work; Excel recompresses when the user saves.
 */
export const ZIP_LEVEL = 1;

/**
 * Writes the workbook to a temporary file beside `outPath` and renames it into place, so a
 * reader never sees half a file and a failed write leaves nothing behind. exceljs renders every
 * part; node:zlib packs them (xlsx-zip.ts).
 */
export async function saveWorkbook(wb: ExcelJS.Workbook, outPath: string): Promise<void> {
  const dir = path.dirname(outPath);
  const tmp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeXlsxFile(wb, tmp, ZIP_LEVEL);
    await fs.rename(tmp, outPath);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
