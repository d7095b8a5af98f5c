// Turning integer units (cents, euros) into Decimal objects through decimal.js's public API.
// allocate makes these only when a caller reads `amounts` or `totals`: verify and
// toPlainAmounts work on the integer units themselves.
import { Decimal } from "./decimal";
import { pow10 } from "./scaled";

/** 10^scale as Decimals, for the division that places the decimal point. */
const DIVISORS: Decimal[] = [];
for (let k = 0; k <= 15; k++) DIVISORS.push(new Decimal(pow10(k)));

/**
 * The Decimal units × 10^-scale, exactly. A safe integer at scale 0..15 is divided by a power of
 * ten (exact within the Decimal's 40 digits, and faster than parsing text); BigInt and larger
 * scales go through the decimal text ("123e-9").
 */
export function decimalFromUnits(units: number | bigint, scale: number): Decimal {
  if (typeof units === "number") {
    if (!Number.isSafeInteger(units)) throw new RangeError(`decimalFromUnits: ${units} is not a safe integer`);
    if (scale === 0) return new Decimal(units);
    const divisor = DIVISORS[scale];
    if (divisor !== undefined) return new Decimal(units).div(divisor);
  }
  return new Decimal(`${units.toString()}e-${scale}`);
}
