// Validating the form with the command's own schedule validation (src/allocation's schema and
// checks), and telling each field what is wrong with it.
import { ScheduleError, scheduleIssue, type ScheduleIssue } from "../../allocation/errors";
import { ALLOCATION_MESSAGES } from "../../allocation/i18n";
import { parseUserDecimal } from "../../allocation/format";
import { nameMatchKey } from "../../allocation/names";
import { checkPeriod } from "../../allocation/period";
import { parseSchedule, scheduleSchema } from "../../allocation/schema";
import { semanticIssues } from "../../allocation/schema-checks";
import { fieldPath } from "../../allocation/field-path";
import { describeIssue } from "../../allocation/schema-issues";
import type { Schedule } from "../../allocation/types";
import { fieldKeysOf, keyRowFieldKey, rowFieldKey } from "./field-keys";
import { formToJson, rowListOf, type ScheduleForm, type ScheduleJson } from "./form";
import { en, nl } from "./messages";

/** A schedule issue and the form field it belongs to. */
export interface FieldIssue extends ScheduleIssue {
  /** The form field's key (see field-keys.ts); "" when no single field is meant. */
  key: string;
}

export interface FormValidation {
  /** The JSON object of the form (also when invalid). */
  json: ScheduleJson;
  /** The parsed schedule, only when there is no issue at all. */
  schedule?: Schedule;
  issues: FieldIssue[];
}

function validYear(year: unknown): year is number {
  return typeof year === "number" && Number.isInteger(year) && year >= 1900 && year <= 2200;
}

/**
 * The schema's issues for the form's JSON: exactly parseSchedule's when the shape is right.
 * parseSchedule stops after a wrong shape (here only the year or an empty component list can
 * be wrong, since the form always writes strings and known options), so then the meaning checks
 * run too, on the same JSON, so that every field shows its message at once.
 */
function checkSchema(json: ScheduleJson): { schedule?: Schedule; issues: ScheduleIssue[] } {
  try {
    return { schedule: parseSchedule(json), issues: [] };
  } catch (e) {
    if (!(e instanceof ScheduleError)) throw e;
    if (scheduleSchema.safeParse(json).success) return { issues: e.issues };
  }
  return { issues: shapeAndMeaningIssues(json) };
}

function shapeAndMeaningIssues(json: ScheduleJson): ScheduleIssue[] {
  const parsed = scheduleSchema.safeParse(json, { reportInput: true });
  const shape = parsed.success ? [] : parsed.error.issues.flatMap((issue) => describeIssue(issue, json));
  if (validYear(json.year)) return [...shape, ...semanticIssues(json as Schedule)];
  // Without a valid year a period cannot be checked against it: check the periods on their own.
  const withoutPeriods = { ...json, year: 0, components: json.components.map(({ period: _period, ...c }) => c) } as Schedule;
  const periods = json.components.flatMap((c, i) => (c.period ? checkPeriod(c.period, `components[${i}].period`) : []));
  return [...shape, ...semanticIssues(withoutPeriods), ...periods];
}

/**
 * The editor's own checks, made before the schema sees the JSON: an amount the user typed that
 * is not an amount ("90.000" would otherwise pass as 90), two rows for the same municipality
 * (JSON would keep only the last), and an id that a bundled schedule already has.
 */
function formIssues(form: ScheduleForm, existingIds: readonly string[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  const add = (field: string, key: string, problemNl: string, problemEn: string): void => {
    out.push({ ...scheduleIssue(field, problemNl, problemEn), key });
  };
  const amount = (field: string, key: string, text: string): void => {
    if (parseUserDecimal(text) !== null) return;
    if (text.trim() === "") add(field, key, nl.emptyAmount, en.emptyAmount);
    else add(field, key, nl.notAnAmount(text.trim()), en.notAnAmount(text.trim()));
  };
  const id = form.id.trim().toLowerCase();
  if (id !== "" && existingIds.some((other) => other.trim().toLowerCase() === id))
    add("id", "id", nl.idTaken(id), en.idTaken(id));
  form.components.forEach((c, i) => {
    const at = `components[${i}]`;
    if (c.kind === "per-inhabitant" || c.kind === "per-unit") amount(`${at}.rate`, `${c.key}.rate`, c.rate);
    if (c.kind === "share-of-total" || c.kind === "fixed-percentage") amount(`${at}.total`, `${c.key}.total`, c.total);
    if (c.kind === "share-of-total") {
      c.keyRows.forEach((row, j) => amount(`${at}.key[${j}].weight`, keyRowFieldKey(c.key, row.key, "weight"), row.weight));
    }
    if (c.kind !== "fixed-amount" && c.kind !== "fixed-percentage") return;
    const list = rowListOf(c);
    const seen = new Set<string>();
    for (const row of c[list]) {
      const name = row.name.trim();
      const match = nameMatchKey(name);
      if (name !== "" && seen.has(match)) {
        add(
          `${at}.${fieldPath([list, name])}`,
          rowFieldKey(c.key, row.key, "name"),
          nl.duplicateRow(name),
          en.duplicateRow(name),
        );
      }
      seen.add(match);
      amount(`${at}.${fieldPath([list, name])}`, rowFieldKey(c.key, row.key, "amount"), row.amount);
    }
  });
  return out;
}

/**
 * Validates a form as the command validates a schedule file, plus the editor's own checks.
 * `schedule` is set only when there is no issue. A field with an issue of the editor's own gets
 * no schema issue besides it (the schema would only repeat it in other words).
 */
export function validateForm(form: ScheduleForm, existingIds: readonly string[]): FormValidation {
  const json = formToJson(form);
  const own = formIssues(form, existingIds);
  const ownKeys = new Set(own.map((i) => i.key));
  const checked = checkSchema(json);
  const fromSchema = checked.issues
    .flatMap((issue) => fieldKeysOf(issue.field, form).map((key) => ({ ...issue, key })))
    .filter((issue) => issue.key === "" || !ownKeys.has(issue.key));
  const issues = [...own, ...fromSchema];
  return issues.length > 0 ? { json, issues } : { json, schedule: checked.schedule, issues };
}

/** The problem without the "field: " that starts every issue's message, first letter upper case. */
export function problemText(issue: ScheduleIssue, lang: "nl" | "en"): string {
  const message = lang === "nl" ? issue.message : issue.messageEn;
  const whole = ALLOCATION_MESSAGES[lang].wholeSchedule;
  const prefix = `${issue.field === "" ? whole : issue.field}: `;
  const text = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The issues by field key. */
export function issuesByKey(issues: readonly FieldIssue[]): Map<string, FieldIssue[]> {
  const map = new Map<string, FieldIssue[]>();
  for (const issue of issues) {
    const list = map.get(issue.key);
    if (list) list.push(issue);
    else map.set(issue.key, [issue]);
  }
  return map;
}
