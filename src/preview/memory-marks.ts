// Marking cells (a fill colour) in the in-memory workbook and unmarking them exactly, and
// writing a report on a new sheet: what the controller's flow asks of a host.
import type { FillSnapshot, MarkRecord } from "../host";
import { fromA1 } from "../workbook";
import type { PlannedCell } from "../workbook/types";
import { plannedToCell } from "./memory-cells";
import type { MemoryWorkbook } from "./memory-host";

/** Excel's "bad" fill (light red), as the Office host uses. */
export const MARK_COLOR = "#FFC7CE";

export function markCells(book: MemoryWorkbook, sheetName: string, cells: readonly string[]): MarkRecord {
  const sheet = book.sheet(sheetName);
  if (!sheet) throw new Error(`Het werkblad ${sheetName} bestaat niet (meer). / Sheet ${sheetName} does not exist.`);
  if (sheet.isProtected) {
    throw new Error(`Het werkblad ${sheetName} is beveiligd: er is niets gemarkeerd. / Sheet ${sheetName} is protected: nothing was marked.`);
  }
  const before: FillSnapshot[] = [];
  for (const address of cells) {
    const { row, col } = fromA1(address);
    const old = sheet.get(row, col);
    before.push(
      old?.fill !== undefined
        ? { cell: address, pattern: "Solid", color: old.fill, patternColor: "#000000", tintAndShade: 0 }
        : { cell: address, pattern: "None", color: "#FFFFFF", patternColor: "#000000", tintAndShade: 0 },
    );
  }
  for (const address of cells) {
    const { row, col } = fromA1(address);
    const old = sheet.get(row, col);
    sheet.put(row, col, { ...(old ?? { value: null }), fill: MARK_COLOR });
  }
  book.changed();
  return { sheet: sheetName, markColor: MARK_COLOR, before };
}

export function unmarkCells(book: MemoryWorkbook, record: MarkRecord): void {
  const sheet = book.sheet(record.sheet);
  if (!sheet) throw new Error(`Het werkblad ${record.sheet} bestaat niet (meer). / Sheet ${record.sheet} does not exist.`);
  if (sheet.isProtected) {
    throw new Error(`Het werkblad ${record.sheet} is beveiligd: er is niets hersteld. / Sheet ${record.sheet} is protected: nothing was restored.`);
  }
  for (const f of record.before) {
    const { row, col } = fromA1(f.cell);
    const cell = { ...(sheet.get(row, col) ?? { value: null }) };
    // A fill the user changed since marking is theirs now: left alone, as the Office host does.
    if (cell.fill !== record.markColor) continue;
    if (f.pattern === "None") delete cell.fill;
    else cell.fill = f.color;
    sheet.put(row, col, cell);
  }
  book.changed();
}

/** A new sheet `base`, or `base (2)`, … when taken (case-insensitive); never an existing one. */
export function freeSheetName(book: MemoryWorkbook, base: string): string {
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`.toLowerCase())) return `${base} (${n})`;
}

export function writeReportSheet(book: MemoryWorkbook, base: string, cells: readonly PlannedCell[][]): { sheet: string } {
  const name = freeSheetName(book, base);
  const sheet = book.addSheet(name);
  cells.forEach((line, r) => line.forEach((p, c) => sheet.put(r, c, plannedToCell(p, undefined))));
  book.activate(name);
  book.changed();
  return { sheet: name };
}
