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
  const nl = lang === "nl";
  const tr = (a: string, b: string): string => (nl ? a : b);
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
    if (target === "total") return tr("totaal", "total");
    const c = schedule.components.find((x) => x.id === target);
    return c ? localize(c.label, lang) : target;
  };

  line(text(tr("Controle van bijdragen", "Check of contributions")));
  line();
  line(text(tr("Datum en tijd", "Date and time")), text(localDateTime(args.now, lang)));
  if (args.book !== undefined) line(text(tr("Werkmap", "Workbook")), text(args.book));
  line(text(tr("Blad", "Sheet")), text(args.sheet));
  line(text(tr("Verdeelsleutel", "Schedule")), text(`${schedule.id} — ${localize(schedule.title, lang)}`));
  line(text(tr("Bron", "Source")), text(schedule.source));
  line(text(tr("Tolerantie", "Tolerance")), euro(args.tolerance));
  args.checks.forEach((c, i) => {
    const where = c.column !== undefined ? `${columnLetters(c.column)}: ${c.header}` : c.header;
    line(i === 0 ? text(tr("Gecontroleerde kolommen", "Checked columns")) : SKIP, text(where), text(targetLabel(c.target)));
  });
  if (args.toolVersion !== undefined) line(text(tr("Versie", "Version")), text(args.toolVersion));
  line();
  line(text(tr("Samenvatting", "Summary")));
  line(text(tr("Gecontroleerd", "Checked")), count(report.checked));
  line(text(tr("Juist", "Correct")), count(report.matched));
  if (report.withinTolerance > 0) {
    line(text(tr("waarvan alleen binnen de tolerantie juist", "of which correct only within the tolerance")), count(report.withinTolerance));
    line(text(tr("Som van die verschillen", "Sum of those differences")), difference(report.sumWithinTolerance));
  }
  line(text(tr("Onjuist", "Wrong")), count(report.wrong));
  line(text(tr("Som van de verschillen", "Sum of differences")), difference(report.sumOfDifferences));

  // What stands in a cell without a number, from its finding.
  const byCell = new Map<string, Finding>();
  for (const f of report.findings) if (f.cell !== undefined && !byCell.has(f.cell)) byCell.set(f.cell, f);
  const noNumber = (cell: string): string => {
    const f = byCell.get(cell);
    if (f?.code === "check-not-a-number") return tr(`tekst "${f.params.text}"`, `text "${f.params.text}"`);
    if (f?.code === "check-blank") return tr("(leeg)", "(blank)");
    if (f?.code === "check-error") return tr(`foutwaarde ${f.params.error}`, `error value ${f.params.error}`);
    return tr("(geen getal)", "(no number)");
  };

  line();
  line(text(tr("Afwijkingen", "Mismatches")));
  line(...[tr("Cel", "Cell"), tr("Gemeente", "Municipality"), tr("Onderdeel", "Component"), tr("Verwacht", "Expected"), tr("Gevonden", "Found"), tr("Verschil", "Difference")].map(text));
  if (report.mismatches.length === 0) line(text(tr("Geen afwijkingen.", "No mismatches.")));
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
  line(text(tr("Andere meldingen", "Other findings")));
  line(text(tr("Cel", "Cell")), text(tr("Melding", "Message")));
  if (report.findings.length === 0) line(text(tr("Geen meldingen.", "No findings.")));
  for (const f of report.findings) line(text(f.cell ?? ""), text(formatFinding(f, lang)));
  return rows;
}
