// The one configured Decimal for the whole project: exact decimal arithmetic, never floats.
import DecimalJs from "decimal.js";
import { AllocationError } from "./errors";

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
    throw new AllocationError(
      `${value} is geen geheel getal; schrijf bedragen als tekst, bijvoorbeeld "0.08".`,
      `${value} is not a whole number; write amounts as a string, e.g. "0.08".`,
    );
  }
  if (isDecimalString(value)) return new Decimal(value);
  throw new AllocationError(
    `"${value}" is geen decimaal getal (verwacht bijvoorbeeld "0.08" of "90000").`,
    `"${value}" is not a decimal number (expected e.g. "0.08" or "90000").`,
  );
}
