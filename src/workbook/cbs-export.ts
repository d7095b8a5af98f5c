// A table recognised as a CBS StatLine export, and what "no figure" looks like in one.
import { isBlank } from "./cells";
import { normalizeHeader } from "./headers";
import type { CellValue } from "./types";

/**
 * True for a CBS export: a `Regio's` (names) or `RegioS` (codes) column, or StatLine topic paths
 * ("Bevolking/…") beside a `Perioden` column.
 */
export function isCbsExport(headers: readonly string[]): boolean {
  const normalized = headers.map((h) => normalizeHeader(h));
  if (normalized.some((h) => h === "regio's" || h === "regios")) return true;
  return normalized.includes("perioden") && normalized.some((h) => h.includes("/"));
}

/** No figure: an empty cell or field, or CBS's "." (figure unknown). */
export function isFigureBlank(v: CellValue): boolean {
  return isBlank(v) || (typeof v === "string" && v.trim() === ".");
}
