/// <reference types="office-js" />
// The audit sheet "Verantwoording": a header row of labels (row 1), then one row per action,
// every value written as text. Labels are matched by text; a label the header lacks gets a new
// column at the right, so rows in Dutch and in English, or with and without optional entries,
// never overwrite one another.
import type { AuditRecord } from "../workbook/types";

export const AUDIT_SHEET = "Verantwoording";

/** What the apply's read batch learned about the audit sheet. */
export interface AuditSheetInfo {
  exists: boolean;
  /** Last used row and column (values or formats), when anything is used. */
  usedBottom?: number;
  usedRight?: number;
  /** The texts in row 1, by column. */
  header: { col: number; label: string }[];
}

export interface AuditWrite {
  /** Create the sheet first. */
  create: boolean;
  /** 0-based row of the action's values. */
  row: number;
  /** Header cells to write (row 0). */
  header: { col: number; label: string }[];
  values: { col: number; value: string }[];
}

export function planAuditRow(info: AuditSheetInfo, audit: AuditRecord): AuditWrite {
  if (!info.exists || info.usedBottom === undefined) {
    return {
      create: !info.exists,
      row: 1,
      header: audit.entries.map((e, col) => ({ col, label: e.label })),
      values: audit.entries.map((e, col) => ({ col, value: e.value })),
    };
  }
  const taken = new Set<number>();
  const header: AuditWrite["header"] = [];
  const values: AuditWrite["values"] = [];
  let next = Math.max(info.usedRight ?? -1, ...info.header.map((h) => h.col)) + 1;
  for (const e of audit.entries) {
    const found = info.header.find((h) => h.label === e.label && !taken.has(h.col));
    let col: number;
    if (found) col = found.col;
    else {
      col = next++;
      header.push({ col, label: e.label });
    }
    taken.add(col);
    values.push({ col, value: e.value });
  }
  return { create: false, row: info.usedBottom + 1, header, values };
}

/** Writes texts in one row as text (format "@" first), leaving the cells in between alone. */
function queueTextRow(sheet: Excel.Worksheet, row: number, cells: { col: number; text: string }[]): void {
  if (cells.length === 0) return;
  const left = Math.min(...cells.map((c) => c.col));
  const right = Math.max(...cells.map((c) => c.col));
  const formats: (string | null)[] = new Array(right - left + 1).fill(null);
  const texts: (string | null)[] = new Array(right - left + 1).fill(null);
  for (const c of cells) {
    formats[c.col - left] = "@";
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
