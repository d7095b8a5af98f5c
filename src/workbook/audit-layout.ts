// The layout of the audit sheet (Verantwoording), the same for every host: a header row of labels
// (row 1), then one row per action with its values, every cell text (TEXT_FORMAT). Labels are
// matched by text; a label the header lacks gets a new column at the right, so rows in Dutch and
// in English, or with and without optional entries, never overwrite one another. The moment of
// the action is shown in local date and time in the record's language ("4-12-2026 20:02"), as the
// Controle report says when. Pure: a host reads what the sheet holds (AuditSheetInfo), asks
// planAuditRow where this action's row goes, and writes it.
import { localDateTime } from "./text-format";
import type { AuditRecord } from "./types";

/** What a host read of the audit sheet before writing. */
export interface AuditSheetInfo {
  exists: boolean;
  /** Last used row and column (values or formats), when anything is used. */
  usedBottom?: number;
  usedRight?: number;
  /** The texts in row 1, by column. */
  header: { col: number; label: string }[];
}

/** Where one action's audit row goes, and the header cells it adds. */
export interface AuditWrite {
  /** Create the sheet first. */
  create: boolean;
  /** 0-based row of the action's values. */
  row: number;
  /** Header cells to write (row 0). */
  header: { col: number; label: string }[];
  values: { col: number; value: string }[];
}

/** An entry's value as the audit sheet shows it: the moment in local time, the rest as recorded. */
export function auditValue(entry: AuditRecord["entries"][number], lang: "nl" | "en" = "nl"): string {
  if (!entry.time) return entry.value;
  const at = new Date(entry.value);
  return Number.isNaN(at.getTime()) ? entry.value : localDateTime(at, lang);
}

export function planAuditRow(info: AuditSheetInfo, audit: AuditRecord): AuditWrite {
  const shown = (e: AuditRecord["entries"][number]): string => auditValue(e, audit.lang);
  if (!info.exists || info.usedBottom === undefined) {
    return {
      create: !info.exists,
      row: 1,
      header: audit.entries.map((e, col) => ({ col, label: e.label })),
      values: audit.entries.map((e, col) => ({ col, value: shown(e) })),
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
    values.push({ col, value: shown(e) });
  }
  return { create: false, row: info.usedBottom + 1, header, values };
}
