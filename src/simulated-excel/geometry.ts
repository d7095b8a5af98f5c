// Rectangles of cells and Excel's address forms ("C5", "A1:C3", "1:1", "'Blad 1'!$A$1").
import { columnLetters, fromA1 } from "../workbook/address";
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectCells(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function union(a: Rect, b: Rect): Rect {
  return { top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom), left: Math.min(a.left, b.left), right: Math.max(a.right, b.right) };
}

export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** "C5" or "C5:D9" (a single cell once). */
export function rectA1(r: Rect): string {
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  const b = `${columnLetters(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Blad 1'!C5:D9", as Range.address gives it. */
export function rectAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectA1(r)}`;
}

/** "C5", "A1:C3", "1:3" (whole rows), "$A$1", "Blad1!A1" (the sheet part is ignored) -> rectangle. */
export function parseAddress(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = bare.replace(/\$/g, "").split(":");
  const rows = /^(\d+)$/;
  if (parts.length === 2 && rows.test(parts[0]) && rows.test(parts[1])) {
    return { top: Number(parts[0]) - 1, bottom: Number(parts[1]) - 1, left: 0, right: MAX_COLS - 1 };
  }
  if (parts.length > 2) throw invalidArgument(`not an address: ${address}`);
  const cell = (s: string): { row: number; col: number } => {
    try {
      return fromA1(s);
    } catch {
      throw invalidArgument(`not an address: ${address}`);
    }
  };
  const a = cell(parts[0]);
  const b = parts[1] ? cell(parts[1]) : a;
  const r = { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  if (r.bottom >= MAX_ROWS || r.right >= MAX_COLS) throw invalidArgument(`outside the sheet: ${address}`);
  return r;
}
