// What-if rates: the agreed value of a component, the text a user typed, and whether they differ.
import { Decimal, formatEuro, localize, parseUserDecimal } from "../../allocation";
import { inlineLabel } from "../../workbook";
import type { Component, Schedule } from "../../allocation/types";
import type { Lang } from "../../host";

/** The editable value of a component: its rate (per inhabitant) or its total (share of total). */
export function agreedValue(c: Component): string | undefined {
  if (c.kind === "per-inhabitant") return c.rate;
  if (c.kind === "share-of-total") return c.total;
  return undefined;
}

/** A decimal string as a user types it: "0.07" -> "0,07" in Dutch, "0.07" in English. */
export function decimalText(value: string, lang: Lang): string {
  return lang === "nl" ? value.replace(".", ",") : value;
}

export type RateInput =
  /** A valid amount that differs from the agreed one: a what-if override. */
  | { kind: "override"; value: string }
  /** A valid amount equal to the agreed one (also "0,070" for "0.07"). */
  | { kind: "agreed" }
  | { kind: "invalid" };

/** Reads what the user typed into a component's rate field. */
export function readRateInput(text: string, agreed: string | undefined): RateInput {
  const parsed = parseUserDecimal(text);
  if (parsed === null || parsed.startsWith("-")) return { kind: "invalid" };
  if (agreed !== undefined && new Decimal(parsed).eq(new Decimal(agreed))) return { kind: "agreed" };
  return { kind: "override", value: parsed };
}

/** Saved what-if rates that still fit the schedule: known, editable components with a valid value. */
export function validSavedRates(schedule: Schedule, saved: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(saved ?? {})) {
    const c = schedule.components.find((x) => x.id === id);
    if (!c) continue;
    const r = readRateInput(value, agreedValue(c));
    if (agreedValue(c) !== undefined && r.kind === "override") out[id] = r.value;
  }
  return out;
}

/** Saved budget lines of components that exist in the schedule. */
export function validSavedBudgetLines(schedule: Schedule, saved: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(saved ?? {})) {
    if (typeof value === "string" && schedule.components.some((c) => c.id === id)) out[id] = value;
  }
  return out;
}

/** The budget line written per component: the user's (trimmed; "" = none), else the schedule's default. */
export function effectiveBudgetLines(schedule: Schedule, user: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of schedule.components) {
    const own = user[c.id];
    out[c.id] = own !== undefined ? own.trim() : (c.budgetLine ?? "");
  }
  return out;
}

/** A what-if edit as people read it: the component's label in a sentence, the edited and the agreed figure. */
export interface RateEdit {
  id: string;
  label: string;
  value: string;
  agreed: string;
}

/** The edits in force (valid overrides), in schedule order, with their figures as money in `lang`. */
export function rateEdits(schedule: Schedule | undefined, rates: Record<string, string>, lang: Lang): RateEdit[] {
  const out: RateEdit[] = [];
  for (const c of schedule?.components ?? []) {
    const value = rates[c.id];
    const agreed = agreedValue(c);
    if (value === undefined || agreed === undefined) continue;
    out.push({ id: c.id, label: inlineLabel(localize(c.label, lang)), value: formatEuro(value, lang), agreed: formatEuro(agreed, lang) });
  }
  return out;
}
