// The checks on a schedule that are about meaning, after zod has checked its shape.
import { scheduleIssue, type ScheduleIssue } from "./errors";
import { MEASURE_ID } from "./measures";
import { checkPeriod, periodYear } from "./period";
import { fieldPath } from "./schema-issues";
import { unitDecimals } from "./round";
import type { Component, KeyPart, Localized, Schedule } from "./types";

const SCHEDULE_ID = /^[a-z0-9][a-z0-9-]*$/;
const COMPONENT_ID = /^[a-z][a-z0-9-]*$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Limits that keep every amount exact within the Decimal's 40 significant digits. */
const MAX_INTEGER_DIGITS = 12;
const MAX_DECIMALS = 10;

/** Collects issues; `report(field, nl, en)` adds one. */
type Report = ((field: string, nl: string, en: string) => void) & { addAll(issues: ScheduleIssue[]): void; origin?: string };

function checkText(report: Report, field: string, value: Localized): void {
  const nl = typeof value === "string" ? value : value.nl;
  if (nl.trim() === "") report(typeof value === "string" ? field : `${field}.nl`, "mag niet leeg zijn.", "must not be empty.");
}

function checkMoney(report: Report, field: string, value: string, maxDecimals = MAX_DECIMALS): void {
  if (!DECIMAL.test(value)) {
    report(field, `"${value}" is geen decimaal getal; schrijf bijvoorbeeld "0.08" (punt als decimaalteken, geen spaties of €).`,
      `"${value}" is not a decimal number; write e.g. "0.08" (point as decimal separator, no spaces or €).`);
    return;
  }
  if (value.startsWith("-")) {
    report(field, `mag niet negatief zijn (${value}).`, `must not be negative (${value}).`);
    return;
  }
  const [integer, fraction = ""] = value.split(".");
  if (integer.replace(/^0+(?=\d)/, "").length > MAX_INTEGER_DIGITS) {
    report(field, `heeft meer dan ${MAX_INTEGER_DIGITS} cijfers voor de punt.`, `has more than ${MAX_INTEGER_DIGITS} digits before the point.`);
  } else if (fraction.replace(/0+$/, "").length > maxDecimals) {
    // Trailing zeros are no decimals the value has: "90000.00" is a whole-euro amount, "90000.50" is not.
    report(field, `heeft meer dan ${maxDecimals} decimalen (${value}).`, `has more than ${maxDecimals} decimals (${value}).`);
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
    report(field, `"${measure}" is geen geldige maatstaf: kleine letters, cijfers en -, beginnend met een letter (inwoners, woningen, huishoudens, oppervlakte, of een eigen naam zoals "clienten").`,
      `"${measure}" is not a valid measure: lower-case letters, digits and -, starting with a letter (inwoners, woningen, huishoudens, oppervlakte, or a name of your own such as "clienten").`);
  }
}

/** A weighted key: measures known by id, each once, weights > 0 that add up to exactly 1. */
function checkKey(report: Report, at: string, key: KeyPart[]): void {
  if (key.length === 0) {
    report(`${at}.key`, "moet minstens één maatstaf met gewicht bevatten (of laat key weg om naar inwoners te verdelen).",
      "must hold at least one measure with a weight (or leave key out to split by population).");
    return;
  }
  const seen = new Set<string>();
  key.forEach((part, j) => {
    const field = `${at}.key[${j}]`;
    checkMeasure(report, `${field}.measure`, part.measure);
    if (seen.has(part.measure)) {
      report(`${field}.measure`, `${part.measure} komt al eerder in de sleutel voor; noem elke maatstaf één keer.`,
        `${part.measure} is already in the key; name each measure once.`);
    }
    seen.add(part.measure);
    checkMoney(report, `${field}.weight`, part.weight);
    if (DECIMAL.test(part.weight) && !/[1-9]/.test(part.weight)) {
      report(`${field}.weight`, "moet groter dan 0 zijn; laat een maatstaf zonder gewicht weg.", "must be greater than 0; leave out a measure without weight.");
    }
  });
  const sum = exactSum(key.map((k) => k.weight));
  if (sum && sum.mantissa !== 10n ** BigInt(sum.scale)) {
    report(`${at}.key`, `de gewichten tellen op tot ${sumText(sum)}; samen moeten ze precies 1 zijn (bijvoorbeeld 0.5 + 0.3 + 0.2).`,
      `the weights add up to ${sumText(sum)}; together they must be exactly 1 (e.g. 0.5 + 0.3 + 0.2).`);
  }
}

/** Fixed percentages: at least one, keys not blank, values ≥ 0 that add up to exactly 100. */
function checkPercentages(report: Report, at: string, percentages: Record<string, string>): void {
  const keys = Object.keys(percentages);
  if (keys.length === 0) {
    report(`${at}.percentages`, "moet minstens één gemeente met percentage bevatten.", "must hold at least one municipality with a percentage.");
    return;
  }
  for (const key of keys) {
    const field = `${at}.${fieldPath(["percentages", key])}`;
    if (key.trim() === "") report(field, "de sleutel moet een CBS-code of gemeentenaam zijn.", "the key must be a CBS code or a municipality name.");
    else checkMoney(report, field, percentages[key]);
  }
  const sum = exactSum(keys.map((k) => percentages[k]));
  if (sum && sum.mantissa !== 100n * 10n ** BigInt(sum.scale)) {
    report(`${at}.percentages`, `de percentages tellen op tot ${sumText(sum)}; samen moeten ze precies 100 zijn.`,
      `the percentages add up to ${sumText(sum)}; together they must be exactly 100.`);
  }
}

function checkComponent(report: Report, c: Component, at: string, schedule: Schedule): void {
  if (!COMPONENT_ID.test(c.id)) {
    report(`${at}.id`, `"${c.id}" is geen geldige id: kleine letters, cijfers en -, beginnend met een letter (bijvoorbeeld "basis").`,
      `"${c.id}" is not a valid id: lower-case letters, digits and -, starting with a letter (e.g. "basis").`);
  }
  checkText(report, `${at}.label`, c.label);
  if (c.budgetLine !== undefined && c.budgetLine.trim() === "") {
    report(`${at}.budgetLine`, "mag niet leeg zijn; laat het veld weg als er geen standaard-begrotingspost is.",
      "must not be empty; leave the field out when there is no default budget line.");
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
    if (keys.length === 0) report(`${at}.amounts`, "moet minstens één gemeente met bedrag bevatten.", "must hold at least one municipality with an amount.");
    for (const key of keys) {
      const field = `${at}.${fieldPath(["amounts", key])}`;
      if (key.trim() === "") report(field, "de sleutel moet een CBS-code of gemeentenaam zijn.", "the key must be a CBS code or a municipality name.");
      else checkMoney(report, field, c.amounts[key], decimals);
    }
  }
  if (c.period) {
    report.addAll(checkPeriod(c.period, `${at}.period`, report.origin));
    if (/^\d{4}/.test(c.period.from) && periodYear(c.period) !== schedule.year) {
      report(`${at}.period.from`, `ligt niet in het jaar van de verdeelsleutel (${schedule.year}).`,
        `does not lie in the schedule's year (${schedule.year}).`);
    }
  }
}

/** Every problem of meaning in a shape-checked schedule; an empty list means it is valid. */
export function semanticIssues(schedule: Schedule, origin?: string): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const report: Report = Object.assign(
    (field: string, nl: string, en: string) => {
      issues.push(scheduleIssue(field, nl, en, origin));
    },
    { addAll: (more: ScheduleIssue[]) => issues.push(...more), origin },
  );
  if (!SCHEDULE_ID.test(schedule.id)) {
    report("id", `"${schedule.id}" is geen geldige id: kleine letters, cijfers en -, bijvoorbeeld "nml-2023".`,
      `"${schedule.id}" is not a valid id: lower-case letters, digits and -, e.g. "nml-2023".`);
  }
  checkText(report, "title", schedule.title);
  for (const key of ["region", "source"] as const) {
    if (schedule[key].trim() === "") report(key, "mag niet leeg zijn.", "must not be empty.");
  }
  const seen = new Map<string, number>();
  schedule.components.forEach((c, i) => {
    checkComponent(report, c, `components[${i}]`, schedule);
    const earlier = seen.get(c.id);
    if (earlier !== undefined) {
      report(`components[${i}].id`, `"${c.id}" komt al voor bij components[${earlier}]; elke id moet uniek zijn.`,
        `"${c.id}" is already used by components[${earlier}]; every id must be unique.`);
    } else seen.set(c.id, i);
  });
  return issues;
}
