// Splitting a fixed total over municipalities by population with the largest-remainder
// (Hamilton) method, so the rounded shares add up to the total exactly.
import { Decimal } from "./decimal";
import { decimalFromUnits } from "./decimal-from-units";
import { AllocationError } from "./errors";
import { codeKey, compareCodePoints, nameOrderKey } from "./names";
import { MAX_SAFE } from "./scaled";
import { kthLargest, selectFirst, type IndexOrder } from "./select-first";
import type { UnitVector } from "./unit-vector";

/** What decides between equal remainders. */
export interface TieKey {
  /** Absent when the sheet has no population: the tie-break then starts at the code. */
  population?: number;
  code?: string;
  name: string;
}

export interface UnitApportionment {
  units: UnitVector;
  /** Indexes that received one extra unit, ascending. */
  extraUnitTo: number[];
}

/**
 * The tie-break after an equal remainder: larger population (a row with a population before one
 * without), then CBS code ascending (rows with a code before rows without), then name ascending
 * by code points after NFC, then input index.
 */
function tieOrder(keys: readonly TieKey[]): IndexOrder {
  const codes: (string | undefined)[] = new Array(keys.length);
  const names: (string | undefined)[] = new Array(keys.length);
  return (a, b) => {
    const pa = keys[a].population ?? -1;
    const pb = keys[b].population ?? -1;
    if (pa !== pb) return pa > pb ? -1 : 1;
    const ca = (codes[a] ??= codeKey(keys[a].code));
    const cb = (codes[b] ??= codeKey(keys[b].code));
    if (ca !== cb) {
      if (ca === "") return 1;
      if (cb === "") return -1;
      return compareCodePoints(ca, cb);
    }
    const na = (names[a] ??= nameOrderKey(keys[a].name));
    const nb = (names[b] ??= nameOrderKey(keys[b].name));
    if (na !== nb) return compareCodePoints(na, nb);
    return a - b;
  };
}

function remainderOrder(remainders: bigint[], tie: IndexOrder): IndexOrder {
  return (a, b) => {
    const ra = remainders[a];
    const rb = remainders[b];
    if (ra !== rb) return ra > rb ? -1 : 1;
    return tie(a, b);
  };
}

function checkInputs(totalUnits: bigint, weights: ArrayLike<number> | readonly bigint[], keys: readonly TieKey[]): void {
  if (totalUnits < 0n) {
    throw new AllocationError("Het te verdelen totaal is negatief.", "The total to split is negative.");
  }
  if (keys.length !== weights.length) {
    throw new AllocationError(
      `Er zijn ${weights.length} gewichten maar ${keys.length} sleutels voor gelijke resten.`,
      `There are ${weights.length} weights but ${keys.length} tie-break keys.`,
    );
  }
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (typeof w === "bigint" ? w < 0n : !Number.isSafeInteger(w) || w < 0) {
      throw new AllocationError(
        `Gewicht ${i + 1} (${keys[i].name}) moet een geheel getal ≥ 0 zijn, niet ${w}.`,
        `Weight ${i + 1} (${keys[i].name}) must be a whole number ≥ 0, not ${w}.`,
      );
    }
  }
}

/** Exact-remainder choice for the BigInt path: a partial selection with the full order. */
function chooseBig(remainders: bigint[], leftover: number, keys: readonly TieKey[]): number[] {
  if (leftover === 0) return [];
  const candidates: number[] = [];
  for (let i = 0; i < remainders.length; i++) if (remainders[i] > 0n) candidates.push(i);
  const items = Int32Array.from(candidates);
  selectFirst(items, leftover, remainderOrder(remainders, tieOrder(keys)));
  return Array.from(items.slice(0, leftover).sort());
}

/**
 * The same choice for the number path, faster: find the threshold remainder with a numeric
 * selection, give a unit to every row above it, and use the tie-break only among the rows
 * whose remainder equals the threshold.
 */
function chooseNumber(remainders: Float64Array, leftover: number, keys: readonly TieKey[]): number[] {
  if (leftover === 0) return [];
  const threshold = kthLargest(remainders.slice(), leftover);
  const marked = new Uint8Array(remainders.length);
  const ties: number[] = [];
  let above = 0;
  for (let i = 0; i < remainders.length; i++) {
    const r = remainders[i];
    if (r > threshold) {
      marked[i] = 1;
      above++;
    } else if (r === threshold) ties.push(i);
  }
  const items = Int32Array.from(ties);
  const need = leftover - above;
  selectFirst(items, need, tieOrder(keys));
  for (let t = 0; t < need; t++) marked[items[t]] = 1;
  const chosen = new Array<number>(leftover);
  for (let i = 0, c = 0; c < leftover; i++) if (marked[i] === 1) chosen[c++] = i;
  return chosen;
}

/** The weights as safe numbers when they and every product fit, else null (the BigInt path). */
function asSafeNumbers(totalUnits: bigint, weights: ArrayLike<number> | readonly bigint[]): { values: ArrayLike<number>; sum: number } | null {
  const n = weights.length;
  let values: ArrayLike<number>;
  if (n > 0 && typeof weights[0] === "bigint") {
    const big = weights as readonly bigint[];
    for (const w of big) if (w > BigInt(MAX_SAFE)) return null;
    values = Float64Array.from(big, Number);
  } else values = weights as ArrayLike<number>;
  // A float sum that stays ≤ 2^53 is exact; beyond it the BigInt path adds exactly.
  let sum = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    sum += values[i];
    if (values[i] > max) max = values[i];
  }
  if (sum > MAX_SAFE || totalUnits * BigInt(max) + BigInt(sum) > BigInt(MAX_SAFE)) return null;
  return { values, sum };
}

function apportionNumbers(total: number, weights: ArrayLike<number>, sum: number, keys: readonly TieKey[]): UnitApportionment {
  const n = weights.length;
  const quotients = new Float64Array(n);
  const remainders = new Float64Array(n);
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    const product = total * weights[i];
    let q = Math.floor(product / sum);
    let r = product - q * sum;
    if (r < 0) {
      q -= 1;
      r += sum;
    } else if (r >= sum) {
      q += 1;
      r -= sum;
    }
    quotients[i] = q;
    remainders[i] = r;
    assigned += q;
  }
  const extraUnitTo = chooseNumber(remainders, total - assigned, keys);
  for (const i of extraUnitTo) quotients[i] += 1;
  return { units: { kind: "number", values: quotients }, extraUnitTo };
}

function apportionBig(totalUnits: bigint, weights: ArrayLike<number> | readonly bigint[], keys: readonly TieKey[]): UnitApportionment {
  const n = weights.length;
  let sum = 0n;
  for (let i = 0; i < n; i++) sum += BigInt(weights[i]);
  const quotients = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let assigned = 0n;
  for (let i = 0; i < n; i++) {
    const product = totalUnits * BigInt(weights[i]);
    quotients[i] = product / sum;
    remainders[i] = product % sum;
    assigned += quotients[i];
  }
  const extraUnitTo = chooseBig(remainders, Number(totalUnits - assigned), keys);
  for (const i of extraUnitTo) quotients[i] += 1n;
  return { units: { kind: "bigint", values: quotients }, extraUnitTo };
}

/**
 * Splits `totalUnits` whole units in proportion to `weights` (integers ≥ 0: safe numbers or
 * BigInt). Each share is its exact share floored to a unit, plus one unit for the `leftover`
 * largest remainders, compared exactly as integers over the common denominator (the weight sum).
 * Safe-integer arithmetic while every product fits, BigInt otherwise; both are exact.
 */
export function apportionUnits(totalUnits: bigint, weights: ArrayLike<number> | readonly bigint[], keys: readonly TieKey[]): UnitApportionment {
  checkInputs(totalUnits, weights, keys);
  const n = weights.length;
  let positive = false;
  for (let i = 0; i < n && !positive; i++) positive = typeof weights[i] === "bigint" ? (weights[i] as bigint) > 0n : (weights[i] as number) > 0;
  if (!positive) {
    if (totalUnits === 0n) return { units: { kind: "number", values: new Float64Array(n) }, extraUnitTo: [] };
    throw new AllocationError(
      "Het totaal kan niet verdeeld worden: de gewichten zijn samen 0.",
      "The total cannot be split: the weights add up to 0.",
    );
  }
  const safe = asSafeNumbers(totalUnits, weights);
  if (safe) return apportionNumbers(Number(totalUnits), safe.values, safe.sum, keys);
  return apportionBig(totalUnits, weights, keys);
}

/** k when unit = 10^-k (0 ≤ k ≤ 7), else null. */
function unitScale(unit: Decimal): number | null {
  const k = unit.decimalPlaces();
  return k <= 7 && new Decimal(10).pow(k).times(unit).eq(1) ? k : null;
}

/**
 * Splits `total` (a whole number of `unit`s, ≥ 0) by `weights` with the largest-remainder
 * method; see apportionUnits and docs/allocation.md for the tie-break. The result does not
 * depend on the order of the rows, except between rows whose keys are identical.
 */
export function apportion(
  total: Decimal,
  weights: number[],
  unit: Decimal,
  tieKeys: TieKey[],
): { amounts: Decimal[]; extraUnitTo: number[] } {
  if (!unit.isFinite() || unit.lte(0)) {
    throw new AllocationError("De afrondingseenheid moet groter dan 0 zijn.", "The rounding unit must be greater than 0.");
  }
  const units = new Decimal(total).div(unit);
  if (!units.isInteger()) {
    throw new AllocationError(
      `Het totaal ${total.toFixed()} is geen geheel aantal eenheden van ${unit.toFixed()}; rond het eerst af.`,
      `The total ${total.toFixed()} is not a whole number of units of ${unit.toFixed()}; round it first.`,
    );
  }
  const result = apportionUnits(BigInt(units.toFixed(0)), weights, tieKeys);
  const scale = unitScale(unit);
  const values = result.units.values;
  const amounts = new Array<Decimal>(values.length);
  for (let i = 0; i < values.length; i++) {
    amounts[i] = scale === null ? new Decimal(values[i].toString()).times(unit) : decimalFromUnits(values[i], scale);
  }
  return { amounts, extraUnitTo: result.extraUnitTo };
}
