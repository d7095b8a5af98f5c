// A1 addresses: column letters <-> 0-based column index, and cell / range addresses.
import type { CellRect } from "./types";

/** 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`Invalid column index: ${col}`);
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 0, "aa" -> 26; throws on anything that is not letters. */
export function columnIndex(letters: string): number {
  const t = letters.trim().toUpperCase();
  if (!/^[A-Z]+$/.test(t)) throw new RangeError(`Invalid column letters: ${letters}`);
  let n = 0;
  for (let i = 0; i < t.length; i++) n = n * 26 + (t.charCodeAt(i) - 64);
  return n - 1;
}

/** 0-based row and column -> "C5". */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Invalid row index: ${row}`);
  return columnLetters(col) + String(row + 1);
}

/** "C5" -> { row: 4, col: 2 }; accepts "$C$5". */
export function fromA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address.trim());
  if (!m || Number(m[2]) < 1) throw new RangeError(`Invalid A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** A rectangle as "C2:E16", or "C2" when it is one cell. */
export function rectToA1(rect: CellRect): string {
  const a = toA1(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:${toA1(rect.bottom, rect.right)}`;
}

/** Whether two rectangles share at least one cell. */
export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
