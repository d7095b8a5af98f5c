// What-if rates: the agreed value of a component, the text a user typed, and whether they differ.
import { Decimal, formatEuro, localize, parseUserDecimal } from "../../allocation";
import { inlineLabel } from "../../workbook";
import type { Component, Overrides, Schedule } from "../../allocation/types";
import type { Lang } from "../../host";

/** The editable value of a component: its rate (per inhabitant, per unit) or its total (share of total, fixed percentages). */
export function agreedValue(c: Component): string | undefined {
  if (c.kind === "per-inhabitant" || c.kind === "per-unit") return c.rate;
  if (c.kind === "share-of-total" || c.kind === "fixed-percentage") return c.total;
  return undefined;
}

/** The decimals a component's editable value may have: a total no more than the rounding unit, a rate any. */
export function valueDecimals(c: Component, schedule: Schedule): number | undefined {
  if (c.kind === "share-of-total" || c.kind === "fixed-percentage") return schedule.rounding.unit === "cent" ? 2 : 0;
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
  | { kind: "invalid"; reason: "number" | "decimals" };

/**
 * Reads what the user typed into a rate, total, weight or percentage field. With `maxDecimals` a
 * value with more decimals (90000,49 for a whole-euro total) is invalid: it is never rounded.
 */
export function readRateInput(text: string, agreed: string | undefined, maxDecimals?: number): RateInput {
  const parsed = parseUserDecimal(text);
  if (parsed === null || parsed.startsWith("-")) return { kind: "invalid", reason: "number" };
  const decimals = (parsed.split(".")[1] ?? "").replace(/0+$/, "").length;
  if (maxDecimals !== undefined && decimals > maxDecimals) return { kind: "invalid", reason: "decimals" };
  if (agreed !== undefined && new Decimal(parsed).eq(new Decimal(agreed))) return { kind: "agreed" };
  return { kind: "override", value: parsed };
}

/** Saved what-if rates that still fit the schedule: known, editable components with a valid value. */
export function validSavedRates(schedule: Schedule, saved: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(saved ?? {})) {
    const c = schedule.components.find((x) => x.id === id);
    if (!c) continue;
    const r = readRateInput(value, agreedValue(c), valueDecimals(c, schedule));
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

/** "inwoners 0,5, woningen 0,3" or "Venlo 30 %, Weert 12,5 %": the entries of a key or of percentages. */
function entriesText(entries: Record<string, string>, lang: Lang, unit: string): string {
  return Object.entries(entries)
    .map(([k, v]) => `${k} ${new Decimal(v).toString().replace(".", lang === "nl" ? "," : ".")}${unit}`)
    .join(", ");
}

/**
 * The edits in force (valid overrides), in schedule order, as people read them: a rate or total
 * as money, edited weights of a key and edited percentages as their entries, each beside the
 * agreed figure.
 */
export function rateEdits(
  schedule: Schedule | undefined,
  rates: Record<string, string>,
  lang: Lang,
  overrides: Pick<Overrides, "weights" | "percentages"> = {},
): RateEdit[] {
  const out: RateEdit[] = [];
  for (const c of schedule?.components ?? []) {
    const label = inlineLabel(localize(c.label, lang));
    const value = rates[c.id];
    const agreed = agreedValue(c);
    if (value !== undefined && agreed !== undefined) {
      out.push({ id: c.id, label, value: formatEuro(value, lang), agreed: formatEuro(agreed, lang) });
    }
    const weights = overrides.weights?.[c.id];
    if (weights && c.kind === "share-of-total" && c.key) {
      const agreedWeights = Object.fromEntries(c.key.filter((k) => k.measure in weights).map((k) => [k.measure, k.weight]));
      out.push({ id: c.id, label, value: entriesText(weights, lang, ""), agreed: entriesText(agreedWeights, lang, "") });
    }
    const percentages = overrides.percentages?.[c.id];
    if (percentages && c.kind === "fixed-percentage") {
      const agreedPercentages = Object.fromEntries(Object.keys(percentages).map((k) => [k, c.percentages[k] ?? "0"]));
      out.push({ id: c.id, label, value: entriesText(percentages, lang, " %"), agreed: entriesText(agreedPercentages, lang, " %") });
    }
  }
  return out;
}
