// New cells spliced into a worksheet's XML: a cell that exists is replaced, a new one goes into
// its row in column order, a new row goes between the rows in row order. Every other row and
// cell stays character for character; the sheet's dimension, a touched row's spans and the
// widths of new columns are updated.
import { toA1 } from "../../workbook/address";
import { cellXml, type WrittenCell } from "./cell-xml";
import type { SheetLayout } from "./sheet-read";
import type { StyleChange, StyleSheet } from "./styles";
import { setAttr, splice } from "./xml";

/** One cell to write, 0-based; `style` adds to the format the planned cell brings. */
export interface CellWrite {
  row: number;
  col: number;
  cell: WrittenCell;
  style?: StyleChange;
}

export interface SheetPatch {
  cells: CellWrite[];
  /** Widths (in characters) for columns that have none yet. */
  widths?: { col: number; width: number }[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Index of the first element of a sorted array that is >= x. */
function lowerBound(sorted: number[], x: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The style a new cell starts from: the row's, else the column's, else none. */
function baseStyle(layout: SheetLayout, rowIndex: number, col: number): number {
  if (rowIndex >= 0 && layout.rows.style[rowIndex] >= 0) return layout.rows.style[rowIndex];
  const def = layout.columns.find((c) => c.min <= col && col <= c.max);
  return def?.style ?? 0;
}

function styleFor(styles: StyleSheet, base: number, w: CellWrite): number {
  const change: StyleChange = { ...w.style };
  if (w.cell.kind !== "text") change.numFmt = w.cell.format;
  return Object.keys(change).length === 0 ? base : styles.derive(base, change);
}

/** The text of a worksheet with the cells written; `formulaReplaced` says whether a formula cell was overwritten. */
export function patchSheet(layout: SheetLayout, patch: SheetPatch, styles: StyleSheet): { text: string; formulaReplaced: boolean } {
  const { rows, prefix: p, text } = layout;
  const edits: Edit[] = [];
  let formulaReplaced = false;
  const writes = [...patch.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const newRows: string[] = [];
  let newRowsAt = -1;
  const flushNewRows = (): void => {
    if (newRows.length === 0) return;
    edits.push({ start: newRowsAt, end: newRowsAt, text: newRows.join("") });
    newRows.length = 0;
  };
  let bounds = { top: Infinity, left: Infinity, bottom: -1, right: -1 };

  for (let i = 0; i < writes.length; ) {
    const row = writes[i].row;
    let j = i;
    while (j < writes.length && writes[j].row === row) j++;
    const group = writes.slice(i, j);
    i = j;
    bounds = { top: Math.min(bounds.top, row), bottom: Math.max(bounds.bottom, row), left: Math.min(bounds.left, group[0].col), right: Math.max(bounds.right, group[group.length - 1].col) };

    const r = lowerBound(rows.num, row);
    if (r < rows.num.length && rows.num[r] === row) {
      flushNewRows();
      formulaReplaced = patchRow(layout, r, group, styles, edits) || formulaReplaced;
    } else {
      const at = r < rows.num.length ? rows.start[r] : layout.sheetData.closeAt;
      if (at !== newRowsAt) flushNewRows();
      newRowsAt = at;
      const inner = group.map((w) => cellXml(p, toA1(w.row, w.col), styleFor(styles, baseStyle(layout, -1, w.col), w), w.cell)).join("");
      newRows.push(`<${p}row r="${row + 1}">${inner}</${p}row>`);
    }
  }
  flushNewRows();

  if (layout.sheetData.selfClosing) {
    // <sheetData/>: the new rows go into an opened element instead.
    const inserted = edits.filter((e) => e.start === layout.sheetData.closeAt).map((e) => e.text);
    const others = edits.filter((e) => e.start !== layout.sheetData.closeAt);
    const tag = text.slice(layout.sheetData.start, layout.sheetData.tagEnd).replace(/\s*\/>$/, ">");
    others.push({ start: layout.sheetData.start, end: layout.sheetData.tagEnd, text: `${tag}${inserted.join("")}</${p}sheetData>` });
    edits.length = 0;
    edits.push(...others);
  }
  if (layout.dimension && bounds.bottom >= 0) edits.push(dimensionEdit(layout, bounds));
  if (patch.widths && patch.widths.length > 0) edits.push(...widthEdits(layout, patch.widths));
  return { text: splice(text, edits), formulaReplaced };
}

/** The cells of one existing row: replaced in place or inserted in column order. */
function patchRow(layout: SheetLayout, r: number, group: CellWrite[], styles: StyleSheet, edits: Edit[]): boolean {
  const { rows, cells, prefix: p, text } = layout;
  const first = rows.firstCell[r];
  const last = first + rows.cellCount[r];
  const closeAt = rows.selfClosing[r] ? -1 : text.lastIndexOf("<", rows.end[r] - 1);
  let formulaReplaced = false;
  const appended: string[] = [];
  for (const w of group) {
    const k = lowerBound(cells.col, w.col, first, last);
    const ref = toA1(w.row, w.col);
    if (k < last && cells.col[k] === w.col) {
      if (cells.formula[k]) formulaReplaced = true;
      edits.push({ start: cells.start[k], end: cells.end[k], text: cellXml(p, ref, styleFor(styles, cells.style[k], w), w.cell) });
    } else {
      const xml = cellXml(p, ref, styleFor(styles, baseStyle(layout, r, w.col), w), w.cell);
      if (k < last) edits.push({ start: cells.start[k], end: cells.start[k], text: xml });
      else appended.push(xml);
    }
  }
  let tag = text.slice(rows.start[r], rows.tagEnd[r]);
  const spans = /\sspans\s*=\s*"(\d+):(\d+)"/.exec(tag);
  if (spans) {
    const lo = Math.min(Number(spans[1]), group[0].col + 1);
    const hi = Math.max(Number(spans[2]), group[group.length - 1].col + 1);
    tag = setAttr(tag, "spans", `${lo}:${hi}`);
  }
  if (rows.selfClosing[r]) {
    edits.push({ start: rows.start[r], end: rows.end[r], text: `${tag.replace(/\s*\/>$/, ">")}${appended.join("")}</${p}row>` });
  } else {
    if (spans) edits.push({ start: rows.start[r], end: rows.tagEnd[r], text: tag });
    if (appended.length > 0) edits.push({ start: closeAt, end: closeAt, text: appended.join("") });
  }
  return formulaReplaced;
}

function dimensionEdit(layout: SheetLayout, b: { top: number; left: number; bottom: number; right: number }): Edit {
  const d = layout.dimension as { start: number; end: number };
  const tag = layout.text.slice(d.start, d.end);
  const ref = /\sref\s*=\s*"([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?"/.exec(tag);
  let rect = b;
  if (ref) {
    const colOf = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const top = Number(ref[2]) - 1;
    const left = colOf(ref[1]);
    const bottom = ref[4] ? Number(ref[4]) - 1 : top;
    const right = ref[3] ? colOf(ref[3]) : left;
    rect = { top: Math.min(top, b.top), left: Math.min(left, b.left), bottom: Math.max(bottom, b.bottom), right: Math.max(right, b.right) };
  }
  return { ...d, text: setAttr(tag, "ref", `${toA1(rect.top, rect.left)}:${toA1(rect.bottom, rect.right)}`) };
}

/** <col> elements for columns that have no definition yet (a column inside an existing range keeps it). */
function widthEdits(layout: SheetLayout, widths: { col: number; width: number }[]): Edit[] {
  const p = layout.prefix;
  const free = widths.filter((w) => !layout.columns.some((c) => c.min <= w.col && w.col <= c.max)).sort((a, b) => a.col - b.col);
  if (free.length === 0) return [];
  const colXml = (w: { col: number; width: number }): string => `<${p}col min="${w.col + 1}" max="${w.col + 1}" width="${w.width}" customWidth="1"/>`;
  if (!layout.cols) {
    const at = layout.sheetData.start;
    return [{ start: at, end: at, text: `<${p}cols>${free.map(colXml).join("")}</${p}cols>` }];
  }
  const edits: Edit[] = [];
  const defs = [...layout.columns].sort((a, b) => a.min - b.min);
  for (const w of free) {
    const next = defs.find((c) => c.min > w.col);
    const at = next?.start ?? layout.cols.closeAt;
    edits.push({ start: at, end: at, text: colXml(w) });
  }
  return edits;
}
