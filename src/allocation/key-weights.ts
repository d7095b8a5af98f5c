// The integer weights that make a weighted key (or fixed percentages) an exact largest-remainder
// split. A municipality's exact share is total × Σ_k weight_k × m_k(i) / S_k; over the common
// denominator L × 10^p (L a common multiple of the sums S_k, p the weights' decimals) that is
// total × w(i) / W with the integers w(i) = Σ_k a_k × m_k(i) × (L / S_k) and W = Σ w(i) = L × 10^p.
import { allocationError } from "./errors";
import { measureSum, type MeasureVector } from "./measures";
import { formatScaled, gcdBig, pow10n, splitDecimal } from "./scaled";
import type { KeyPart, KeyPartResult } from "./types";

/** A decimal string as an integer at `scale` decimals ("0.3" at scale 2 → 30n). */
export function mantissaAt(value: string, scale: number): bigint {
  const { mantissa, scale: have } = splitDecimal(value);
  return mantissa * pow10n(scale - have);
}

/** The largest number of decimals among decimal strings. */
export function maxDecimals(values: readonly string[]): number {
  let max = 0;
  for (const v of values) max = Math.max(max, splitDecimal(v).scale);
  return max;
}

export interface KeyWeights {
  weights: bigint[];
  parts: KeyPartResult[];
}

/**
 * The weights of a weighted key for every municipality. A measure whose sum is 0 cannot split
 * anything: an error naming the component and the measure.
 */
export function keyWeights(componentId: string, key: readonly KeyPart[], vectors: ReadonlyMap<string, MeasureVector>, n: number): KeyWeights {
  const p = maxDecimals(key.map((k) => k.weight));
  const sums = key.map((k) => measureSum(vectors.get(k.measure) as MeasureVector));
  key.forEach((k, j) => {
    if (sums[j] === 0n) {
      throw allocationError((t) => t.measureZero(componentId, k.measure));
    }
  });
  let common = 1n;
  for (const s of sums) common = (common / gcdBig(common, s)) * s;
  const weights = new Array<bigint>(n).fill(0n);
  key.forEach((k, j) => {
    const v = vectors.get(k.measure) as MeasureVector;
    const factor = mantissaAt(k.weight, p) * (common / sums[j]);
    for (let i = 0; i < n; i++) {
      const x = v.values[i];
      weights[i] += (typeof x === "bigint" ? x : BigInt(x)) * factor;
    }
  });
  const parts = key.map((k, j) => {
    const v = vectors.get(k.measure) as MeasureVector;
    return { measure: k.measure, weight: k.weight, sum: formatScaled(sums[j], v.scale, 0) };
  });
  return { weights, parts };
}
