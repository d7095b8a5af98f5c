// Formula mode's rates block on sheet Tarieven: one row per (schedule, component, rate, period)
// that a formula refers to. A row already on the sheet with the same figures is reused; new rows
// are appended below what the sheet holds, with a header row when the sheet is new. Pure.
import { Decimal } from "../allocation/decimal";
import type { Period } from "../allocation/types";
import type { PeriodFraction } from "../allocation/period";
import { cellAt, cellText, formulaAt, isBlank, lastGridColumn, lastGridRow } from "./cells";
import type { Lang } from "./messages";
import { dateText } from "./text-format";
import type { CellValue, Grid, PlannedCell, SheetBlock } from "./types";

/** The sheet the rates block goes on (the same name in every language: formulas refer to it). */
export const RATES_SHEET = "Tarieven";

/** Number format of the rate cells: at least two decimals, more when the rate has them; the language's euro style. */
export const RATE_FORMAT: Record<Lang, string> = { nl: "€ #,##0.00##########", en: "€#,##0.00##########" };

/** Columns of the block (0-based, from column A). */
export const RATE_COLUMNS = { schedule: 0, component: 1, rate: 2, numerator: 3, denominator: 4, period: 5, description: 6 } as const;
const WIDTH = 7;

const HEADERS: Record<Lang, string[]> = {
  nl: ["Schema", "Onderdeel", "Tarief per inwoner of eenheid", "Factor teller", "Factor noemer", "Periode", "Omschrijving"],
  en: ["Schedule", "Component", "Rate per inhabitant or unit", "Factor numerator", "Factor denominator", "Period", "Description"],
};

/** One rate a formula needs. */
export interface RateLine {
  scheduleId: string;
  componentId: string;
  /** Decimal string, euros per inhabitant or per unit of the component's measure. */
  rate: string;
  period?: Period;
  /** The period factor, only when the period pro-rates (months or days); formulas then use it. */
  fraction?: PeriodFraction;
  /** For people: the component's label, "(scenario)" added for a what-if rate. */
  description: string;
}

/** Where a line's figures are, as absolute references for a formula ("Tarieven!$C$3"). */
export interface RateRef {
  /** Absolute 0-based row on the rates sheet. */
  row: number;
  rate: string;
  numerator?: string;
  denominator?: string;
}

/** The period as the block shows it; both languages are accepted when a row is compared. */
export function periodText(period: Period | undefined, lang: Lang): string {
  const nl = lang === "nl";
  if (!period) return nl ? "heel jaar" : "whole year";
  const how =
    period.prorate === "months"
      ? nl
        ? "naar rato per maand"
        : "pro rata by months"
      : period.prorate === "days"
        ? nl
          ? "naar rato per dag"
          : "pro rata by days"
        : nl
          ? "tarief voor de periode"
          : "rate for the period";
  return `${dateText(period.from, lang)} ${nl ? "t/m" : "to"} ${dateText(period.to, lang)}, ${how}`;
}

function sameNumber(v: CellValue, want: string | undefined): boolean {
  if (want === undefined) return v === null || (typeof v === "string" && v.trim() === "");
  return typeof v === "number" && Number.isFinite(v) && new Decimal(v).eq(want);
}

/** Whether row `r` of the sheet holds exactly this line (description aside). */
function rowMatches(grid: Grid, r: number, line: RateLine): boolean {
  const text = (c: number): string => cellText(cellAt(grid, r, c)).trim();
  if (text(RATE_COLUMNS.schedule) !== line.scheduleId || text(RATE_COLUMNS.component) !== line.componentId) return false;
  if (!sameNumber(cellAt(grid, r, RATE_COLUMNS.rate), line.rate)) return false;
  const f = line.fraction;
  if (!sameNumber(cellAt(grid, r, RATE_COLUMNS.numerator), f ? String(f.numerator) : undefined)) return false;
  if (!sameNumber(cellAt(grid, r, RATE_COLUMNS.denominator), f ? String(f.denominator) : undefined)) return false;
  const period = text(RATE_COLUMNS.period);
  return period === periodText(line.period, "nl") || period === periodText(line.period, "en");
}

/** The last row holding a value or a formula (grid.top - 1 when the sheet is empty). */
function lastUsedRow(grid: Grid): number {
  const right = lastGridColumn(grid);
  for (let r = lastGridRow(grid); r >= grid.top; r--) {
    for (let c = grid.left; c <= right; c++) {
      if (!isBlank(cellAt(grid, r, c)) || formulaAt(grid, r, c) !== null) return r;
    }
  }
  return grid.top - 1;
}

function refOf(row: number, fraction: PeriodFraction | undefined): RateRef {
  const ref: RateRef = { row, rate: `${RATES_SHEET}!$C$${row + 1}` };
  if (fraction) {
    ref.numerator = `${RATES_SHEET}!$D$${row + 1}`;
    ref.denominator = `${RATES_SHEET}!$E$${row + 1}`;
  }
  return ref;
}

/**
 * A reference per line (in order), and the block to write for the lines the sheet does not
 * hold yet (undefined when every line is already there). `ratesSheet` is the sheet as it is,
 * undefined when there is no such sheet.
 */
export function planRatesBlock(
  ratesSheet: Grid | undefined,
  lines: readonly RateLine[],
  lang: Lang,
): { refs: RateRef[]; block?: SheetBlock } {
  const existingLast = ratesSheet ? lastUsedRow(ratesSheet) : -1;
  const isNew = ratesSheet === undefined || existingLast < ratesSheet.top;
  const blockTop = isNew ? 0 : existingLast + 1;
  const cells: PlannedCell[][] = [];
  if (isNew) cells.push(HEADERS[lang].map((value): PlannedCell => ({ kind: "text", value })));
  const refs: RateRef[] = [];
  const added: RateLine[] = [];
  for (const line of lines) {
    let row = -1;
    if (ratesSheet && !isNew) {
      for (let r = ratesSheet.top; r <= existingLast && row < 0; r++) if (rowMatches(ratesSheet, r, line)) row = r;
    }
    for (let k = 0; k < added.length && row < 0; k++) {
      const a = added[k];
      const same =
        a.scheduleId === line.scheduleId &&
        a.componentId === line.componentId &&
        new Decimal(a.rate).eq(line.rate) &&
        periodText(a.period, "nl") === periodText(line.period, "nl");
      if (same) row = blockTop + (isNew ? 1 : 0) + k;
    }
    if (row < 0) {
      row = blockTop + cells.length;
      added.push(line);
      cells.push(lineCells(line, lang));
    }
    refs.push(refOf(row, line.fraction));
  }
  if (added.length === 0) return { refs };
  return { refs, block: { sheet: RATES_SHEET, top: blockTop, left: 0, cells } };
}

function lineCells(line: RateLine, lang: Lang): PlannedCell[] {
  const row = new Array<PlannedCell>(WIDTH).fill({ kind: "skip" });
  row[RATE_COLUMNS.schedule] = { kind: "text", value: line.scheduleId };
  row[RATE_COLUMNS.component] = { kind: "text", value: line.componentId };
  row[RATE_COLUMNS.rate] = { kind: "number", value: line.rate, format: RATE_FORMAT[lang] };
  if (line.fraction) {
    row[RATE_COLUMNS.numerator] = { kind: "number", value: String(line.fraction.numerator), format: "0" };
    row[RATE_COLUMNS.denominator] = { kind: "number", value: String(line.fraction.denominator), format: "0" };
  }
  row[RATE_COLUMNS.period] = { kind: "text", value: periodText(line.period, lang) };
  row[RATE_COLUMNS.description] = { kind: "text", value: line.description };
  return row;
}
