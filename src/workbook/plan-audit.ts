// The audit record (Verantwoording) of an apply: what was computed, from what, by which rules.
import type { Component, Schedule } from "../allocation/types";
import { amountOf, componentEntries, list, valueOf } from "./audit-components";
import { columnLetters } from "./address";
import type { Lang } from "../allocation";
import type { PlanApplyArgs } from "./plan-apply";
import { RATES_SHEET } from "./rates-block";
import { domainWords, formatEuro, localize } from "../allocation";
import { formatDecimalText, inlineLabel } from "./text-format";
import { plannerMessages, type AuditTexts } from "./i18n/planner";
import type { AuditRecord, DetectedTable, PlannedColumn, SheetBlock } from "./types";

/** What the audit needs: planApply's arguments, the columns, and what planScenario adds. */
export type AuditInput = Omit<PlanApplyArgs, "budgetLines" | "grid"> & {
  columns: PlannedColumn[];
  lineOf: (id: string) => string;
  /** Formula mode: the rates block written (undefined when every rate row was already there). */
  ratesBlock?: SheetBlock;
  /** planScenario: the components whose rate or total the scenario changes. */
  scenario?: { changed: string[] };
};


export function buildAudit(args: AuditInput): AuditRecord {
  const { allocation, table, lang } = args;
  const t = plannerMessages(lang).audit;
  const schedule: Schedule = allocation.schedule;
  const decimals = schedule.rounding.unit === "cent" ? 2 : 0;
  const entries: AuditRecord["entries"] = [];
  const add = (label: string, value: string): void => {
    entries.push({ label, value });
  };

  // An instant in the record; the audit layout shows it in local time (audit-layout.ts).
  entries.push({ label: t.time, value: args.now.toISOString(), time: true });
  if (args.scenario) add(t.kind, t.kindScenario);
  add(t.schedule, `${schedule.id} — ${localize(schedule.title, lang)}`);
  add(t.source, schedule.source);
  add(t.region, schedule.region);
  add(t.year, String(schedule.year));
  const words = domainWords(lang);
  add(t.rounding, `${words.roundedTo[schedule.rounding.unit]}, ${words.mode[schedule.rounding.mode]}`);
  if (schedule.populationDate) add(t.populationDate, schedule.populationDate);
  if (schedule.note) add(t.note, schedule.note);

  add(t.sheet, table.sheet);
  add(t.columns, columnsText(table, t));
  if (table.period) add(t.periodCbs, `${table.period}${periodHow(table.periodBy, t)}`);
  if (table.formerMunicipalities && table.formerMunicipalities.length > 0) {
    const former = table.formerMunicipalities;
    add(t.skippedFormer, `${former.length}: ${list(former, lang)}`);
  }
  add(t.rows, String(table.rows.length));
  if (table.populationColumn !== undefined) {
    let population = 0;
    for (const r of table.rows) population += r.population ?? 0;
    add(t.populationTotal, formatDecimalText(String(population), lang));
  }

  for (const c of schedule.components) componentEntries(args, c, add);
  add(t.total, amountOf(allocation.grandTotal, decimals, lang));
  if (args.scenario) add(t.scenario, scenarioText(args, lang));
  if (args.formulas) add(t.formulas, formulaText(args, t));
  add(t.version, args.toolVersion);
  return { entries, lang };
}

/** "gemeente: A (Gemeente); inwoners: C (Inwoners); …": which column holds what. */
function columnsText(table: DetectedTable, t: AuditTexts): string {
  const colText = (col: number): string => {
    const h = table.headers[col];
    return h ? `${columnLetters(col)} (${h})` : columnLetters(col);
  };
  const cols = [`${t.colMunicipality}: ${colText(table.nameColumn)}`];
  if (table.populationColumn !== undefined) cols.push(`${t.colPopulation}: ${colText(table.populationColumn)}`);
  if (table.codeColumn !== undefined && table.codeColumn !== table.nameColumn) {
    cols.push(`${t.colCode}: ${colText(table.codeColumn)}`);
  }
  for (const [measure, col] of Object.entries(table.measureColumns ?? {})) {
    const field = table.split?.measureFields?.[measure];
    cols.push(`${measure}: ${field !== undefined && table.split ? `${columnLetters(col)}, ${t.field} ${field + 1} (${table.split.fields[field]})` : colText(col)}`);
  }
  if (table.split) cols.push(t.csvLines(columnLetters(table.split.column), table.split.separator));
  return cols.join("; ");
}

/** How the CBS period was chosen, for the audit: " (volgens de peildatum van de verdeelsleutel)". */
function periodHow(by: DetectedTable["periodBy"], t: AuditTexts): string {
  if (by === "choice") return t.periodChosen;
  if (by === "population-date") return t.periodByDate;
  if (by === "latest") return t.periodLatest;
  return "";
}

/** "uitbreiding € 0,09 (vastgesteld € 0,07)", per changed component. */
function scenarioText(args: AuditInput, lang: Lang): string {
  const t = plannerMessages(lang).audit;
  const schedule = args.allocation.schedule;
  const parts = (args.scenario?.changed ?? []).map((id) => {
    const c = schedule.components.find((x) => x.id === id) as Component;
    const agreed = args.agreedSchedule?.components.find((x) => x.id === id);
    const used = valueOf(c) ?? "";
    const before = agreed ? valueOf(agreed) : undefined;
    const was = before === undefined ? "" : t.agreedWas(formatEuro(before, lang));
    return `${inlineLabel(localize(c.label, lang))} ${formatEuro(used, lang)}${was}`;
  });
  return parts.join("; ");
}

/** Which amounts are formulas and where their rates are. */
function formulaText(args: AuditInput, t: AuditTexts): string {
  const block = args.ratesBlock;
  const where = block ? t.rowsAdded(block.top + 1, block.top + block.cells.length) : "";
  const kinds = new Set(args.allocation.schedule.components.map((c) => c.kind));
  const perWhat = [
    ...(kinds.has("per-inhabitant") ? [t.perInhabitant] : []),
    ...(kinds.has("per-unit") ? [t.perUnit] : []),
  ].join(t.and);
  const rates = perWhat === "" ? "" : t.ratesAsFormulas(perWhat, RATES_SHEET, where);
  return `${rates}${t.formulasRest}`;
}
