// Municipality names and codes: comparison keys, totals rows, notes and formula-like text.

const NON_ASCII = /[^ -~]/;

/**
 * A key to compare names by: case, accents, apostrophe style and spacing do not count, nor do
 * characters that show nothing (soft hyphen, zero-width space and joiners, word joiner, BOM).
 */
export function nameKey(name: string): string {
  let s = name;
  if (NON_ASCII.test(s)) {
    s = s
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
      .replace(/[\u2018\u2019\u02BC]/g, "'")
      .replace(/[\u00A0\u202F\u2007]/g, " ")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
  }
  s = s.toLowerCase().trim();
  // Most names have single spaces only: skip the replace then.
  if (s.includes("  ") || NON_ASCII.test(s)) s = s.replace(/\s+/g, " ");
  return s;
}

/**
 * A CBS municipality code "GM0889" (any case, already trimmed) as a number key for fast
 * duplicate checks: digits and their count both count ("GM0889" ≠ "GM889"). -1 otherwise.
 */
export function gmCodeNumber(code: string): number {
  const len = code.length;
  if (len < 3 || len > 10 || (code.charCodeAt(0) | 32) !== 103 || (code.charCodeAt(1) | 32) !== 109) return -1;
  let n = 0;
  for (let i = 2; i < len; i++) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n + len * 1e8;
}

/** A code key: trimmed (CBS pads "GM0889    "), upper case. */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

const TOTALS_NAME = /^(totaal|totalen|total|totals|som|sum|eindtotaal|generaal totaal|grand total|subtotaal|subtotal)(\b|$)/;

/** Whether text starts with three ASCII letters, case-insensitive, without making strings. */
function starts3(s: string, a: number, b: number, c: number): boolean {
  return (s.charCodeAt(0) | 32) === a && (s.charCodeAt(1) | 32) === b && (s.charCodeAt(2) | 32) === c;
}

/** A quick reject before the pattern: totals names start with tot, som, sum, ein, gen, gra or sub. */
function mayBeTotals(s: string): boolean {
  switch (s.charCodeAt(0) | 32) {
    case 116: // t
      return starts3(s, 116, 111, 116);
    case 115: // s
      return starts3(s, 115, 111, 109) || starts3(s, 115, 117, 109) || starts3(s, 115, 117, 98);
    case 101: // e
      return starts3(s, 101, 105, 110);
    case 103: // g
      return starts3(s, 103, 101, 110) || starts3(s, 103, 114, 97);
    default:
      return false;
  }
}

/** "Totaal", "Total", "Som", "Generaal totaal", "Eindtotaal", "Totaal regio", … */
export function isTotalsName(name: string): boolean {
  const c = name.charCodeAt(0);
  const s = c <= 32 || c === 160 || c === 0xfeff ? name.trim() : name;
  if (!mayBeTotals(s)) return false;
  return TOTALS_NAME.test(nameKey(s));
}

/** A note under a table: "Bron: CBS StatLine", "Source: …", "Noot: …", "* voorlopige cijfers". */
export function isNoteText(text: string): boolean {
  return /^\s*(\*|(bron|bronnen|source|sources|noot|note|notes|opmerking|opmerkingen|toelichting)\s*[:.])/i.test(text);
}

/** A name Excel would read as a formula when typed: it begins with =, +, - or @. */
export function isFormulaLike(name: string): boolean {
  const c = name.charAt(0);
  return c === "=" || c === "+" || c === "-" || c === "@";
}

/** CBS StatLine names: "Groningen (gemeente)" -> "Groningen"; other suffixes stay ("Bergen (L.)"). */
export function stripCbsMunicipalitySuffix(name: string): string {
  const last = name.charCodeAt(name.length - 1);
  if (last !== 41 /* ")" */ && last > 32 && last !== 160) return name;
  return name.replace(/\s*\(gemeente\)\s*$/i, "");
}

/**
 * Why a CBS row is not a municipality, or undefined: provinces "(PV)", landsdelen "(LD)",
 * COROP areas "(CR)", "Nederland"; or codes NL01, LD01, PV20, CR01, WK…, BU….
 */
export function cbsNonMunicipality(name: string, code: string | undefined): string | undefined {
  if (name.includes(")")) {
    const m = /\((PV|LD|CR)\)\s*$/i.exec(name);
    if (m) return m[1].toUpperCase();
  }
  if (name.length >= 9 && name.length < 20 && (name.trimStart().charCodeAt(0) | 32) === 110 && nameKey(name) === "nederland") return "NL";
  // Municipality codes (GM…) are by far the most common: skip the pattern for them.
  if (code !== undefined && code !== "" && !((code.charCodeAt(0) | 32) === 103 && (code.charCodeAt(1) | 32) === 109)) {
    const c = /^(NL|LD|PV|CR|WK|BU)\d/i.exec(code.trim());
    if (c) return c[1].toUpperCase();
  }
  return undefined;
}
