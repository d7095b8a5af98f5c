// The one configured Decimal for the whole project: exact decimal arithmetic, never floats.
import DecimalJs from "decimal.js";
import { allocationError } from "./errors";

/**
 * 40 significant digits and half-up (away from zero) as default rounding; plain notation in
 * toString for every amount a municipality can owe.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

/** A plain decimal string: optional minus, digits, optional point with digits ("0.08", "-3"). */
export const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

export function isDecimalString(value: unknown): value is string {
  return typeof value === "string" && DECIMAL_STRING.test(value);
}

/** A Decimal from a plain decimal string or a safe integer; anything else is refused. */
export function toDecimal(value: string | number): Decimal {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return new Decimal(value);
    throw allocationError((t) => t.notWholeNumber(String(value)));
  }
  if (isDecimalString(value)) return new Decimal(value);
  throw allocationError((t) => t.notDecimal(String(value)));
}
