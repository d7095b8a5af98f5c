// The audit record's lines for one component: its rate, total, key, percentages or amounts (with
// what-if changes marked), period, budget line, who got an extra rounding unit, and its total.
import type Decimal from "decimal.js";
import { domainWords, formatEuro, localize } from "../allocation";
import type { Component, ComponentResult } from "../allocation/types";
import { columnLetters } from "./address";
import type { Lang } from "../allocation";
import type { AuditInput } from "./plan-audit";
import { dateText, formatDecimalText, inlineLabel } from "./text-format";
import type { DetectedTable } from "./types";
import { workbookMessages } from "./i18n";
import { plannerMessages } from "./i18n/planner";

type Add = (label: string, value: string) => void;

/** An Excel cell holds at most 32,767 characters; long lists are cut well before that. */
const MAX_LIST_CHARS = 30000;

/** An amount in the schedule's unit; more decimals only if the amount has them (it never should). */
export function amountOf(value: Decimal, decimals: number, lang: Lang): string {
  return value.decimalPlaces() > decimals ? formatEuro(value, lang) : formatEuro(value, lang, decimals === 2 ? "cent" : "euro");
}

/** The rate or total a what-if edit can change. */
export function valueOf(c: Component): string | undefined {
  if (c.kind === "per-inhabitant" || c.kind === "per-unit") return c.rate;
  if (c.kind === "share-of-total" || c.kind === "fixed-percentage") return c.total;
  return undefined;
}

export function list(names: string[], lang: Lang): string {
  let out = "";
  for (let i = 0; i < names.length; i++) {
    const part = (i > 0 ? ", " : "") + names[i];
    if (out.length + part.length > MAX_LIST_CHARS) {
      const rest = names.length - i;
      return out + plannerMessages(lang).audit.andMore(rest);
    }
    out += part;
  }
  return out;
}

/** "E (Woningen)", or for a field of unsplit CSV lines "A, veld 5 (Woningen)". */
function measureColumnText(table: DetectedTable, measure: string, lang: Lang): string {
  const t = plannerMessages(lang).audit;
  const col = measure === "inwoners" ? table.populationColumn : table.measureColumns?.[measure];
  if (col === undefined) return t.noColumn;
  const field = measure === "inwoners" ? table.split?.populationField : table.split?.measureFields?.[measure];
  if (table.split && field !== undefined) return `${columnLetters(col)}, ${t.field} ${field + 1} (${table.split.fields[field]})`;
  const h = table.headers[col];
  return h ? `${columnLetters(col)} (${h})` : columnLetters(col);
}

/** " (gewijzigd; vastgesteld € 0,07)" when a what-if changed the value, else "". */
function changeMark(changed: boolean, agreed: string | undefined, lang: Lang, money = true): string {
  if (!changed) return "";
  const t = plannerMessages(lang).audit;
  if (agreed === undefined) return t.changed;
  return t.changedAgreed(money ? formatEuro(agreed, lang) : formatDecimalText(agreed, lang));
}

function keyText(args: AuditInput, c: Extract<Component, { kind: "share-of-total" }>, result: ComponentResult | undefined): string {
  const { table, lang } = args;
  const t = plannerMessages(lang).audit;
  const agreed = args.agreedSchedule?.components.find((x) => x.id === c.id);
  const agreedKey = agreed?.kind === "share-of-total" ? agreed.key : undefined;
  return (result?.key ?? []).map((part) => {
    const before = agreedKey?.find((k) => k.measure === part.measure)?.weight;
    const mark = changeMark(before !== undefined && before !== part.weight, before, lang, false);
    return t.keyPart(part.measure, formatDecimalText(part.weight, lang), mark, measureColumnText(table, part.measure, lang), formatDecimalText(part.sum, lang));
  }).join("; ");
}

function percentagesText(args: AuditInput, c: Extract<Component, { kind: "fixed-percentage" }>): string {
  const { lang } = args;
  const agreed = args.agreedSchedule?.components.find((x) => x.id === c.id);
  const before = agreed?.kind === "fixed-percentage" ? agreed.percentages : undefined;
  const parts = Object.entries(c.percentages).map(([key, value]) => {
    const was = before?.[key];
    return `${key} ${formatDecimalText(value, lang)} %${changeMark(was !== undefined && was !== value, was, lang, false)}`;
  });
  return list(parts, lang);
}

/** The line that says what the component charges: rate, total and how it is split, or fixed amounts. */
function whatEntries(args: AuditInput, c: Component, result: ComponentResult | undefined, add: Add): void {
  const { lang } = args;
  const t = plannerMessages(lang).audit;
  const inline = inlineLabel(localize(c.label, lang));
  const used = valueOf(c);
  const agreedComp = args.agreedSchedule?.components.find((x) => x.id === c.id);
  const agreedValue = agreedComp ? valueOf(agreedComp) : undefined;
  const mark = changeMark(args.overrides?.rates?.[c.id] !== undefined || (agreedValue !== undefined && used !== undefined && agreedValue !== used), agreedValue, lang);
  switch (c.kind) {
    case "per-inhabitant":
      add(t.rate(inline), `${formatEuro(c.rate, lang)} ${t.perInhabitantValue}${mark}`);
      return;
    case "per-unit":
      add(t.rate(inline), t.perUnitValue(formatEuro(c.rate, lang), c.measure, measureColumnText(args.table, c.measure, lang), mark));
      return;
    case "share-of-total":
      add(t.totalToSplit(inline), `${formatEuro(c.total, lang)}${c.key ? t.byWeightedKey : t.byPopulation}${mark}`);
      if (c.key) add(t.key(inline), keyText(args, c, result));
      return;
    case "fixed-percentage":
      add(t.totalToSplit(inline), `${formatEuro(c.total, lang)}${t.byFixedPercentages}${mark}`);
      add(t.percentages(inline), percentagesText(args, c));
      return;
    case "fixed-amount": {
      const parts = Object.entries(c.amounts).map(([k, v]) => `${k} ${formatEuro(v, lang)}`);
      add(t.fixedAmounts(inline), list(parts, lang) + mark);
    }
  }
}

function periodEntry(c: Component, result: ComponentResult | undefined, lang: Lang, add: Add): void {
  const messages = workbookMessages(lang);
  const t = plannerMessages(lang).audit;
  const inline = inlineLabel(localize(c.label, lang));
  const factor = result ? result.periodFactor : undefined;
  let factorText = "1";
  if (factor) {
    const exact = factor.decimalPlaces() <= 8;
    factorText = (exact ? "" : "≈ ") + formatDecimalText(exact ? factor.toString() : factor.toDecimalPlaces(8).toString(), lang);
  }
  if (!c.period) {
    add(t.period(inline), `${messages.rates.wholeYear}; factor ${factorText}`);
    return;
  }
  const how = c.period.prorate === "none" ? t.rateForPeriod : domainWords(lang).prorate[c.period.prorate];
  add(t.period(inline), `${dateText(c.period.from, lang)} ${t.through} ${dateText(c.period.to, lang)}, ${how}; factor ${factorText}`);
}

/** Every audit line of one component. */
export function componentEntries(args: AuditInput, c: Component, add: Add): void {
  const { allocation, table, lang } = args;
  const messages = workbookMessages(lang);
  const t = plannerMessages(lang).audit;
  const decimals = allocation.schedule.rounding.unit === "cent" ? 2 : 0;
  const inline = inlineLabel(localize(c.label, lang));
  const result = allocation.components.find((x) => x.componentId === c.id);
  whatEntries(args, c, result, add);
  periodEntry(c, result, lang, add);
  const line = args.lineOf(c.id);
  add(t.budgetLine(inline), line === "" ? t.notGiven : line);
  if (c.kind === "share-of-total" || c.kind === "fixed-percentage") {
    const who = (result?.extraUnitTo ?? []).map((i) => table.rows[i]?.name ?? `#${i + 1}`);
    const unitName = decimals === 2 ? "1 cent" : "€ 1";
    add(
      t.remainderUnits(inline),
      `${messages.tieBreak}. ` +
        (who.length === 0 ? t.noRemainder : `${t.extraUnitTo(unitName)} (${who.length}): ${list(who, lang)}.`),
    );
  }
  if (c.kind === "fixed-amount" && result?.unmatchedKeys && result.unmatchedKeys.length > 0) {
    add(t.notFound(inline), list(result.unmatchedKeys, lang));
  }
  if (result) add(t.componentTotal(inline), amountOf(result.total, decimals, lang));
}
