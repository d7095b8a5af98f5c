/// <reference types="office-js" />
// The audit sheet "Verantwoording" in Excel: the row the workbook layer places
// (src/workbook/audit-layout.ts: header row of labels, one row per action), written as text.
import { AUDIT_SHEET, TEXT_FORMAT, type AuditWrite } from "../workbook";

/** Writes texts in one row as text (format "@" first), leaving the cells in between alone. */
function queueTextRow(sheet: Excel.Worksheet, row: number, cells: { col: number; text: string }[]): void {
  if (cells.length === 0) return;
  const left = Math.min(...cells.map((c) => c.col));
  const right = Math.max(...cells.map((c) => c.col));
  const formats: (string | null)[] = new Array(right - left + 1).fill(null);
  const texts: (string | null)[] = new Array(right - left + 1).fill(null);
  for (const c of cells) {
    formats[c.col - left] = TEXT_FORMAT;
    texts[c.col - left] = c.text;
  }
  const range = sheet.getRangeByIndexes(row, left, 1, right - left + 1);
  range.numberFormat = [formats] as string[][];
  range.values = [texts] as string[][];
}

/** Queues the audit row (and the sheet, and new header cells); returns the sheet object. */
export function queueAuditWrite(context: Excel.RequestContext, write: AuditWrite): Excel.Worksheet {
  const sheet = write.create ? context.workbook.worksheets.add(AUDIT_SHEET) : context.workbook.worksheets.getItem(AUDIT_SHEET);
  queueTextRow(
    sheet,
    0,
    write.header.map((h) => ({ col: h.col, text: h.label })),
  );
  queueTextRow(
    sheet,
    write.row,
    write.values.map((v) => ({ col: v.col, text: v.value })),
  );
  return sheet;
}
