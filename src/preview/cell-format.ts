// How Excel would show a cell: the number format applied ("€ 7.503", "13.478"), text as text,
// booleans and errors as Excel writes them. Enough of Excel's format language for the formats
// this project writes and reads (#,##0 / €-formats / 0.00 / % / General / @); not all of it.
import { Decimal } from "../allocation";
import type { Lang } from "../host";
import type { SimCell } from "../simulated-excel";
import { TEXT_FORMAT } from "../workbook";

const GENERAL = "General";

/** Splits a format into its sections at ";" outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Literal text of a format part: quotes removed, \x escapes, [$€-413] currency blocks, _x padding. */
function literal(part: string): string {
  let out = "";
  for (let i = 0; i < part.length; i++) {
    const ch = part[i];
    if (ch === '"') {
      const end = part.indexOf('"', i + 1);
      out += part.slice(i + 1, end < 0 ? part.length : end);
      i = end < 0 ? part.length : end;
    } else if (ch === "\\") {
      out += part[i + 1] ?? "";
      i++;
    } else if (ch === "[") {
      const end = part.indexOf("]", i);
      const inner = part.slice(i + 1, end < 0 ? part.length : end);
      if (inner.startsWith("$")) out += inner.slice(1).split("-")[0];
      i = end < 0 ? part.length : end;
    } else if (ch === "_" || ch === "*") {
      if (ch === "_") out += " ";
      i++;
    } else out += ch;
  }
  return out;
}

function group(integer: string, separator: string): string {
  let out = "";
  for (let end = integer.length; end > 0; end -= 3) out = integer.slice(Math.max(0, end - 3), end) + (out ? separator + out : "");
  return out;
}

function formatGeneral(n: number, lang: Lang): string {
  const text = Math.abs(n) >= 1e11 || (n !== 0 && Math.abs(n) < 1e-9) ? n.toExponential(5) : String(Number(n.toPrecision(10)));
  return lang === "nl" ? text.replace(".", ",") : text;
}

/** A number in an Excel number format, with the separators of the language. */
export function formatNumber(n: number, format: string | undefined, lang: Lang): string {
  if (!format || format === GENERAL) return formatGeneral(n, lang);
  if (format === TEXT_FORMAT) return String(n);
  const parts = sections(format);
  const negative = n < 0;
  let part = parts[0];
  let sign = negative ? "-" : "";
  if (negative && parts.length > 1) {
    part = parts[1];
    sign = "";
  } else if (n === 0 && parts.length > 2) part = parts[2];
  const m = /[#0?][#0?,]*(?:\.[#0?]*)?/.exec(part.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length)));
  if (!m) return literal(part);
  const pattern = m[0];
  const before = literal(part.slice(0, m.index));
  const after = literal(part.slice(m.index + pattern.length));
  const [intPattern, fracPattern = ""] = pattern.split(".");
  const decimals = fracPattern.length;
  let value = new Decimal(Math.abs(n));
  if (after.includes("%")) value = value.times(100);
  const fixed = value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [int, frac] = fixed.split(".");
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const intText = int === "0" && minInt === 0 ? "" : int;
  const grouped = intPattern.includes(",") ? group(intText, lang === "nl" ? "." : ",") : intText;
  const point = lang === "nl" ? "," : ".";
  return `${before.startsWith("-") ? "" : sign}${before}${grouped}${frac ? point + frac : ""}${after}`;
}

/** The text Excel shows for a cell, and whether it is right-aligned (numbers). */
export function displayCell(cell: SimCell | undefined, lang: Lang): { text: string; numeric: boolean } {
  if (!cell) return { text: "", numeric: false };
  if (cell.err !== undefined) return { text: cell.err, numeric: false };
  const v = cell.v;
  if (v === undefined) return { text: "", numeric: false };
  if (typeof v === "number") return { text: formatNumber(v, cell.nf, lang), numeric: cell.nf !== TEXT_FORMAT };
  if (typeof v === "boolean") return { text: lang === "nl" ? (v ? "WAAR" : "ONWAAR") : v ? "TRUE" : "FALSE", numeric: false };
  return { text: v, numeric: false };
}
