// The schedule editor's form: what the user typed, field by field, and the schedule JSON object
// it stands for (the command's format, so parseSchedule accepts it when it is valid).
// Pure: no React. Amounts are kept as typed ("0,07") and become decimal strings ("0.07") in JSON.
import { parseUserDecimal } from "../../allocation/format";
import type {
  Component,
  ComponentKind,
  Localized,
  Period,
  Prorate,
  RoundingMode,
  RoundingUnit,
  Schedule,
} from "../../allocation/types";
import type { Lang } from "../../allocation";
import { en, nl } from "./messages";

export interface AmountRowForm {
  /** Stable key for React and for the field messages; never written to JSON. */
  key: string;
  name: string;
  amount: string;
}

/** One measure of a weighted key and its weight, as typed. */
export interface KeyRowForm {
  key: string;
  measure: string;
  weight: string;
}

export interface PeriodForm {
  enabled: boolean;
  from: string;
  to: string;
  prorate: Prorate;
}

/** One component. The values of every kind are kept, so switching the kind back loses nothing. */
export interface ComponentForm {
  key: string;
  kind: ComponentKind;
  id: string;
  labelNl: string;
  labelEn: string;
  /** Per inhabitant and per unit. */
  rate: string;
  /** Share of a total and fixed percentages. */
  total: string;
  /** Fixed amounts: municipality and amount. */
  amounts: AmountRowForm[];
  /** Share of a total: the weighted key; no rows means by population. */
  keyRows: KeyRowForm[];
  /** Fixed percentages: municipality and percentage (in `amount`). */
  percentages: AmountRowForm[];
  /** Per unit: the measure (woningen, …). */
  measure: string;
  period: PeriodForm;
  budgetLine: string;
}

export interface ScheduleForm {
  id: string;
  titleNl: string;
  titleEn: string;
  region: string;
  year: string;
  source: string;
  note: string;
  populationDate: string;
  unit: RoundingUnit;
  mode: RoundingMode;
  components: ComponentForm[];
  /** The number of the next key handed out (components and rows). */
  nextKey: number;
}

/** The JSON object a form stands for: a schedule, except that `year` may be missing or text. */
export type ScheduleJson = Omit<Schedule, "year"> & { year?: number | string };

/**
 * A decimal string as the user would type it ("0.07" → "0,07" in Dutch) that parseUserDecimal
 * reads back. "1.078" would read as a thousands group, so it is shown as "1,0780" (same value).
 */
export function decimalInputText(value: string, lang: Lang): string {
  const text = lang === "nl" ? value.replace(".", ",") : value;
  if (parseUserDecimal(text) !== null || !/[.,]/.test(text)) return text;
  return `${text}0`;
}

function emptyPeriod(): PeriodForm {
  return { enabled: false, from: "", to: "", prorate: "none" };
}

/** The row list a component's municipality rows live in: fixed percentages in `percentages`, fixed amounts in `amounts`. */
export function rowListOf(c: Pick<ComponentForm, "kind">): "amounts" | "percentages" {
  return c.kind === "fixed-percentage" ? "percentages" : "amounts";
}

/** A new component of a kind, with empty values. */
export function emptyComponent(key: string, kind: ComponentKind, id: string, label: { nl: string; en: string }): ComponentForm {
  return {
    key,
    kind,
    id,
    labelNl: label.nl,
    labelEn: label.en,
    rate: "",
    total: "",
    amounts: [],
    keyRows: [],
    percentages: [],
    measure: "",
    period: emptyPeriod(),
    budgetLine: "",
  };
}

/** A new schedule: one per-inhabitant component "basis", rounding to cents, half away from zero. */
export function emptyForm(year: number): ScheduleForm {
  return {
    id: "",
    titleNl: "",
    titleEn: "",
    region: "",
    year: String(year),
    source: "",
    note: "",
    populationDate: "",
    unit: "cent",
    mode: "half-up",
    components: [emptyComponent("k1", "per-inhabitant", "basis", { nl: nl.firstComponentLabel, en: en.firstComponentLabel })],
    nextKey: 2,
  };
}

function localizedParts(text: Localized): [string, string] {
  return typeof text === "string" ? [text, ""] : [text.nl, text.en ?? ""];
}

/** The form for a schedule (keys k1, k2, … in order), amounts written for the user's language. */
export function scheduleToForm(schedule: Schedule, lang: Lang): ScheduleForm {
  let next = 1;
  const key = (): string => `k${next++}`;
  const components = schedule.components.map((c): ComponentForm => {
    const [labelNl, labelEn] = localizedParts(c.label);
    const form = emptyComponent(key(), c.kind, c.id, { nl: labelNl, en: labelEn });
    const rows = (record: Record<string, string>): AmountRowForm[] =>
      Object.entries(record).map(([name, amount]) => ({ key: key(), name, amount: decimalInputText(amount, lang) }));
    if (c.kind === "per-inhabitant" || c.kind === "per-unit") form.rate = decimalInputText(c.rate, lang);
    if (c.kind === "per-unit") form.measure = c.measure;
    if (c.kind === "share-of-total" || c.kind === "fixed-percentage") form.total = decimalInputText(c.total, lang);
    if (c.kind === "share-of-total" && c.key) {
      form.keyRows = c.key.map((k) => ({ key: key(), measure: k.measure, weight: decimalInputText(k.weight, lang) }));
    }
    if (c.kind === "fixed-amount") form.amounts = rows(c.amounts);
    if (c.kind === "fixed-percentage") form.percentages = rows(c.percentages);
    if (c.period) form.period = { enabled: true, from: c.period.from, to: c.period.to, prorate: c.period.prorate };
    form.budgetLine = c.budgetLine ?? "";
    return form;
  });
  const [titleNl, titleEn] = localizedParts(schedule.title);
  return {
    id: schedule.id,
    titleNl,
    titleEn,
    region: schedule.region,
    year: String(schedule.year),
    source: schedule.source,
    note: schedule.note ?? "",
    populationDate: schedule.populationDate ?? "",
    unit: schedule.rounding.unit,
    mode: schedule.rounding.mode,
    components,
    nextKey: next,
  };
}

function localizedJson(nlText: string, enText: string): Localized {
  const nlTrimmed = nlText.trim();
  const enTrimmed = enText.trim();
  return enTrimmed === "" ? nlTrimmed : { nl: nlTrimmed, en: enTrimmed };
}

/**
 * An amount as typed, as the decimal string of the JSON: "0,07" → "0.07". Text that is not an
 * amount goes through unchanged (trimmed): the editor reports it itself (see validate.ts), so
 * "90.000" can never pass as 90.
 */
export function amountJson(text: string): string {
  return parseUserDecimal(text) ?? text.trim();
}

/** "2023" → 2023; empty → missing; anything else stays text, for the schema to name. */
export function yearJson(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function periodJson(p: PeriodForm): Period | undefined {
  return p.enabled ? { from: p.from.trim(), to: p.to.trim(), prorate: p.prorate } : undefined;
}

/** Rows as a JSON record; fromEntries defines own properties, so even a key "__proto__" stays a key. */
function rowsJson(rows: AmountRowForm[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.name.trim(), amountJson(r.amount)]));
}

function componentJson(c: ComponentForm): Component {
  const base = { id: c.id.trim(), label: localizedJson(c.labelNl, c.labelEn) };
  const period = periodJson(c.period);
  const budgetLine = c.budgetLine.trim();
  const tail = { ...(period ? { period } : {}), ...(budgetLine !== "" ? { budgetLine } : {}) };
  switch (c.kind) {
    case "per-inhabitant":
      return { ...base, kind: c.kind, rate: amountJson(c.rate), ...tail };
    case "share-of-total": {
      const key = c.keyRows.map((k) => ({ measure: k.measure.trim(), weight: amountJson(k.weight) }));
      return { ...base, kind: c.kind, total: amountJson(c.total), ...(key.length > 0 ? { key } : {}), ...tail };
    }
    case "fixed-amount":
      return { ...base, kind: c.kind, amounts: rowsJson(c.amounts), ...tail };
    case "fixed-percentage":
      return { ...base, kind: c.kind, total: amountJson(c.total), percentages: rowsJson(c.percentages), ...tail };
    case "per-unit":
      return { ...base, kind: c.kind, measure: c.measure.trim(), rate: amountJson(c.rate), ...tail };
  }
}

/**
 * The schedule JSON object of a form, in the command's format: texts trimmed, an empty English
 * text left out (the title or label is then one string), empty optional fields left out, an
 * empty budget line left out ("no default"), amounts as decimal strings.
 */
export function formToJson(form: ScheduleForm): ScheduleJson {
  const note = form.note.trim();
  const populationDate = form.populationDate.trim();
  const year = yearJson(form.year);
  return {
    id: form.id.trim(),
    title: localizedJson(form.titleNl, form.titleEn),
    region: form.region.trim(),
    ...(year !== undefined ? { year } : {}),
    source: form.source.trim(),
    ...(note !== "" ? { note } : {}),
    ...(populationDate !== "" ? { populationDate } : {}),
    rounding: { unit: form.unit, mode: form.mode },
    components: form.components.map(componentJson),
  };
}
