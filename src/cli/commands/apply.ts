// verdeel apply BOOK.xlsx --schedule ID|FILE.json …: compute the contributions and write them
// into a copy of the workbook (the input is never changed).
import path from "node:path";
import { localize, toPlainAmounts } from "../../allocation";
import type { Allocation, Schedule } from "../../allocation/types";
import { allocationFindings, conflictFindings, hasErrors, planApply } from "../../workbook";
import type { DetectedTable, Finding } from "../../workbook/types";
import type { ParsedArgs } from "../args";
import { allocateTable } from "../allocate-table";
import { progress, type CliContext, type Progress } from "../context";
import { CliError, EXIT_OK } from "../errors";
import { amountString, euro } from "../euro";
import { findingJson, findingLine, findingsError, printWarnings } from "../findings-output";
import { formatCount, tr } from "../lang";
import { checkOutPath, defaultOutPath, macroOutPathError } from "../output-path";
import { planFitError, planFitProblem } from "../plan-fit";
import { saveFile } from "../save-file";
import { loadSchedule, type LoadedSchedule } from "../schedule-source";
import { pickSheet } from "../sheet-pick";
import { renderTable } from "../text-table";
import type { XlsxBook } from "../xlsx/book";
import { ZIP_LEVEL } from "../write-rules";
import { carryOutPlan, writeAuditSheet } from "../xlsx-write";
import { bookFailure, readWorkbook } from "../xlsx-read";

export interface ApplyRowReport {
  row: number;
  name: string;
  population: number;
  amounts: Record<string, string>;
  total: string;
  budgetLines: Record<string, string>;
}

export interface ApplyReport {
  schedule: Schedule;
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

export function buildApplyReport(
  table: DetectedTable,
  allocation: Allocation,
  budgetLines: Record<string, string>,
  findings: Finding[],
  ctx: CliContext,
): ApplyReport {
  const unit = allocation.schedule.rounding.unit;
  // Column by column through the core's fast path: the same strings as amountString, cheaper.
  const columns = allocation.components.map((c) => [c.componentId, toPlainAmounts(c.amounts, allocation.schedule.rounding)] as const);
  const totalColumn = toPlainAmounts(allocation.totals, allocation.schedule.rounding);
  const rows = table.rows.map((r, i): ApplyRowReport => {
    const amounts: Record<string, string> = {};
    for (const [id, texts] of columns) amounts[id] = texts[i];
    const row: ApplyRowReport = {
      row: r.row + 1,
      name: r.name,
      population: r.population,
      amounts,
      total: totalColumn[i],
      budgetLines,
    };
    return row;
  });
  const totals: Record<string, string> = {};
  for (const c of allocation.components) totals[c.componentId] = amountString(c.total, unit);
  totals.total = amountString(allocation.grandTotal, unit);
  return { schedule: allocation.schedule, rows, totals, findings: findings.map((f) => findingJson(f, ctx.lang)) };
}

function printText(report: ApplyReport, allocation: Allocation, ctx: CliContext, sheet: string, shownOut: string): void {
  const { lang } = ctx;
  const unit = allocation.schedule.rounding.unit;
  const components = allocation.schedule.components;
  const several = components.length > 1;
  const columns = [
    { header: tr(lang, "Rij", "Row"), align: "right" as const },
    { header: tr(lang, "Gemeente", "Municipality") },
    { header: tr(lang, "Inwoners", "Population"), align: "right" as const },
    ...components.map((c) => ({ header: localize(c.label, lang), align: "right" as const })),
    ...(several ? [{ header: tr(lang, "Totaal", "Total"), align: "right" as const }] : []),
  ];
  const rows = report.rows.map((r) => [
    String(r.row),
    r.name,
    formatCount(r.population, lang),
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
    ...components.map((c) => euro(report.totals[c.id], unit, lang)),
    ...(several ? [euro(report.totals.total, unit, lang)] : []),
  ]);
  const title = localize(allocation.schedule.title, lang);
  ctx.io.stdout.write(`${allocation.schedule.id}: ${title}\n\n`);
  ctx.io.stdout.write(renderTable(columns, rows));
  ctx.io.stdout.write(
    "\n" +
      tr(
        lang,
        `${formatCount(report.rows.length, lang)} ${report.rows.length === 1 ? "gemeente" : "gemeenten"}, totaal ${euro(report.totals.total, unit, lang)}; geschreven naar ${shownOut} (werkblad ${sheet} en Verantwoording).\n`,
        `${formatCount(report.rows.length, lang)} ${report.rows.length === 1 ? "municipality" : "municipalities"}, total ${euro(report.totals.total, unit, lang)}; written to ${shownOut} (sheet ${sheet} and Verantwoording).\n`,
      ),
  );
}

interface Written {
  sheet: string;
  table: DetectedTable;
  allocation: Allocation;
  budgetLines: Record<string, string>;
  allFindings: Finding[];
  steps: Progress;
}

/**
 * Reads, computes and carries out the plan on the workbook. The grid and the plan stay local to
 * this function, so they are garbage before the copy is packed.
 */
function computeAndCarryOut(book: XlsxBook, loaded: LoadedSchedule, args: ParsedArgs, ctx: CliContext, shownBook: string): Written {
  const { lang } = ctx;
  const picked = pickSheet(book, args, shownBook, lang);
  const steps = progress(ctx, picked.grid.values.length);
  steps.step("Lezen… klaar,", "Reading… done,", picked.grid.values.length);

  const { findings, table } = picked.detect;
  if (!table || hasErrors(findings)) {
    throw findingsError(findings, shownBook, picked.name, lang, "apply");
  }

  steps.step("Berekenen…", "Computing…", table.rows.length);
  const allocation = allocateTable(loaded.schedule, table, shownBook, lang, "apply");
  const budgetLines = effectiveBudgetLines(loaded.schedule, loaded.overrides.budgetLines);
  const plan = planApply({
    grid: picked.grid,
    table,
    allocation,
    budgetLines,
    lang,
    toolVersion: ctx.version,
    now: ctx.now(),
    overrides: loaded.overrides,
    agreedSchedule: loaded.original,
  });
  const misfit = planFitProblem(plan, picked.grid.tables ?? [], table.table);
  if (misfit) throw planFitError(misfit, shownBook, picked.name, lang);

  // Filled target cells: listed and refused, unless --force says yes (then they are warnings).
  const conflicts = conflictFindings(plan);
  if (conflicts.length > 0 && !args.force) {
    throw new CliError(
      tr(
        lang,
        `${shownBook}, werkblad ${picked.name}: doelcellen zijn al gevuld; er is niets geschreven. Overschrijven in de kopie (het invoerbestand blijft ongewijzigd): --force.`,
        `${shownBook}, sheet ${picked.name}: target cells already hold something; nothing was written. To overwrite them in the copy (the input file stays unchanged): --force.`,
      ),
      { details: conflicts.map((f) => findingLine(f, lang)) },
    );
  }
  const allFindings: Finding[] = [
    ...findings,
    ...allocationFindings(allocation, picked.name),
    ...conflicts.map((f): Finding => ({ ...f, severity: "warning", params: { ...f.params, overwritten: 1 } })),
  ];

  steps.step("Schrijven…", "Writing…", plan.cells.length);
  carryOutPlan(book, picked.sheet, plan, { table: table.table });
  writeAuditSheet(book, plan.audit, tr(lang, `Berekening ${loaded.schedule.id}`, `Calculation ${loaded.schedule.id}`));
  return { sheet: picked.name, table, allocation, budgetLines, allFindings, steps };
}

export async function runApply(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const { io, lang } = ctx;
  const loaded = await loadSchedule(args, io.cwd, lang);
  const shownBook = args.book ?? "";
  const book = path.resolve(io.cwd, shownBook);
  const shownOut = args.out ?? defaultOutPath(shownBook);
  const out = path.resolve(io.cwd, shownOut);
  await checkOutPath(out, shownOut, book, args.force, lang);

  const workbook = await readWorkbook(book, shownBook, lang);
  const macroProblem = macroOutPathError(workbook.kind, shownBook, shownOut, lang);
  if (macroProblem) throw macroProblem;
  let written: Written;
  let bytes: Uint8Array;
  try {
    written = computeAndCarryOut(workbook, loaded, args, ctx, shownBook);
    bytes = await workbook.toBytes(ctx.now(), ZIP_LEVEL);
  } catch (e) {
    // A part read only now (an existing Verantwoording sheet) may be damaged too.
    throw bookFailure(e, shownBook, lang);
  }
  const { sheet, table, allocation, budgetLines, allFindings, steps } = written;
  // Everything that can fail is done before the file is put in place: what is reported is what is on disk.
  const report = buildApplyReport(table, allocation, budgetLines, allFindings, ctx);
  const json = args.json ? JSON.stringify(report, null, 2) + "\n" : undefined;
  await saveFile(bytes, out, shownOut, lang);
  steps.step("Klaar.", "Done.");

  printWarnings(allFindings, ctx);
  if (json !== undefined) {
    io.stdout.write(json);
    io.stderr.write(tr(lang, `Geschreven: ${shownOut}\n`, `Written: ${shownOut}\n`));
  } else {
    printText(report, allocation, ctx, sheet, shownOut);
  }
  return EXIT_OK;
}
