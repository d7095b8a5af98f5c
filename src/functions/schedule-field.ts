// VERDEEL.SCHEMA: a figure or text of a schedule (rate, total, period factor, budget line, ...),
// so a sheet can show where an amount comes from. Field names work in Dutch and in English
// whatever Excel's language, so a workbook keeps working when someone opens it in another one.
import { localize, measuresUsed, periodFraction, type Component, type ComponentKind, type Lang, type Schedule } from "../allocation";
import { readOptionalText } from "./cells";
import { failure, functionsLanguage, messagesFor, type FieldId } from "./i18n";
import { componentIds, componentNamed, scheduleArgument } from "./lookup";
import { percentageOf, weightOf } from "./schedule-key-field";

type Value = number | string;

interface ScheduleField {
  id: FieldId;
  read: (s: Schedule, lang: Lang) => Value;
}

interface ComponentField {
  id: FieldId;
  /** The kinds that have this field; undefined: every kind. */
  kinds?: readonly ComponentKind[];
  /** What `maatstaf_of_gemeente` must name for this field, if anything. */
  which?: "measure" | "municipality";
  read: (c: Component, lang: Lang, which: string) => Value;
}

const SCHEDULE_FIELDS: readonly ScheduleField[] = [
  { id: "title", read: (s, lang) => localize(s.title, lang) },
  { id: "region", read: (s) => s.region },
  { id: "year", read: (s) => s.year },
  { id: "source", read: (s) => s.source },
  { id: "unit", read: (s) => s.rounding.unit },
  { id: "rounding", read: (s) => s.rounding.mode },
  { id: "population-date", read: (s) => s.populationDate ?? "" },
  { id: "components", read: (s) => componentIds(s.components) },
];

const COMPONENT_FIELDS: readonly ComponentField[] = [
  { id: "rate", kinds: ["per-inhabitant", "per-unit"], read: (c) => ("rate" in c ? Number(c.rate) : NaN) },
  { id: "total", kinds: ["share-of-total", "fixed-percentage"], read: (c) => ("total" in c ? Number(c.total) : NaN) },
  {
    id: "period-factor",
    read: (c) => {
      const f = periodFraction(c.period);
      return f.numerator / f.denominator;
    },
  },
  { id: "budget-line", read: (c) => c.budgetLine ?? "" },
  { id: "label", read: (c, lang) => localize(c.label, lang) },
  { id: "kind", read: (c) => c.kind },
  { id: "measures", kinds: ["per-inhabitant", "per-unit", "share-of-total"], read: (c) => measuresUsed([c]).join(", ") },
  { id: "weight", kinds: ["share-of-total"], which: "measure", read: (c, _lang, which) => weightOf(c, which) },
  { id: "percentage", kinds: ["fixed-percentage"], which: "municipality", read: (c, _lang, which) => percentageOf(c, which) },
];

/** "Period factor", "period_factor" and "periodfactor" are one field. */
const fieldKey = (name: string): string => name.toLowerCase().replace(/[\s_-]/g, "");

/** The field a name means, in either language whatever Excel's: a workbook works in both. */
function findField<T extends { id: FieldId }>(fields: readonly T[], name: string): T | undefined {
  const key = fieldKey(name);
  return fields.find((f) => fieldKey(messagesFor("nl").fieldName[f.id]) === key || fieldKey(messagesFor("en").fieldName[f.id]) === key);
}

function fieldNames(fields: readonly { id: FieldId }[], lang: Lang): string {
  return fields.map((f) => `"${messagesFor(lang).fieldName[f.id]}"`).join(", ");
}

const ALL_FIELDS = [...COMPONENT_FIELDS, ...SCHEDULE_FIELDS];

/** The component a component field is about: the one named, or the schedule's only one. */
function theComponent(schedule: Schedule, componentId: string | undefined, field: string): Component {
  if (componentId !== undefined) return componentNamed(schedule, componentId);
  if (schedule.components.length === 1) return schedule.components[0];
  throw failure((m) => m.fieldNeedsComponent(field, schedule.id, componentIds(schedule.components)));
}

function componentValue(field: ComponentField, name: string, c: Component, which: string | undefined, lang: Lang): Value {
  if (field.kinds && !field.kinds.includes(c.kind)) throw failure((m) => m.fieldNotForKind(name, c.id, c.kind));
  if (which === undefined && field.which === "measure") throw failure((m) => m.fieldNeedsMeasure(name, measuresUsed([c]).join(", ")));
  if (which === undefined && field.which === "municipality") {
    throw failure((m) => m.fieldNeedsMunicipality(name, c.kind === "fixed-percentage" ? Object.keys(c.percentages).join(", ") : ""));
  }
  if (which !== undefined && !field.which) throw failure((m) => m.fieldTakesNoWhich(name));
  return field.read(c, lang, which ?? "");
}

/** VERDEEL.SCHEMA(schema; [onderdeel]; [veld]; [maatstaf_of_gemeente]) on the values Excel passes. */
export function scheduleFieldOf(scheduleValue: unknown, componentValueArg: unknown, fieldValue: unknown, whichValue?: unknown): Value {
  const lang = functionsLanguage();
  const schedule = scheduleArgument(scheduleValue);
  const componentId = readOptionalText(componentValueArg, "onderdeel");
  const fieldName = readOptionalText(fieldValue, "veld");
  const which = readOptionalText(whichValue, "maatstaf_of_gemeente");
  if (fieldName === undefined) {
    if (componentId === undefined) {
      if (which !== undefined) throw failure((m) => m.fieldTakesNoWhich(m.fieldName.title));
      return localize(schedule.title, lang);
    }
    // A component without a field: its figure, the rate or the total.
    const c = componentNamed(schedule, componentId);
    const figure = COMPONENT_FIELDS.find((f) => f.kinds?.includes(c.kind));
    if (!figure) throw failure((m) => m.componentNeedsField(c.id, c.kind, fieldNames(COMPONENT_FIELDS, m.lang)));
    return componentValue(figure, messagesFor(lang).fieldName[figure.id], c, which, lang);
  }
  const scheduleField = findField(SCHEDULE_FIELDS, fieldName);
  if (scheduleField) {
    if (componentId !== undefined) componentNamed(schedule, componentId); // a misspelt component is still an error
    if (which !== undefined) throw failure((m) => m.fieldTakesNoWhich(fieldName));
    return scheduleField.read(schedule, lang);
  }
  const componentField = findField(COMPONENT_FIELDS, fieldName);
  if (!componentField) throw failure((m) => m.unknownField(fieldName, fieldNames(ALL_FIELDS, m.lang)));
  return componentValue(componentField, fieldName, theComponent(schedule, componentId, fieldName), which, lang);
}
