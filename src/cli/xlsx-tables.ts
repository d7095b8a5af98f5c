// A1 ranges of tables and filters.
import { fromA1, toA1 } from "../workbook/address";
import type { CellRect } from "../workbook/types";

/** "A1:C5" (optionally "Sheet!A1:C5", "$A$1:$C$5") -> 0-based rectangle. A single cell is a 1×1 rectangle. */
export function decodeRange(ref: string): CellRect {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = bare.split(":");
  const from = fromA1(a);
  const to = b ? fromA1(b) : from;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

export function encodeRange(rect: CellRect): string {
  return `${toA1(rect.top, rect.left)}:${toA1(rect.bottom, rect.right)}`;
}
