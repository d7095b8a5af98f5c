// Amounts as integer units (cents or euros) while allocating: numbers while every value and
// sum stays a safe integer, BigInt otherwise. Decimals are made only when someone asks for them.
import type { Decimal } from "./decimal";
import { decimalFromUnits } from "./decimal-from-units";
import { MAX_SAFE } from "./scaled";
import type { UnitAmounts } from "./types";

export type UnitVector =
  | { kind: "number"; values: Float64Array }
  | { kind: "bigint"; values: bigint[] };

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

export function toUnitAmounts(v: UnitVector, scale: number): UnitAmounts {
  return { scale, values: v.values };
}

/** One Decimal per unit value. */
export function toDecimals(units: UnitAmounts): Decimal[] {
  const { values, scale } = units;
  const out = new Array<Decimal>(values.length);
  for (let i = 0; i < out.length; i++) out[i] = decimalFromUnits(values[i], scale);
  return out;
}

/**
 * A function that makes the Decimals of `units` on its first call and returns the same array
 * after. The array is frozen: an amount cannot be replaced, so it always equals its units.
 */
export function decimalsOnDemand(units: UnitAmounts): () => Decimal[] {
  let made: Decimal[] | undefined;
  return () => (made ??= Object.freeze(toDecimals(units)) as Decimal[]);
}

/** The unit value at i as a safe number at `scale` decimals, or null (BigInt, or another scale). */
export function safeUnitsAt(units: UnitAmounts | undefined, scale: number): ((i: number) => number | null) | null {
  if (!units || units.scale !== scale || !(units.values instanceof Float64Array)) return null;
  const values = units.values;
  return (i) => values[i];
}
