// Turning integer units (cents, euros) into Decimal objects quickly.
//
// `new Decimal("1078.24")` parses text and costs about a microsecond on a slow machine; an
// allocation of 100k rows × 2 components needs 300k of them. For units at scale 0..7 that are
// safe integers, this module builds the Decimal's fields directly (sign, exponent, base-1e7
// digit words: decimal.js 10's documented-in-source layout). At load it checks its own output
// against the parser for a set of values; if decimal.js ever lays numbers out differently,
// every call silently takes the parser path instead, so results never depend on the shortcut.
import { Decimal } from "./decimal";
import { MAX_SAFE, pow10 } from "./scaled";

const WORD = 1e7;

interface DecimalFields {
  s: number;
  e: number;
  d: number[];
}

/** Constructs an instance with the same fields, in the same order, as the Decimal constructor. */
function FastDecimal(this: DecimalFields & { constructor: unknown }, s: number, e: number, d: number[]): void {
  this.constructor = Decimal;
  this.s = s;
  this.e = e;
  this.d = d;
}
FastDecimal.prototype = Decimal.prototype;

const FastConstructor = FastDecimal as unknown as new (s: number, e: number, d: number[]) => Decimal;

function digitCount(n: number): number {
  let count = 1;
  while (count < 16 && n >= pow10(count)) count++;
  return count;
}

/** Base-1e7 words of a positive integer, most significant first, trailing zero words dropped. */
function integerWords(integer: number): number[] {
  // Array literals of the exact length: push() would grow the backing store to 17 slots.
  if (integer < WORD) return [integer];
  const low = integer % WORD;
  if (integer < WORD * WORD) {
    const high = Math.floor(integer / WORD);
    return low === 0 ? [high] : [high, low];
  }
  const top = Math.floor(integer / (WORD * WORD));
  const middle = Math.floor(integer / WORD) % WORD;
  if (low !== 0) return [top, middle, low];
  return middle === 0 ? [top] : [top, middle];
}

function buildDecimal(units: number, scale: number): Decimal {
  const s = units < 0 ? -1 : 1;
  const magnitude = units < 0 ? -units : units;
  const factor = pow10(scale);
  const integer = Math.floor(magnitude / factor);
  const fraction = magnitude - integer * factor;
  const fractionWord = fraction * pow10(7 - scale);
  if (integer === 0) return new FastConstructor(s, digitCount(fraction) - 1 - scale, [fractionWord]);
  const e = digitCount(integer) - 1;
  // A whole number drops trailing zero words (middle zero words stay).
  if (fraction === 0) return new FastConstructor(s, e, integerWords(integer));
  // With a fraction every integer word is kept, zeros included.
  const d = integer < WORD ? [integer, fractionWord]
    : integer < WORD * WORD ? [Math.floor(integer / WORD), integer % WORD, fractionWord]
      : [Math.floor(integer / (WORD * WORD)), Math.floor(integer / WORD) % WORD, integer % WORD, fractionWord];
  return new FastConstructor(s, e, d);
}

function viaText(units: number | bigint, scale: number): Decimal {
  return new Decimal(`${units.toString()}e-${scale}`);
}

function sameFields(a: Decimal, b: Decimal): boolean {
  const x = a as unknown as DecimalFields;
  const y = b as unknown as DecimalFields;
  return x.s === y.s && x.e === y.e && x.d.length === y.d.length && x.d.every((w, i) => w === y.d[i]);
}

function shortcutWorks(): boolean {
  const samples = [0, 1, 5, 9, 10, 99, 100, 101, 67390, 107824, 350140, 9999999, 10000000, 10000001,
    123456789012, 100000000000000, 99999999999999, 100000000000001, 12345670000000, 10000000000000,
    70000000000005, 123456700000001, MAX_SAFE];
  try {
    for (const units of samples) {
      for (let scale = 0; scale <= 7; scale++) {
        for (const signed of [units, -units]) {
          if (signed === 0) continue;
          const fast = buildDecimal(signed, scale);
          const parsed = viaText(signed, scale);
          if (!sameFields(fast, parsed) || !fast.eq(parsed) || fast.toFixed(scale) !== parsed.toFixed(scale)) return false;
        }
      }
    }
    return true;
  } catch {
    return false;
  }
}

const SHORTCUT = shortcutWorks();

/** True when the fast construction is in use (exposed for the tests). */
export function fastDecimalsEnabled(): boolean {
  return SHORTCUT;
}

/** The Decimal units × 10^-scale, exactly. units is an integer (number must be safe). */
export function decimalFromUnits(units: number | bigint, scale: number): Decimal {
  if (typeof units === "number") {
    if (!Number.isSafeInteger(units)) throw new RangeError(`decimalFromUnits: ${units} is not a safe integer`);
    if (units === 0) return new Decimal(0);
    if (SHORTCUT && scale >= 0 && scale <= 7) {
      return buildDecimal(units, scale);
    }
  }
  return viaText(units, scale);
}
