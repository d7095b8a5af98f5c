// VERDEEL.BIJDRAGE: one municipality's rounded amount for a schedule's per-inhabitant
// component(s), computed by the allocation core itself (allocate on one municipality), so the
// formula gives exactly what the task pane and the command write.
import { allocate, parseSchedule, type Component, type Schedule } from "../allocation";
import { isOmitted, readAmount, readOptionalText, readPopulation } from "./cells";
import { failure } from "./i18n";
import { componentIds, componentNamed, scheduleArgument } from "./lookup";

/** Schedules reduced to the components a formula asks for, per schedule object and request. */
const plans = new WeakMap<Schedule, Map<string, Schedule>>();
/** A sheet full of different what-if rates must not keep every one of them alive. */
const MAX_PLANS_PER_SCHEDULE = 256;
/** The schedule format's limit for a rate (exact within the core's 40 digits). */
const MAX_RATE_DECIMALS = 10;

function perInhabitant(schedule: Schedule, componentId: string | undefined): Component[] {
  if (componentId !== undefined) {
    const c = componentNamed(schedule, componentId);
    if (c.kind !== "per-inhabitant") throw failure((m) => m.notPerInhabitant(schedule.id, c.id, c.kind));
    return [c];
  }
  const all = schedule.components.filter((c) => c.kind === "per-inhabitant");
  if (all.length === 0) throw failure((m) => m.noPerInhabitant(schedule.id, componentIds(schedule.components)));
  return all;
}

/**
 * The schedule with only the components asked for and, with a what-if rate, that rate, checked
 * by the schedule format (parseSchedule). Not applyOverrides: that reads text a user typed and
 * refuses "9.459" as a possible thousands group; a number from a cell is never ambiguous.
 * Made once per schedule and request.
 */
function plan(schedule: Schedule, componentId: string | undefined, rate: string | undefined): Schedule {
  const key = `${componentId?.toLowerCase() ?? ""}\u0000${rate ?? ""}`;
  let cache = plans.get(schedule);
  const cached = cache?.get(key);
  if (cached) return cached;
  const components = perInhabitant(schedule, componentId);
  let reduced: Schedule = { ...schedule, components };
  if (rate !== undefined) {
    if (components.length > 1) {
      throw failure((m) => m.rateNeedsComponent(schedule.id, componentIds(components)));
    }
    reduced = parseSchedule({ ...reduced, components: [{ ...components[0], rate }] }, schedule.id);
  }
  if (!cache || cache.size >= MAX_PLANS_PER_SCHEDULE) {
    cache = new Map();
    plans.set(schedule, cache);
  }
  cache.set(key, reduced);
  return reduced;
}

/** VERDEEL.BIJDRAGE(inwoners; schema; [onderdeel]; [tarief]) on the values Excel passes. */
export function contributionOf(populationValue: unknown, scheduleValue: unknown, componentValue: unknown, rateValue: unknown): number {
  const population = readPopulation(populationValue, { param: "inwoners" });
  const schedule = scheduleArgument(scheduleValue);
  const componentId = readOptionalText(componentValue, "onderdeel");
  const rate = isOmitted(rateValue) ? undefined : readAmount(rateValue, "tarief", undefined, MAX_RATE_DECIMALS);
  const reduced = plan(schedule, componentId, rate);
  return allocate(reduced, [{ name: "", population }]).totals[0].toNumber();
}
