/// <reference types="office-js" />
// Large reads and writes in row blocks, one context.sync() per block. The first block size comes
// from a budget (bytes for writes, cells for reads) so that a normal action is one block; when
// Excel on the web still says the request or response is too large, the block is halved and
// tried again, and the smaller size is kept for the blocks after it.
import { isRequestTooLarge, isResponseTooLarge } from "./errors";
import type { CellRect } from "../workbook/types";
import { UNCHANGED, restoreWrite, type CellWrite } from "./cell-state";
import type { CellSnapshot } from "../host";

export interface BlockStats {
  /** Successful block syncs. */
  blocks: number;
  /** Syncs refused as too large and retried smaller. */
  retries: number;
}

/**
 * Runs `total` rows in blocks. `queue(start, count, first)` queues the operations of one block
 * and returns a function that collects its results after the sync. `maxRows(start)` is the
 * largest block that fits the budget from `start`.
 */
export async function inRowBlocks<T>(
  context: Excel.RequestContext,
  total: number,
  maxRows: (start: number, cap: number) => number,
  queue: (start: number, count: number, first: boolean) => () => T,
  retryable: (e: unknown) => boolean,
  stats: BlockStats = { blocks: 0, retries: 0 },
): Promise<T[]> {
  const out: T[] = [];
  let cap = Number.POSITIVE_INFINITY;
  let start = 0;
  let first = true;
  do {
    const count = Math.max(1, Math.min(total - start, maxRows(start, cap)));
    const collect = queue(start, count, first);
    try {
      // Deliberate: one sync per row block, so that each request stays under Excel on the web's
      // 5 MB limit; a normal action is one block, and the number of blocks never depends on
      // anything but the size of the data.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (retryable(e) && count > 1) {
        cap = Math.ceil(count / 2);
        stats.retries++;
        continue;
      }
      throw e;
    }
    out.push(collect());
    stats.blocks++;
    first = false;
    start += count;
  } while (start < total);
  return out;
}

/** Block sizes for reading a rectangle `width` wide: at most `cells` cells per block. */
export function readRows(width: number, cells: number): (start: number, cap: number) => number {
  return (_start, cap) => Math.min(cap, Math.max(1, Math.floor(cells / Math.max(1, width))));
}

export function readRetryable(e: unknown): boolean {
  return isResponseTooLarge(e);
}

export function writeRetryable(e: unknown): boolean {
  return isRequestTooLarge(e);
}

/** A rectangle of cell writes, rows of CellWrite (UNCHANGED where nothing is written). */
export interface RectWrites {
  top: number;
  left: number;
  cells: CellWrite[][];
}

/** The writes that put `cells` back within `area` (UNCHANGED elsewhere). */
export function restoreWrites(area: CellRect, cells: CellSnapshot[]): RectWrites {
  const h = area.bottom - area.top + 1;
  const w = area.right - area.left + 1;
  const rows: CellWrite[][] = [];
  for (let r = 0; r < h; r++) rows.push(new Array<CellWrite>(w).fill(UNCHANGED));
  for (const s of cells) rows[s.row - area.top][s.col - area.left] = restoreWrite(s);
  return { top: area.top, left: area.left, cells: rows };
}

/** Rough JSON size of one row's write operations (what the request carries). */
export function rowBytes(row: CellWrite[]): number {
  let n = 16;
  for (const w of row) {
    n += w.pre === null ? 5 : w.pre.length * 2 + 3;
    n += w.value === null ? 5 : typeof w.value === "string" ? w.value.length * 2 + 3 : String(w.value).length + 1;
    n += w.formula === null ? 5 : w.formula.length * 2 + 3;
    n += w.post === null ? 5 : w.post.length * 2 + 3;
  }
  return n;
}

/** Block sizes for writing: rows from `start` whose request stays under `budget` bytes, at most `maxRows`. */
export function writeRows(w: RectWrites, budget: number, maxRows: number): (start: number, cap: number) => number {
  const bytes = w.cells.map(rowBytes);
  return (start, cap) => {
    let sum = 0;
    let n = 0;
    const limit = Math.min(cap, maxRows);
    while (start + n < bytes.length && n < limit) {
      if (n > 0 && sum + bytes[start + n] > budget) break;
      sum += bytes[start + n];
      n++;
    }
    return n;
  };
}

/**
 * Queues the writes of rows [start, start+count): number formats that must come first ("@"
 * before a text), then values, then formulas, then the final number formats. An operation
 * whose entries are all null is left out; null entries leave their cell unchanged.
 */
export function queueWrites(sheet: Excel.Worksheet, w: RectWrites, start: number, count: number): void {
  const rows = w.cells.slice(start, start + count);
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (width === 0) return;
  const pick = <K extends keyof CellWrite>(k: K): { data: CellWrite[K][][]; any: boolean } => {
    let any = false;
    const data = rows.map((r) => {
      const line: CellWrite[K][] = new Array(width);
      for (let c = 0; c < width; c++) {
        const v = r[c] ? r[c][k] : null;
        line[c] = v as CellWrite[K];
        if (v !== null) any = true;
      }
      return line;
    });
    return { data, any };
  };
  const range = sheet.getRangeByIndexes(w.top + start, w.left, rows.length, width);
  const pre = pick("pre");
  const values = pick("value");
  const formulas = pick("formula");
  const post = pick("post");
  if (pre.any) range.numberFormat = pre.data as string[][];
  if (values.any) range.values = values.data as (string | number | boolean)[][];
  if (formulas.any) range.formulas = formulas.data as string[][];
  if (post.any) range.numberFormat = post.data as string[][];
}
