// VERDEEL.SLEUTEL: a schedule's split of a fixed total over a table of municipalities, by its
// key (population, or a weighted key of measures) or by its fixed percentages, with the
// largest-remainder method, computed by the allocation core itself (allocate on the table, with
// the one component), so the spilled shares add up to the total and equal the pane's and the
// command's. What-if: another total per year, other weights or percentages.
import { allocate, measuresUsed, parseSchedule, type Component, type Schedule } from "../allocation";
import { isOmitted, readAmount, readOptionalText } from "./cells";
import { failure } from "./i18n";
import { componentIds, componentNamed, scheduleArgument } from "./lookup";
import { cachedPlan } from "./plan-cache";
import { readTable } from "./table";
import { whatIfKey, whatIfPercentages } from "./what-if-weights";

type Split = Extract<Component, { kind: "share-of-total" | "fixed-percentage" }>;

const isSplit = (c: Component): c is Split => c.kind === "share-of-total" || c.kind === "fixed-percentage";

/** The component named, or the schedule's only split of a fixed total. */
function splitComponent(schedule: Schedule, componentId: string | undefined): Split {
  if (componentId !== undefined) {
    const c = componentNamed(schedule, componentId);
    if (!isSplit(c)) throw failure((m) => m.notAShare(schedule.id, c.id, c.kind));
    return c;
  }
  const splits = schedule.components.filter(isSplit);
  if (splits.length === 0) throw failure((m) => m.noShare(schedule.id, componentIds(schedule.components)));
  if (splits.length > 1) throw failure((m) => m.shareNeedsComponent(schedule.id, componentIds(splits)));
  return splits[0];
}

/**
 * VERDEEL.SLEUTEL(tabel; schema; [onderdeel]; [totaal]; [gewichten]) on the values Excel passes:
 * one amount per row of the table under its header row, as a column.
 */
export function keyShareOf(tableValue: unknown, scheduleValue: unknown, componentValue: unknown, totalValue: unknown, weightsValue: unknown): number[][] {
  const schedule = scheduleArgument(scheduleValue);
  const component = splitComponent(schedule, readOptionalText(componentValue, "onderdeel"));
  const total = isOmitted(totalValue) ? component.total : readAmount(totalValue, "totaal", schedule.rounding.unit);
  const table = readTable(tableValue, component.kind === "share-of-total" ? measuresUsed([component]) : []);
  if (component.kind === "fixed-percentage" && !table.hasNames) throw failure((m) => m.needsNames(m.param("tabel"), component.id));
  let asked: Split = { ...component, total };
  if (!isOmitted(weightsValue)) {
    if (asked.kind === "fixed-percentage") asked = { ...asked, percentages: whatIfPercentages(asked, weightsValue, table.municipalities) };
    else if (asked.key) asked = { ...asked, key: whatIfKey(asked.key, weightsValue) };
    else throw failure((m) => m.weightsNotForKind(component.id, component.kind));
  }
  const plan = cachedPlan(schedule, JSON.stringify(asked), () => parseSchedule({ ...schedule, components: [asked] }, schedule.id));
  const amounts = allocate(plan, table.municipalities).components[0].amounts;
  return amounts.map((a) => [a.toNumber()]);
}
