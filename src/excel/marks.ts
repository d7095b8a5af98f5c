/// <reference types="office-js" />
// Marking cells with a fill colour (the controller's flow: the cells whose figure differs) and
// unmarking them exactly. Read in one batch, write in one batch:
//   markCells:   1. protection + every cell's fill as it is (pattern, colour, pattern colour,
//                   tints), 2. the marks;
//   unmarkCells: 1. protection + every cell's fill now, 2. each cell that still shows the mark
//                   gets its own fill back: `fill.clear()` where there was none, else its pattern,
//                   colours and tints. A cell whose fill the user changed since is left as it is.
// Fills are read with Range.getCellProperties and written with Range.setCellProperties (both
// ExcelApi 1.9): one operation per column run of cells instead of several per cell, so a long
// list of cells costs the same two syncs (more only past the request/response limits of Excel on
// the web, in blocks, as everywhere in this host).
import { fromA1, toA1 } from "../workbook/address";
import { ExcelHostError } from "./errors";
import { missingSheetOr } from "./excel-run";
import type { FillSnapshot, MarkRecord } from "../host";
import type { HostConfig } from "./host-options";
import { inRowBlocks, readRetryable, writeRetryable } from "./row-blocks";

/** The mark: Excel's "Bad" cell style fill, a clear light red. */
export const MARK_FILL = "#FFC7CE";

const FILL_LOAD: Excel.CellPropertiesLoadOptions = {
  format: { fill: { pattern: true, color: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};

/** Two listed cells of a column at most this many rows apart are read with one range (the cells between cost little). */
const READ_GAP = 32;
/** Rough response bytes of one cell's fill properties, and request bytes of one operation. */
const FILL_CELL_BYTES = 120;
const OP_BYTES = 400;

interface Cell {
  row: number;
  col: number;
}

/** A column run: rows top..bottom of one column. */
interface Run {
  col: number;
  top: number;
  bottom: number;
}

function key(c: Cell): string {
  return `${c.row},${c.col}`;
}

/** Distinct cells, in the order given. */
function distinct(cells: Cell[]): Cell[] {
  const seen = new Map<string, Cell>();
  for (const c of cells) if (!seen.has(key(c))) seen.set(key(c), c);
  return [...seen.values()];
}

/** By column, then row: the order runs are made in. */
function byColumn(cells: Cell[]): Cell[] {
  return [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
}

/** Runs of sorted cells: contiguous rows of one column (`same` may split them further). */
function runsOf(sorted: Cell[], same: (a: Cell, b: Cell) => boolean = () => true): Run[] {
  const runs: Run[] = [];
  let prev: Cell | undefined;
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && prev && c.col === last.col && c.row === last.bottom + 1 && same(prev, c)) last.bottom = c.row;
    else runs.push({ col: c.col, top: c.row, bottom: c.row });
    prev = c;
  }
  return runs;
}

/** Runs of one column close together, read as one range (at most `maxCells` cells). */
function readGroups(runs: Run[], maxCells: number): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.col === r.col && r.top - last.bottom - 1 <= READ_GAP && r.bottom - last.top + 1 <= maxCells) last.bottom = r.bottom;
    else out.push({ ...r });
  }
  return out;
}

function height(r: Run): number {
  return r.bottom - r.top + 1;
}

/** How many items from `start` fit `budget` (at least one), at most `cap`. */
function fitting(sizes: number[], budget: number): (start: number, cap: number) => number {
  return (start, cap) => {
    let sum = 0;
    let n = 0;
    while (start + n < sizes.length && n < cap) {
      if (n > 0 && sum + sizes[start + n] > budget) break;
      sum += sizes[start + n];
      n++;
    }
    return n;
  };
}

function snapshotOf(cell: string, p: Excel.CellProperties | undefined): FillSnapshot {
  const f = p?.format?.fill ?? {};
  const out: FillSnapshot = {
    cell,
    pattern: typeof f.pattern === "string" ? f.pattern : "None",
    color: typeof f.color === "string" ? f.color : "",
    patternColor: typeof f.patternColor === "string" ? f.patternColor : "",
    tintAndShade: typeof f.tintAndShade === "number" ? f.tintAndShade : 0,
  };
  if (typeof f.patternTintAndShade === "number") out.patternTintAndShade = f.patternTintAndShade;
  return out;
}

function protectedError(sheet: string, mark: boolean): ExcelHostError {
  return new ExcelHostError("protected", (m) => (mark ? m.markProtected(sheet) : m.unmarkProtected(sheet)), { sheet });
}

/**
 * One read batch (more blocks only for very long lists): the sheet's protection and the fill of
 * every cell in `cells`, by "row,col". ItemNotFound (the sheet is gone) becomes sheet-missing.
 */
async function readFills(context: Excel.RequestContext, sheetName: string, cells: Cell[], cfg: HostConfig): Promise<{ ws: Excel.Worksheet; protected: boolean; fills: Map<string, FillSnapshot> }> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const maxCells = Math.max(1, Math.floor((cfg.readBlockCells * 40) / FILL_CELL_BYTES));
  const groups = readGroups(runsOf(byColumn(cells)), maxCells);
  const fills = new Map<string, FillSnapshot>();
  let isProtected = false;
  try {
    await inRowBlocks(
      context,
      groups.length,
      fitting(groups.map(height), maxCells),
      (start, count, first) => {
        const protection = first ? ws.protection.load("protected") : undefined;
        const results = groups.slice(start, start + count).map((g) => ({ g, props: ws.getRangeByIndexes(g.top, g.col, height(g), 1).getCellProperties(FILL_LOAD) }));
        return () => {
          if (protection) isProtected = protection.protected;
          for (const { g, props } of results) {
            props.value.forEach((line, i) => fills.set(`${g.top + i},${g.col}`, snapshotOf(toA1(g.top + i, g.col), line[0])));
          }
        };
      },
      readRetryable,
    );
  } catch (e) {
    throw missingSheetOr(e, sheetName);
  }
  return { ws, protected: isProtected, fills };
}

/** One write operation: queued by `queue`, about `bytes` of request. */
interface WriteOp {
  bytes: number;
  queue: (ws: Excel.Worksheet) => void;
}

async function writeOps(context: Excel.RequestContext, ws: Excel.Worksheet, ops: WriteOp[], cfg: HostConfig): Promise<void> {
  if (ops.length === 0) return;
  await inRowBlocks(
    context,
    ops.length,
    fitting(
      ops.map((o) => o.bytes),
      cfg.writeBlockBytes,
    ),
    (start, count) => {
      for (const op of ops.slice(start, start + count)) op.queue(ws);
      return () => undefined;
    },
    writeRetryable,
  );
}

function rangeOf(ws: Excel.Worksheet, r: Run): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.col, height(r), 1);
}

const MARK_PROPS: Excel.SettableCellProperties = { format: { fill: { pattern: "Solid", color: MARK_FILL, tintAndShade: 0 } } };

export async function markCells(sheetName: string, addresses: string[], cfg: HostConfig): Promise<MarkRecord> {
  const cells = distinct(addresses.map(fromA1));
  if (cells.length === 0) return { sheet: sheetName, markColor: MARK_FILL, before: [] };
  return Excel.run(async (context) => {
    const read = await readFills(context, sheetName, cells, cfg);
    if (read.protected) throw protectedError(sheetName, true);
    const before = cells.map((c) => read.fills.get(key(c)) as FillSnapshot);
    const ops: WriteOp[] = runsOf(byColumn(cells)).map((r) => ({
      bytes: OP_BYTES + 60 * height(r),
      queue: (ws) => rangeOf(ws, r).setCellProperties(new Array(height(r)).fill([MARK_PROPS])),
    }));
    await writeOps(context, read.ws, ops, cfg);
    return { sheet: sheetName, markColor: MARK_FILL, before };
  });
}

/** A fill as setCellProperties takes it: only what Excel reported. */
function restoreProps(f: FillSnapshot): Excel.SettableCellProperties {
  const fill: Excel.CellPropertiesFill = { pattern: f.pattern as Excel.FillPattern };
  if (f.color) fill.color = f.color;
  if (f.patternColor) fill.patternColor = f.patternColor;
  fill.tintAndShade = f.tintAndShade;
  if (f.patternTintAndShade !== undefined) fill.patternTintAndShade = f.patternTintAndShade;
  return { format: { fill } };
}

function stillMarked(f: FillSnapshot | undefined, markColor: string): boolean {
  return !!f && f.pattern === "Solid" && f.color.toUpperCase() === markColor.toUpperCase();
}

export async function unmarkCells(record: MarkRecord, cfg: HostConfig): Promise<void> {
  const byKey = new Map<string, FillSnapshot>();
  const cells: Cell[] = [];
  for (const f of record.before) {
    const c = fromA1(f.cell);
    if (!byKey.has(key(c))) cells.push(c);
    byKey.set(key(c), f);
  }
  if (cells.length === 0) return;
  const sorted = byColumn(cells);
  await Excel.run(async (context) => {
    const now = await readFills(context, record.sheet, sorted, cfg);
    if (now.protected) throw protectedError(record.sheet, false);
    // Only cells that still show the mark: a fill the user set since stays.
    const todo = sorted.filter((c) => stillMarked(now.fills.get(key(c)), record.markColor));
    const none = (c: Cell): boolean => (byKey.get(key(c)) as FillSnapshot).pattern === "None";
    const ops: WriteOp[] = runsOf(todo, (a, b) => none(a) === none(b)).map((r) => {
      if (none({ row: r.top, col: r.col })) return { bytes: OP_BYTES, queue: (ws) => rangeOf(ws, r).format.fill.clear() };
      const rows: Excel.SettableCellProperties[][] = [];
      for (let row = r.top; row <= r.bottom; row++) rows.push([restoreProps(byKey.get(`${row},${r.col}`) as FillSnapshot)]);
      return { bytes: OP_BYTES + 150 * height(r), queue: (ws) => rangeOf(ws, r).setCellProperties(rows) };
    });
    await writeOps(context, now.ws, ops, cfg);
  });
}
