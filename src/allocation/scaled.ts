// Exact integer arithmetic on decimals held as integers at a fixed scale ("units"): 1078.24 at
// scale 2 is 107824. JavaScript numbers are used only while every value is a safe integer;
// callers switch to BigInt otherwise. No binary fractions ever reach a result.
import type { RoundingMode } from "./types";
import { allocationError } from "./errors";

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

const POW10: number[] = [];
for (let i = 0, p = 1; i <= 15; i++, p *= 10) POW10.push(p);

/** 10^n as an exact number, for 0 ≤ n ≤ 15. */
export function pow10(n: number): number {
  const p = POW10[n];
  if (p === undefined) throw new RangeError(`pow10(${n}) is outside 0..15`);
  return p;
}

export function pow10n(n: number): bigint {
  return 10n ** BigInt(n);
}

/** A decimal string split into an integer mantissa and a scale: "0.08" -> 8n at scale 2. */
export interface ScaledBig {
  mantissa: bigint;
  scale: number;
}

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export function splitDecimal(value: string): ScaledBig {
  const m = PLAIN_DECIMAL.exec(value);
  if (!m) {
    throw allocationError((t) => t.notDecimalString(String(value)));
  }
  const fraction = m[3] ?? "";
  const mantissa = BigInt(m[2] + fraction);
  return { mantissa: m[1] ? -mantissa : mantissa, scale: fraction.length };
}

function shouldRoundUp(remainder: number, divisor: number, quotientIsOdd: boolean, mode: RoundingMode): boolean {
  // remainder < divisor; compare remainder with divisor - remainder to avoid doubling.
  const rest = divisor - remainder;
  if (remainder > rest) return true;
  if (remainder < rest) return false;
  return mode === "half-up" || quotientIsOdd;
}

/**
 * numerator / divisor rounded to an integer with `mode` (half-up = half away from zero).
 * Requires 0 ≤ |numerator| and 0 < divisor, both safe, and |numerator| + divisor safe.
 */
export function roundQuotient(numerator: number, divisor: number, mode: RoundingMode): number {
  const negative = numerator < 0;
  const n = negative ? -numerator : numerator;
  let q = Math.floor(n / divisor);
  let r = n - q * divisor;
  if (r < 0) {
    q -= 1;
    r += divisor;
  } else if (r >= divisor) {
    q += 1;
    r -= divisor;
  }
  if (r !== 0 && shouldRoundUp(r, divisor, q % 2 === 1, mode)) q += 1;
  return negative && q !== 0 ? -q : q;
}

/** The same as roundQuotient in BigInt, for any size. */
export function roundQuotientBig(numerator: bigint, divisor: bigint, mode: RoundingMode): bigint {
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / divisor;
  const r = n % divisor;
  if (r !== 0n && r * 2n >= divisor) {
    if (r * 2n > divisor || mode === "half-up" || q % 2n === 1n) q += 1n;
  }
  return negative ? -q : q;
}

export function gcdBig(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Parses a plain decimal string ("-12.3", "4002") into an integer at `scale` decimals.
 * Returns null when the text has more decimals than `scale`, is not plain, or is not safe:
 * the caller then takes the exact Decimal path.
 */
export function parseScaled(text: string, scale: number): number | null {
  const length = text.length;
  let i = 0;
  let negative = false;
  if (length > 0 && text.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let value = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (decimals >= 0 || digits === 0) return null;
      decimals = 0;
      continue;
    }
    if (c < 48 || c > 57) return null;
    value = value * 10 + (c - 48);
    digits++;
    if (decimals >= 0) decimals++;
  }
  if (digits === 0 || decimals === 0 || digits > 15) return null;
  const have = decimals < 0 ? 0 : decimals;
  if (have > scale) return null;
  const scaled = value * pow10(scale - have);
  if (scaled > MAX_SAFE) return null;
  return negative && scaled !== 0 ? -scaled : scaled;
}

/**
 * Formats integer units at `scale` decimals in plain notation, dropping trailing zeros of the
 * fraction down to `minDecimals`: formatScaled(-40, 2, 2) = "-0.40", formatScaled(400, 3, 0) = "0.4".
 */
export function formatScaled(units: number | bigint, scale: number, minDecimals: number): string {
  const negative = units < 0;
  let digits = (negative ? -units : units).toString();
  if (scale === 0) return negative ? `-${digits}` : digits;
  if (digits.length <= scale) digits = digits.padStart(scale + 1, "0");
  const integer = digits.slice(0, digits.length - scale);
  let keep = scale;
  while (keep > minDecimals && digits.charCodeAt(integer.length + keep - 1) === 48) keep--;
  const fraction = digits.slice(integer.length, integer.length + keep);
  // units is an integer, so a negative value is never zero: no "-0".
  return `${negative ? "-" : ""}${integer}${keep > 0 ? "." + fraction : ""}`;
}
