// planControleReport: the cells of a "Controle" sheet a controller can file — what was checked
// against what, the summary, every mismatch and every other finding. Amounts are numbers with
// a euro format, everything else text (a name beginning with "=" stays text). Pure.
import { localize } from "../allocation";
import { unitDecimals } from "../allocation/round";
import type { Schedule } from "../allocation/types";
import { columnLetters } from "./address";
import { euroFormatFor } from "./euro-format";
import { ADDED_SHEETS } from "./host-rules";
import type { Lang } from "../allocation";
import { workbookMessages } from "./i18n";
import { formatFinding } from "./messages";
import type { VerifyCheck, VerifyReport } from "./plan-verify";
import { localDateTime } from "./text-format";
import type { Finding, PlannedCell } from "./types";

/** The name the host gives the report sheet (`Controle (2)` when taken). */
export const CONTROLE_SHEET = ADDED_SHEETS.controle;

/** Number format of the counts. */
export const COUNT_FORMAT = "#,##0";

/** A check as the pane made it; `column` (absolute, 0-based) is shown as a letter when given. */
export interface ControleCheck extends VerifyCheck {
  column?: number;
}

export interface ControleReportArgs {
  report: VerifyReport;
  /** The schedule the figures were checked against. */
  schedule: Schedule;
  checks: readonly ControleCheck[];
  /** The sheet that was checked. */
  sheet: string;
  /** In euros, a decimal string ("0", "0.50"). */
  tolerance: string;
  now: Date;
  lang: Lang;
  /** The workbook's name, when the host knows it. */
  book?: string;
  toolVersion?: string;
}

const WIDTH = 6;
const SKIP: PlannedCell = { kind: "skip" };

export function planControleReport(args: ControleReportArgs): PlannedCell[][] {
  const { report, schedule, lang } = args;
  const t = workbookMessages(lang).controle;
  const decimals = unitDecimals(schedule.rounding);
  const rows: PlannedCell[][] = [];
  const text = (value: string): PlannedCell => ({ kind: "text", value });
  const euro = (value: string): PlannedCell => ({ kind: "number", value, format: euroFormatFor(value, decimals, lang) });
  /** A difference: its sign always shown ("€ +270", "€ -14"). */
  const difference = (value: string): PlannedCell => ({ kind: "number", value, format: euroFormatFor(value, decimals, lang, true) });
  const count = (n: number): PlannedCell => ({ kind: "number", value: String(n), format: COUNT_FORMAT });
  const line = (...cells: PlannedCell[]): void => {
    const row = cells.slice(0, WIDTH);
    while (row.length < WIDTH) row.push(SKIP);
    rows.push(row);
  };
  const targetLabel = (target: string): string => {
    if (target === "total") return t.total;
    const c = schedule.components.find((x) => x.id === target);
    return c ? localize(c.label, lang) : target;
  };

  line(text(t.title));
  line();
  line(text(t.dateTime), text(localDateTime(args.now, lang)));
  if (args.book !== undefined) line(text(t.workbook), text(args.book));
  line(text(t.sheet), text(args.sheet));
  line(text(t.schedule), text(`${schedule.id} — ${localize(schedule.title, lang)}`));
  line(text(t.source), text(schedule.source));
  line(text(t.tolerance), euro(args.tolerance));
  args.checks.forEach((c, i) => {
    const where = c.column !== undefined ? `${columnLetters(c.column)}: ${c.header}` : c.header;
    line(i === 0 ? text(t.checkedColumns) : SKIP, text(where), text(targetLabel(c.target)));
  });
  if (args.toolVersion !== undefined) line(text(t.version), text(args.toolVersion));
  line();
  line(text(t.summary));
  line(text(t.checked), count(report.checked));
  line(text(t.correct), count(report.matched));
  if (report.withinTolerance > 0) {
    line(text(t.withinTolerance), count(report.withinTolerance));
    line(text(t.sumWithinTolerance), difference(report.sumWithinTolerance));
  }
  line(text(t.wrong), count(report.wrong));
  line(text(t.sumOfDifferences), difference(report.sumOfDifferences));

  // What stands in a cell without a number, from its finding.
  const byCell = new Map<string, Finding>();
  for (const f of report.findings) if (f.cell !== undefined && !byCell.has(f.cell)) byCell.set(f.cell, f);
  const noNumber = (cell: string): string => {
    const f = byCell.get(cell);
    if (f?.code === "check-not-a-number") return t.textValue(String(f.params.text));
    if (f?.code === "check-blank") return t.blank;
    if (f?.code === "check-error") return t.errorValue(String(f.params.error));
    return t.noNumber;
  };

  line();
  line(text(t.mismatches));
  line(...[t.colCell, t.colMunicipality, t.colComponent, t.colExpected, t.colFound, t.colDifference].map(text));
  if (report.mismatches.length === 0) line(text(t.noMismatches));
  for (const m of report.mismatches) {
    line(
      text(m.cell),
      text(m.name),
      text(targetLabel(m.component)),
      euro(m.expected),
      m.found !== null ? euro(m.found) : text(noNumber(m.cell)),
      m.difference !== null ? difference(m.difference) : SKIP,
    );
  }

  line();
  line(text(t.otherFindings));
  line(text(t.colCell), text(t.colMessage));
  if (report.findings.length === 0) line(text(t.noFindings));
  for (const f of report.findings) line(text(f.cell ?? ""), text(formatFinding(f, lang)));
  return rows;
}
