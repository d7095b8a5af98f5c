// The edits a user makes to the form: components added (one, or "vaste voet + per inwoner" as
// two), removed, moved, changed; rows of a fixed-amount component added one by one or pasted
// as a list. Pure: each edit returns a new form and leaves its input alone.
import type { ComponentKind } from "../../allocation/types";
import { emptyComponent, rowListOf, type AmountRowForm, type ComponentForm, type KeyRowForm, type ScheduleForm } from "./form";
import type { EditorMessages } from "./messages";

/** What a new component of each kind is called until the user renames it. */
const DEFAULT_ID: Record<ComponentKind, string> = {
  "per-inhabitant": "per-inwoner",
  "share-of-total": "aandeel",
  "fixed-amount": "vast-bedrag",
  "fixed-percentage": "bijdrage",
  "per-unit": "per-woning",
};

/** `base`, else `base-2`, `base-3`, …: the first component id the form does not use yet. */
export function uniqueComponentId(form: ScheduleForm, base: string, extra: readonly string[] = []): string {
  const taken = new Set([...form.components.map((c) => c.id.trim()), ...extra]);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function labelFor(kind: ComponentKind, m: EditorMessages): { nl: string; en: string } {
  if (kind === "per-inhabitant") return m.perInhabitantLabel;
  if (kind === "share-of-total") return m.shareLabel;
  if (kind === "fixed-percentage") return m.percentageLabel;
  if (kind === "per-unit") return m.perUnitLabel;
  return m.fixedLabel;
}

export interface Added {
  form: ScheduleForm;
  /** Keys of the components or rows added, in order. */
  keys: string[];
}

/** Appends an empty component of a kind, with a free id and a default name in both languages. */
export function addComponent(form: ScheduleForm, kind: ComponentKind, m: EditorMessages): Added {
  const key = `k${form.nextKey}`;
  const c = emptyComponent(key, kind, uniqueComponentId(form, DEFAULT_ID[kind]), labelFor(kind, m));
  if (kind === "per-unit") c.measure = "woningen";
  return { form: { ...form, components: [...form.components, c], nextKey: form.nextKey + 1 }, keys: [key] };
}

/**
 * "Vaste voet + per inwoner": a fixed base per municipality plus a rate per inhabitant. The
 * schedule format has no "the same amount for every municipality", so the base is a fixed-amount
 * component (its rows: the municipalities that pay it, each with the base amount; the editor
 * offers to paste the list) followed by a per-inhabitant component. Both are ordinary
 * components afterwards.
 */
export function addBasePlusRate(form: ScheduleForm, m: EditorMessages): Added {
  const baseKey = `k${form.nextKey}`;
  const rateKey = `k${form.nextKey + 1}`;
  const baseId = uniqueComponentId(form, "vaste-voet");
  const rateId = uniqueComponentId(form, "per-inwoner", [baseId]);
  const base = emptyComponent(baseKey, "fixed-amount", baseId, m.baseLabel);
  const rate = emptyComponent(rateKey, "per-inhabitant", rateId, m.perInhabitantLabel);
  return { form: { ...form, components: [...form.components, base, rate], nextKey: form.nextKey + 2 }, keys: [baseKey, rateKey] };
}

export function removeComponent(form: ScheduleForm, key: string): ScheduleForm {
  return { ...form, components: form.components.filter((c) => c.key !== key) };
}

/** Moves a component one place up (-1) or down (+1); at either end nothing changes. */
export function moveComponent(form: ScheduleForm, key: string, delta: -1 | 1): ScheduleForm {
  const from = form.components.findIndex((c) => c.key === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= form.components.length) return form;
  const components = [...form.components];
  [components[from], components[to]] = [components[to], components[from]];
  return { ...form, components };
}

export function updateComponent(form: ScheduleForm, key: string, patch: Partial<Omit<ComponentForm, "key">>): ScheduleForm {
  return { ...form, components: form.components.map((c) => (c.key === key ? { ...c, ...patch } : c)) };
}

/** Appends rows to a fixed-amount or fixed-percentage component's list (any kind keeps its rows, see ComponentForm). */
export function addRows(form: ScheduleForm, componentKey: string, rows: readonly { name: string; amount: string }[]): Added {
  const keys = rows.map((_, i) => `k${form.nextKey + i}`);
  const added: AmountRowForm[] = rows.map((r, i) => ({ key: keys[i], name: r.name, amount: r.amount }));
  const c = form.components.find((x) => x.key === componentKey);
  const list = c ? rowListOf(c) : "amounts";
  const next = updateComponent(form, componentKey, { [list]: [...(c?.[list] ?? []), ...added] });
  return { form: { ...next, nextKey: form.nextKey + rows.length }, keys };
}

/** Appends measures to a share-of-total's weighted key. */
export function addKeyRows(form: ScheduleForm, componentKey: string, rows: readonly { measure: string; weight: string }[]): Added {
  const keys = rows.map((_, i) => `k${form.nextKey + i}`);
  const added: KeyRowForm[] = rows.map((r, i) => ({ key: keys[i], measure: r.measure, weight: r.weight }));
  const c = form.components.find((x) => x.key === componentKey);
  const next = updateComponent(form, componentKey, { keyRows: [...(c?.keyRows ?? []), ...added] });
  return { form: { ...next, nextKey: form.nextKey + rows.length }, keys };
}

export function updateKeyRow(form: ScheduleForm, componentKey: string, rowKey: string, patch: Partial<Omit<KeyRowForm, "key">>): ScheduleForm {
  return {
    ...form,
    components: form.components.map((c) =>
      c.key === componentKey ? { ...c, keyRows: c.keyRows.map((r) => (r.key === rowKey ? { ...r, ...patch } : r)) } : c,
    ),
  };
}

export function updateRow(
  form: ScheduleForm,
  componentKey: string,
  rowKey: string,
  patch: Partial<Omit<AmountRowForm, "key">>,
): ScheduleForm {
  return {
    ...form,
    components: form.components.map((c) => {
      if (c.key !== componentKey) return c;
      const list = rowListOf(c);
      return { ...c, [list]: c[list].map((r) => (r.key === rowKey ? { ...r, ...patch } : r)) };
    }),
  };
}

export function removeRow(form: ScheduleForm, componentKey: string, rowKey: string): ScheduleForm {
  return {
    ...form,
    components: form.components.map((c) => {
      if (c.key !== componentKey) return c;
      const list = rowListOf(c);
      return { ...c, [list]: c[list].filter((r) => r.key !== rowKey), keyRows: c.keyRows.filter((r) => r.key !== rowKey) };
    }),
  };
}

/**
 * A pasted list of municipalities: one per line, a name or CBS code, optionally followed by its
 * own amount after a tab (two cells copied from Excel) or a semicolon. Lines without an amount
 * get `commonAmount`. Blank lines are skipped; nothing is validated here (the rows are).
 */
export function parseBulkRows(text: string, commonAmount: string): { name: string; amount: string }[] {
  const rows: { name: string; amount: string }[] = [];
  for (const line of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    const [name, own] = line.split(/\t|;/, 2).map((part) => part.trim());
    if (!name) continue;
    rows.push({ name, amount: own !== undefined && own !== "" ? own : commonAmount.trim() });
  }
  return rows;
}
