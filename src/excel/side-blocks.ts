/// <reference types="office-js" />
// Blocks a plan writes on other sheets (WritePlan.otherBlocks; formula mode: the rates block on
// `Tarieven` that the amounts' formulas refer to). They ride along in the apply's and the undo's
// own batches, so they add no sync:
//   apply: discover (does the sheet exist?) → check + snapshot (protection, the cells, conflicts)
//          → first write block (create missing sheets, write the blocks, then the main rectangle,
//          so the formulas find their sheet) → read back;
//   undo:  read (protection, the cells, what else is on a sheet the apply created) → finish
//          (delete a created sheet that holds nothing else, else put every cell back).
// The blocks are small (a table of rates): each is read and written in one piece, not in row blocks.
import { toA1 } from "../workbook/address";
import type { CellRect, PlannedCell, SheetBlock } from "../workbook/types";
import { CELL_PROPS, isEmptySnapshot, plannedWrite, sameSnapshot, snapshotOf, type CellArrays } from "./cell-state";
import type { CellSnapshot, UndoRecord } from "../host";
import { rectOf } from "./read-input";
import { queueWrites, restoreWrites, type RectWrites } from "./row-blocks";

export type OtherArea = NonNullable<UndoRecord["otherAreas"]>[number];

const DIMS = "rowIndex,columnIndex,rowCount,columnCount";

function arraysOf(r: Excel.Range): CellArrays {
  return { values: r.values, valueTypes: r.valueTypes as string[][], formulas: r.formulas, numberFormat: r.numberFormat };
}

function rangeOf(sheet: Excel.Worksheet, r: CellRect): Excel.Range {
  return sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

/** "Tarieven!C3": how the pane lists a cell on another sheet. */
export function sideAddress(sheet: string, row: number, col: number): string {
  return `${sheet}!${toA1(row, col)}`;
}

interface Block {
  sheet: string;
  rect: CellRect;
  cells: PlannedCell[][];
}

/** The other sheets of a plan, as discovered in the apply's first batch. */
export interface SidePlan {
  blocks: Block[];
  /** By lower-case name: the null-object lookup queued in the discover batch. */
  sheets: Map<string, Excel.Worksheet>;
}

/** What the check batch learned: refuse, or go on with these snapshots. */
export interface SideChecks {
  protectedSheet?: string;
  conflicts: string[];
  /** One per block, `after` still empty. */
  areas: OtherArea[];
  /** The cells as they are, per block (rows × columns). */
  before: CellSnapshot[][][];
}

function each(block: Block, f: (p: PlannedCell, row: number, col: number, r: number, c: number) => void): void {
  block.cells.forEach((line, r) =>
    line.forEach((p, c) => {
      if (p && p.kind !== "skip") f(p, block.rect.top + r, block.rect.left + c, r, c);
    }),
  );
}

/** Discover batch: looks up every sheet the blocks name (queued; known after the sync). */
export function discoverSides(context: Excel.RequestContext, blocks: SheetBlock[] | undefined, forbidden: string[]): SidePlan {
  const plan: SidePlan = { blocks: [], sheets: new Map() };
  for (const b of blocks ?? []) {
    const width = b.cells.reduce((m, r) => Math.max(m, r.length), 0);
    if (b.cells.length === 0 || width === 0) continue;
    if (forbidden.some((f) => f.toLowerCase() === b.sheet.toLowerCase())) {
      throw new Error(`apply: a block on another sheet may not be on ${b.sheet} (the plan's own sheet or the audit sheet)`);
    }
    plan.blocks.push({ sheet: b.sheet, rect: { top: b.top, left: b.left, bottom: b.top + b.cells.length - 1, right: b.left + width - 1 }, cells: b.cells });
    const key = b.sheet.toLowerCase();
    if (!plan.sheets.has(key)) plan.sheets.set(key, context.workbook.worksheets.getItemOrNullObject(b.sheet).load("name"));
  }
  return plan;
}

function existing(plan: SidePlan, sheet: string): Excel.Worksheet | undefined {
  const ws = plan.sheets.get(sheet.toLowerCase());
  return ws && !ws.isNullObject ? ws : undefined;
}

/** Check batch (after the discover sync): protection and the cells of every block on a sheet that exists. */
export function queueSideChecks(plan: SidePlan): () => SideChecks {
  const protections = new Map<string, Excel.WorksheetProtection>();
  for (const [key, ws] of plan.sheets) if (!ws.isNullObject) protections.set(key, ws.protection.load("protected"));
  const loads = plan.blocks.map((b) => {
    const ws = existing(plan, b.sheet);
    return ws ? rangeOf(ws, b.rect).load(CELL_PROPS) : undefined;
  });
  return () => {
    const out: SideChecks = { conflicts: [], areas: [], before: [] };
    for (const [key, p] of protections) {
      if (p.protected && out.protectedSheet === undefined) out.protectedSheet = (plan.sheets.get(key) as Excel.Worksheet).name;
    }
    plan.blocks.forEach((b, i) => {
      const ws = existing(plan, b.sheet);
      const name = ws ? ws.name : b.sheet;
      const range = loads[i];
      const arrays = range ? arraysOf(range) : undefined;
      const rows: CellSnapshot[][] = [];
      for (let r = 0; r <= b.rect.bottom - b.rect.top; r++) {
        const line: CellSnapshot[] = [];
        for (let c = 0; c <= b.rect.right - b.rect.left; c++) {
          const row = b.rect.top + r;
          const col = b.rect.left + c;
          line.push(arrays ? snapshotOf(arrays, r, c, row, col) : { row, col, formula: "", numberFormat: "General" });
        }
        rows.push(line);
      }
      const before: CellSnapshot[] = [];
      each(b, (_p, row, col, r, c) => {
        before.push(rows[r][c]);
        if (!isEmptySnapshot(rows[r][c])) out.conflicts.push(sideAddress(name, row, col));
      });
      out.before.push(rows);
      out.areas.push({ sheet: name, rect: { ...b.rect }, before, after: [], sheetCreated: !ws });
    });
    return out;
  };
}

/** Number of cells the blocks write. */
export function sideCellCount(plan: SidePlan): number {
  let n = 0;
  for (const b of plan.blocks) each(b, () => n++);
  return n;
}

/**
 * First write batch, before the main rectangle: creates the missing sheets (their block columns
 * fitted to the contents) and writes every block.
 */
export function queueSideWrites(context: Excel.RequestContext, plan: SidePlan, checks: SideChecks): void {
  const created = new Map<string, Excel.Worksheet>();
  plan.blocks.forEach((b, i) => {
    let ws = existing(plan, b.sheet);
    const isNew = !ws;
    if (!ws) {
      const key = b.sheet.toLowerCase();
      ws = created.get(key) ?? context.workbook.worksheets.add(b.sheet);
      created.set(key, ws);
    }
    const before = checks.before[i];
    const writes: RectWrites = {
      top: b.rect.top,
      left: b.rect.left,
      cells: b.cells.map((line, r) => line.map((p, c) => plannedWrite(p, before[r][c].numberFormat, sideAddress(b.sheet, b.rect.top + r, b.rect.left + c)))),
    };
    queueWrites(ws, writes, 0, writes.cells.length);
    if (isNew) rangeOf(ws, b.rect).format.autofitColumns();
  });
}

/** Read-back batch: the blocks as the action left them (completes `areas[i].after`). */
export function queueSideReadBack(context: Excel.RequestContext, plan: SidePlan, areas: OtherArea[]): () => void {
  const loads = plan.blocks.map((b, i) => rangeOf(context.workbook.worksheets.getItem(areas[i].sheet), b.rect).load(CELL_PROPS));
  return () => {
    plan.blocks.forEach((b, i) => {
      const arrays = arraysOf(loads[i]);
      const after: CellSnapshot[] = [];
      each(b, (_p, row, col, r, c) => after.push(snapshotOf(arrays, r, c, row, col)));
      areas[i].after = after;
    });
  };
}

// ---- undo ----

/** What the undo's read batch learned about the other sheets. */
export interface SideUndo {
  edited: string[];
  protectedSheet?: string;
  /** Lower-case names of created sheets that hold nothing but the action's blocks: deleted. */
  remove: Set<string>;
  /** Areas whose cells are put back. */
  restore: OtherArea[];
}

/** Whether every cell of `r` lies in one of `areas`. */
function covered(r: CellRect, areas: CellRect[]): boolean {
  if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 1_000_000) return false;
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      if (!areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right)) return false;
    }
  }
  return true;
}

/**
 * Undo read batch: the areas' cells, protection, and the used range (formats too) of each sheet
 * the action created. `names`: the lower-case names of the sheets that exist now. A sheet that
 * existed before the action and is gone now counts as edited (its cells cannot be put back);
 * a created sheet that is gone needs nothing.
 */
export function queueSideUndoRead(context: Excel.RequestContext, areas: OtherArea[], names: Set<string>): () => SideUndo {
  const sheets = new Map<string, { ws: Excel.Worksheet; protection: Excel.WorksheetProtection; used?: Excel.Range }>();
  const loads = areas.map((a) => {
    const key = a.sheet.toLowerCase();
    if (!names.has(key)) return undefined;
    let s = sheets.get(key);
    if (!s) {
      const ws = context.workbook.worksheets.getItem(a.sheet);
      s = { ws, protection: ws.protection.load("protected") };
      sheets.set(key, s);
    }
    if (a.sheetCreated && !s.used) s.used = s.ws.getUsedRangeOrNullObject(false).load(DIMS);
    return rangeOf(s.ws, a.rect).load(CELL_PROPS);
  });
  return () => {
    const out: SideUndo = { edited: [], remove: new Set(), restore: [] };
    for (const [key, s] of sheets) {
      if (s.protection.protected && out.protectedSheet === undefined) out.protectedSheet = areas.find((a) => a.sheet.toLowerCase() === key)?.sheet;
    }
    areas.forEach((a, i) => {
      const range = loads[i];
      if (!range) {
        if (!a.sheetCreated) for (const s of a.after) out.edited.push(sideAddress(a.sheet, s.row, s.col));
        return;
      }
      const arrays = arraysOf(range);
      for (const s of a.after) {
        if (!sameSnapshot(snapshotOf(arrays, s.row - a.rect.top, s.col - a.rect.left, s.row, s.col), s)) out.edited.push(sideAddress(a.sheet, s.row, s.col));
      }
    });
    for (const [key, s] of sheets) {
      if (!s.used) continue;
      const mine = areas.filter((a) => a.sheet.toLowerCase() === key).map((a) => a.rect);
      if (s.used.isNullObject || covered(rectOf(s.used), mine)) out.remove.add(key);
    }
    areas.forEach((a, i) => {
      if (loads[i] && !out.remove.has(a.sheet.toLowerCase())) out.restore.push(a);
    });
    return out;
  };
}

/** Undo finish batch: deletes the created sheets that hold nothing else, puts every other cell back. */
export function queueSideRestore(context: Excel.RequestContext, state: SideUndo, areas: OtherArea[]): void {
  const deleted = new Set<string>();
  for (const a of areas) {
    const key = a.sheet.toLowerCase();
    if (state.remove.has(key) && !deleted.has(key)) {
      context.workbook.worksheets.getItem(a.sheet).delete();
      deleted.add(key);
    }
  }
  for (const a of state.restore) {
    const w = restoreWrites(a.rect, a.before);
    queueWrites(context.workbook.worksheets.getItem(a.sheet), w, 0, w.cells.length);
  }
}
