// Planned cells (the workbook layer's PlannedCell) as cell writes of the file host, by the host
// rules of src/workbook/host-rules.ts (text cells get TEXT_FORMAT, as in the Office host); and
// blocks of them with widths for their columns: for a new sheet (the Controle report, a CSV file
// made into a workbook).
import { TEXT_FORMAT } from "../workbook";
import type { PlannedCell } from "../workbook/types";
import type { WrittenCell } from "./xlsx/cell-xml";
import type { CellWrite, SheetPatch } from "./xlsx/sheet-patch";
import type { StyleChange } from "./xlsx/styles";
import { BLOCK_WIDTH } from "./write-rules";

/**
 * One planned cell as a write at (row, col), `style` added: a text cell gets the host rules' text
 * format, a number or formula the plan's own format (sheet-patch.ts gives it).
 */
export function plannedWrite(row: number, col: number, cell: WrittenCell, style?: StyleChange): CellWrite {
  return { row, col, cell, style: cell.kind === "text" ? { ...style, numFmt: TEXT_FORMAT } : style };
}

/** About how many characters a planned cell shows (a number: digits, grouping, "€ " and decimals). */
export function shownLength(planned: PlannedCell): number {
  if (planned.kind === "skip") return 0;
  if (planned.kind === "text") return planned.value.length;
  const [whole, fraction = ""] = planned.value.replace(/^-/, "").split(".");
  const grouping = Math.floor((whole.length - 1) / 3);
  const decimals = /0\.(0+)/.exec(planned.format)?.[1].length ?? 0;
  const shownDecimals = Math.max(decimals, fraction.length);
  return (planned.value.startsWith("-") ? 1 : 0) + whole.length + grouping + (shownDecimals > 0 ? shownDecimals + 1 : 0) + (planned.format.includes("€") ? 2 : 0);
}

/** Column widths (characters) that fit what the cells show: between 8 and 50; a longer text runs on over empty cells. */
export function fittedWidths(cells: readonly { col: number; cell: PlannedCell }[]): { col: number; width: number }[] {
  const widths = new Map<number, number>();
  for (const { col, cell } of cells) widths.set(col, Math.max(widths.get(col) ?? 0, shownLength(cell)));
  return [...widths]
    .sort((a, b) => a[0] - b[0])
    .map(([col, w]) => ({ col, width: Math.max(BLOCK_WIDTH.min, Math.min(BLOCK_WIDTH.max, w + BLOCK_WIDTH.padding)) }));
}

/**
 * A block of planned cells with its top-left cell at (top, left) (0-based) as a sheet patch,
 * with the widths of its columns fitted to what they show. Skipped cells are left out. Cells are
 * written by the host rules (`plannedWrite`), unless `asInput`: then text keeps the General
 * format, as Excel opens a CSV file (the cells are the user's data, not what a plan wrote).
 */
export function cellBlockPatch(cells: readonly (readonly PlannedCell[])[], top = 0, left = 0, asInput = false): SheetPatch {
  const writes: CellWrite[] = [];
  cells.forEach((line, r) =>
    line.forEach((planned, c) => {
      if (planned.kind === "skip") return;
      writes.push(asInput ? { row: top + r, col: left + c, cell: planned } : plannedWrite(top + r, left + c, planned));
    }),
  );
  return { cells: writes, widths: fittedWidths(writes) };
}
