// Blocks of planned cells (the workbook layer's PlannedCell[][]) as cell writes of the file host,
// with widths for their columns: for a new sheet (the Controle report, a later CSV import) or
// one appended to.
import type { PlannedCell } from "../workbook/types";
import type { CellWrite, SheetPatch } from "./xlsx/sheet-patch";
import { BLOCK_WIDTH } from "./write-rules";

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

/**
 * A block of planned cells with its top-left cell at (top, left) (0-based) as a sheet patch,
 * with the widths of its columns fitted to what they show (between 8 and 50 characters; a
 * longer text runs on over the empty cells to its right). Skipped cells are left out.
 */
export function cellBlockPatch(cells: readonly (readonly PlannedCell[])[], top = 0, left = 0): SheetPatch {
  const writes: CellWrite[] = [];
  const widths: number[] = [];
  cells.forEach((line, r) =>
    line.forEach((planned, c) => {
      if (planned.kind === "skip") return;
      writes.push({ row: top + r, col: left + c, cell: planned });
      widths[c] = Math.max(widths[c] ?? 0, shownLength(planned));
    }),
  );
  return {
    cells: writes,
    widths: widths.map((w, c) => ({ col: left + c, width: Math.max(BLOCK_WIDTH.min, Math.min(BLOCK_WIDTH.max, w + BLOCK_WIDTH.padding)) })).filter(Boolean),
  };
}
