// Comparing and matching municipality names and codes, independent of locale.

/** Compares two strings by Unicode code points (not UTF-16 code units, not locale). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (0xD800–0xDFFF) starts a code point above 0xFFFF: it sorts after every BMP unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Key for ordering by name: NFC, so "é" typed two ways sorts the same. */
export function nameOrderKey(name: string): string {
  return name.normalize("NFC");
}

/** Key for ordering by CBS code: trimmed, upper case; "" when there is no code. */
export function codeKey(code: string | undefined): string {
  return code === undefined ? "" : code.trim().toUpperCase();
}

/** Key for matching a name: no accents, lower case, single spaces ("Súdwest-Fryslân" = "sudwest-fryslan"). */
export function nameMatchKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
