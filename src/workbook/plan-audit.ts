// The audit record (Verantwoording) of an apply: what was computed, from what, by which rules.
import type { Component, Schedule } from "../allocation/types";
import { amountOf, componentEntries, list, valueOf } from "./audit-components";
import { columnLetters } from "./address";
import type { Lang } from "./messages";
import type { PlanApplyArgs } from "./plan-apply";
import { RATES_SHEET } from "./rates-block";
import { formatEuro, localize } from "../allocation";
import { formatDecimalText, inlineLabel } from "./text-format";
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
  const nl = lang === "nl";
  const schedule: Schedule = allocation.schedule;
  const decimals = schedule.rounding.unit === "cent" ? 2 : 0;
  const entries: AuditRecord["entries"] = [];
  const add = (labelNl: string, labelEn: string, value: string): void => {
    entries.push({ label: nl ? labelNl : labelEn, value });
  };

  // An instant in the record; the audit layout shows it in local time (audit-layout.ts).
  entries.push({ label: nl ? "Tijdstip" : "Time", value: args.now.toISOString(), time: true });
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
  const cols = [`${nl ? "gemeente" : "municipality"}: ${colText(table.nameColumn)}`];
  if (table.populationColumn !== undefined) cols.push(`${nl ? "inwoners" : "population"}: ${colText(table.populationColumn)}`);
  if (table.codeColumn !== undefined && table.codeColumn !== table.nameColumn) {
    cols.push(`${nl ? "code" : "code"}: ${colText(table.codeColumn)}`);
  }
  for (const [measure, col] of Object.entries(table.measureColumns ?? {})) {
    const field = table.split?.measureFields?.[measure];
    cols.push(`${measure}: ${field !== undefined && table.split ? `${columnLetters(col)}, ${nl ? "veld" : "field"} ${field + 1} (${table.split.fields[field]})` : colText(col)}`);
  }
  if (table.split) cols.push(nl ? `CSV-regels in kolom ${columnLetters(table.split.column)}, gesplitst op "${table.split.separator}"` : `CSV lines in column ${columnLetters(table.split.column)}, split on "${table.split.separator}"`);
  add("Kolommen", "Columns", cols.join("; "));
  if (table.period) add("Periode (CBS)", "Period (CBS)", `${table.period}${periodHow(table.periodBy, lang)}`);
  if (table.formerMunicipalities && table.formerMunicipalities.length > 0) {
    const former = table.formerMunicipalities;
    add(
      "Overgeslagen (CBS, geen cijfers voor de periode)",
      "Skipped (CBS, no figures for the period)",
      `${former.length}: ${list(former, lang)}`,
    );
  }
  add("Rijen", "Rows", String(table.rows.length));
  if (table.populationColumn !== undefined) {
    let population = 0;
    for (const r of table.rows) population += r.population ?? 0;
    add("Inwoners (totaal)", "Population (total)", formatDecimalText(String(population), lang));
  }

  for (const c of schedule.components) componentEntries(args, c, add);
  add("Totaal", "Total", amountOf(allocation.grandTotal, decimals, lang));
  if (args.scenario) add("Scenario", "Scenario", scenarioText(args, lang));
  if (args.formulas) add("Formules", "Formulas", formulaText(args, lang));
  add("Versie", "Version", args.toolVersion);
  return { entries, lang };
}

/** How the CBS period was chosen, for the audit: " (volgens de peildatum van de verdeelsleutel)". */
function periodHow(by: DetectedTable["periodBy"], lang: Lang): string {
  const nl = lang === "nl";
  if (by === "choice") return nl ? " (zelf gekozen)" : " (chosen)";
  if (by === "population-date") return nl ? " (volgens de peildatum van de verdeelsleutel)" : " (following the schedule's population date)";
  if (by === "latest") return nl ? " (de laatste in het bestand)" : " (the latest in the file)";
  return "";
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
  const kinds = new Set(args.allocation.schedule.components.map((c) => c.kind));
  const perWhat = [
    ...(kinds.has("per-inhabitant") ? [nl ? "per inwoner" : "per-inhabitant"] : []),
    ...(kinds.has("per-unit") ? [nl ? "per eenheid" : "per-unit"] : []),
  ].join(nl ? " en " : " and ");
  const rates = perWhat === ""
    ? ""
    : nl
      ? `bedragen ${perWhat} als formule met de tarieven op blad ${RATES_SHEET}${where}; `
      : `${perWhat} amounts as formulas using the rates on sheet ${RATES_SHEET}${where}; `;
  return nl
    ? `${rates}totalen als som van de cellen; aandelen in een totaal, vaste percentages en vaste bedragen als waarde (de verdeling met de grootste rest is geen celformule)`
    : `${rates}totals as sums of the cells; shares of a total, fixed percentages and fixed amounts as values (the largest-remainder split is not a cell formula)`;
}
