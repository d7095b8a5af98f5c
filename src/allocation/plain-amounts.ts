// Amounts as plain decimal strings for writing cells and JSON reports, fast for the arrays
// that allocate made.
import type { Decimal } from "./decimal";
import { unitDecimals } from "./round";
import { formatScaled } from "./scaled";
import type { Rounding, RoundingUnit } from "./types";
import { lookupUnits } from "./unit-vector";

/**
 * Each amount with the unit's decimals ("1078.24", "3501"), more only if an amount has more.
 * For arrays from allocate this formats the remembered integer units instead of each Decimal.
 */
export function toPlainAmounts(amounts: readonly Decimal[], unit: RoundingUnit | Rounding): string[] {
  const dp = unitDecimals(unit);
  const units = lookupUnits(amounts, dp);
  const out = new Array<string>(amounts.length);
  for (let i = 0; i < amounts.length; i++) {
    const u = units ? units(i) : null;
    if (u !== null) out[i] = formatScaled(u, dp, dp);
    else out[i] = amounts[i].toFixed(Math.max(dp, amounts[i].decimalPlaces()));
  }
  return out;
}
