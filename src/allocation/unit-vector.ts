// Amounts as integer units (cents or euros) while allocating: numbers while every value and
// sum stays a safe integer, BigInt otherwise. Decimals are made only at the end.
import { Decimal } from "./decimal";
import { decimalFromUnits } from "./decimal-from-units";
import { MAX_SAFE } from "./scaled";

export type UnitVector =
  | { kind: "number"; values: Float64Array }
  | { kind: "bigint"; values: bigint[] };

export function unitAt(v: UnitVector, i: number): number | bigint {
  return v.values[i];
}

export function toBigIntVector(v: UnitVector): bigint[] {
  return v.kind === "bigint" ? v.values : Array.from(v.values, (x) => BigInt(x));
}

/** Element-wise sum of vectors of equal length (empty list → zeros of `length`). */
export function addVectors(vectors: UnitVector[], length: number): UnitVector {
  if (vectors.every((v) => v.kind === "number")) {
    const sum = new Float64Array(length);
    let safe = true;
    for (const v of vectors) {
      const values = v.values as Float64Array;
      for (let i = 0; i < length; i++) {
        const s = sum[i] + values[i];
        if (Math.abs(s) > MAX_SAFE) safe = false;
        sum[i] = s;
      }
      if (!safe) break;
    }
    if (safe) return { kind: "number", values: sum };
  }
  const big = new Array<bigint>(length).fill(0n);
  for (const v of vectors) {
    const values = toBigIntVector(v);
    for (let i = 0; i < length; i++) big[i] += values[i];
  }
  return { kind: "bigint", values: big };
}

export function sumVector(v: UnitVector): number | bigint {
  if (v.kind === "number") {
    let s = 0;
    let safe = true;
    for (let i = 0; i < v.values.length && safe; i++) {
      s += v.values[i];
      safe = Math.abs(s) <= MAX_SAFE;
    }
    if (safe) return s;
  }
  let big = 0n;
  for (const x of toBigIntVector(v)) big += x;
  return big;
}

export function toDecimals(v: UnitVector, scale: number): Decimal[] {
  const out = new Array<Decimal>(v.values.length);
  for (let i = 0; i < out.length; i++) out[i] = decimalFromUnits(v.values[i], scale);
  return out;
}

interface CachedUnits {
  refs: readonly Decimal[];
  units: UnitVector;
  scale: number;
}

// Decimal arrays produced by allocate, with their integer units, so verify can compare without
// re-reading every Decimal. Keyed by the array; each element is trusted only while it is still
// the very object allocate put there (Decimals are immutable).
const cache = new WeakMap<readonly Decimal[], CachedUnits>();

export function rememberUnits(amounts: Decimal[], units: UnitVector, scale: number): void {
  cache.set(amounts, { refs: amounts.slice(), units, scale });
}

/** The remembered units of amounts[i] (at `scale` decimals), as a safe number, or null. */
export function lookupUnits(amounts: readonly Decimal[], scale: number): ((i: number) => number | null) | null {
  const entry = cache.get(amounts);
  if (!entry || entry.units.kind !== "number" || entry.scale !== scale) return null;
  const { refs } = entry;
  const values = entry.units.values;
  return (i) => (amounts[i] === refs[i] ? values[i] : null);
}
