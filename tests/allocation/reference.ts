// An independent exact reference for the tests of weighted keys, fixed percentages and amounts
// per unit: fractions of BigInts and a plain largest remainder that sorts every row. It shares
// no code with src/allocation.

export interface Fraction {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function frac(n: bigint, d = 1n): Fraction {
  const g = gcd(n, d) || 1n;
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
}

/** A plain decimal string ("35.72") as a fraction. */
export function parseFraction(text: string): Fraction {
  const [integer, fraction = ""] = text.split(".");
  return frac(BigInt(integer + fraction), 10n ** BigInt(fraction.length));
}

export const add = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.n, a.d * b.d);
export const div = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d, a.d * b.n);
export const cmp = (a: Fraction, b: Fraction): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

export interface Row {
  name: string;
  code?: string;
  /** Absent for a sheet without a population column: such a row comes after one with a population. */
  population?: number;
}

/**
 * Largest remainder, written out plainly: floor every exact share (in units), then give one unit
 * each to the rows first in (remainder desc, population desc, with a code before without, code
 * asc, name asc, index asc) until the total is reached.
 */
export function largestRemainder(totalUnits: bigint, shares: Fraction[], rows: Row[]): bigint[] {
  const floors = shares.map((s) => {
    const q = s.n / s.d;
    return s.n < 0n && q * s.d !== s.n ? q - 1n : q;
  });
  const rests = shares.map((s, i) => add(s, frac(-floors[i])));
  let left = totalUnits - floors.reduce((a, b) => a + b, 0n);
  const order = shares.map((_, i) => i);
  order.sort((a, b) => {
    const byRest = cmp(rests[b], rests[a]);
    if (byRest !== 0) return byRest;
    const [pa, pb] = [rows[a].population ?? -1, rows[b].population ?? -1];
    if (pa !== pb) return pb - pa;
    const ca = rows[a].code?.trim().toUpperCase() ?? "";
    const cb = rows[b].code?.trim().toUpperCase() ?? "";
    if (ca !== cb) {
      if (ca === "") return 1;
      if (cb === "") return -1;
      return ca < cb ? -1 : 1;
    }
    const na = rows[a].name.normalize("NFC");
    const nb = rows[b].name.normalize("NFC");
    if (na !== nb) return na < nb ? -1 : 1;
    return a - b;
  });
  const out = [...floors];
  for (const i of order) {
    if (left <= 0n) break;
    if (rests[i].n === 0n) continue;
    out[i] += 1n;
    left -= 1n;
  }
  return out;
}

/** Round a fraction to an integer: half away from zero, or half to even. */
export function roundFraction(x: Fraction, mode: "half-up" | "half-even"): bigint {
  const negative = x.n < 0n;
  const n = negative ? -x.n : x.n;
  let q = n / x.d;
  const twice = (n % x.d) * 2n;
  if (twice > x.d || (twice === x.d && (mode === "half-up" || q % 2n === 1n))) q += 1n;
  return negative ? -q : q;
}
