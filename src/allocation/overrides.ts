// What-if edits: a new schedule with other rates, totals or budget lines. The input schedule
// is never changed.
import { ScheduleError, scheduleIssue, type ScheduleIssue } from "./errors";
import { parseUserDecimal } from "./format";
import { parseSchedule } from "./schema";
import { copySchedule } from "./schedule-json";
import type { Component, Overrides, Schedule } from "./types";

function findComponent(schedule: Schedule, id: string, field: string, issues: ScheduleIssue[]): Component | undefined {
  const found = schedule.components.find((c) => c.id === id);
  if (!found) {
    const ids = schedule.components.map((c) => c.id).join(", ");
    issues.push(scheduleIssue(field, `verdeelsleutel ${schedule.id} heeft geen onderdeel "${id}"; onderdelen: ${ids}.`,
      `schedule ${schedule.id} has no component "${id}"; components: ${ids}.`, schedule.id));
  }
  return found;
}

function applyRate(c: Component, value: string, field: string, issues: ScheduleIssue[], origin: string): void {
  if (c.kind === "fixed-amount") {
    issues.push(scheduleIssue(field, `onderdeel "${c.id}" heeft vaste bedragen per gemeente en geen tarief of totaal om aan te passen.`,
      `component "${c.id}" has fixed amounts per municipality and no rate or total to change.`, origin));
    return;
  }
  const parsed = parseUserDecimal(value);
  if (parsed === null || parsed.startsWith("-")) {
    issues.push(scheduleIssue(field,
      `"${value}" is geen bedrag ≥ 0 voor onderdeel "${c.id}"; schrijf bijvoorbeeld 0,07 of 0.07 (geen scheiding voor duizendtallen: 90000).`,
      `"${value}" is not an amount ≥ 0 for component "${c.id}"; write e.g. 0.07 or 0,07 (no thousands separator: 90000).`, origin));
    return;
  }
  if (c.kind === "per-inhabitant") c.rate = parsed;
  else c.total = parsed;
}

/**
 * A new, validated schedule with the overrides applied: `rates` sets the rate of a
 * per-inhabitant component or the total of a share-of-total component ("0,07" and "0.07" both
 * work); `budgetLines` sets a component's budget line ("" removes it). Unknown components and
 * rates for fixed-amount components are errors naming the component.
 */
export function applyOverrides(schedule: Schedule, overrides: Overrides): Schedule {
  const copy = copySchedule(schedule);
  const issues: ScheduleIssue[] = [];
  for (const [id, value] of Object.entries(overrides.rates ?? {})) {
    const field = `rates.${id}`;
    const c = findComponent(copy, id, field, issues);
    if (c) applyRate(c, value, field, issues, schedule.id);
  }
  for (const [id, value] of Object.entries(overrides.budgetLines ?? {})) {
    const c = findComponent(copy, id, `budgetLines.${id}`, issues);
    if (!c) continue;
    const line = value.trim();
    if (line === "") delete c.budgetLine;
    else c.budgetLine = line;
  }
  if (issues.length > 0) throw new ScheduleError(issues, schedule.id);
  return parseSchedule(copy, schedule.id);
}
