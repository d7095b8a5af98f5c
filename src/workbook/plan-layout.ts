// The machinery planApply and planScenario share: which columns a plan writes (reusing one with
// the same header), where the totals row goes, and how the rectangle, the "Totaal" label and
// the conflicts are assembled. Pure.
import { rectToA1, rectsIntersect, toA1 } from "./address";
import { cellAt, cellOccupied, cellText, headerRowEnd, isBlank } from "./cells";
import { normalizeHeader } from "./headers";
import { planTableJoin } from "./host-rules";
import type { Lang } from "./messages";
import type { DetectedTable, Grid, PlannedCell, PlannedColumn, WritePlan } from "./types";

export const SKIP: PlannedCell = Object.freeze({ kind: "skip" }) as PlannedCell;

/** A column a plan wants, before it has a place. */
export interface ColumnSpec {
  header: string;
  role: PlannedColumn["role"];
  componentId?: string;
  /** Another header (normalised) under which this column may already be there, to reuse and retitle. */
  sameAs?: (key: string) => boolean;
}

/** The header row as the plans see it: normalised header -> first column holding it. */
export interface HeaderIndex {
  byKey: Map<string, number>;
  /** The rightmost column with a non-blank header (grid.left - 1 when there is none). */
  lastHeaderColumn: number;
}

export function headerIndex(grid: Grid, table: DetectedTable): HeaderIndex {
  const byKey = new Map<string, number>();
  let lastHeaderColumn = grid.left - 1;
  const right = Math.max(headerRowEnd(grid, table.headerRow), table.lastColumn);
  for (let c = grid.left; c <= right; c++) {
    const v = cellAt(grid, table.headerRow, c);
    if (isBlank(v)) continue;
    lastHeaderColumn = c;
    const key = normalizeHeader(cellText(v));
    if (!byKey.has(key)) byKey.set(key, c);
  }
  return { byKey, lastHeaderColumn };
}

/**
 * A place for every spec: the column whose header is already in the header row (existing:
 * true), else one whose header the spec accepts as its own (existing and retitled), else the
 * next free column from `firstFree` on, in spec order.
 */
export function placeColumns(specs: readonly ColumnSpec[], index: HeaderIndex, firstFree: number): PlannedColumn[] {
  const claimed = new Set<number>();
  const columns: PlannedColumn[] = specs.map((s) => {
    const pc: PlannedColumn = { column: -1, header: s.header, role: s.role, existing: false };
    if (s.componentId !== undefined) pc.componentId = s.componentId;
    const at = index.byKey.get(normalizeHeader(s.header));
    if (at !== undefined && !claimed.has(at)) {
      pc.column = at;
      pc.existing = true;
      claimed.add(at);
    }
    return pc;
  });
  specs.forEach((s, k) => {
    const pc = columns[k];
    if (pc.existing || !s.sameAs) return;
    for (const [key, at] of index.byKey) {
      if (!claimed.has(at) && s.sameAs(key)) {
        pc.column = at;
        pc.existing = true;
        pc.retitled = true;
        claimed.add(at);
        return;
      }
    }
  });
  let next = firstFree;
  for (const pc of columns) {
    if (pc.existing) continue;
    while (claimed.has(next)) next++;
    pc.column = next;
    claimed.add(next);
    next++;
  }
  return columns;
}

/**
 * The totals row: an existing one (table.totalsRow), else the row below an Excel table, else
 * the first empty row below the data (so a "Bron:" note under the data is not written over).
 */
export function totalsRowFor(grid: Grid, table: DetectedTable, columns: readonly number[]): number {
  if (table.totalsRow !== undefined) return table.totalsRow;
  const start = table.table ? table.table.rect.bottom + 1 : table.lastRow + 1;
  if (table.table) return start;
  const check = [table.nameColumn, ...columns];
  if (table.populationColumn !== undefined) check.push(table.populationColumn);
  if (table.codeColumn !== undefined) check.push(table.codeColumn);
  for (let r = start; r < start + 50; r++) {
    if (check.every((c) => isBlank(cellAt(grid, r, c)))) return r;
  }
  return start;
}

/** What one planned column holds on the charged rows and in the totals row. */
export type ColumnFill =
  /** Amount texts in table.rows order, written as number cells with one format. */
  | { kind: "amounts"; texts: readonly string[]; format: string; totals: PlannedCell }
  /** The same cell on every charged row (a budget line, or skip); the totals cell stays skip. */
  | { kind: "shared"; cell: PlannedCell }
  /** A cell per charged row (formula mode); `index` is the row's index in table.rows. */
  | { kind: "cells"; cellOf: (index: number) => PlannedCell; totals: PlannedCell };

/** The rectangle, the "Totaal" label and the conflicts of a plan whose columns are placed. */
export function assemblePlan(args: {
  grid: Grid;
  table: DetectedTable;
  columns: PlannedColumn[];
  fills: readonly ColumnFill[];
  totalsRow: number;
  lang: Lang;
}): Omit<WritePlan, "audit"> {
  const { grid, table, columns, fills, totalsRow, lang } = args;
  const colNumbers = columns.map((c) => c.column);
  const left = Math.min(...colNumbers);
  const width = Math.max(...colNumbers) - left + 1;
  const top = table.headerRow;
  const height = totalsRow - top + 1;

  // What each slot of the rectangle holds on a charged row.
  const slotTexts: (readonly string[] | undefined)[] = new Array(width).fill(undefined);
  const slotFormat: string[] = new Array(width).fill("");
  const slotCellOf: (((index: number) => PlannedCell) | undefined)[] = new Array(width).fill(undefined);
  const slotCell: PlannedCell[] = new Array(width).fill(SKIP);
  const header: PlannedCell[] = new Array(width).fill(SKIP);
  const totals: PlannedCell[] = new Array(width).fill(SKIP);
  for (let k = 0; k < columns.length; k++) {
    const pc = columns[k];
    const fill = fills[k];
    const ci = pc.column - left;
    if (!pc.existing || pc.retitled) header[ci] = { kind: "text", value: pc.header };
    if (fill.kind === "shared") {
      slotCell[ci] = fill.cell;
      continue;
    }
    if (fill.kind === "amounts") {
      slotTexts[ci] = fill.texts;
      slotFormat[ci] = fill.format;
    } else {
      slotCellOf[ci] = fill.cellOf;
    }
    totals[ci] = fill.totals;
  }

  // Row by row (young objects together; much faster than filling column by column).
  const rows = table.rows;
  const indexOfRow = new Int32Array(height).fill(-1);
  for (let i = 0; i < rows.length; i++) indexOfRow[rows[i].row - top] = i;
  const cells: PlannedCell[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    if (r === 0) {
      cells[r] = header;
      continue;
    }
    if (r === height - 1) {
      cells[r] = totals;
      continue;
    }
    const i = indexOfRow[r];
    if (i < 0) {
      cells[r] = new Array<PlannedCell>(width).fill(SKIP);
      continue;
    }
    const row: PlannedCell[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const texts = slotTexts[c];
      if (texts !== undefined) {
        row[c] = { kind: "number", value: texts[i], format: slotFormat[c] };
        continue;
      }
      const cellOf = slotCellOf[c];
      row[c] = cellOf !== undefined ? cellOf(i) : slotCell[c];
    }
    cells[r] = row;
  }

  // The "Totaal" label, only in an empty name cell.
  const extraCells: { row: number; col: number; cell: PlannedCell }[] = [];
  if (!cellOccupied(grid, totalsRow, table.nameColumn)) {
    extraCells.push({ row: totalsRow, col: table.nameColumn, cell: { kind: "text", value: lang === "nl" ? "Totaal" : "Total" } });
  }

  const plan: Omit<WritePlan, "audit"> = {
    sheet: table.sheet,
    top,
    left,
    cells,
    columns,
    totalsRow,
    conflicts: conflictsOf(grid, cells, top, left, colNumbers, totalsRow),
  };
  if (extraCells.length > 0) plan.extraCells = extraCells;
  const join = planTableJoin(table, columns, top, totalsRow);
  if (join) plan.tableJoin = join;
  return plan;
}

/** Every planned cell that already holds a value or a formula (A1), and merges in the target columns. */
function conflictsOf(grid: Grid, cells: PlannedCell[][], top: number, left: number, colNumbers: number[], totalsRow: number): string[] {
  const conflicts: string[] = [];
  const values = grid.values;
  const formulas = grid.formulas;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    const vr = values[top + r - grid.top];
    const fr = formulas ? formulas[top + r - grid.top] : undefined;
    if (!vr && !fr) continue;
    for (let c = 0; c < row.length; c++) {
      if (row[c].kind === "skip") continue;
      const gc = left + c - grid.left;
      const v = vr ? vr[gc] : undefined;
      const f = fr ? fr[gc] : undefined;
      if ((v !== null && v !== undefined && v !== "") || (typeof f === "string" && f !== "")) {
        conflicts.push(toA1(top + r, left + c));
      }
    }
  }
  for (const m of grid.merges ?? []) {
    for (const col of colNumbers) {
      if (rectsIntersect(m, { top, bottom: totalsRow, left: col, right: col })) {
        conflicts.push(rectToA1(m));
        break;
      }
    }
  }
  return conflicts;
}
