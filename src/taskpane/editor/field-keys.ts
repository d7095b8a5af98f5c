// Which field of the form a schedule issue is about. The core names a field by its path in the
// JSON (`components[1].rate`, `components[0].amounts["Bergen (NH)"]`); the form names it by a
// key that survives reordering (`k3.rate`, `k3.amounts.k7.amount`).
import { rowListOf, type ScheduleForm } from "./form";

/** The schedule-level fields, by their key (equal to their JSON path). */
export const GENERAL_KEYS = [
  "id",
  "title.nl",
  "title.en",
  "region",
  "year",
  "source",
  "note",
  "populationDate",
  "rounding.unit",
  "rounding.mode",
  "components",
] as const;

/** Issues that name no field of the form (the whole schedule, or a path the form cannot produce). */
export const OTHER_KEY = "";

const COMPONENT_FIELDS: Record<string, string> = {
  id: "id",
  kind: "kind",
  label: "label.nl",
  "label.nl": "label.nl",
  "label.en": "label.en",
  rate: "rate",
  total: "total",
  amounts: "amounts",
  percentages: "amounts",
  measure: "measure",
  key: "key",
  budgetLine: "budgetLine",
  period: "period.from",
  "period.from": "period.from",
  "period.to": "period.to",
  "period.prorate": "period.prorate",
};

/** `amounts.Weert` or `percentages["Bergen (NH)"]` (as fieldPath in src/allocation writes them). */
const AMOUNT_KEY = /^(?:amounts|percentages)(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[("(?:[^"\\]|\\.)*")\])$/;

/** `key[1].weight`, `key[0].measure`: a row of a weighted key. */
const KEY_ROW = /^key\[(\d+)\]\.(measure|weight)$/;

function amountRowKey(rest: string): string | undefined {
  const m = AMOUNT_KEY.exec(rest);
  if (!m) return undefined;
  return m[1] ?? (JSON.parse(m[2]) as string);
}

export function componentFieldKey(componentKey: string, field: string): string {
  return `${componentKey}.${field}`;
}

export function rowFieldKey(componentKey: string, rowKey: string, field: "name" | "amount"): string {
  return `${componentKey}.amounts.${rowKey}.${field}`;
}

export function keyRowFieldKey(componentKey: string, rowKey: string, field: "measure" | "weight"): string {
  return `${componentKey}.key.${rowKey}.${field}`;
}

/**
 * The keys of the form fields an issue's path points at: one, or [OTHER_KEY]. A row without a
 * name is one key `""` in the JSON, so its issue goes to every nameless row; a named row's
 * issue is about its amount, and goes to the last row of that name (the one the JSON keeps; an
 * earlier one is reported as a duplicate by the editor itself).
 */
export function fieldKeysOf(path: string, form: ScheduleForm): string[] {
  if (path === "title") return ["title.nl"];
  if ((GENERAL_KEYS as readonly string[]).includes(path)) return [path];
  const m = /^components\[(\d+)\](?:\.(.+))?$/.exec(path);
  const c = m ? form.components[Number(m[1])] : undefined;
  if (!m || !c) return [OTHER_KEY];
  const rest = m[2] ?? "";
  const simple = COMPONENT_FIELDS[rest];
  if (simple) return [componentFieldKey(c.key, simple)];
  const keyRow = KEY_ROW.exec(rest);
  if (keyRow) {
    const row = c.keyRows[Number(keyRow[1])];
    return row ? [keyRowFieldKey(c.key, row.key, keyRow[2] as "measure" | "weight")] : [componentFieldKey(c.key, "key")];
  }
  const name = amountRowKey(rest);
  if (name === undefined) return [OTHER_KEY];
  const rows = c[rowListOf(c)].filter((r) => r.name.trim() === name);
  if (rows.length === 0) return [componentFieldKey(c.key, "amounts")];
  if (name === "") return rows.map((r) => rowFieldKey(c.key, r.key, "name"));
  return [rowFieldKey(c.key, rows[rows.length - 1].key, "amount")];
}
