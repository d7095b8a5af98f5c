// Formula mode: per-inhabitant and per-unit amounts as formulas on the rates block (sheet
// Tarieven: the row's population or measure cell × the rate), totals as sums of cells. Each formula must give exactly the figure the core computes, in Excel and in
// any engine with plain IEEE arithmetic; this file builds the formulas and refuses the cases
// where that cannot be promised. Pure.
import { periodFraction, type PeriodFraction } from "../allocation/period";
import { unitDecimals } from "../allocation/round";
import { POPULATION_MEASURE } from "../allocation/measures";
import type { Component, PerInhabitantComponent, PerUnitComponent, Schedule } from "../allocation/types";
import type { Lang } from "../allocation";
import { columnLetters } from "./address";
import { workbookMessages } from "./i18n";
import { planError } from "./plan-error";
import { RATES_SHEET, type RateLine, type RateRef } from "./rates-block";
import type { DataRow, DetectedTable } from "./types";

/**
 * Decimals of the inner ROUND that removes binary noise before the real rounding
 * (`ROUND(ROUND(x,6),0)`): 3 × 0,35 is 1,0499999999999998 in binary floating point, and a
 * plain ROUND in an engine without Excel's 15-digit correction would round that half down.
 */
export const SNAP_DECIMALS = 6;
/** The snap is exact while no amount exceeds this many rounding units (5 × 10^8)... */
const MAX_UNITS = 500_000_000n;
/** ...and while exact amounts that are not a half lie at least 1/(2 × this) unit from one. */
const MAX_DIVISOR = 500_000n;

/** Excel's limits on one formula: its length, and the arguments of one function. */
export const EXCEL_FORMULA_LIMITS = { characters: 8192, arguments: 255 } as const;

/** A component charged at a rate per unit of a column: per inhabitant, or per unit of another measure. */
export type RatedComponent = PerInhabitantComponent | PerUnitComponent;

export function isRated(c: Component): c is RatedComponent {
  return c.kind === "per-inhabitant" || c.kind === "per-unit";
}

/** The measure a rated component multiplies: `inwoners` per inhabitant, else its own. */
export function ratedMeasure(c: RatedComponent): string {
  return c.kind === "per-unit" ? c.measure : POPULATION_MEASURE;
}

/**
 * The column of the cells a rated component's formulas multiply (the population, or the
 * measure's column). Detection always finds it when the schedule uses the measure.
 */
export function countColumn(table: DetectedTable, c: RatedComponent): number {
  const measure = ratedMeasure(c);
  const col = measure === POPULATION_MEASURE ? table.populationColumn : table.measureColumns?.[measure];
  if (col === undefined) throw new Error(`formula mode: no column for measure ${measure}`);
  return col;
}

/** The largest value of a measure over the charged rows, as an integer at the largest scale among them. */
function largestCount(table: DetectedTable, measure: string): { mantissa: bigint; scale: number } {
  if (measure === POPULATION_MEASURE) {
    let max = 0;
    for (const r of table.rows) if ((r.population ?? 0) > max) max = r.population ?? 0;
    return { mantissa: BigInt(max), scale: 0 };
  }
  let scale = 0;
  const parts = table.rows.map((r) => decimalParts(r.measures?.[measure] ?? "0"));
  for (const p of parts) if (p.scale > scale) scale = p.scale;
  let mantissa = 0n;
  for (const p of parts) {
    const m = p.mantissa * 10n ** BigInt(scale - p.scale);
    if (m > mantissa) mantissa = m;
  }
  return { mantissa, scale };
}

/** The period factor a formula must apply: only when the period pro-rates and is not 1. */
export function formulaFraction(component: Component): PeriodFraction | undefined {
  if (!component.period || component.period.prorate === "none") return undefined;
  const f = periodFraction(component.period);
  return f.numerator === f.denominator ? undefined : f;
}

function decimalParts(value: string): { mantissa: bigint; scale: number } {
  const [int, frac = ""] = value.split(".");
  return { mantissa: BigInt(int + frac), scale: frac.length };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/**
 * Refuses formula mode where a formula could give another figure than the core: half-even
 * rounding (ROUND rounds half away from zero, and no worksheet function rounds half to even),
 * populations inside unsplit CSV lines, a data sheet that is itself called Tarieven, and a
 * rate, measure (km² with decimals) or amount beyond what the snapped ROUND computes exactly.
 */
export function checkFormulaMode(schedule: Schedule, table: DetectedTable, components: readonly RatedComponent[]): void {
  if (components.length === 0) return;
  if (schedule.rounding.mode === "half-even") {
    throw planError("formula-half-even", (m) => m.formulaHalfEven(schedule.id));
  }
  if (table.split) {
    const column = columnLetters(table.split.column);
    throw planError("formula-split-column", (m) => m.formulaSplitColumn(column));
  }
  if (table.sheet.trim().toLowerCase() === RATES_SHEET.toLowerCase()) {
    throw planError("formula-sheet-name", (m) => m.formulaSheetName(RATES_SHEET));
  }
  const decimals = unitDecimals(schedule.rounding);
  const largest = new Map<string, { mantissa: bigint; scale: number }>();
  for (const c of components) {
    const measure = ratedMeasure(c);
    if (!largest.has(measure)) largest.set(measure, largestCount(table, measure));
    // units = count × F / D, reduced: the exact amount in rounding units (a count with decimals,
    // km² in hundredths, is its integer over 10^scale).
    const count = largest.get(measure) as { mantissa: bigint; scale: number };
    const { mantissa, scale } = decimalParts(c.rate);
    const f = formulaFraction(c) ?? { numerator: 1, denominator: 1 };
    let factor = mantissa * BigInt(f.numerator) * 10n ** BigInt(decimals);
    let divisor = 10n ** BigInt(scale + count.scale) * BigInt(f.denominator);
    const g = gcd(factor, divisor);
    if (g > 1n) {
      factor /= g;
      divisor /= g;
    }
    if (divisor > MAX_DIVISOR || count.mantissa * factor > MAX_UNITS * divisor) {
      throw planError("formula-precision", (m) => m.formulaPrecision(c.id, c.rate));
    }
  }
}

/** A rate line's description for people: the label, and for a per-unit rate what it is per ("per eenheid woningen"). */
export function rateDescription(c: RatedComponent, label: string, lang: Lang): string {
  if (c.kind !== "per-unit") return label;
  return workbookMessages(lang).rates.perUnitDescription(label, c.measure);
}

/** The line of the rates block a component's formulas refer to. */
export function rateLine(schedule: Schedule, component: RatedComponent, description: string): RateLine {
  const line: RateLine = { scheduleId: schedule.id, componentId: component.id, rate: component.rate, description };
  if (component.period) line.period = component.period;
  const fraction = formulaFraction(component);
  if (fraction) line.fraction = fraction;
  return line;
}

/**
 * The amount of one row at a rate (per inhabitant, or per unit of a measure), without "=": in
 * whole euros `ROUND(ROUND(B2*Tarieven!$C$3,6),0)`; in cents the amount is rounded in cents and
 * divided, `ROUND(ROUND(B2*Tarieven!$C$3*100,6),0)/100`; a pro-rating period multiplies by the
 * factor's numerator and divides by its denominator, both on the block.
 */
export function ratedExpression(countCell: string, ref: RateRef, decimals: 0 | 2): string {
  let x = `${countCell}*${ref.rate}`;
  if (decimals === 2) x += "*100";
  if (ref.numerator !== undefined && ref.denominator !== undefined) x += `*${ref.numerator}/${ref.denominator}`;
  const rounded = `ROUND(ROUND(${x},${SNAP_DECIMALS}),0)`;
  return decimals === 2 ? `${rounded}/100` : rounded;
}

/** A1 of a cell. */
export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** The charged rows of a column as A1 references, consecutive rows as one range ("C2:C16"). */
function rowRuns(letters: string, rows: readonly DataRow[]): string[] {
  const runs: string[] = [];
  let start = rows[0].row;
  let prev = start;
  const flush = (): void => {
    runs.push(start === prev ? `${letters}${start + 1}` : `${letters}${start + 1}:${letters}${prev + 1}`);
  };
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i].row;
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    flush();
    start = prev = r;
  }
  flush();
  return runs;
}

/**
 * The totals-row formula of a column: a SUM over the charged rows, consecutive rows as one range
 * (`=SUM(C2:C16)`, with gaps `=SUM(C2:C4,C6:C16)`), within Excel's limits: more than 255 ranges
 * are summed in groups of 255 (`=SUM(SUM(…),SUM(…))`, e.g. a CBS paste with two periods per
 * municipality). Undefined when even that exceeds 8,192 characters (roughly a thousand separate
 * ranges): the total is then written as a value. Never the range from the first to the last
 * charged row: the rows between them that are not charged may hold other figures.
 */
export function columnSumFormula(col: number, rows: readonly DataRow[]): string | undefined {
  if (rows.length === 0) return "=0";
  const { characters, arguments: max } = EXCEL_FORMULA_LIMITS;
  const runs = rowRuns(columnLetters(col), rows);
  let formula: string;
  if (runs.length <= max) formula = `=SUM(${runs.join(",")})`;
  else {
    const groups: string[] = [];
    for (let i = 0; i < runs.length; i += max) groups.push(`SUM(${runs.slice(i, i + max).join(",")})`);
    if (groups.length > max) return undefined;
    formula = `=SUM(${groups.join(",")})`;
  }
  return formula.length <= characters ? formula : undefined;
}
