// What `verdeel verify` reports: the summary, the text tables and the JSON. Differences carry
// their sign (€ +270, € -14); figures that matched only within the tolerance are counted and
// summed apart; totals that are not the sum of their parts (a row's total, a totals row) are
// listed beside the schedule's mismatches.
import { localize } from "../allocation";
import type { RoundingUnit, Schedule } from "../allocation/types";
import { fromA1, type VerifyMismatchRow, type VerifyReport } from "../workbook";
import type { Finding } from "../workbook/types";
import { euroDifference, euroFound } from "./euro";
import type { FindingJson } from "./findings-output";
import { formatCount, tr, type Lang } from "./lang";
import { renderTable } from "./text-table";

/** One mismatch as the JSON report gives it: the workbook layer's row, unchanged. */
export type VerifyMismatchJson = VerifyMismatchRow;

/** A total that is not the sum of its parts: a row's total (row-total) or a totals row's figure (totals-row). */
export interface SumMismatchJson {
  kind: "row-total" | "totals-row";
  cell: string;
  /** 1-based Excel row. */
  row: number;
  /** row-total: the municipality. */
  name?: string;
  /** row-total: the cells added up ("D8 + E8"). */
  terms?: string;
  /** totals-row: the column ("F (Bijdrage totaal 2023)"). */
  column?: string;
  found: string;
  sum: string;
  /** found − sum. */
  difference: string;
}

export interface VerifyJson {
  checked: number;
  matched: number;
  mismatches: VerifyMismatchJson[];
  sumOfDifferences: string;
  /** Of `matched`: the figures that differ, by no more than the tolerance. */
  withinTolerance: number;
  /** Their differences added up (found − expected). */
  sumWithinTolerance: string;
  /** Totals that do not add up; each also makes the exit code 1. */
  sumMismatches: SumMismatchJson[];
  tolerance: string;
  summary: string;
  findings: FindingJson[];
}

const SUM_CODES = new Set<Finding["code"]>(["row-total-mismatch", "totals-row-mismatch"]);

/** The row-total and totals-row findings of a report, as plain records. */
export function sumMismatches(findings: readonly Finding[]): SumMismatchJson[] {
  return findings
    .filter((f) => SUM_CODES.has(f.code) && f.cell !== undefined)
    .map((f): SumMismatchJson => {
      const cell = f.cell as string;
      const figures = { found: String(f.params.found), sum: String(f.params.sum), difference: String(f.params.difference) };
      const row = fromA1(cell).row + 1;
      return f.code === "row-total-mismatch"
        ? { kind: "row-total", cell, row, name: String(f.params.name), terms: String(f.params.terms), ...figures }
        : { kind: "totals-row", cell, row, column: String(f.params.header), ...figures };
    });
}

export function verifySummary(checked: number, matched: number, mismatches: number, sum: string, lang: Lang): string {
  const n = (x: number): string => formatCount(x, lang);
  if (mismatches === 0) {
    return tr(lang, `${n(checked)} bedrag${checked === 1 ? "" : "en"} gecontroleerd: alle kloppen.`, `${n(checked)} amount${checked === 1 ? "" : "s"} checked: all match.`);
  }
  return tr(
    lang,
    `${n(checked)} bedrag${checked === 1 ? "" : "en"} gecontroleerd: ${n(matched)} ${matched === 1 ? "klopt" : "kloppen"}, ${n(mismatches)} ${mismatches === 1 ? "wijkt" : "wijken"} af (som van de verschillen ${sum}).`,
    `${n(checked)} amount${checked === 1 ? "" : "s"} checked: ${n(matched)} match${matched === 1 ? "es" : ""}, ${n(mismatches)} differ${mismatches === 1 ? "s" : ""} (sum of differences ${sum}).`,
  );
}

/** The whole summary: the count, what only the tolerance let through, and the totals that do not add up. */
export function fullSummary(report: VerifyReport, sums: number, unit: RoundingUnit, lang: Lang): string {
  const n = (x: number): string => formatCount(x, lang);
  const parts = [verifySummary(report.checked, report.matched, report.mismatches.length, euroDifference(report.sumOfDifferences, unit, lang), lang)];
  const w = report.withinTolerance;
  if (w > 0) {
    const sum = euroDifference(report.sumWithinTolerance, unit, lang);
    parts.push(
      w === 1
        ? tr(lang, `1 bedrag klopt alleen binnen de tolerantie (verschil ${sum}).`, `1 amount is correct only within the tolerance (difference ${sum}).`)
        : tr(lang, `${n(w)} bedragen kloppen alleen binnen de tolerantie (verschillen samen ${sum}).`, `${n(w)} amounts are correct only within the tolerance (differences together ${sum}).`),
    );
  }
  if (sums > 0) {
    parts.push(sums === 1 ? tr(lang, "1 totaal telt niet op.", "1 total does not add up.") : tr(lang, `${n(sums)} totalen tellen niet op.`, `${n(sums)} totals do not add up.`));
  }
  return parts.join(" ");
}

/** The table of mismatches against the schedule (only when there are any). */
export function mismatchTable(report: VerifyReport, schedule: Schedule, sheet: string, lang: Lang): string {
  const unit = schedule.rounding.unit;
  const label = (target: string): string => {
    if (target === "total") return tr(lang, "totaal", "total");
    const c = schedule.components.find((x) => x.id === target);
    return c ? localize(c.label, lang) : target;
  };
  const columns = [
    { header: tr(lang, "Cel", "Cell") },
    { header: tr(lang, "Gemeente", "Municipality") },
    { header: tr(lang, "Onderdeel", "Component") },
    { header: tr(lang, "Verwacht", "Expected"), align: "right" as const },
    { header: tr(lang, "Gevonden", "Found"), align: "right" as const },
    { header: tr(lang, "Verschil", "Difference"), align: "right" as const },
  ];
  const rows = report.mismatches.map((m) => [
    `${sheet}!${m.cell}`,
    m.name,
    label(m.component),
    euroFound(m.expected, unit, lang),
    m.found === null ? tr(lang, "(geen getal)", "(no number)") : euroFound(m.found, unit, lang),
    m.difference === null ? "" : euroDifference(m.difference, unit, lang),
  ]);
  return renderTable(columns, rows);
}

/** The table of totals that do not add up, under a heading of its own. */
export function sumTable(sums: readonly SumMismatchJson[], unit: RoundingUnit, sheet: string, lang: Lang): string {
  const columns = [
    { header: tr(lang, "Cel", "Cell") },
    { header: tr(lang, "Wat", "What") },
    { header: tr(lang, "Gevonden", "Found"), align: "right" as const },
    { header: tr(lang, "Som", "Sum"), align: "right" as const },
    { header: tr(lang, "Verschil", "Difference"), align: "right" as const },
  ];
  const rows = sums.map((s) => [
    `${sheet}!${s.cell}`,
    s.kind === "row-total"
      ? tr(lang, `totaal van ${s.name} (${s.terms})`, `total of ${s.name} (${s.terms})`)
      : tr(lang, `totaalregel van kolom ${s.column}`, `totals row of column ${s.column}`),
    euroFound(s.found, unit, lang),
    euroFound(s.sum, unit, lang),
    euroDifference(s.difference, unit, lang),
  ]);
  return tr(lang, "Totalen die niet optellen:\n", "Totals that do not add up:\n") + renderTable(columns, rows);
}
