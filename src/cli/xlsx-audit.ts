// The audit sheet (Verantwoording) in a workbook of the file host: the one layout of both hosts
// (src/workbook/audit-layout.ts: row 1 holds the labels, then one row per action, every cell
// text). This reads what the sheet holds, asks planAuditRow where the action's row goes, and
// writes it; a later apply on the same workbook adds its row below.
import { AUDIT_SHEET, planAuditRow, type AuditSheetInfo } from "../workbook";
import type { AuditRecord, PlannedCell } from "../workbook/types";
import type { ReadSheet, SheetInfo, XlsxBook } from "./xlsx/book";
import type { CellWrite } from "./xlsx/sheet-patch";
import { fittedWidths, plannedWrite } from "./xlsx-cells";

/** The audit sheet of a workbook: the worksheet of that name, in any case (Excel's sheet names ignore case). */
export function auditSheetOf(book: XlsxBook): SheetInfo | undefined {
  return book.sheets.find((s) => s.kind === "worksheet" && s.name.toLowerCase() === AUDIT_SHEET.toLowerCase());
}

/** What planAuditRow needs of the sheet: its used extent (every cell the part holds, values or formats) and row 1's texts. */
export function auditSheetInfo(sheet: ReadSheet | undefined): AuditSheetInfo {
  if (!sheet) return { exists: false, header: [] };
  const info: AuditSheetInfo = { exists: true, header: [] };
  const { rows, cells } = sheet.layout;
  for (let r = 0; r < rows.num.length; r++) {
    const count = rows.cellCount[r];
    if (count === 0) continue;
    info.usedBottom = Math.max(info.usedBottom ?? -1, rows.num[r]);
    info.usedRight = Math.max(info.usedRight ?? -1, cells.col[rows.firstCell[r] + count - 1]);
  }
  (sheet.values[0] ?? []).forEach((v, col) => {
    if (v !== null && v !== "") info.header.push({ col, label: String(v) });
  });
  return info;
}

/** Writes the action's audit row (and the header cells it adds), creating the sheet when there is none. */
export function writeAuditRow(book: XlsxBook, audit: AuditRecord): void {
  const found = auditSheetOf(book);
  const sheet = found ? book.readSheet(found) : undefined;
  const write = planAuditRow(auditSheetInfo(sheet), audit);
  const texts: { row: number; col: number; cell: PlannedCell & { kind: "text" } }[] = [
    ...write.header.map((h) => ({ row: 0, col: h.col, cell: { kind: "text" as const, value: h.label } })),
    ...write.values.map((v) => ({ row: write.row, col: v.col, cell: { kind: "text" as const, value: v.value } })),
  ];
  const cells: CellWrite[] = texts.map((t) => plannedWrite(t.row, t.col, t.cell));
  const patch = { cells, widths: fittedWidths(texts) };
  if (sheet) book.patchSheet(sheet, patch);
  else book.addSheet(freeName(book), patch);
}

/** AUDIT_SHEET, or "Verantwoording (2)", … when a sheet that is no worksheet (a chart sheet) has the name. */
function freeName(book: XlsxBook): string {
  const taken = (name: string): boolean => book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  let name: string = AUDIT_SHEET;
  for (let n = 2; taken(name); n++) name = `${AUDIT_SHEET} (${n})`;
  return name;
}
