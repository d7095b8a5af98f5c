// What-if edits: a new schedule with other rates, totals, weights, percentages or budget lines.
// The input schedule is never changed.
import { ScheduleError, scheduleIssue, type ScheduleIssue } from "./errors";
import { parseUserDecimal } from "./format";
import { unitDecimals } from "./round";
import { parseSchedule } from "./schema";
import { copySchedule } from "./schedule-json";
import type { Component, Overrides, Schedule } from "./types";

interface Context {
  schedule: Schedule;
  issues: ScheduleIssue[];
}

function findComponent(ctx: Context, copy: Schedule, id: string, field: string): Component | undefined {
  const found = copy.components.find((c) => c.id === id);
  if (!found) {
    const ids = copy.components.map((c) => c.id).join(", ");
    ctx.issues.push(scheduleIssue(field, `verdeelsleutel ${ctx.schedule.id} heeft geen onderdeel "${id}"; onderdelen: ${ids}.`,
      `schedule ${ctx.schedule.id} has no component "${id}"; components: ${ids}.`, ctx.schedule.id));
  }
  return found;
}

/** A decimal ≥ 0 as typed ("0,07" or "0.07"), or an issue naming the field. */
function readValue(ctx: Context, field: string, value: string, what: { nl: string; en: string }, amount = false): string | undefined {
  const parsed = parseUserDecimal(value);
  if (parsed === null || parsed.startsWith("-")) {
    ctx.issues.push(scheduleIssue(field,
      `"${value}" is geen ${amount ? "bedrag" : "getal"} ≥ 0 voor ${what.nl}; schrijf bijvoorbeeld 0,07 of 0.07 (geen scheiding voor duizendtallen: 90000).`,
      `"${value}" is not ${amount ? "an amount" : "a number"} ≥ 0 for ${what.en}; write e.g. 0.07 or 0,07 (no thousands separator: 90000).`, ctx.schedule.id));
    return undefined;
  }
  return parsed;
}

function applyRate(ctx: Context, c: Component, value: string, field: string): void {
  if (c.kind === "fixed-amount") {
    ctx.issues.push(scheduleIssue(field, `onderdeel "${c.id}" heeft vaste bedragen per gemeente en geen tarief of totaal om aan te passen.`,
      `component "${c.id}" has fixed amounts per municipality and no rate or total to change.`, ctx.schedule.id));
    return;
  }
  const parsed = readValue(ctx, field, value, { nl: `onderdeel "${c.id}"`, en: `component "${c.id}"` }, true);
  if (parsed === undefined) return;
  if (c.kind === "per-inhabitant" || c.kind === "per-unit") {
    c.rate = parsed;
    return;
  }
  // A total is an amount to book: 90000,49 in a whole-euro schedule is refused, never rounded.
  const decimals = unitDecimals(ctx.schedule.rounding);
  const fraction = (parsed.split(".")[1] ?? "").replace(/0+$/, "");
  if (fraction.length > decimals) {
    const unitNl = decimals === 0 ? "hele euro's" : "centen";
    const unitEn = decimals === 0 ? "whole euros" : "cents";
    ctx.issues.push(scheduleIssue(field,
      `${value} heeft meer decimalen dan de verdeelsleutel afrondt (op ${unitNl}); het totaal wordt niet stilzwijgend afgerond: typ een bedrag in ${unitNl}.`,
      `${value} has more decimals than the schedule rounds to (${unitEn}); the total is not rounded silently: type an amount in ${unitEn}.`, ctx.schedule.id));
    return;
  }
  c.total = parsed;
}

function applyWeights(ctx: Context, c: Component, weights: Record<string, string>, field: string): void {
  if (c.kind !== "share-of-total" || !c.key) {
    ctx.issues.push(scheduleIssue(field, `onderdeel "${c.id}" heeft geen gewogen sleutel.`, `component "${c.id}" has no weighted key.`, ctx.schedule.id));
    return;
  }
  for (const [measure, value] of Object.entries(weights)) {
    const part = c.key.find((k) => k.measure === measure);
    const at = `${field}.${measure}`;
    if (!part) {
      const known = c.key.map((k) => k.measure).join(", ");
      ctx.issues.push(scheduleIssue(at, `de sleutel van "${c.id}" heeft geen maatstaf ${measure}; maatstaven: ${known}.`,
        `the key of "${c.id}" has no measure ${measure}; measures: ${known}.`, ctx.schedule.id));
      continue;
    }
    const parsed = readValue(ctx, at, value, { nl: `het gewicht van ${measure}`, en: `the weight of ${measure}` });
    if (parsed !== undefined) part.weight = parsed;
  }
}

function applyPercentages(ctx: Context, c: Component, percentages: Record<string, string>, field: string): void {
  if (c.kind !== "fixed-percentage") {
    ctx.issues.push(scheduleIssue(field, `onderdeel "${c.id}" verdeelt niet met vaste percentages.`, `component "${c.id}" does not split by fixed percentages.`, ctx.schedule.id));
    return;
  }
  for (const [key, value] of Object.entries(percentages)) {
    const at = `${field}[${JSON.stringify(key)}]`;
    if (!Object.prototype.hasOwnProperty.call(c.percentages, key)) {
      ctx.issues.push(scheduleIssue(at, `onderdeel "${c.id}" heeft geen percentage voor "${key}".`, `component "${c.id}" has no percentage for "${key}".`, ctx.schedule.id));
      continue;
    }
    const parsed = readValue(ctx, at, value, { nl: `het percentage van "${key}"`, en: `the percentage of "${key}"` });
    if (parsed !== undefined) c.percentages[key] = parsed;
  }
}

/**
 * A new, validated schedule with the overrides applied: `rates` sets the rate of a
 * per-inhabitant or per-unit component or the total of a share-of-total or fixed-percentage
 * component ("0,07" and "0.07" both work; a total with more decimals than the rounding unit is
 * refused); `weights` the weights of a weighted key and `percentages` fixed percentages (they
 * must still add up to 1 and 100: parseSchedule says so); `budgetLines` sets a component's
 * budget line ("" removes it). Unknown components, measures and keys are errors naming them.
 */
export function applyOverrides(schedule: Schedule, overrides: Overrides): Schedule {
  const copy = copySchedule(schedule);
  const ctx: Context = { schedule, issues: [] };
  for (const [id, value] of Object.entries(overrides.rates ?? {})) {
    const field = `rates.${id}`;
    const c = findComponent(ctx, copy, id, field);
    if (c) applyRate(ctx, c, value, field);
  }
  for (const [id, weights] of Object.entries(overrides.weights ?? {})) {
    const field = `weights.${id}`;
    const c = findComponent(ctx, copy, id, field);
    if (c) applyWeights(ctx, c, weights, field);
  }
  for (const [id, percentages] of Object.entries(overrides.percentages ?? {})) {
    const field = `percentages.${id}`;
    const c = findComponent(ctx, copy, id, field);
    if (c) applyPercentages(ctx, c, percentages, field);
  }
  for (const [id, value] of Object.entries(overrides.budgetLines ?? {})) {
    const c = findComponent(ctx, copy, id, `budgetLines.${id}`);
    if (!c) continue;
    const line = value.trim();
    if (line === "") delete c.budgetLine;
    else c.budgetLine = line;
  }
  if (ctx.issues.length > 0) throw new ScheduleError(ctx.issues, schedule.id);
  return parseSchedule(copy, schedule.id);
}
