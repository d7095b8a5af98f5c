// Planned cells (the workbook layer's PlannedCell) written into an exceljs worksheet: one writer
// per cell for every plan the command carries out (apply's columns, verify's Controle report).
import type ExcelJS from "exceljs";
import type { PlannedCell } from "../workbook/types";

/**
 * Give a cell a style object of its own: exceljs shares one style object between all cells
 * that were loaded with the same style, so changing it in place would reformat other cells.
 */
export function restyle(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => void): void {
  const style: Partial<ExcelJS.Style> = { ...(cell.style ?? {}) };
  change(style);
  cell.style = style as ExcelJS.Style;
}

export function bold(cell: ExcelJS.Cell): void {
  restyle(cell, (s) => {
    s.font = { ...(s.font ?? {}), bold: true };
  });
}

/**
 * Number formats for cells that had no style of their own (every cell of a new column or a new
 * sheet): one fresh style object per format, shared by those cells only. exceljs registers styles
 * by object identity, so sharing makes saving 100k amounts cheap; no original cell ever holds
 * these objects. A cell with a style of its own gets a copy with the format (see restyle).
 */
export class FormatStyles {
  private readonly byFormat = new Map<string, Partial<ExcelJS.Style>>();

  apply(cell: ExcelJS.Cell, format: string): void {
    const current = cell.style;
    if (current && Object.keys(current).length > 0) {
      restyle(cell, (s) => {
        s.numFmt = format;
      });
      return;
    }
    let style = this.byFormat.get(format);
    if (!style) {
      style = { numFmt: format };
      this.byFormat.set(format, style);
    }
    cell.style = style as ExcelJS.Style;
  }
}

/**
 * Writes one planned cell; returns false for `skip` (the cell is left as it is). A number is a
 * number with the plan's format; a formula is stored without "=" with the core's figure as cached
 * result; text is a string, which exceljs stores as text also when it begins with "=", "+", "-"
 * or "@" (never as a formula).
 */
export function writePlannedCell(cell: ExcelJS.Cell, planned: PlannedCell, formats: FormatStyles): boolean {
  switch (planned.kind) {
    case "skip":
      return false;
    case "number":
      cell.value = Number(planned.value);
      formats.apply(cell, planned.format);
      return true;
    case "formula":
      cell.value = { formula: planned.formula.replace(/^=/, ""), result: Number(planned.value) };
      formats.apply(cell, planned.format);
      return true;
    case "text":
      cell.value = planned.value;
      return true;
  }
}

/** Widths of columns a block sets: about what Excel's "fit columns" gives, within bounds. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

/** About how many characters a planned cell shows (a number: digits, grouping, "€ " and decimals). */
function shownLength(planned: PlannedCell): number {
  if (planned.kind === "skip") return 0;
  if (planned.kind === "text") return planned.value.length;
  const [whole, fraction = ""] = planned.value.replace(/^-/, "").split(".");
  const grouping = Math.floor((whole.length - 1) / 3);
  const decimals = /0\.(0+)/.exec(planned.format)?.[1].length ?? 0;
  const shownDecimals = Math.max(decimals, fraction.length);
  return (planned.value.startsWith("-") ? 1 : 0) + whole.length + grouping + (shownDecimals > 0 ? shownDecimals + 1 : 0) + (planned.format.includes("€") ? 2 : 0);
}

/**
 * Writes a block of planned cells with its top-left cell at (top, left) (0-based), each through
 * writePlannedCell, and fits the widths of its columns to what they show (between 8 and 50
 * characters; a longer text runs on over the empty cells to its right). Returns the cells written.
 */
export function writeCellBlock(ws: ExcelJS.Worksheet, cells: readonly (readonly PlannedCell[])[], top = 0, left = 0): number {
  const formats = new FormatStyles();
  const widths: number[] = [];
  let written = 0;
  for (let r = 0; r < cells.length; r++) {
    const line = cells[r];
    const row = ws.getRow(top + r + 1);
    for (let c = 0; c < line.length; c++) {
      const planned = line[c];
      if (planned.kind === "skip") continue;
      writePlannedCell(row.getCell(left + c + 1), planned, formats);
      written++;
      widths[c] = Math.max(widths[c] ?? 0, shownLength(planned));
    }
  }
  widths.forEach((w, c) => {
    ws.getColumn(left + c + 1).width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w + 2));
  });
  return written;
}
