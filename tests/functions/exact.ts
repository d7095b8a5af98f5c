// An independent exact computation of what the functions must give, for the tests to compare
// with: BigInt fractions, rounding written out, and a plain largest remainder that sorts every row
// (not the allocation core's integer weights over a common multiple, nor its selection).

/** n / d with d > 0, reduced. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(n: bigint, d = 1n): Fraction {
  if (d === 0n) throw new Error("division by zero");
  const g = gcd(n, d) || 1n;
  const s = d < 0n ? -1n : 1n;
  return { n: (s * n) / g, d: (s * d) / g };
}

export const add = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
export const div = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d, a.d * b.n);
const compare = (a: Fraction, b: Fraction): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x === y ? 0 : x < y ? -1 : 1;
};

/** A plain decimal string ("35.72", "0.3", "250000") as a fraction. */
export function decimal(text: string): Fraction {
  const [integer, frac = ""] = text.split(".");
  return fraction(BigInt(integer + frac), 10n ** BigInt(frac.length));
}

/** A fraction ≥ 0 rounded to an integer: half away from zero (half-up) or half to even. */
export function round(f: Fraction, mode: "half-up" | "half-even"): bigint {
  const floor = f.n / f.d;
  const twice = 2n * (f.n - floor * f.d); // 2 × remainder, against d
  if (twice < f.d) return floor;
  if (twice > f.d) return floor + 1n;
  return mode === "half-up" || floor % 2n === 1n ? floor + 1n : floor;
}

/** round(value × 10^scale × factor): an amount in units (cents, euros) for the period. */
export function units(value: string, factor: Fraction, scale: number, mode: "half-up" | "half-even"): bigint {
  return round(mul(mul(decimal(value), fraction(10n ** BigInt(scale))), factor), mode);
}

/** What decides between equal remainders (docs/allocation.md). */
export interface TieRow {
  /** Absent without a population column: such a row comes after one with a population. */
  population?: number;
  code?: string;
  name: string;
}

function codePoints(a: string, b: string): number {
  const [x, y] = [[...a].map((c) => c.codePointAt(0)!), [...b].map((c) => c.codePointAt(0)!)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * The largest remainder: every exact share (in units; together a whole number) floored, then one
 * unit each to the largest remainders; ties by larger population, then CBS code (trimmed, upper
 * case; rows with one first), then name by code points after NFC, then row order.
 */
export function largestRemainder(shares: readonly Fraction[], rows: readonly TieRow[]): bigint[] {
  const total = shares.reduce(add, fraction(0n));
  if (total.d !== 1n) throw new Error("the shares do not add up to a whole number of units");
  const floors = shares.map((s) => s.n / s.d);
  const rest = shares.map((s, i) => add(s, fraction(-floors[i])));
  const left = Number(total.n - floors.reduce((a, b) => a + b, 0n));
  const code = (r: TieRow) => (r.code ?? "").trim().toUpperCase();
  const order = shares
    .map((_, i) => i)
    .sort((a, b) => {
      const byRest = compare(rest[b], rest[a]);
      if (byRest !== 0) return byRest;
      const [pa, pb] = [rows[a].population ?? -1, rows[b].population ?? -1];
      if (pa !== pb) return pb - pa;
      const [ca, cb] = [code(rows[a]), code(rows[b])];
      if (ca !== cb) return ca === "" ? 1 : cb === "" ? -1 : codePoints(ca, cb);
      const byName = codePoints(rows[a].name.normalize("NFC"), rows[b].name.normalize("NFC"));
      return byName !== 0 ? byName : a - b;
    });
  const out = [...floors];
  for (const i of order.slice(0, left)) out[i] += 1n;
  return out;
}

/** The exact shares of `total` units by a weighted key: total × Σ weight × value ÷ the measure's sum. */
export function weightedShares(total: bigint, key: readonly { weight: string; values: readonly string[] }[]): Fraction[] {
  const n = key[0].values.length;
  const sums = key.map((k) => k.values.map(decimal).reduce(add, fraction(0n)));
  return Array.from({ length: n }, (_, i) =>
    key.reduce((s, k, j) => add(s, div(mul(mul(fraction(total), decimal(k.weight)), decimal(k.values[i])), sums[j])), fraction(0n)),
  );
}

/** The exact shares of `total` units by percentages that add up to 100. */
export function percentageShares(total: bigint, percentages: readonly string[]): Fraction[] {
  return percentages.map((p) => div(mul(fraction(total), decimal(p)), fraction(100n)));
}

/** Units as the number Excel shows: 107824 cents is 1078.24 (the double nearest to it). */
export function unitsToNumber(u: bigint, scale: number): number {
  return Number(u) / 10 ** scale;
}

/** The factor of a period, counted here: whole months / 12, or inclusive days / days in the year. */
export function periodFactor(period?: { from: string; to: string; prorate: "none" | "months" | "days" }): Fraction {
  if (!period || period.prorate === "none") return fraction(1n);
  const [from, to] = [new Date(`${period.from}T00:00:00Z`), new Date(`${period.to}T00:00:00Z`)];
  if (period.prorate === "months") return fraction(BigInt(to.getUTCMonth() - from.getUTCMonth() + 1), 12n);
  const year = from.getUTCFullYear();
  const dayMs = 86_400_000;
  const days = (to.getTime() - from.getTime()) / dayMs + 1;
  const inYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / dayMs;
  return fraction(BigInt(days), BigInt(inYear));
}
