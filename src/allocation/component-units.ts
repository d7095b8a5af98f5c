// Exact amounts in integer units: value × period fraction × multiplier, rounded once.
import type { MeasureVector } from "./measures";
import type { PeriodFraction } from "./period";
import { gcdBig, MAX_SAFE, pow10n, roundQuotient, roundQuotientBig, splitDecimal } from "./scaled";
import type { RoundingMode } from "./types";
import type { UnitVector } from "./unit-vector";

/** value × fraction as an exact ratio in units of 10^-scale: units = multiplier × factor / divisor. */
interface UnitRatio {
  factor: bigint;
  divisor: bigint;
}

function unitRatio(value: string, fraction: PeriodFraction, scale: number): UnitRatio {
  const { mantissa, scale: valueScale } = splitDecimal(value);
  let factor = mantissa * BigInt(fraction.numerator) * pow10n(scale);
  let divisor = pow10n(valueScale) * BigInt(fraction.denominator);
  const g = gcdBig(factor, divisor);
  if (g > 1n) {
    factor /= g;
    divisor /= g;
  }
  return { factor, divisor };
}

/**
 * round(measure × value × fraction) in units of 10^-scale for every municipality (the measure is
 * an integer at its own scale: a population, a number of dwellings, km² in hundredths), with one
 * rounding per amount. Safe-integer arithmetic when the largest product fits, BigInt otherwise;
 * both are exact.
 */
export function multipliedUnits(
  measure: MeasureVector,
  value: string,
  fraction: PeriodFraction,
  scale: number,
  mode: RoundingMode,
): UnitVector {
  let { factor, divisor } = unitRatio(value, fraction, scale);
  if (measure.scale > 0) {
    divisor *= pow10n(measure.scale);
    const g = gcdBig(factor, divisor);
    if (g > 1n) {
      factor /= g;
      divisor /= g;
    }
  }
  const multipliers = measure.values;
  const n = multipliers.length;
  const safe = BigInt(MAX_SAFE);
  if (multipliers instanceof Float64Array && factor <= safe && divisor <= safe && BigInt(measure.max) * factor + divisor <= safe) {
    const f = Number(factor);
    const d = Number(divisor);
    const values = new Float64Array(n);
    if (d === 1) for (let i = 0; i < n; i++) values[i] = multipliers[i] * f;
    else for (let i = 0; i < n; i++) values[i] = roundQuotient(multipliers[i] * f, d, mode);
    return { kind: "number", values };
  }
  const values = new Array<bigint>(n);
  for (let i = 0; i < n; i++) values[i] = roundQuotientBig(BigInt(multipliers[i]) * factor, divisor, mode);
  return { kind: "bigint", values };
}

/** round(value × fraction) in units of 10^-scale. */
export function scaledUnits(value: string, fraction: PeriodFraction, scale: number, mode: RoundingMode): bigint {
  const { factor, divisor } = unitRatio(value, fraction, scale);
  return roundQuotientBig(factor, divisor, mode);
}
