// Amounts as plain decimal strings for writing cells and JSON reports, fast for the integer units
// that allocate gives.
import type { Decimal } from "./decimal";
import { unitDecimals } from "./round";
import { formatScaled } from "./scaled";
import type { Rounding, RoundingUnit, UnitAmounts } from "./types";

function isUnitAmounts(x: readonly Decimal[] | UnitAmounts): x is UnitAmounts {
  return !Array.isArray(x);
}

/**
 * Each amount with the unit's decimals ("1078.24", "3501"), more only if an amount has more.
 * Takes Decimals, or the integer units of an allocation (`result.units`, `allocation.totalUnits`),
 * which it formats without making a Decimal.
 */
export function toPlainAmounts(amounts: readonly Decimal[] | UnitAmounts, unit: RoundingUnit | Rounding): string[] {
  const dp = unitDecimals(unit);
  if (isUnitAmounts(amounts)) {
    const { values, scale } = amounts;
    const out = new Array<string>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = formatScaled(values[i], scale, Math.min(dp, scale));
    if (scale < dp) for (let i = 0; i < out.length; i++) out[i] = padDecimals(out[i], dp);
    return out;
  }
  const out = new Array<string>(amounts.length);
  for (let i = 0; i < amounts.length; i++) out[i] = amounts[i].toFixed(Math.max(dp, amounts[i].decimalPlaces()));
  return out;
}

/** "3501" → "3501.00" when cents are asked for whole-euro units. */
function padDecimals(text: string, dp: number): string {
  const point = text.indexOf(".");
  const have = point < 0 ? 0 : text.length - point - 1;
  if (have >= dp) return text;
  return (point < 0 ? text + "." : text) + "0".repeat(dp - have);
}
