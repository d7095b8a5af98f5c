// What-if edits: a new schedule with other rates, totals, weights, percentages or budget lines.
// The input schedule is never changed. An edit changes values only, never the shape, so the new
// schedule is checked by the checks of meaning (semanticIssues), without the schema parser (zod):
// the task pane recomputes with it on every keystroke and does not load the parser to open.
import { catalogueIssue, ScheduleError, type ScheduleIssue } from "./errors";
import type { OverrideTarget } from "./i18n";
import { parseUserDecimal } from "./format";
import { unitDecimals } from "./round";
import { semanticIssues } from "./schema-checks";
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
    ctx.issues.push(catalogueIssue(field, (m) => m.overrides.noComponent(ctx.schedule.id, id, ids), ctx.schedule.id));
  }
  return found;
}

/** A decimal ≥ 0 as typed ("0,07" or "0.07"), or an issue naming the field. */
function readValue(ctx: Context, field: string, value: string, target: OverrideTarget): string | undefined {
  const parsed = typeof value === "string" ? parseUserDecimal(value) : null;
  if (parsed === null || parsed.startsWith("-")) {
    ctx.issues.push(catalogueIssue(field, (m) => m.overrides.notAValue(value, target), ctx.schedule.id));
    return undefined;
  }
  return parsed;
}

function applyRate(ctx: Context, c: Component, value: string, field: string): void {
  if (c.kind === "fixed-amount") {
    ctx.issues.push(catalogueIssue(field, (m) => m.overrides.fixedAmountsNoRate(c.id), ctx.schedule.id));
    return;
  }
  const parsed = readValue(ctx, field, value, { kind: "component", id: c.id });
  if (parsed === undefined) return;
  if (c.kind === "per-inhabitant" || c.kind === "per-unit") {
    c.rate = parsed;
    return;
  }
  // A total is an amount to book: 90000,49 in a whole-euro schedule is refused, never rounded.
  const decimals = unitDecimals(ctx.schedule.rounding);
  const fraction = (parsed.split(".")[1] ?? "").replace(/0+$/, "");
  if (fraction.length > decimals) {
    const unit = decimals === 0 ? "euro" : "cent";
    ctx.issues.push(catalogueIssue(field, (m) => m.overrides.tooManyDecimals(value, unit), ctx.schedule.id));
    return;
  }
  c.total = parsed;
}

function applyWeights(ctx: Context, c: Component, weights: Record<string, string>, field: string): void {
  if (c.kind !== "share-of-total" || !c.key) {
    ctx.issues.push(catalogueIssue(field, (m) => m.overrides.noWeightedKey(c.id), ctx.schedule.id));
    return;
  }
  for (const [measure, value] of Object.entries(weights)) {
    const part = c.key.find((k) => k.measure === measure);
    const at = `${field}.${measure}`;
    if (!part) {
      const known = c.key.map((k) => k.measure).join(", ");
      ctx.issues.push(catalogueIssue(at, (m) => m.overrides.noKeyMeasure(c.id, measure, known), ctx.schedule.id));
      continue;
    }
    const parsed = readValue(ctx, at, value, { kind: "weight", measure });
    if (parsed !== undefined) part.weight = parsed;
  }
}

function applyPercentages(ctx: Context, c: Component, percentages: Record<string, string>, field: string): void {
  if (c.kind !== "fixed-percentage") {
    ctx.issues.push(catalogueIssue(field, (m) => m.overrides.notPercentages(c.id), ctx.schedule.id));
    return;
  }
  for (const [key, value] of Object.entries(percentages)) {
    const at = `${field}[${JSON.stringify(key)}]`;
    if (!Object.prototype.hasOwnProperty.call(c.percentages, key)) {
      ctx.issues.push(catalogueIssue(at, (m) => m.overrides.noPercentageFor(c.id, key), ctx.schedule.id));
      continue;
    }
    const parsed = readValue(ctx, at, value, { kind: "percentage", key });
    if (parsed !== undefined) c.percentages[key] = parsed;
  }
}

/**
 * A new, validated schedule with the overrides applied to a valid one (parsed or bundled):
 * `rates` sets the rate of a per-inhabitant or per-unit component or the total of a
 * share-of-total or fixed-percentage component ("0,07" and "0.07" both work; a total with more decimals than the rounding unit is
 * refused); `weights` the weights of a weighted key and `percentages` fixed percentages (they
 * must still add up to 1 and 100, as parseSchedule checks them); `budgetLines` sets a component's
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
  // The same checks, in the same order and with the same messages, as parseSchedule's second pass.
  const issues = semanticIssues(copy, schedule.id);
  if (issues.length > 0) throw new ScheduleError(issues, schedule.id);
  return copy;
}
