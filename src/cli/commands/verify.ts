// verdeel verify BOOK.xlsx --schedule ID|FILE.json --check [COMPONENT=]HEADER …: recompute and
// compare with the figures in the workbook; changes nothing (an optional report is a new file).
import path from "node:path";
import { parseUserDecimal } from "../../allocation";
import type { Schedule } from "../../allocation/types";
import { hasErrors, planVerify, verifyReport } from "../../workbook";
import type { Finding } from "../../workbook/types";
import type { ParsedArgs } from "../args";
import { allocateTable } from "../allocate-table";
import { progress, type CliContext } from "../context";
import { CliError, EXIT_MISMATCH, EXIT_OK } from "../errors";
import { findingJson, findingsError, printWarnings } from "../findings-output";
import { cliMessages } from "../i18n";
import type { Lang } from "../lang";
import { checkOutPath } from "../output-path";
import { componentId, loadSchedule } from "../schedule-source";
import { pickSheet } from "../sheet-pick";
import { csvReadLine, openInput, refuseSheetOption } from "../csv-input";
import { checksWithColumns, controleReportBook } from "../verify-report";
import { saveFile } from "../save-file";
import { fullSummary, mismatchTable, sumMismatches, sumTable, type VerifyJson } from "../verify-output";
import { ZIP_LEVEL } from "../write-rules";

/** One --check: which figure (a component id or "total") is in which column. */
export interface CheckSpec {
  target: string;
  header: string;
}

const TOTAL_WORDS = new Set(["total", "totaal"]);

/** --check [COMPONENT=]HEADER: without COMPONENT the total, or the only component. */
export function resolveChecks(raw: string[], schedule: Schedule, lang: Lang): CheckSpec[] {
  const fallback = schedule.components.length === 1 ? schedule.components[0].id : "total";
  return raw.map((text) => {
    const at = text.indexOf("=");
    if (at > 0) {
      const left = text.slice(0, at).trim();
      const header = text.slice(at + 1).trim();
      const id = componentId(schedule, left);
      if (id || TOTAL_WORDS.has(left.toLowerCase())) {
        if (!header) {
          throw new CliError(cliMessages(lang).checkHeaderAfterEquals(text));
        }
        return { target: id ?? "total", header };
      }
    }
    if (!text.trim()) {
      throw new CliError(cliMessages(lang).checkExpectsHeader, { showUsage: true });
    }
    return { target: fallback, header: text.trim() };
  });
}

function parseTolerance(raw: string | undefined, lang: Lang): string {
  if (raw === undefined) return "0";
  let value: string | undefined;
  try {
    const parsed = parseUserDecimal(raw) as unknown;
    value = parsed === null || parsed === undefined ? undefined : String(parsed);
  } catch {
    value = undefined;
  }
  if (value === undefined || value.startsWith("-")) {
    throw new CliError(
      cliMessages(lang).badTolerance(raw),
    );
  }
  return value;
}

export async function runVerify(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const { io, lang } = ctx;
  const loaded = await loadSchedule(args, io.cwd, lang);
  const schedule = loaded.schedule;
  const checks = resolveChecks(args.checks, schedule, lang);
  const tolerance = parseTolerance(args.tolerance, lang);
  const shownBook = args.book ?? "";
  const book = path.resolve(io.cwd, shownBook);
  const shownOut = args.out;
  const out = shownOut === undefined ? undefined : path.resolve(io.cwd, shownOut);
  if (out !== undefined && shownOut !== undefined) await checkOutPath(out, shownOut, book, args.force, lang);

  const input = await openInput(book, shownBook, lang, "verify", `verdeel ${ctx.version}`, ctx.now());
  if (input.csv) {
    refuseSheetOption(args.sheet, shownBook, lang);
    io.stderr.write(csvReadLine(shownBook, input.csv.description, lang));
  }
  const picked = pickSheet(input.book, args, schedule, shownBook, lang);
  const steps = progress(ctx, picked.grid.values.length);
  steps.step((m) => m.stepReading, picked.grid.values.length);
  const { table } = picked.detect;
  if (!table || hasErrors(picked.detect.findings)) {
    throw findingsError(picked.detect.findings, shownBook, picked.name, lang, "verify");
  }
  const vplan = planVerify({ grid: picked.grid, table, checks });
  if (hasErrors(vplan.findings)) {
    throw findingsError([...picked.detect.findings, ...vplan.findings], shownBook, picked.name, lang, "verify");
  }

  steps.step((m) => m.stepComputing, table.rows.length);
  const allocation = allocateTable(schedule, table, shownBook, lang, "verify");
  const report = verifyReport({ ...vplan, allocation, table, tolerance });
  const findings: Finding[] = [...picked.detect.findings, ...report.findings];

  const unit = schedule.rounding.unit;
  const sums = sumMismatches(report.findings);
  const summary = fullSummary(report, sums.length, unit, lang);

  if (out !== undefined && shownOut !== undefined) {
    steps.step((m) => m.stepWriting, report.mismatches.length);
    const reportBook = controleReportBook({
      report,
      schedule,
      checks: checksWithColumns(checks, vplan.cells, picked.grid, table.headerRow),
      sheet: picked.name,
      tolerance,
      now: ctx.now(),
      lang,
      book: path.basename(shownBook),
      toolVersion: ctx.version,
    });
    const bytes = await reportBook.toBytes(ctx.now(), ZIP_LEVEL);
    await saveFile(bytes, out, shownOut, lang);
  }

  printWarnings(findings, ctx);
  if (args.json) {
    const json: VerifyJson = {
      checked: report.checked,
      matched: report.matched,
      mismatches: report.mismatches.map((m) => ({
        row: m.row,
        cell: m.cell,
        name: m.name,
        component: m.component,
        expected: m.expected,
        found: m.found,
        difference: m.difference,
      })),
      sumOfDifferences: report.sumOfDifferences,
      withinTolerance: report.withinTolerance,
      sumWithinTolerance: report.sumWithinTolerance,
      sumMismatches: sums,
      tolerance,
      summary,
      findings: findings.map((f) => findingJson(f, lang)),
    };
    io.stdout.write(JSON.stringify(json, null, 2) + "\n");
  } else {
    if (report.mismatches.length > 0) io.stdout.write(mismatchTable(report, schedule, picked.name, lang) + "\n");
    if (sums.length > 0) io.stdout.write(sumTable(sums, unit, picked.name, lang) + "\n");
    io.stdout.write(`${shownBook}, ${cliMessages(lang).sheetWord} ${picked.name}, ${schedule.id}: ${summary}\n`);
  }
  if (shownOut !== undefined) io.stderr.write(cliMessages(lang).reportWritten(shownOut));
  // Exit 1 means "something does not add up": a figure against the schedule, or a total against its parts.
  return report.mismatches.length > 0 || sums.length > 0 ? EXIT_MISMATCH : EXIT_OK;
}
