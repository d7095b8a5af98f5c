// Reading what Excel passes to a custom function: numbers are JavaScript numbers, text is a
// string, an omitted optional argument is null, a range is an array of rows. Every refusal names
// the parameter and, in a range, the row or column.
import { isWholeMeasure, POPULATION_MEASURE, unitDecimals, type RoundingUnit } from "../allocation";
import { failure, type ParamKey, type Where } from "./i18n";

/** 12 digits before the point: the largest amount a schedule may hold (exact in 40 digits). */
const MAX_INTEGER_DIGITS = 12;
/** The allocation core's limits for a measure value (measures.ts): 15 digits before the point, 10 after. */
const MAX_MEASURE_INTEGER_DIGITS = 15;
const MAX_MEASURE_DECIMALS = 10;

/** An omitted optional argument (null), or an empty cell as Excel on the web passes it. */
export function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * A number as Excel shows and stores it: 15 significant digits, as a plain decimal string.
 * 0.1+0.2 computed in a cell is 0.30000000000000004 in binary; Excel (and this) say 0.3.
 */
export function excelDecimal(value: number): string {
  const shown = Number(value.toPrecision(15));
  const text = String(shown);
  if (!/e/i.test(text)) return text;
  // Very large or very small: write out the digits without an exponent.
  const [mantissa, exponent] = text.toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const [int, frac = ""] = mantissa.replace("-", "").split(".");
  const digits = int + frac;
  const point = int.length + Number(exponent);
  const plain =
    point <= 0 ? `0.${"0".repeat(-point)}${digits}` : point >= digits.length ? digits + "0".repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + plain;
}

/** A number of inhabitants: a whole number, 0 or more, that a double holds exactly. */
export function readPopulation(value: unknown, where: Where): number {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && value >= 0) return value;
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      throw failure((m) => m.populationTooLarge(m.at(where), m.number(value)));
    }
    if (value < 0) throw failure((m) => m.negativePopulation(m.at(where), m.number(value)));
    throw failure((m) => m.fractionalPopulation(m.at(where), m.number(value)));
  }
  if (isOmitted(value)) throw failure((m) => m.emptyPopulation(m.at(where)));
  if (typeof value === "string") throw failure((m) => m.textPopulation(m.at(where), value));
  throw failure((m) => m.notAPopulation(m.at(where), m.show(value)));
}

/** One column or one row of a range, cell by cell, with the position of each cell. */
export interface Line {
  cells: unknown[];
  rows: number;
  columns: number;
  /** Where cell i (0-based) is, for a message. */
  where(i: number): Where;
}

/** A range as Excel passes it: rows of equal length, at least one cell. */
export function readGrid(value: unknown, param: ParamKey): unknown[][] {
  const rows = Array.isArray(value) ? value : null;
  if (!rows || !rows.every((r) => Array.isArray(r))) throw failure((m) => m.notARange(m.param(param)));
  const columns = rows.length === 0 ? 0 : (rows[0] as unknown[]).length;
  if (rows.length === 0 || columns === 0) throw failure((m) => m.emptyRange(m.param(param)));
  if (rows.some((r) => (r as unknown[]).length !== columns)) throw failure((m) => m.notARange(m.param(param)));
  return rows as unknown[][];
}

/** A range that must be one column or one row (a single cell is both). */
export function readLine(value: unknown, param: ParamKey): Line {
  const rows = readGrid(value, param);
  const columns = rows[0].length;
  if (columns === 1) {
    return { cells: rows.map((r) => r[0]), rows: rows.length, columns, where: (i) => ({ param, row: i + 1 }) };
  }
  if (rows.length === 1) return { cells: [...rows[0]], rows: 1, columns, where: (i) => ({ param, column: i + 1 }) };
  throw failure((m) => m.notOneLine(m.param(param), rows.length, columns));
}

/**
 * The value of a measure as the allocation core takes it: `inwoners` a population (a safe whole
 * number); another measure a plain decimal string ≥ 0 ("45001", "35.72"), whole when it counts
 * things (woningen, huishoudens), with at most 15 digits before the point and 10 after.
 */
export function readMeasureValue(value: unknown, measure: string, where: Where): string {
  if (measure === POPULATION_MEASURE) return String(readPopulation(value, where));
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw failure((m) => m.measureTooLarge(m.at(where), m.number(value), measure));
    const text = excelDecimal(value);
    if (value < 0) throw failure((m) => m.negativeMeasure(m.at(where), m.number(value), measure));
    const [integer, fraction = ""] = text.split(".");
    if (integer.length > MAX_MEASURE_INTEGER_DIGITS) throw failure((m) => m.measureTooLarge(m.at(where), text, measure));
    if (fraction !== "" && isWholeMeasure(measure)) throw failure((m) => m.fractionalMeasure(m.at(where), m.number(value), measure));
    if (fraction.length > MAX_MEASURE_DECIMALS) throw failure((m) => m.measureTooPrecise(m.at(where), m.number(value), measure));
    return text;
  }
  if (isOmitted(value)) throw failure((m) => m.emptyMeasure(m.at(where), measure));
  if (typeof value === "string") throw failure((m) => m.textMeasure(m.at(where), value, measure));
  throw failure((m) => m.notAMeasure(m.at(where), m.show(value), measure));
}

/**
 * An amount ≥ 0 as a decimal string ("90000", "0.07"): with a unit at most its decimals, else at
 * most `maxDecimals`; never rounded.
 */
export function readAmount(value: unknown, param: ParamKey, unit?: RoundingUnit, maxDecimals = 10): string {
  if (isOmitted(value)) throw failure((m) => m.emptyAmount(m.param(param)));
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw failure((m) => m.notAnAmount(m.param(param), m.show(value)));
  }
  const text = excelDecimal(value);
  if (value < 0) throw failure((m) => m.negativeAmount(m.param(param), m.number(value)));
  const [integer, fraction = ""] = text.split(".");
  if (integer.length > MAX_INTEGER_DIGITS) throw failure((m) => m.amountTooLarge(m.param(param), text));
  if (unit !== undefined && fraction.length > unitDecimals(unit)) {
    throw failure((m) => m.tooManyDecimals(m.param(param), m.number(Number(text)), unit));
  }
  if (fraction.length > maxDecimals) throw failure((m) => m.tooManyRateDecimals(m.param(param), m.number(Number(text)), maxDecimals));
  return text;
}

/** An optional text argument: undefined when omitted; a number or TRUE is refused. */
export function readOptionalText(value: unknown, param: ParamKey): string | undefined {
  if (isOmitted(value)) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  throw failure((m) => m.notText(m.param(param), m.show(value)));
}

/** A required text argument. */
export function readText(value: unknown, param: ParamKey): string {
  const text = readOptionalText(value, param);
  if (text === undefined) throw failure((m) => m.notText(m.param(param), m.show(value)));
  return text;
}

/** The rounding unit: "cent" (default) or "euro"; the numbers 0.01 and 1 mean the same. */
export function readUnit(value: unknown): RoundingUnit {
  if (isOmitted(value)) return "cent";
  if (value === 0.01) return "cent";
  if (value === 1) return "euro";
  if (typeof value === "string") {
    const unit = value.trim().toLowerCase();
    if (unit === "cent" || unit === "euro") return unit;
  }
  throw failure((m) => m.badUnit(m.show(value)));
}
