// Schedules reduced to what a formula asks for (its components, a what-if rate, total or weights),
// made and checked once per schedule object and request: a sheet recalculates the same formulas
// again and again, and parsing a schedule costs more than allocating one municipality.
import type { Schedule } from "../allocation";

const plans = new WeakMap<Schedule, Map<string, Schedule>>();
/** A sheet full of different what-if figures must not keep every one of them alive. */
const MAX_PLANS_PER_SCHEDULE = 256;

/** The plan `make` gives for this schedule and request key, made on first use. A refusal is not kept. */
export function cachedPlan(schedule: Schedule, key: string, make: () => Schedule): Schedule {
  let cache = plans.get(schedule);
  const cached = cache?.get(key);
  if (cached) return cached;
  const made = make();
  if (!cache || cache.size >= MAX_PLANS_PER_SCHEDULE) {
    cache = new Map();
    plans.set(schedule, cache);
  }
  cache.set(key, made);
  return made;
}
