// The period of a component and the factor it applies. The factor is applied exactly once, in
// allocate, and never again: a rate with prorate "none" is already the rate for the period.
import { Decimal } from "./decimal";
import { catalogueIssue, ScheduleError, type ScheduleIssue } from "./errors";
import type { Period } from "./types";

/** The period factor as an exact fraction (days factors such as 275/365 do not terminate). */
export interface PeriodFraction {
  numerator: number;
  denominator: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function parseDate(text: unknown): YearMonthDay | "format" | "invalid" {
  if (typeof text !== "string") return "format";
  const m = DATE.exec(text);
  if (!m) return "format";
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "invalid";
  return { year, month, day };
}

function dayOfYear(d: YearMonthDay): number {
  return (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(d.year, 0, 1)) / 86_400_000 + 1;
}

/**
 * Checks a period; returns the problems with fields relative to `prefix` (e.g.
 * "components[1].period"). An empty list means the period is valid.
 */
export function checkPeriod(period: Period, prefix = "period", origin?: string): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const dates: Partial<Record<"from" | "to", YearMonthDay>> = {};
  for (const key of ["from", "to"] as const) {
    const parsed = parseDate(period[key]);
    const field = `${prefix}.${key}`;
    if (parsed === "format") {
      issues.push(catalogueIssue(field, (m) => m.period.dateFormat, origin));
    } else if (parsed === "invalid") {
      issues.push(catalogueIssue(field, (m) => m.period.noSuchDate(period[key]), origin));
    } else dates[key] = parsed;
  }
  const { from, to } = dates;
  if (!from || !to) return issues;
  if (from.year !== to.year) {
    issues.push(catalogueIssue(`${prefix}.to`, (m) => m.period.periodYears, origin));
  } else if (dayOfYear(from) > dayOfYear(to)) {
    issues.push(catalogueIssue(`${prefix}.to`, (m) => m.period.periodBackwards(period.from), origin));
  } else if (period.prorate === "months") {
    if (from.day !== 1) {
      issues.push(catalogueIssue(`${prefix}.from`, (m) => m.period.monthsFrom, origin));
    }
    if (to.day !== daysInMonth(to.year, to.month)) {
      issues.push(catalogueIssue(`${prefix}.to`, (m) => m.period.monthsTo, origin));
    }
  }
  if (!["none", "months", "days"].includes(period.prorate)) {
    issues.push(catalogueIssue(`${prefix}.prorate`, (m) => m.period.prorateValues, origin));
  }
  return issues;
}

/** The calendar year a valid period lies in. */
export function periodYear(period: Period): number {
  return Number(period.from.slice(0, 4));
}

/**
 * The factor as a fraction. No period or prorate "none" → 1/1; months → whole calendar months
 * / 12; days → inclusive days / days in that year (366 in a leap year). Invalid periods throw
 * a ScheduleError naming the field (`field` is the period's path, e.g. "components[1].period").
 */
export function periodFraction(period?: Period, field = "period"): PeriodFraction {
  if (!period) return { numerator: 1, denominator: 1 };
  const issues = checkPeriod(period, field);
  if (issues.length > 0) throw new ScheduleError(issues);
  if (period.prorate === "none") return { numerator: 1, denominator: 1 };
  const from = parseDate(period.from) as YearMonthDay;
  const to = parseDate(period.to) as YearMonthDay;
  if (period.prorate === "months") return { numerator: to.month - from.month + 1, denominator: 12 };
  return { numerator: dayOfYear(to) - dayOfYear(from) + 1, denominator: daysInYear(from.year) };
}

/** The factor as a Decimal (a non-terminating days factor is rounded to 40 digits; allocate uses the exact fraction). */
export function periodFactor(period?: Period): Decimal {
  const { numerator, denominator } = periodFraction(period);
  return new Decimal(numerator).div(denominator);
}
