// VERDEEL.BIJDRAGE: one municipality's rounded amount for a schedule's component(s) per inhabitant
// or per unit of a measure (per dwelling, per km²), computed by the allocation core itself
// (allocate on one municipality), so the formula gives exactly what the task pane and the command
// write.
import { allocate, parseSchedule, POPULATION_MEASURE, type Component, type Municipality, type Schedule } from "../allocation";
import { isOmitted, readAmount, readMeasureValue, readOptionalText, readPopulation } from "./cells";
import { failure } from "./i18n";
import { componentIds, componentNamed, scheduleArgument } from "./lookup";
import { cachedPlan } from "./plan-cache";

/** The schedule format's limit for a rate (exact within the core's 40 digits). */
const MAX_RATE_DECIMALS = 10;

type PerUnit = Extract<Component, { kind: "per-inhabitant" | "per-unit" }>;

const isPerUnit = (c: Component): c is PerUnit => c.kind === "per-inhabitant" || c.kind === "per-unit";

/** The measure a component charges by: `inwoners` per inhabitant. */
const measureOf = (c: PerUnit): string => (c.kind === "per-unit" ? c.measure : POPULATION_MEASURE);

/**
 * The component named, or every component per unit of the schedule, when they all charge by the
 * same measure (one number cannot be both a population and a number of dwellings).
 */
function charged(schedule: Schedule, componentId: string | undefined): PerUnit[] {
  if (componentId !== undefined) {
    const c = componentNamed(schedule, componentId);
    if (!isPerUnit(c)) throw failure((m) => m.notPerUnit(schedule.id, c.id, c.kind));
    return [c];
  }
  const all = schedule.components.filter(isPerUnit);
  if (all.length === 0) throw failure((m) => m.noPerUnit(schedule.id, componentIds(schedule.components)));
  if (new Set(all.map(measureOf)).size > 1) {
    throw failure((m) => m.severalMeasures(schedule.id, all.map((c) => `${c.id}: ${measureOf(c)}`).join(", ")));
  }
  return all;
}

/**
 * The schedule with only the components asked for and, with a what-if rate, that rate, checked
 * by the schedule format (parseSchedule). Not applyOverrides: that reads text a user typed and
 * refuses "9.459" as a possible thousands group; a number from a cell is never ambiguous.
 */
function plan(schedule: Schedule, componentId: string | undefined, rate: string | undefined): Schedule {
  return cachedPlan(schedule, `${componentId?.toLowerCase() ?? ""}\u0000${rate ?? ""}`, () => {
    const components = charged(schedule, componentId);
    if (rate === undefined) return { ...schedule, components };
    if (components.length > 1) throw failure((m) => m.rateNeedsComponent(schedule.id, componentIds(components)));
    return parseSchedule({ ...schedule, components: [{ ...components[0], rate }] }, schedule.id);
  });
}

/** The municipality as allocate takes it: the value is its population, or the measure's value. */
function municipality(value: unknown, measure: string): Municipality {
  if (measure === POPULATION_MEASURE) return { name: "", population: readPopulation(value, { param: "inwoners" }) };
  return { name: "", population: 0, measures: { [measure]: readMeasureValue(value, measure, { param: "inwoners" }) } };
}

/** VERDEEL.BIJDRAGE(inwoners; schema; [onderdeel]; [tarief]) on the values Excel passes. */
export function contributionOf(populationValue: unknown, scheduleValue: unknown, componentValue: unknown, rateValue: unknown): number {
  const schedule = scheduleArgument(scheduleValue);
  const componentId = readOptionalText(componentValue, "onderdeel");
  const rate = isOmitted(rateValue) ? undefined : readAmount(rateValue, "tarief", undefined, MAX_RATE_DECIMALS);
  const reduced = plan(schedule, componentId, rate);
  const measure = measureOf(reduced.components[0] as PerUnit);
  return allocate(reduced, [municipality(populationValue, measure)]).totals[0].toNumber();
}
