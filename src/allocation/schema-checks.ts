// The checks on a schedule that are about meaning, after zod has checked its shape (and, alone,
// on a what-if edit of a valid schedule: applyOverrides changes values, never the shape).
import { catalogueIssue, type ScheduleIssue } from "./errors";
import type { AllocationMessages } from "./i18n";
import { MEASURE_ID } from "./measures";
import { checkPeriod, periodYear } from "./period";
import { fieldPath } from "./field-path";
import { unitDecimals } from "./round";
import type { Component, KeyPart, Localized, Schedule } from "./types";

const SCHEDULE_ID = /^[a-z0-9][a-z0-9-]*$/;
const COMPONENT_ID = /^[a-z][a-z0-9-]*$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Limits that keep every amount exact within the Decimal's 40 significant digits. */
const MAX_INTEGER_DIGITS = 12;
const MAX_DECIMALS = 10;

/** Collects issues; `report(field, (m) => m.text)` adds one, its text from the core's catalogue. */
type Report = ((field: string, text: (m: AllocationMessages["checks"]) => string) => void) & { addAll(issues: ScheduleIssue[]): void; origin?: string };

function checkText(report: Report, field: string, value: Localized): void {
  const nl = typeof value === "string" ? value : value.nl;
  if (nl.trim() === "") report(typeof value === "string" ? field : `${field}.nl`, (m) => m.empty);
}

function checkMoney(report: Report, field: string, value: string, maxDecimals = MAX_DECIMALS): void {
  if (!DECIMAL.test(value)) {
    report(field, (m) => m.notDecimal(value));
    return;
  }
  if (value.startsWith("-")) {
    report(field, (m) => m.negative(value));
    return;
  }
  const [integer, fraction = ""] = value.split(".");
  if (integer.replace(/^0+(?=\d)/, "").length > MAX_INTEGER_DIGITS) {
    report(field, (m) => m.tooManyDigits(MAX_INTEGER_DIGITS));
  } else if (fraction.replace(/0+$/, "").length > maxDecimals) {
    // Trailing zeros are no decimals the value has: "90000.00" is a whole-euro amount, "90000.50" is not.
    report(field, (m) => m.tooManyDecimals(maxDecimals, value));
  }
}

/** Exact sum of decimal strings that passed DECIMAL, as a mantissa at `scale` decimals; null if any did not. */
function exactSum(values: string[]): { mantissa: bigint; scale: number } | null {
  if (!values.every((v) => DECIMAL.test(v))) return null;
  const scale = Math.max(0, ...values.map((v) => (v.split(".")[1] ?? "").length));
  let mantissa = 0n;
  for (const v of values) {
    const [integer, fraction = ""] = v.split(".");
    mantissa += BigInt(integer + fraction.padEnd(scale, "0"));
  }
  return { mantissa, scale };
}

function sumText(sum: { mantissa: bigint; scale: number }): string {
  const digits = sum.mantissa.toString().padStart(sum.scale + 1, "0");
  const text = sum.scale === 0 ? digits : `${digits.slice(0, digits.length - sum.scale)}.${digits.slice(digits.length - sum.scale)}`;
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

function checkMeasure(report: Report, field: string, measure: string): void {
  if (!MEASURE_ID.test(measure)) {
    report(field, (m) => m.badMeasure(measure));
  }
}

/** A weighted key: measures known by id, each once, weights > 0 that add up to exactly 1. */
function checkKey(report: Report, at: string, key: KeyPart[]): void {
  if (key.length === 0) {
    report(`${at}.key`, (m) => m.emptyKey);
    return;
  }
  const seen = new Set<string>();
  key.forEach((part, j) => {
    const field = `${at}.key[${j}]`;
    checkMeasure(report, `${field}.measure`, part.measure);
    if (seen.has(part.measure)) {
      report(`${field}.measure`, (m) => m.measureTwice(part.measure));
    }
    seen.add(part.measure);
    checkMoney(report, `${field}.weight`, part.weight);
    if (DECIMAL.test(part.weight) && !/[1-9]/.test(part.weight)) {
      report(`${field}.weight`, (m) => m.weightZero);
    }
  });
  const sum = exactSum(key.map((k) => k.weight));
  if (sum && sum.mantissa !== 10n ** BigInt(sum.scale)) {
    report(`${at}.key`, (m) => m.weightsSum(sumText(sum)));
  }
}

/** Fixed percentages: at least one, keys not blank, values ≥ 0 that add up to exactly 100. */
function checkPercentages(report: Report, at: string, percentages: Record<string, string>): void {
  const keys = Object.keys(percentages);
  if (keys.length === 0) {
    report(`${at}.percentages`, (m) => m.noPercentages);
    return;
  }
  for (const key of keys) {
    const field = `${at}.${fieldPath(["percentages", key])}`;
    if (key.trim() === "") report(field, (m) => m.badKey);
    else checkMoney(report, field, percentages[key]);
  }
  const sum = exactSum(keys.map((k) => percentages[k]));
  if (sum && sum.mantissa !== 100n * 10n ** BigInt(sum.scale)) {
    report(`${at}.percentages`, (m) => m.percentagesSum(sumText(sum)));
  }
}

function checkComponent(report: Report, c: Component, at: string, schedule: Schedule): void {
  if (!COMPONENT_ID.test(c.id)) {
    report(`${at}.id`, (m) => m.badComponentId(c.id));
  }
  checkText(report, `${at}.label`, c.label);
  if (c.budgetLine !== undefined && c.budgetLine.trim() === "") {
    report(`${at}.budgetLine`, (m) => m.emptyBudgetLine);
  }
  const decimals = unitDecimals(schedule.rounding);
  if (c.kind === "per-inhabitant") checkMoney(report, `${at}.rate`, c.rate);
  // A total to split is an amount to book: no more decimals than the rounding unit (never rounded silently).
  if (c.kind === "share-of-total" || c.kind === "fixed-percentage") checkMoney(report, `${at}.total`, c.total, decimals);
  if (c.kind === "share-of-total" && c.key) checkKey(report, at, c.key);
  if (c.kind === "fixed-percentage") checkPercentages(report, at, c.percentages);
  if (c.kind === "per-unit") {
    checkMeasure(report, `${at}.measure`, c.measure);
    checkMoney(report, `${at}.rate`, c.rate);
  }
  if (c.kind === "fixed-amount") {
    const keys = Object.keys(c.amounts);
    if (keys.length === 0) report(`${at}.amounts`, (m) => m.noAmounts);
    for (const key of keys) {
      const field = `${at}.${fieldPath(["amounts", key])}`;
      if (key.trim() === "") report(field, (m) => m.badKey);
      else checkMoney(report, field, c.amounts[key], decimals);
    }
  }
  if (c.period) {
    report.addAll(checkPeriod(c.period, `${at}.period`, report.origin));
    if (/^\d{4}/.test(c.period.from) && periodYear(c.period) !== schedule.year) {
      report(`${at}.period.from`, (m) => m.periodOutsideYear(schedule.year));
    }
  }
}

/** Every problem of meaning in a shape-checked schedule; an empty list means it is valid. */
export function semanticIssues(schedule: Schedule, origin?: string): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const report: Report = Object.assign(
    (field: string, text: (m: AllocationMessages["checks"]) => string) => {
      issues.push(catalogueIssue(field, (m) => text(m.checks), origin));
    },
    { addAll: (more: ScheduleIssue[]) => issues.push(...more), origin },
  );
  if (!SCHEDULE_ID.test(schedule.id)) {
    report("id", (m) => m.badScheduleId(schedule.id));
  }
  checkText(report, "title", schedule.title);
  for (const key of ["region", "source"] as const) {
    if (schedule[key].trim() === "") report(key, (m) => m.empty);
  }
  const seen = new Map<string, number>();
  schedule.components.forEach((c, i) => {
    checkComponent(report, c, `components[${i}]`, schedule);
    const earlier = seen.get(c.id);
    if (earlier !== undefined) {
      report(`components[${i}].id`, (m) => m.idTaken(c.id, earlier));
    } else seen.set(c.id, i);
  });
  return issues;
}
