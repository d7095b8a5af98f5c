// Blocks a plan writes on other sheets (formula mode: the rates block on `Tarieven`), in the
// in-memory workbook: checked, written and undone with the plan's own action, as the Office host
// does. A sheet the action created is removed again by undo when nothing else is on it.
import type { CellSnapshot } from "../host";
import { toA1 } from "../workbook";
import type { PlannedCell, SheetBlock } from "../workbook/types";
import { copyCell, occupied, plannedToCell, sameSnapshot, snapshotOf, type MemoryCell } from "./memory-cells";
import type { MemoryWorkbook } from "./memory-host";

export interface KeptSideBlock {
  sheet: string;
  created: boolean;
  cells: { row: number; col: number; before: MemoryCell | undefined; after: CellSnapshot }[];
}

function targets(block: SheetBlock): { row: number; col: number; cell: PlannedCell }[] {
  const out: { row: number; col: number; cell: PlannedCell }[] = [];
  block.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell.kind !== "skip") out.push({ row: block.top + r, col: block.left + c, cell });
    }),
  );
  return out;
}

/** Target cells on other sheets that hold something ("Tarieven!A3"). */
export function sideConflicts(book: MemoryWorkbook, blocks: readonly SheetBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const sheet = book.sheet(b.sheet);
    if (!sheet) continue;
    for (const t of targets(b)) if (occupied(sheet.get(t.row, t.col))) out.push(`${b.sheet}!${toA1(t.row, t.col)}`);
  }
  return out;
}

/** The first protected sheet among the blocks' sheets. */
export function protectedSideSheet(book: MemoryWorkbook, blocks: readonly SheetBlock[]): string | undefined {
  return blocks.map((b) => book.sheet(b.sheet)).find((s) => s?.isProtected)?.name;
}

export function writeSideBlocks(book: MemoryWorkbook, blocks: readonly SheetBlock[]): KeptSideBlock[] {
  return blocks.map((b) => {
    const existing = book.sheet(b.sheet);
    const sheet = existing ?? book.addSheet(b.sheet);
    const cells = targets(b).map((t) => {
      const old = sheet.get(t.row, t.col);
      sheet.put(t.row, t.col, plannedToCell(t.cell, old));
      return { row: t.row, col: t.col, before: old ? copyCell(old) : undefined, after: snapshotOf(t.row, t.col, sheet.get(t.row, t.col)) };
    });
    return { sheet: sheet.name, created: !existing, cells };
  });
}

/** Cells the user changed since the action wrote them ("Tarieven!C3"). */
export function sideEditedSince(book: MemoryWorkbook, kept: readonly KeptSideBlock[]): string[] {
  const out: string[] = [];
  for (const k of kept) {
    const sheet = book.sheet(k.sheet);
    for (const c of k.cells) {
      if (!sheet || !sameSnapshot(snapshotOf(c.row, c.col, sheet.get(c.row, c.col)), c.after)) out.push(`${k.sheet}!${toA1(c.row, c.col)}`);
    }
  }
  return out;
}

export function restoreSideBlocks(book: MemoryWorkbook, kept: readonly KeptSideBlock[]): void {
  for (const k of kept) {
    const sheet = book.sheet(k.sheet);
    if (!sheet) continue;
    for (const c of k.cells) sheet.put(c.row, c.col, c.before);
    if (k.created && sheet.usedRect() === undefined) book.removeSheet(k.sheet);
  }
}
