// Measures a schedule splits or charges by: `inwoners` (the population) and the others a
// municipality carries (`woningen`, `huishoudens`, `oppervlakte`, or any measure whose column is
// named), read as exact integers at a common scale.
import { AllocationError } from "./errors";
import { MAX_SAFE, pow10n } from "./scaled";
import type { Component, Municipality } from "./types";

/** The population: always `Municipality.population`. */
export const POPULATION_MEASURE = "inwoners";

/** Measures the product knows by name; others are allowed when their column is named. */
export const KNOWN_MEASURES = ["inwoners", "woningen", "huishoudens", "oppervlakte"] as const;

/** Measures that count things and must be whole numbers; every other measure may have decimals. */
const WHOLE_MEASURES: ReadonlySet<string> = new Set(["inwoners", "woningen", "huishoudens"]);

/** Measure ids: lower-case letters, digits and -, starting with a letter (like component ids). */
export const MEASURE_ID = /^[a-z][a-z0-9-]*$/;

/** At most this many decimals in a measure value (km² are given to two). */
export const MAX_MEASURE_DECIMALS = 10;

export function isWholeMeasure(measure: string): boolean {
  return WHOLE_MEASURES.has(measure);
}

/** Every measure the components use, in first-use order (`inwoners` included when used). */
export function measuresUsed(components: readonly Component[]): string[] {
  const out: string[] = [];
  const add = (m: string): void => {
    if (!out.includes(m)) out.push(m);
  };
  for (const c of components) {
    if (c.kind === "per-inhabitant") add(POPULATION_MEASURE);
    if (c.kind === "per-unit") add(c.measure);
    if (c.kind === "share-of-total") for (const part of c.key ?? [{ measure: POPULATION_MEASURE }]) add(part.measure);
  }
  return out;
}

/** One measure for every municipality: integers at `scale` decimals (35.72 km² at scale 2 is 3572). */
export interface MeasureVector {
  measure: string;
  scale: number;
  /** Numbers when every value is a safe integer, else BigInt. */
  values: Float64Array | bigint[];
  max: number | bigint;
}

const MEASURE_VALUE = /^(\d+)(?:\.(\d+))?$/;

function measureError(i: number, m: Municipality, measure: string, nl: string, en: string): AllocationError {
  return new AllocationError(
    `Gemeente nr. ${i + 1} ("${m.name}"): ${measure} ${nl}`,
    `Municipality no. ${i + 1} ("${m.name}"): ${measure} ${en}`,
  );
}

/** The measure's text for one municipality, checked: a decimal string ≥ 0, whole when it counts things. */
function measureText(m: Municipality, i: number, measure: string): RegExpExecArray {
  const raw = m.measures?.[measure];
  if (raw === undefined) throw measureError(i, m, measure, "ontbreekt.", "is missing.");
  const match = typeof raw === "string" ? MEASURE_VALUE.exec(raw) : null;
  if (!match) {
    throw measureError(i, m, measure, `is geen getal ≥ 0 ("${String(raw)}").`, `is not a number ≥ 0 ("${String(raw)}").`);
  }
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction !== "" && isWholeMeasure(measure)) {
    throw measureError(i, m, measure, `moet een geheel getal zijn, niet ${raw}.`, `must be a whole number, not ${raw}.`);
  }
  if (fraction.length > MAX_MEASURE_DECIMALS || match[1].replace(/^0+(?=\d)/, "").length > 15) {
    throw measureError(i, m, measure, `heeft te veel cijfers (${raw}).`, `has too many digits (${raw}).`);
  }
  return match;
}

/** Reads one measure of every municipality as exact integers at the largest scale among them. */
export function readMeasure(municipalities: readonly Municipality[], measure: string): MeasureVector {
  const n = municipalities.length;
  if (measure === POPULATION_MEASURE) {
    const values = new Float64Array(n);
    let max = 0;
    for (let i = 0; i < n; i++) {
      const p = municipalities[i].population;
      if (p === undefined) throw measureError(i, municipalities[i], measure, "ontbreekt.", "is missing.");
      values[i] = p;
      if (values[i] > max) max = values[i];
    }
    return { measure, scale: 0, values, max };
  }
  const parts = new Array<[string, string]>(n);
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const match = measureText(municipalities[i], i, measure);
    const fraction = (match[2] ?? "").replace(/0+$/, "");
    parts[i] = [match[1], fraction];
    if (fraction.length > scale) scale = fraction.length;
  }
  const big = parts.map(([integer, fraction]) => BigInt(integer + fraction.padEnd(scale, "0")));
  let max = 0n;
  for (const v of big) if (v > max) max = v;
  if (max <= BigInt(MAX_SAFE)) {
    return { measure, scale, values: Float64Array.from(big, (v) => Number(v)), max: Number(max) };
  }
  return { measure, scale, values: big, max };
}

/** The exact sum of a measure vector, as a BigInt at its scale. */
export function measureSum(v: MeasureVector): bigint {
  let sum = 0n;
  if (v.values instanceof Float64Array) {
    let s = 0;
    for (const x of v.values) {
      s += x;
      if (s > MAX_SAFE) return v.values.reduce((acc, y) => acc + BigInt(y), 0n);
    }
    return BigInt(s);
  }
  for (const x of v.values) sum += x;
  return sum;
}

/** The value at i as a BigInt at `scale` (≥ the vector's scale). */
export function measureAt(v: MeasureVector, i: number, scale = v.scale): bigint {
  const x = v.values[i];
  const big = typeof x === "bigint" ? x : BigInt(x);
  return scale === v.scale ? big : big * pow10n(scale - v.scale);
}
