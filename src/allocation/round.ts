// Rounding money to the schedule's unit: cents (2 decimals) or whole euros.
import type DecimalJs from "decimal.js";
import { Decimal } from "./decimal";
import type { Rounding, RoundingMode, RoundingUnit } from "./types";

const CENT = new Decimal("0.01");
const EURO = new Decimal(1);

/** Number of decimals of a rounding unit: cent → 2, euro → 0. */
export function unitDecimals(unit: RoundingUnit | Rounding): 0 | 2 {
  const u = typeof unit === "string" ? unit : unit.unit;
  return u === "cent" ? 2 : 0;
}

/** The rounding unit as a Decimal: 0.01 or 1. */
export function unitOf(rounding: Rounding | RoundingUnit): Decimal {
  return unitDecimals(rounding) === 2 ? CENT : EURO;
}

/** decimal.js rounding constant: ROUND_HALF_UP rounds half away from zero (−2.5 → −3). */
export function decimalRounding(mode: RoundingMode): DecimalJs.Rounding {
  return mode === "half-even" ? Decimal.ROUND_HALF_EVEN : Decimal.ROUND_HALF_UP;
}

/** x rounded to the unit with the mode: half-up = half away from zero; half-even = banker's. */
export function roundMoney(x: Decimal, rounding: Rounding): Decimal {
  return new Decimal(x).toDecimalPlaces(unitDecimals(rounding), decimalRounding(rounding.mode));
}

/** An amount as a plain decimal string with the unit's decimals: "1078.24", "4002". */
export function toPlainAmount(amount: Decimal, unit: RoundingUnit | Rounding): string {
  const dp = unitDecimals(unit);
  return amount.toFixed(Math.max(dp, amount.decimalPlaces()));
}
