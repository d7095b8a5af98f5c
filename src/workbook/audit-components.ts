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

type Add = (labelNl: string, labelEn: string, value: string) => void;

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
      return out + (lang === "nl" ? ` … en nog ${rest}` : ` … and ${rest} more`);
    }
    out += part;
  }
  return out;
}

/** "E (Woningen)", or for a field of unsplit CSV lines "A, veld 5 (Woningen)". */
function measureColumnText(table: DetectedTable, measure: string, lang: Lang): string {
  const col = measure === "inwoners" ? table.populationColumn : table.measureColumns?.[measure];
  if (col === undefined) return lang === "nl" ? "(geen kolom)" : "(no column)";
  const field = measure === "inwoners" ? table.split?.populationField : table.split?.measureFields?.[measure];
  if (table.split && field !== undefined) return `${columnLetters(col)}, ${lang === "nl" ? "veld" : "field"} ${field + 1} (${table.split.fields[field]})`;
  const h = table.headers[col];
  return h ? `${columnLetters(col)} (${h})` : columnLetters(col);
}

/** " (gewijzigd; vastgesteld € 0,07)" when a what-if changed the value, else "". */
function changeMark(changed: boolean, agreed: string | undefined, lang: Lang, money = true): string {
  if (!changed) return "";
  const nl = lang === "nl";
  if (agreed === undefined) return nl ? " (gewijzigd)" : " (changed)";
  const shown = money ? formatEuro(agreed, lang) : formatDecimalText(agreed, lang);
  return nl ? ` (gewijzigd; vastgesteld ${shown})` : ` (changed; agreed ${shown})`;
}

function keyText(args: AuditInput, c: Extract<Component, { kind: "share-of-total" }>, result: ComponentResult | undefined): string {
  const { table, lang } = args;
  const nl = lang === "nl";
  const agreed = args.agreedSchedule?.components.find((x) => x.id === c.id);
  const agreedKey = agreed?.kind === "share-of-total" ? agreed.key : undefined;
  return (result?.key ?? []).map((part) => {
    const before = agreedKey?.find((k) => k.measure === part.measure)?.weight;
    const mark = changeMark(before !== undefined && before !== part.weight, before, lang, false);
    const sum = formatDecimalText(part.sum, lang);
    return nl
      ? `${part.measure}: gewicht ${formatDecimalText(part.weight, lang)}${mark}, kolom ${measureColumnText(table, part.measure, lang)}, som ${sum}`
      : `${part.measure}: weight ${formatDecimalText(part.weight, lang)}${mark}, column ${measureColumnText(table, part.measure, lang)}, sum ${sum}`;
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
  const nl = lang === "nl";
  const inline = inlineLabel(localize(c.label, lang));
  const used = valueOf(c);
  const agreedComp = args.agreedSchedule?.components.find((x) => x.id === c.id);
  const agreedValue = agreedComp ? valueOf(agreedComp) : undefined;
  const mark = changeMark(args.overrides?.rates?.[c.id] !== undefined || (agreedValue !== undefined && used !== undefined && agreedValue !== used), agreedValue, lang);
  switch (c.kind) {
    case "per-inhabitant":
      add(`Tarief ${inline}`, `Rate ${inline}`, `${formatEuro(c.rate, lang)} ${nl ? "per inwoner" : "per inhabitant"}${mark}`);
      return;
    case "per-unit": {
      const where = measureColumnText(args.table, c.measure, lang);
      add(`Tarief ${inline}`, `Rate ${inline}`, nl ? `${formatEuro(c.rate, lang)} per eenheid ${c.measure} (kolom ${where})${mark}` : `${formatEuro(c.rate, lang)} per unit of ${c.measure} (column ${where})${mark}`);
      return;
    }
    case "share-of-total":
      add(
        `Totaal te verdelen ${inline}`,
        `Total to split ${inline}`,
        `${formatEuro(c.total, lang)}${c.key ? (nl ? ", naar een gewogen sleutel" : ", by a weighted key") : nl ? ", naar rato van het inwonertal" : ", in proportion to population"}${mark}`,
      );
      if (c.key) add(`Sleutel ${inline}`, `Key ${inline}`, keyText(args, c, result));
      return;
    case "fixed-percentage":
      add(`Totaal te verdelen ${inline}`, `Total to split ${inline}`, `${formatEuro(c.total, lang)}${nl ? ", naar vaste percentages" : ", by fixed percentages"}${mark}`);
      add(`Percentages ${inline}`, `Percentages ${inline}`, percentagesText(args, c));
      return;
    case "fixed-amount": {
      const parts = Object.entries(c.amounts).map(([k, v]) => `${k} ${formatEuro(v, lang)}`);
      add(`Vaste bedragen ${inline}`, `Fixed amounts ${inline}`, list(parts, lang) + mark);
    }
  }
}

function periodEntry(c: Component, result: ComponentResult | undefined, lang: Lang, add: Add): void {
  const nl = lang === "nl";
  const inline = inlineLabel(localize(c.label, lang));
  const factor = result ? result.periodFactor : undefined;
  let factorText = "1";
  if (factor) {
    const exact = factor.decimalPlaces() <= 8;
    factorText = (exact ? "" : "≈ ") + formatDecimalText(exact ? factor.toString() : factor.toDecimalPlaces(8).toString(), lang);
  }
  if (!c.period) {
    add(`Periode ${inline}`, `Period ${inline}`, `${nl ? "heel jaar" : "whole year"}; factor ${factorText}`);
    return;
  }
  const how =
    c.period.prorate === "none"
      ? nl ? "tarief geldt voor de periode (niet naar rato)" : "the rate is for the period (not pro rata)"
      : domainWords(lang).prorate[c.period.prorate];
  add(`Periode ${inline}`, `Period ${inline}`, `${dateText(c.period.from, lang)} ${nl ? "t/m" : "to"} ${dateText(c.period.to, lang)}, ${how}; factor ${factorText}`);
}

/** Every audit line of one component. */
export function componentEntries(args: AuditInput, c: Component, add: Add): void {
  const { allocation, table, lang } = args;
  const nl = lang === "nl";
  const decimals = allocation.schedule.rounding.unit === "cent" ? 2 : 0;
  const inline = inlineLabel(localize(c.label, lang));
  const result = allocation.components.find((x) => x.componentId === c.id);
  whatEntries(args, c, result, add);
  periodEntry(c, result, lang, add);
  const line = args.lineOf(c.id);
  add(`Begrotingspost ${inline}`, `Budget line ${inline}`, line === "" ? (nl ? "(niet opgegeven)" : "(not given)") : line);
  if (c.kind === "share-of-total" || c.kind === "fixed-percentage") {
    const who = (result?.extraUnitTo ?? []).map((i) => table.rows[i]?.name ?? `#${i + 1}`);
    const unitName = decimals === 2 ? "1 cent" : "€ 1";
    add(
      `Verdeling restcenten ${inline}`,
      `Remainder units ${inline}`,
      `${workbookMessages(lang).tieBreak}. ` +
        (who.length === 0
          ? nl ? "Geen restbedrag te verdelen." : "No remainder to distribute."
          : `${nl ? `Een extra ${unitName} naar` : `One extra ${unitName} to`} (${who.length}): ${list(who, lang)}.`),
    );
  }
  if (c.kind === "fixed-amount" && result?.unmatchedKeys && result.unmatchedKeys.length > 0) {
    add(`Niet gevonden ${inline}`, `Not found ${inline}`, list(result.unmatchedKeys, lang));
  }
  if (result) add(`Totaal ${inline}`, `Total ${inline}`, amountOf(result.total, decimals, lang));
}
