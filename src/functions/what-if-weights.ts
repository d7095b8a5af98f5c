// VERDEEL.SLEUTEL's `gewichten`: what-if weights of a weighted key, or what-if fixed percentages,
// as the task pane's Scenario edits them (Overrides.weights, Overrides.percentages). A range of
// two columns (or two rows): a label (a measure, or a municipality by name or CBS code) and its
// number. The figures not named keep the schedule's; together they must still add up to exactly
// 1 (weights) or 100 (percentages).
import { Decimal, type FixedPercentageComponent, type KeyPart, type Municipality } from "../allocation";
import { matchKeys } from "../allocation/key-match";
import { excelDecimal, readGrid } from "./cells";
import { namesMeasure } from "./headers";
import { failure, type Where } from "./i18n";

const PARAM = "gewichten";
/** The schedule format's limit for a weight or percentage. */
const MAX_DECIMALS = 10;

interface Pair {
  label: string;
  value: unknown;
  labelAt: Where;
  valueAt: Where;
}

const isLabel = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/**
 * The pairs of the range: labels in the first column and numbers in the second, or labels in the
 * first row and numbers in the second; no header (a 2 × 2 range with one would be ambiguous).
 */
function readPairs(value: unknown): Pair[] {
  const rows = readGrid(value, PARAM);
  const columns = rows[0].length;
  if (columns === 2 && rows.every((r) => isLabel(r[0]))) {
    return rows.map((r, i) => ({
      label: (r[0] as string).trim(),
      value: r[1],
      labelAt: { param: PARAM, row: i + 1, column: 1 },
      valueAt: { param: PARAM, row: i + 1, column: 2 },
    }));
  }
  if (rows.length === 2 && rows[0].every(isLabel)) {
    return rows[0].map((label, j) => ({
      label: (label as string).trim(),
      value: rows[1][j],
      labelAt: { param: PARAM, row: 1, column: j + 1 },
      valueAt: { param: PARAM, row: 2, column: j + 1 },
    }));
  }
  throw failure((m) => m.weightsShape(m.param(PARAM), rows.length, columns));
}

/** A weight (> 0) or a percentage (≥ 0) from a cell, as a decimal string; never rounded. */
function readNumber(pair: Pair, percentage: boolean): string {
  const { value, valueAt: at } = pair;
  if (typeof value !== "number" || !Number.isFinite(value)) throw failure((m) => m.notAWeight(m.at(at), m.show(value)));
  const text = excelDecimal(value);
  if (percentage && value < 0) throw failure((m) => m.negativePercentage(m.at(at), m.number(value)));
  if (!percentage && value <= 0) throw failure((m) => m.weightNotPositive(m.at(at), m.number(value)));
  if ((text.split(".")[1] ?? "").length > MAX_DECIMALS) throw failure((m) => m.weightTooPrecise(m.at(at), m.number(value)));
  return text;
}

function exactSum(values: Iterable<string>): Decimal {
  let sum = new Decimal(0);
  for (const v of values) sum = sum.plus(v);
  return sum;
}

/** The key with the what-if weights of the range. */
export function whatIfKey(key: readonly KeyPart[], value: unknown): KeyPart[] {
  const weights = new Map(key.map((k) => [k.measure, k.weight]));
  const seen = new Set<string>();
  for (const pair of readPairs(value)) {
    const measure = key.find((k) => namesMeasure(pair.label, k.measure))?.measure;
    if (measure === undefined) {
      throw failure((m) => m.unknownKeyMeasure(m.at(pair.labelAt), pair.label, key.map((k) => k.measure).join(", ")));
    }
    if (seen.has(measure)) throw failure((m) => m.repeatedWhatIf(m.at(pair.labelAt), pair.label));
    seen.add(measure);
    weights.set(measure, readNumber(pair, false));
  }
  const sum = exactSum(weights.values());
  if (!sum.eq(1)) throw failure((m) => m.weightsSum(m.param(PARAM), sum.toString()));
  return key.map((k) => ({ measure: k.measure, weight: weights.get(k.measure) as string }));
}

/**
 * The percentages with the what-if ones of the range. A label names a municipality of the table
 * as the schedule's keys do (CBS code first, then name); its new percentage replaces the one of
 * the schedule's key for that municipality.
 */
export function whatIfPercentages(c: FixedPercentageComponent, value: unknown, municipalities: readonly Municipality[]): Record<string, string> {
  const scheduleKeyOf = matchKeys(c.id, Object.keys(c.percentages), municipalities).keyOf;
  const percentages = { ...c.percentages };
  const seen = new Set<number>();
  for (const pair of readPairs(value)) {
    // One label at a time, so that two labels for one municipality are named by position.
    const [row] = matchKeys(c.id, [pair.label], municipalities).keyOf.keys();
    if (row === undefined) throw failure((m) => m.unknownMunicipality(m.at(pair.labelAt), pair.label));
    if (seen.has(row)) throw failure((m) => m.repeatedWhatIf(m.at(pair.labelAt), pair.label));
    seen.add(row);
    const key = scheduleKeyOf.get(row);
    // A municipality without a percentage in the schedule: allocate says so, naming both lists.
    if (key === undefined) return c.percentages;
    percentages[key] = readNumber(pair, true);
  }
  const sum = exactSum(Object.values(percentages));
  if (!sum.eq(100)) throw failure((m) => m.percentagesSum(m.param(PARAM), sum.toString()));
  return percentages;
}
