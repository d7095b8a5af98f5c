// The audit record (Verantwoording) of an apply: what was computed, from what, by which rules.
import type Decimal from "decimal.js";
import type { Component, Schedule } from "../allocation/types";
import { columnLetters } from "./address";
import type { Lang } from "./messages";
import type { PlanApplyArgs } from "./plan-apply";
import { RATES_SHEET } from "./rates-block";
import { formatEuro, localize } from "../allocation";
import { dateText, formatDecimalText, inlineLabel } from "./text-format";
import type { AuditRecord, PlannedColumn, SheetBlock } from "./types";

/** What the audit needs: planApply's arguments, the columns, and what planScenario adds. */
export type AuditInput = Omit<PlanApplyArgs, "budgetLines" | "grid"> & {
  columns: PlannedColumn[];
  lineOf: (id: string) => string;
  /** Formula mode: the rates block written (undefined when every rate row was already there). */
  ratesBlock?: SheetBlock;
  /** planScenario: the components whose rate or total the scenario changes. */
  scenario?: { changed: string[] };
};

/** An Excel cell holds at most 32,767 characters; long lists are cut well before that. */
const MAX_LIST_CHARS = 30000;

/** The tie-break of the largest-remainder split, as the allocation core applies it. */
const TIE_BREAK = {
  nl: "grootste rest; bij gelijke rest: grotere bevolking, dan CBS-code (oplopend; rijen met code eerst), dan naam (oplopend)",
  en: "largest remainder; on equal remainders: larger population, then CBS code (ascending; rows with a code first), then name (ascending)",
};

/** An amount in the schedule's unit; more decimals only if the amount has them (it never should). */
function amountOf(value: Decimal, decimals: number, lang: Lang): string {
  return value.decimalPlaces() > decimals ? formatEuro(value, lang) : formatEuro(value, lang, decimals === 2 ? "cent" : "euro");
}

function valueOf(c: Component): string | undefined {
  if (c.kind === "per-inhabitant") return c.rate;
  if (c.kind === "share-of-total") return c.total;
  return undefined;
}

function list(names: string[], lang: Lang): string {
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

export function buildAudit(args: AuditInput): AuditRecord {
  const { allocation, table, lang } = args;
  const nl = lang === "nl";
  const schedule: Schedule = allocation.schedule;
  const decimals = schedule.rounding.unit === "cent" ? 2 : 0;
  const entries: { label: string; value: string }[] = [];
  const add = (labelNl: string, labelEn: string, value: string): void => {
    entries.push({ label: nl ? labelNl : labelEn, value });
  };

  add("Tijdstip", "Time", args.now.toISOString());
  if (args.scenario) {
    add(
      "Soort",
      "Kind",
      nl
        ? "Scenario (wat-als-berekening), niet de vastgestelde bedragen; die blijven in hun eigen kolommen"
        : "Scenario (what-if), not the agreed amounts; those stay in their own columns",
    );
  }
  add("Schema", "Schedule", `${schedule.id} — ${localize(schedule.title, lang)}`);
  add("Bron", "Source", schedule.source);
  add("Regio", "Region", schedule.region);
  add("Jaar", "Year", String(schedule.year));
  const unit = schedule.rounding.unit === "cent" ? (nl ? "op centen" : "to cents") : nl ? "op hele euro's" : "to whole euros";
  const mode =
    schedule.rounding.mode === "half-up"
      ? nl
        ? "half weg van nul (rekenkundig afronden)"
        : "half away from zero"
      : nl
        ? "half naar even (bankiersafronding)"
        : "half to even (banker's rounding)";
  add("Afronding", "Rounding", `${unit}, ${mode}`);
  if (schedule.populationDate) add("Peildatum inwoners", "Population reference date", schedule.populationDate);
  if (schedule.note) add("Toelichting", "Note", schedule.note);

  add("Blad", "Sheet", table.sheet);
  const colText = (col: number): string => {
    const h = table.headers[col];
    return h ? `${columnLetters(col)} (${h})` : columnLetters(col);
  };
  const cols = [`${nl ? "gemeente" : "municipality"}: ${colText(table.nameColumn)}`, `${nl ? "inwoners" : "population"}: ${colText(table.populationColumn)}`];
  if (table.codeColumn !== undefined && table.codeColumn !== table.nameColumn) {
    cols.push(`${nl ? "code" : "code"}: ${colText(table.codeColumn)}`);
  }
  if (table.split) cols.push(nl ? `CSV-regels in kolom ${columnLetters(table.split.column)}, gesplitst op "${table.split.separator}"` : `CSV lines in column ${columnLetters(table.split.column)}, split on "${table.split.separator}"`);
  add("Kolommen", "Columns", cols.join("; "));
  if (table.period) add("Periode (CBS)", "Period (CBS)", table.period);
  add("Rijen", "Rows", String(table.rows.length));
  let population = 0;
  for (const r of table.rows) population += r.population;
  add("Inwoners (totaal)", "Population (total)", formatDecimalText(String(population), lang));

  const agreed = args.agreedSchedule;
  for (const c of schedule.components) {
    const label = localize(c.label, lang);
    const inline = inlineLabel(label);
    const result = allocation.components.find((x) => x.componentId === c.id);
    const used = valueOf(c);
    const agreedComp = agreed?.components.find((x) => x.id === c.id);
    const agreedValue = agreedComp ? valueOf(agreedComp) : undefined;
    const changed =
      args.overrides?.rates?.[c.id] !== undefined || (agreedValue !== undefined && used !== undefined && agreedValue !== used);
    const mark = changed
      ? agreedValue !== undefined
        ? nl
          ? ` (gewijzigd; vastgesteld ${formatEuro(agreedValue, lang)})`
          : ` (changed; agreed ${formatEuro(agreedValue, lang)})`
        : nl
          ? " (gewijzigd)"
          : " (changed)"
      : "";
    if (c.kind === "per-inhabitant") {
      add(`Tarief ${inline}`, `Rate ${inline}`, `${formatEuro(c.rate, lang)} ${nl ? "per inwoner" : "per inhabitant"}${mark}`);
    } else if (c.kind === "share-of-total") {
      add(
        `Totaal te verdelen ${inline}`,
        `Total to split ${inline}`,
        `${formatEuro(c.total, lang)}${nl ? ", naar rato van het inwonertal" : ", in proportion to population"}${mark}`,
      );
    } else if (c.kind === "fixed-amount") {
      const parts = Object.entries(c.amounts).map(([k, v]) => `${k} ${formatEuro(v, lang)}`);
      add(`Vaste bedragen ${inline}`, `Fixed amounts ${inline}`, list(parts, lang) + mark);
    }
    const factor = result ? result.periodFactor : undefined;
    let factorText = "1";
    if (factor) {
      const exact = factor.decimalPlaces() <= 8;
      factorText = (exact ? "" : "≈ ") + formatDecimalText(exact ? factor.toString() : factor.toDecimalPlaces(8).toString(), lang);
    }
    if (c.period) {
      const how =
        c.period.prorate === "months"
          ? nl
            ? "naar rato per maand"
            : "pro rata by months"
          : c.period.prorate === "days"
            ? nl
              ? "naar rato per dag"
              : "pro rata by days"
            : nl
              ? "tarief geldt voor de periode (niet naar rato)"
              : "the rate is for the period (not pro rata)";
      add(
        `Periode ${inline}`,
        `Period ${inline}`,
        `${dateText(c.period.from, lang)} ${nl ? "t/m" : "to"} ${dateText(c.period.to, lang)}, ${how}; ${nl ? "factor" : "factor"} ${factorText}`,
      );
    } else {
      add(`Periode ${inline}`, `Period ${inline}`, `${nl ? "heel jaar" : "whole year"}; factor ${factorText}`);
    }
    const line = args.lineOf(c.id);
    add(`Begrotingspost ${inline}`, `Budget line ${inline}`, line === "" ? (nl ? "(niet opgegeven)" : "(not given)") : line);
    if (c.kind === "share-of-total") {
      const extra = result?.extraUnitTo ?? [];
      const unitName = decimals === 2 ? (nl ? "1 cent" : "1 cent") : nl ? "€ 1" : "€ 1";
      const who = extra.map((i) => table.rows[i]?.name ?? `#${i + 1}`);
      add(
        `Verdeling restcenten ${inline}`,
        `Remainder units ${inline}`,
        `${nl ? TIE_BREAK.nl : TIE_BREAK.en}. ` +
          (who.length === 0
            ? nl
              ? "Geen restbedrag te verdelen."
              : "No remainder to distribute."
            : `${nl ? `Een extra ${unitName} naar` : `One extra ${unitName} to`} (${who.length}): ${list(who, lang)}.`),
      );
    }
    if (c.kind === "fixed-amount" && result?.unmatchedKeys && result.unmatchedKeys.length > 0) {
      add(`Niet gevonden ${inline}`, `Not found ${inline}`, list(result.unmatchedKeys, lang));
    }
    if (result) add(`Totaal ${inline}`, `Total ${inline}`, amountOf(result.total, decimals, lang));
  }
  add("Totaal", "Total", amountOf(allocation.grandTotal, decimals, lang));
  if (args.scenario) add("Scenario", "Scenario", scenarioText(args, lang));
  if (args.formulas) add("Formules", "Formulas", formulaText(args, lang));
  add("Versie", "Version", args.toolVersion);
  return { entries };
}

/** "uitbreiding € 0,09 (vastgesteld € 0,07)", per changed component. */
function scenarioText(args: AuditInput, lang: Lang): string {
  const nl = lang === "nl";
  const schedule = args.allocation.schedule;
  const parts = (args.scenario?.changed ?? []).map((id) => {
    const c = schedule.components.find((x) => x.id === id) as Component;
    const agreed = args.agreedSchedule?.components.find((x) => x.id === id);
    const used = valueOf(c) ?? "";
    const before = agreed ? valueOf(agreed) : undefined;
    const was = before === undefined ? "" : nl ? ` (vastgesteld ${formatEuro(before, lang)})` : ` (agreed ${formatEuro(before, lang)})`;
    return `${inlineLabel(localize(c.label, lang))} ${formatEuro(used, lang)}${was}`;
  });
  return parts.join("; ");
}

/** Which amounts are formulas and where their rates are. */
function formulaText(args: AuditInput, lang: Lang): string {
  const nl = lang === "nl";
  const block = args.ratesBlock;
  const where = block
    ? nl
      ? ` (rijen ${block.top + 1} t/m ${block.top + block.cells.length} toegevoegd)`
      : ` (rows ${block.top + 1} to ${block.top + block.cells.length} added)`
    : "";
  const perInhabitant = args.allocation.schedule.components.some((c) => c.kind === "per-inhabitant");
  const rates = !perInhabitant
    ? ""
    : nl
      ? `bedragen per inwoner als formule met de tarieven op blad ${RATES_SHEET}${where}; `
      : `per-inhabitant amounts as formulas using the rates on sheet ${RATES_SHEET}${where}; `;
  return nl
    ? `${rates}totalen als som van de cellen; aandelen in een totaal en vaste bedragen als waarde (de verdeling met de grootste rest is geen celformule)`
    : `${rates}totals as sums of the cells; shares of a total and fixed amounts as values (the largest-remainder split is not a cell formula)`;
}
