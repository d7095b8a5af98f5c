// What-if figures named in headers: which components an edited schedule changes against the
// agreed one, and the words that say so, so that edited amounts never look agreed. Invullen
// writes `Bijdrage uitbreiding 2023 (gewijzigd € 0,09)` into its own columns; a scenario writes
// `Bijdrage uitbreiding 2023 (scenario € 0,09)` beside them. Pure.
import { Decimal } from "../allocation/decimal";
import { localize } from "../allocation";
import type { Component, Schedule } from "../allocation/types";
import type { Lang } from "./messages";
import { PlanError } from "./plan-error";
import { formatDecimalText, inlineLabel } from "./text-format";

/** The figure a what-if edit changes: the rate per inhabitant or the total to split. */
export function figureOf(c: Component): string | undefined {
  if (c.kind === "per-inhabitant") return c.rate;
  if (c.kind === "share-of-total") return c.total;
  return undefined;
}

/** Everything but the rate or total, to tell an edit from another schedule. */
function shapeOf(c: Component): string {
  return JSON.stringify([c.id, c.kind, c.period ?? null, c.kind === "fixed-amount" ? c.amounts : null]);
}

/**
 * The ids of the components whose rate (per inhabitant) or total (share of a total) differs
 * between the agreed schedule and the edited one, in schedule order. Throws a PlanError when the
 * two are not the same schedule apart from rates and totals.
 */
export function scenarioChanges(agreed: Schedule, scenario: Schedule): string[] {
  const same =
    agreed.id === scenario.id &&
    agreed.rounding.unit === scenario.rounding.unit &&
    agreed.rounding.mode === scenario.rounding.mode &&
    agreed.components.length === scenario.components.length &&
    agreed.components.every((c, i) => shapeOf(c) === shapeOf(scenario.components[i]));
  if (!same) {
    throw new PlanError(
      "scenario-other-schedule",
      `Het scenario hoort niet bij verdeelsleutel ${agreed.id}: alleen tarieven en totalen mogen verschillen.`,
      `The scenario does not belong to schedule ${agreed.id}: only rates and totals may differ.`,
    );
  }
  const changed: string[] = [];
  scenario.components.forEach((c, i) => {
    const now = figureOf(c);
    const before = figureOf(agreed.components[i]);
    if (now !== undefined && before !== undefined && !new Decimal(now).eq(before)) changed.push(c.id);
  });
  return changed;
}

/** "€ 0,09" for a rate, "€ 120.000" for a total; English "€0.09", "€120,000". */
export function editMoney(c: Component, lang: Lang): string {
  const value = new Decimal(figureOf(c) ?? "0").toString();
  const min = c.kind === "per-inhabitant" || value.includes(".") ? 2 : 0;
  const text = formatDecimalText(value, lang, min);
  if (lang === "nl") return `€ ${text}`;
  return text.startsWith("-") ? `-€${text.slice(1)}` : `€${text}`;
}

/** The word that marks what-if columns: a saved scenario, or Invullen's edited amounts. */
export type EditWord = "scenario" | "edited";

const WORDS: Record<EditWord, Record<Lang, string>> = {
  scenario: { nl: "scenario", en: "scenario" },
  edited: { nl: "gewijzigd", en: "edited" },
};

/**
 * The remarks a header gets for the edits in `changed`: `own(id)` for the column of a changed
 * component (`scenario € 0,09`; with several changes all of them), `all` for the total column
 * (`scenario uitbreiding € 0,09`, `gewijzigd basis € 0,10, uitbreiding € 0,09`).
 */
export function editRemarks(
  word: EditWord,
  edited: Schedule,
  changed: readonly string[],
  lang: Lang,
): { own(id: string): string; all: string } {
  const byId = new Map(edited.components.map((c) => [c.id, c]));
  const w = WORDS[word][lang];
  const named = changed.map((id) => {
    const c = byId.get(id) as Component;
    return `${inlineLabel(localize(c.label, lang))} ${editMoney(c, lang)}`;
  });
  const all = `${w} ${named.join(", ")}`;
  return {
    own: (id) => (changed.length === 1 ? `${w} ${editMoney(byId.get(id) as Component, lang)}` : all),
    all,
  };
}

/** True when `header` (normalised) is `base` (normalised) with an Invullen edit remark: "… (gewijzigd …)". */
export function isEditedVariant(header: string, base: string): boolean {
  return Object.values(WORDS.edited).some((w) => header.startsWith(`${base} (${w} `) && header.endsWith(")"));
}
