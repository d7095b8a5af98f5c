// Carries out a WritePlan on a workbook read by the file host, by the host rules the plan
// carries (src/workbook/host-rules.ts): the planned cells become cell writes on the data sheet,
// text cells with the text format; the new columns the plan names in `tableJoin` join their Excel
// table when they are empty within its rows, and its own totals row gets the plan's formulas;
// the audit record becomes a row on the audit sheet (xlsx-audit.ts).
import type { TableJoin } from "../workbook";
import type { AuditRecord, CellRect, PlannedCell, WritePlan } from "../workbook/types";
import type { ReadSheet, TableWidening, XlsxBook } from "./xlsx/book";
import type { CellWrite } from "./xlsx/sheet-patch";
import type { TablePart } from "./xlsx/table-part";
import { writeAuditRow } from "./xlsx-audit";
import { plannedWrite } from "./xlsx-cells";
import { tableInfo } from "./xlsx-grid";
import { encodeRange } from "./xlsx-tables";
import { EMPHASIS, newColumnWidth } from "./write-rules";

export interface CarryOutResult {
  cellsWritten: number;
  /** Name of the table that was widened, if any. */
  extendedTable?: string;
}

/** The plan's table join as this sheet allows it: its table part and area, or undefined when it does not join. */
interface Join {
  plan: TableJoin;
  part: TablePart;
  rect: CellRect;
}

function isEmptyCell(sheet: ReadSheet, row: number, col: number): boolean {
  const v = sheet.values[row]?.[col];
  return (v === null || v === undefined || v === "") && !sheet.formulas?.[row]?.[col];
}

/**
 * The host rule for joining (host-rules.ts): the plan's joining columns join the table when the
 * table is still just left of them and they are empty within the table's rows (a filled cell,
 * overwritten on an explicit yes, is never made part of the table); else they are plain cells.
 */
function joinOn(sheet: ReadSheet, plan: WritePlan): Join | undefined {
  const planned = plan.tableJoin;
  if (!planned) return undefined;
  const part = sheet.tables.find((t) => t.displayName.toLowerCase() === planned.table.toLowerCase());
  const rect = part ? tableInfo(part)?.rect : undefined;
  if (!part || !rect || rect.right + 1 !== planned.columns[0]) return undefined;
  for (const col of planned.columns) {
    for (let row = rect.top; row <= rect.bottom; row++) if (!isEmptyCell(sheet, row, col)) return undefined;
  }
  return { plan: planned, part, rect };
}

/** The cell a joined table's own totals row gets: the plan's formula (SUBTOTAL) with the plan's figure as its value. */
function withTotalsFormula(planned: PlannedCell, formula: string | undefined): PlannedCell {
  return formula && planned.kind === "number" ? { kind: "formula", formula, value: planned.value, format: planned.format } : planned;
}

export function carryOutPlan(book: XlsxBook, sheet: ReadSheet, plan: WritePlan): CarryOutResult {
  // The command never asks for formula mode's rates block; refuse rather than drop it silently.
  if (plan.otherBlocks && plan.otherBlocks.length > 0) {
    throw new Error(`carryOutPlan: blocks on other sheets (${plan.otherBlocks.map((b) => b.sheet).join(", ")}) are not supported by verdeel`);
  }
  const join = joinOn(sheet, plan);
  const totalsFormula = new Map(join ? join.plan.totals.map((t) => [t.column, t.formula]) : []);
  const lastPlanRow = plan.cells.length - 1;
  const writes: CellWrite[] = [];

  plan.cells.forEach((rowCells, r) =>
    rowCells.forEach((planned, c) => {
      if (planned.kind === "skip") return;
      const row = plan.top + r;
      const col = plan.left + c;
      const cell = withTotalsFormula(planned, row === plan.totalsRow ? totalsFormula.get(col) : undefined) as Exclude<PlannedCell, { kind: "skip" }>;
      writes.push(plannedWrite(row, col, cell, r === 0 || r === lastPlanRow ? EMPHASIS : undefined));
    }),
  );
  // Single cells beside the rectangle, e.g. "Totaal" in the name column of a new totals row.
  for (const extra of plan.extraCells ?? []) {
    if (extra.cell.kind === "skip") continue;
    writes.push(plannedWrite(extra.row, extra.col, extra.cell, extra.row === plan.totalsRow || extra.row === plan.top ? EMPHASIS : undefined));
  }

  const widenings: TableWidening[] = [];
  if (join) {
    const wider = { ...join.rect, right: join.rect.right + join.plan.columns.length };
    const header = (col: number): string => {
      const p = plan.cells[join.rect.top - plan.top]?.[col - plan.left];
      return p && p.kind === "text" ? p.value : (plan.columns.find((c) => c.column === col)?.header ?? "");
    };
    widenings.push({
      table: join.part,
      ref: encodeRange(wider),
      filterRef: encodeRange({ ...wider, bottom: wider.bottom - (join.part.totalsRows > 0 ? 1 : 0) }),
      columns: join.plan.columns.map((col) => ({ name: header(col), sum: totalsFormula.has(col) })),
    });
  }
  book.patchSheet(sheet, { cells: writes, widths: plan.columns.map((c) => ({ col: c.column, width: newColumnWidth(c) })) }, widenings);
  return { cellsWritten: writes.length, extendedTable: join?.part.displayName };
}

/** An apply on a workbook: the plan on its sheet, then its audit record on the audit sheet. */
export function applyToBook(book: XlsxBook, sheet: ReadSheet, plan: WritePlan, audit: AuditRecord): CarryOutResult {
  const result = carryOutPlan(book, sheet, plan);
  writeAuditRow(book, audit);
  return result;
}
