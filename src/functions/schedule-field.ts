// VERDEEL.SCHEMA: a figure or text of a schedule (rate, total, period factor, budget line, ...),
// so a sheet can show where an amount comes from. Field names work in Dutch and in English
// whatever Excel's language, so a workbook keeps working when someone opens it in another one.
import { localize, measuresUsed, periodFraction, type Component, type ComponentKind, type Lang, type Schedule } from "../allocation";
import { readOptionalText } from "./cells";
import { failure, functionsLanguage } from "./i18n";
import { componentIds, componentNamed, scheduleArgument } from "./lookup";
import { percentageOf, weightOf } from "./schedule-key-field";

type Value = number | string;

interface ScheduleField {
  nl: string;
  en: string;
  read: (s: Schedule, lang: Lang) => Value;
}

interface ComponentField {
  nl: string;
  en: string;
  /** The kinds that have this field; undefined: every kind. */
  kinds?: readonly ComponentKind[];
  /** What `maatstaf_of_gemeente` must name for this field, if anything. */
  which?: "measure" | "municipality";
  read: (c: Component, lang: Lang, which: string) => Value;
}

const SCHEDULE_FIELDS: readonly ScheduleField[] = [
  { nl: "titel", en: "title", read: (s, lang) => localize(s.title, lang) },
  { nl: "regio", en: "region", read: (s) => s.region },
  { nl: "jaar", en: "year", read: (s) => s.year },
  { nl: "bron", en: "source", read: (s) => s.source },
  { nl: "eenheid", en: "unit", read: (s) => s.rounding.unit },
  { nl: "afronding", en: "rounding", read: (s) => s.rounding.mode },
  { nl: "peildatum", en: "population-date", read: (s) => s.populationDate ?? "" },
  { nl: "onderdelen", en: "components", read: (s) => componentIds(s.components) },
];

const COMPONENT_FIELDS: readonly ComponentField[] = [
  { nl: "tarief", en: "rate", kinds: ["per-inhabitant", "per-unit"], read: (c) => ("rate" in c ? Number(c.rate) : NaN) },
  { nl: "totaal", en: "total", kinds: ["share-of-total", "fixed-percentage"], read: (c) => ("total" in c ? Number(c.total) : NaN) },
  {
    nl: "periodefactor",
    en: "period-factor",
    read: (c) => {
      const f = periodFraction(c.period);
      return f.numerator / f.denominator;
    },
  },
  { nl: "begrotingspost", en: "budget-line", read: (c) => c.budgetLine ?? "" },
  { nl: "naam", en: "label", read: (c, lang) => localize(c.label, lang) },
  { nl: "soort", en: "kind", read: (c) => c.kind },
  { nl: "maatstaven", en: "measures", kinds: ["per-inhabitant", "per-unit", "share-of-total"], read: (c) => measuresUsed([c]).join(", ") },
  { nl: "gewicht", en: "weight", kinds: ["share-of-total"], which: "measure", read: (c, _lang, which) => weightOf(c, which) },
  { nl: "percentage", en: "percentage", kinds: ["fixed-percentage"], which: "municipality", read: (c, _lang, which) => percentageOf(c, which) },
];

/** "Period factor", "period_factor" and "periodfactor" are one field. */
const fieldKey = (name: string): string => name.toLowerCase().replace(/[\s_-]/g, "");

function findField<T extends { nl: string; en: string }>(fields: readonly T[], name: string): T | undefined {
  const key = fieldKey(name);
  return fields.find((f) => fieldKey(f.nl) === key || fieldKey(f.en) === key);
}

function fieldNames(fields: readonly { nl: string; en: string }[], lang: Lang): string {
  return fields.map((f) => `"${f[lang]}"`).join(", ");
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
      if (which !== undefined) throw failure((m) => m.fieldTakesNoWhich(m.lang === "nl" ? "titel" : "title"));
      return localize(schedule.title, lang);
    }
    // A component without a field: its figure, the rate or the total.
    const c = componentNamed(schedule, componentId);
    const figure = COMPONENT_FIELDS.find((f) => f.kinds?.includes(c.kind));
    if (!figure) throw failure((m) => m.componentNeedsField(c.id, c.kind, fieldNames(COMPONENT_FIELDS, m.lang)));
    return componentValue(figure, figure[lang], c, which, lang);
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
