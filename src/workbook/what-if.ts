// What-if figures named in headers: which components an edited schedule changes against the
// agreed one, and the words that say so, so that edited amounts never look agreed. Invullen
// writes `Bijdrage uitbreiding 2023 (gewijzigd € 0,09)` into its own columns; a scenario writes
// `Bijdrage uitbreiding 2023 (scenario € 0,09)` beside them. Pure.
import { Decimal } from "../allocation/decimal";
import { localize } from "../allocation";
import type { Component, Schedule } from "../allocation/types";
import type { Lang } from "../allocation";
import { planError } from "./plan-error";
import { formatDecimalText, inlineLabel } from "./text-format";
import { WORKBOOK_MESSAGES, workbookMessages, type EditWord } from "./i18n";

/** The figure a what-if edit changes: the rate (per inhabitant, per unit) or the total to split. */
export function figureOf(c: Component): string | undefined {
  if (c.kind === "per-inhabitant" || c.kind === "per-unit") return c.rate;
  if (c.kind === "share-of-total" || c.kind === "fixed-percentage") return c.total;
  return undefined;
}

/** Everything a what-if edit may not change (all but rates, totals, weights and percentages), to tell it from another schedule. */
function shapeOf(c: Component): string {
  return JSON.stringify([
    c.id,
    c.kind,
    c.period ?? null,
    c.kind === "fixed-amount" ? c.amounts : null,
    c.kind === "share-of-total" ? (c.key ?? []).map((k) => k.measure) : null,
    c.kind === "fixed-percentage" ? Object.keys(c.percentages) : null,
    c.kind === "per-unit" ? c.measure : null,
  ]);
}

const differ = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && !new Decimal(a).eq(b);

/** What an edit changed in one component: its figure, its key's weights, its percentages (only the changed ones). */
interface ComponentChange {
  figure: boolean;
  weights: boolean;
  percentages: string[];
}

function changeOf(agreed: Component, now: Component): ComponentChange {
  const change: ComponentChange = { figure: differ(figureOf(now), figureOf(agreed)), weights: false, percentages: [] };
  if (now.kind === "share-of-total" && agreed.kind === "share-of-total" && now.key && agreed.key) {
    change.weights = now.key.some((k, j) => differ(k.weight, agreed.key?.[j]?.weight));
  }
  if (now.kind === "fixed-percentage" && agreed.kind === "fixed-percentage") {
    change.percentages = Object.keys(now.percentages).filter((k) => differ(now.percentages[k], agreed.percentages[k]));
  }
  return change;
}

/**
 * The ids of the components whose rate, total, key weights or percentages differ between the
 * agreed schedule and the edited one, in schedule order. Throws a PlanError when the two are not
 * the same schedule apart from those figures.
 */
export function scenarioChanges(agreed: Schedule, scenario: Schedule): string[] {
  const same =
    agreed.id === scenario.id &&
    agreed.rounding.unit === scenario.rounding.unit &&
    agreed.rounding.mode === scenario.rounding.mode &&
    agreed.components.length === scenario.components.length &&
    agreed.components.every((c, i) => shapeOf(c) === shapeOf(scenario.components[i]));
  if (!same) {
    throw planError("scenario-other-schedule", (m) => m.scenarioOtherSchedule(agreed.id));
  }
  const changed: string[] = [];
  scenario.components.forEach((c, i) => {
    const change = changeOf(agreed.components[i], c);
    if (change.figure || change.weights || change.percentages.length > 0) changed.push(c.id);
  });
  return changed;
}

/** "€ 0,09" for a rate, "€ 120.000" for a total; English "€0.09", "€120,000". */
export function editMoney(c: Component, lang: Lang): string {
  const value = new Decimal(figureOf(c) ?? "0").toString();
  const min = c.kind === "per-inhabitant" || c.kind === "per-unit" || value.includes(".") ? 2 : 0;
  const text = formatDecimalText(value, lang, min);
  if (lang === "nl") return `€ ${text}`;
  return text.startsWith("-") ? `-€${text.slice(1)}` : `€${text}`;
}

/**
 * What an edit does to a component: "€ 0,09", "gewichten inwoners 0,6, woningen 0,4",
 * "percentages Venlo 35 %" (without the agreed schedule: its figure).
 */
function changeText(agreed: Component | undefined, c: Component, lang: Lang): string {
  const change = agreed ? changeOf(agreed, c) : { figure: true, weights: false, percentages: [] };
  const parts: string[] = [];
  if (change.figure) parts.push(editMoney(c, lang));
  if (change.weights && c.kind === "share-of-total") {
    const weights = (c.key ?? []).map((k) => `${k.measure} ${formatDecimalText(new Decimal(k.weight).toString(), lang)}`).join(", ");
    parts.push(`${workbookMessages(lang).weights} ${weights}`);
  }
  if (change.percentages.length > 0 && c.kind === "fixed-percentage") {
    parts.push(`percentages ${change.percentages.map((k) => `${k} ${formatDecimalText(new Decimal(c.percentages[k]).toString(), lang)} %`).join(", ")}`);
  }
  return parts.join(", ");
}

export type { EditWord };

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
  agreed?: Schedule,
): { own(id: string): string; all: string } {
  const byId = new Map(edited.components.map((c) => [c.id, c]));
  const w = workbookMessages(lang).editWord[word];
  const what = (id: string): string => changeText(agreed?.components.find((x) => x.id === id), byId.get(id) as Component, lang);
  const named = changed.map((id) => `${inlineLabel(localize((byId.get(id) as Component).label, lang))} ${what(id)}`);
  const all = `${w} ${named.join(", ")}`;
  return {
    own: (id) => (changed.length === 1 ? `${w} ${what(id)}` : all),
    all,
  };
}

/** True when `header` (normalised) is `base` (normalised) with an Invullen edit remark: "… (gewijzigd …)". */
export function isEditedVariant(header: string, base: string): boolean {
  return Object.values(WORKBOOK_MESSAGES).map((m) => m.editWord.edited).some((w) => header.startsWith(`${base} (${w} `) && header.endsWith(")"));
}
