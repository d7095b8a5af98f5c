// What `verdeel apply` reports: the JSON report and the text table. What-if edits (--rate) are
// named wherever a figure is shown, as the written headers name them, so edited amounts never
// look agreed.
import { localize, toPlainAmounts } from "../allocation";
import type { Allocation, Schedule } from "../allocation/types";
import { AUDIT_SHEET, inlineLabel, scenarioChanges } from "../workbook";
import type { DetectedTable, Finding } from "../workbook/types";
import { editMoney, editRemarks, figureOf } from "../workbook/what-if";
import type { CliContext } from "./context";
import { amountString, euro } from "./euro";
import { findingJson } from "./findings-output";
import { formatCount, tr, type Lang } from "./lang";
import { renderTable } from "./text-table";

export interface ApplyRowReport {
  row: number;
  name: string;
  /** The municipality's code when the table has a code column (CBS's GM0988). */
  code?: string;
  population: number;
  /** The other measures the schedule uses (woningen, oppervlakte, …) as read, decimal strings. */
  measures?: Record<string, string>;
  amounts: Record<string, string>;
  total: string;
  budgetLines: Record<string, string>;
}

/** One what-if edit: the component's rate (per inhabitant, per unit) or total (share, percentages) as applied and as agreed. */
export interface ApplyEdit {
  component: string;
  field: "rate" | "total";
  value: string;
  agreed: string;
}

export interface ApplyReport {
  schedule: Schedule;
  /** The --rate edits against the agreed schedule; empty when the figures are the agreed ones. */
  edits: ApplyEdit[];
  rows: ApplyRowReport[];
  totals: Record<string, string>;
  findings: ReturnType<typeof findingJson>[];
}

/** The effective budget line per component: --budget-line, else the schedule's default. */
export function effectiveBudgetLines(schedule: Schedule, overrides: Record<string, string> | undefined): Record<string, string> {
  const lines: Record<string, string> = {};
  for (const c of schedule.components) {
    const code = overrides?.[c.id] ?? c.budgetLine;
    if (code !== undefined && code !== "") lines[c.id] = code;
  }
  return lines;
}

/** The components whose figure the applied schedule changes against the agreed one, with both figures. */
export function scheduleEdits(applied: Schedule, agreed: Schedule): ApplyEdit[] {
  if (applied === agreed) return [];
  const changed = new Set(scenarioChanges(agreed, applied));
  return applied.components
    .filter((c) => changed.has(c.id))
    .map((c): ApplyEdit => {
      const before = agreed.components.find((a) => a.id === c.id);
      const field = c.kind === "per-inhabitant" || c.kind === "per-unit" ? "rate" : "total";
      return { component: c.id, field, value: figureOf(c) ?? "", agreed: (before && figureOf(before)) ?? "" };
    });
}

export function buildApplyReport(
  table: DetectedTable,
  allocation: Allocation,
  agreed: Schedule,
  budgetLines: Record<string, string>,
  findings: Finding[],
  lang: Lang,
): ApplyReport {
  const { rounding } = allocation.schedule;
  const unit = rounding.unit;
  // Column by column from the allocation's integer units: no Decimal per amount.
  const columns = allocation.components.map((c) => [c.componentId, toPlainAmounts(c.units ?? c.amounts, rounding)] as const);
  const totalColumn = toPlainAmounts(allocation.totalUnits ?? allocation.totals, rounding);
  const rows = table.rows.map((r, i): ApplyRowReport => {
    const amounts: Record<string, string> = {};
    for (const [id, texts] of columns) amounts[id] = texts[i];
    const code = r.code !== undefined ? { code: r.code } : undefined;
    const measures = r.measures ? { measures: r.measures } : undefined;
    return { row: r.row + 1, name: r.name, ...code, population: r.population, ...measures, amounts, total: totalColumn[i], budgetLines };
  });
  const totals: Record<string, string> = {};
  for (const c of allocation.components) totals[c.componentId] = amountString(c.total, unit);
  totals.total = amountString(allocation.grandTotal, unit);
  return {
    schedule: allocation.schedule,
    edits: scheduleEdits(allocation.schedule, agreed),
    rows,
    totals,
    findings: findings.map((f) => findingJson(f, lang)),
  };
}

const MEASURE_HEADERS: Record<string, [string, string]> = {
  woningen: ["Woningen", "Dwellings"],
  huishoudens: ["Huishoudens", "Households"],
  oppervlakte: ["Oppervlakte", "Area"],
};

/** A measure's figure as people write it: 41.321, 46,37 (English 41,321, 46.37). */
function measureText(value: string, lang: Lang): string {
  const [whole, fraction] = value.split(".");
  const grouped = formatCount(Number(whole), lang);
  return fraction === undefined ? grouped : `${grouped}${lang === "nl" ? "," : "."}${fraction}`;
}

/**
 * The title lines: the schedule's id and title; with what-if edits the first line names them and
 * says the figures are not the agreed ones, and the title follows as the agreed schedule's.
 */
export function titleLines(report: ApplyReport, agreed: Schedule, lang: Lang): string[] {
  const schedule = report.schedule;
  const title = localize(schedule.title, lang);
  if (report.edits.length === 0) return [`${schedule.id}: ${title}`];
  const edits = report.edits.map((e) => {
    const now = schedule.components.find((c) => c.id === e.component);
    const before = agreed.components.find((c) => c.id === e.component);
    const label = now ? inlineLabel(localize(now.label, lang)) : e.component;
    const money = (c: typeof now): string => (c ? editMoney(c, lang) : "");
    return tr(lang, `${label} ${money(now)} (vastgesteld ${money(before)})`, `${label} ${money(now)} (agreed ${money(before)})`);
  });
  return [
    tr(
      lang,
      `${schedule.id} gewijzigd: ${edits.join(", ")}. Wat-als-berekening, niet de vastgestelde bedragen.`,
      `${schedule.id} edited: ${edits.join(", ")}. What-if figures, not the agreed amounts.`,
    ),
    tr(lang, `Vastgestelde verdeelsleutel: ${title}`, `Agreed schedule: ${title}`),
  ];
}

export function printApplyText(report: ApplyReport, agreed: Schedule, ctx: CliContext, sheet: string, shownOut: string): void {
  const { lang } = ctx;
  const schedule = report.schedule;
  const unit = schedule.rounding.unit;
  const components = schedule.components;
  const several = components.length > 1;
  const measures = Object.keys(report.rows[0]?.measures ?? {});
  const changed = report.edits.map((e) => e.component);
  const remarks = changed.length > 0 ? editRemarks("edited", schedule, changed, lang, agreed) : undefined;
  const remark = (id?: string): string => (!remarks ? "" : id === undefined ? ` (${remarks.all})` : changed.includes(id) ? ` (${remarks.own(id)})` : "");
  const columns = [
    { header: tr(lang, "Rij", "Row"), align: "right" as const },
    { header: tr(lang, "Gemeente", "Municipality") },
    { header: tr(lang, "Inwoners", "Population"), align: "right" as const },
    ...measures.map((m) => ({ header: MEASURE_HEADERS[m]?.[lang === "nl" ? 0 : 1] ?? m, align: "right" as const })),
    ...components.map((c) => ({ header: localize(c.label, lang) + remark(c.id), align: "right" as const })),
    ...(several ? [{ header: tr(lang, "Totaal", "Total") + remark(), align: "right" as const }] : []),
  ];
  const rows = report.rows.map((r) => [
    String(r.row),
    r.name,
    formatCount(r.population, lang),
    ...measures.map((m) => measureText(r.measures?.[m] ?? "", lang)),
    ...components.map((c) => euro(r.amounts[c.id], unit, lang)),
    ...(several ? [euro(r.total, unit, lang)] : []),
  ]);
  rows.push([
    "",
    tr(lang, "Totaal", "Total"),
    formatCount(
      report.rows.reduce((sum, r) => sum + r.population, 0),
      lang,
    ),
    ...measures.map(() => ""),
    ...components.map((c) => euro(report.totals[c.id], unit, lang)),
    ...(several ? [euro(report.totals.total, unit, lang)] : []),
  ]);
  ctx.io.stdout.write(titleLines(report, agreed, lang).join("\n") + "\n\n");
  ctx.io.stdout.write(renderTable(columns, rows));
  ctx.io.stdout.write(
    "\n" +
      tr(
        lang,
        `${formatCount(report.rows.length, lang)} ${report.rows.length === 1 ? "gemeente" : "gemeenten"}, totaal ${euro(report.totals.total, unit, lang)}; geschreven naar ${shownOut} (werkblad ${sheet} en ${AUDIT_SHEET}).\n`,
        `${formatCount(report.rows.length, lang)} ${report.rows.length === 1 ? "municipality" : "municipalities"}, total ${euro(report.totals.total, unit, lang)}; written to ${shownOut} (sheet ${sheet} and ${AUDIT_SHEET}).\n`,
      ),
  );
}
