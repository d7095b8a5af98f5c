// One worksheet of the simulated workbook: its cells, hidden rows, protection, AutoFilter,
// tables, merged areas and column widths, and the operations Excel performs on them.
import { copyCell, displayText, hasContent, normalized, typed, type SimCell } from "./cells";
import { ExcelError } from "./errors";
import { matches, type SimFilter } from "./filters";
import { MAX_COLS, union, type Rect } from "./geometry";

/** Excel's standard column width in points (8.43 characters of Calibri 11). */
export const STANDARD_WIDTH = 48;

export interface SimTable {
  id: string;
  name: string;
  rect: Rect;
  showTotals: boolean;
  columnNames: string[];
  filter: SimFilter;
}

export function key(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function rowOf(k: number): number {
  return Math.floor(k / MAX_COLS);
}

export function colOf(k: number): number {
  return k % MAX_COLS;
}

export class SimSheet {
  readonly cells = new Map<number, SimCell>();
  readonly hiddenRows = new Set<number>();
  protected = false;
  autoFilter?: SimFilter;
  tables: SimTable[] = [];
  merges: Rect[] = [];
  readonly widths = new Map<number, number>();

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  get(row: number, col: number): SimCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** Replaces a cell; an empty cell without a format is removed. */
  put(row: number, col: number, cell: SimCell): void {
    const c = normalized(cell);
    if (c) this.cells.set(key(row, col), c);
    else this.cells.delete(key(row, col));
  }

  /** Writes what a user, Range.values or Range.formulas types into a cell. */
  type(row: number, col: number, input: unknown): void {
    const next = typed(this.get(row, col), input);
    if (next) this.put(row, col, next);
  }

  numberFormat(row: number, col: number): string {
    return this.get(row, col)?.nf ?? "General";
  }

  setNumberFormat(row: number, col: number, nf: unknown): void {
    if (nf === null || nf === undefined) return;
    if (typeof nf !== "string") throw new ExcelError("InvalidArgument", "numberFormat must be a string");
    this.put(row, col, { ...(this.get(row, col) ?? {}), nf: nf === "" ? undefined : nf });
  }

  /** Every stored cell with its position (a copy), row by row. */
  entries(): { row: number; col: number; cell: SimCell }[] {
    return [...this.cells.keys()].sort((a, b) => a - b).map((k) => ({ row: rowOf(k), col: colOf(k), cell: copyCell(this.cells.get(k) as SimCell) }));
  }

  /** Removes every cell of `rect` (contents and formats). */
  clear(rect: Rect): void {
    for (const k of [...this.cells.keys()]) {
      const row = rowOf(k);
      const col = colOf(k);
      if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) this.cells.delete(k);
    }
  }

  /** Deletes a row as Excel does: the rows below move up one. */
  deleteRow(row: number): void {
    const moved: [number, SimCell][] = [];
    for (const [k, c] of this.cells) if (rowOf(k) >= row) moved.push([k, c]);
    for (const [k] of moved) this.cells.delete(k);
    for (const [k, c] of moved) if (rowOf(k) > row) this.cells.set(k - MAX_COLS, c);
  }

  isRowHidden(row: number): boolean {
    if (this.hiddenRows.has(row)) return true;
    if (this.autoFilter?.hidden.has(row)) return true;
    return this.tables.some((t) => t.filter.hidden.has(row));
  }

  /** Whether an AutoFilter or a table filter has criteria (Excel's isDataFiltered). */
  filtering(): boolean {
    const on = (f: SimFilter | undefined): boolean => !!f && f.criteria.some((c) => c !== undefined);
    return on(this.autoFilter) || this.tables.some((t) => on(t.filter));
  }

  /** Cells with contents (valuesOnly) or also with a format, and tables, as a bounding box. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r: Rect | undefined;
    for (const [k, c] of this.cells) {
      if (!hasContent(c) && (valuesOnly || (c.nf === undefined && c.fill === undefined))) continue;
      const cell = { top: rowOf(k), bottom: rowOf(k), left: colOf(k), right: colOf(k) };
      r = r ? union(r, cell) : cell;
    }
    if (!valuesOnly) for (const t of this.tables) r = r ? union(r, t.rect) : { ...t.rect };
    return r;
  }

  /** Excel's current region (Ctrl+*): grows while any cell touching the box has contents. */
  region(row: number, col: number): Rect {
    const r: Rect = { top: row, bottom: row, left: col, right: col };
    const keys = [...this.cells.keys()].filter((k) => hasContent(this.cells.get(k))).sort((a, b) => a - b);
    let grown = true;
    while (grown) {
      grown = false;
      for (const k of keys) {
        const kr = rowOf(k);
        const kc = colOf(k);
        if (kr < r.top - 1 || kr > r.bottom + 1 || kc < r.left - 1 || kc > r.right + 1) continue;
        if (kr >= r.top && kr <= r.bottom && kc >= r.left && kc <= r.right) continue;
        r.top = Math.min(r.top, kr);
        r.bottom = Math.max(r.bottom, kr);
        r.left = Math.min(r.left, kc);
        r.right = Math.max(r.right, kc);
        grown = true;
      }
    }
    return r;
  }

  displayText(row: number, col: number): string {
    return displayText(this.get(row, col));
  }

  /** Recomputes the rows a filter hides from its criteria and the cells (`totalsRow` never hides). */
  refilter(filter: SimFilter, totalsRow?: number): void {
    filter.hidden = new Set();
    for (let row = filter.rect.top + 1; row <= filter.rect.bottom; row++) {
      if (row === totalsRow) continue;
      filter.criteria.forEach((c, i) => {
        if (c && !filter.hidden.has(row) && !matches(c, this.get(row, filter.rect.left + i))) filter.hidden.add(row);
      });
    }
  }

  /** A table column added at the end: cells right of the table within its rows move one to the right. */
  addTableColumn(t: SimTable, name: string | undefined): string {
    const col = t.rect.right + 1;
    if (col >= MAX_COLS) throw new ExcelError("InvalidOperation", "There is no room right of the table.");
    this.shiftRows(t.rect.top, t.rect.bottom, col, +1);
    t.rect.right = col;
    const base = name ?? `Column${t.columnNames.length + 1}`;
    let unique = base;
    for (let n = 2; t.columnNames.some((c) => c.toLowerCase() === unique.toLowerCase()); n++) unique = `${base}${n}`;
    t.columnNames.push(unique);
    this.put(t.rect.top, col, { v: unique });
    t.filter.rect = { ...t.rect };
    t.filter.criteria.push(undefined);
    return unique;
  }

  /** A table column deleted: its cells go, cells right of it within the table's rows move left. */
  deleteTableColumn(t: SimTable, index: number): void {
    if (t.columnNames.length <= 1) throw new ExcelError("InvalidOperation", "A table keeps at least one column.");
    const col = t.rect.left + index;
    for (let row = t.rect.top; row <= t.rect.bottom; row++) this.cells.delete(key(row, col));
    this.shiftRows(t.rect.top, t.rect.bottom, col + 1, -1);
    t.rect.right -= 1;
    t.columnNames.splice(index, 1);
    t.filter.rect = { ...t.rect };
    t.filter.criteria.splice(index, 1);
  }

  private shiftRows(top: number, bottom: number, fromCol: number, by: number): void {
    const moved: [number, SimCell][] = [];
    for (const [k, c] of this.cells) {
      const row = rowOf(k);
      if (row >= top && row <= bottom && colOf(k) >= fromCol) moved.push([k, c]);
    }
    for (const [k] of moved) this.cells.delete(k);
    for (const [k, c] of moved) {
      if (colOf(k) + by >= MAX_COLS) throw new ExcelError("NonBlankCellOffSheet", "Cells would move off the sheet.");
      this.cells.set(k + by, c);
    }
  }
}
