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
import { cliMessages } from "./i18n";
import type { Lang } from "./lang";
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
  const m = cliMessages(lang);
  return mismatches === 0 ? m.verifyAllMatch(checked) : m.verifySummary(checked, matched, mismatches, sum);
}

/** The whole summary: the count, what only the tolerance let through, and the totals that do not add up. */
export function fullSummary(report: VerifyReport, sums: number, unit: RoundingUnit, lang: Lang): string {
  const m = cliMessages(lang);
  const parts = [verifySummary(report.checked, report.matched, report.mismatches.length, euroDifference(report.sumOfDifferences, unit, lang), lang)];
  if (report.withinTolerance > 0) parts.push(m.withinTolerance(report.withinTolerance, euroDifference(report.sumWithinTolerance, unit, lang)));
  if (sums > 0) parts.push(m.totalsDoNotAddUp(sums));
  return parts.join(" ");
}

/** The table of mismatches against the schedule (only when there are any). */
export function mismatchTable(report: VerifyReport, schedule: Schedule, sheet: string, lang: Lang): string {
  const unit = schedule.rounding.unit;
  const m = cliMessages(lang);
  const label = (target: string): string => {
    if (target === "total") return m.totalTarget;
    const c = schedule.components.find((x) => x.id === target);
    return c ? localize(c.label, lang) : target;
  };
  const columns = [
    { header: m.colCell },
    { header: m.colMunicipality },
    { header: m.colComponent },
    { header: m.colExpected, align: "right" as const },
    { header: m.colFound, align: "right" as const },
    { header: m.colDifference, align: "right" as const },
  ];
  const rows = report.mismatches.map((x) => [
    `${sheet}!${x.cell}`,
    x.name,
    label(x.component),
    euroFound(x.expected, unit, lang),
    x.found === null ? m.noNumber : euroFound(x.found, unit, lang),
    x.difference === null ? "" : euroDifference(x.difference, unit, lang),
  ]);
  return renderTable(columns, rows);
}

/** The table of totals that do not add up, under a heading of its own. */
export function sumTable(sums: readonly SumMismatchJson[], unit: RoundingUnit, sheet: string, lang: Lang): string {
  const m = cliMessages(lang);
  const columns = [
    { header: m.colCell },
    { header: m.colWhat },
    { header: m.colFound, align: "right" as const },
    { header: m.colSum, align: "right" as const },
    { header: m.colDifference, align: "right" as const },
  ];
  const rows = sums.map((s) => [
    `${sheet}!${s.cell}`,
    s.kind === "row-total" ? m.rowTotalOf(s.name ?? "", s.terms ?? "") : m.totalsRowOf(s.column ?? ""),
    euroFound(s.found, unit, lang),
    euroFound(s.sum, unit, lang),
    euroDifference(s.difference, unit, lang),
  ]);
  return m.sumsHeading + renderTable(columns, rows);
}
