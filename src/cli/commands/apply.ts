// verdeel apply BOOK.xlsx --schedule ID|FILE.json …: compute the contributions and write them
// into a copy of the workbook (the input is never changed).
import path from "node:path";
import type { Allocation } from "../../allocation/types";
import { allocationFindings, conflictFindings, hasErrors, planApply } from "../../workbook";
import type { DetectedTable, Finding } from "../../workbook/types";
import type { ParsedArgs } from "../args";
import { allocateTable } from "../allocate-table";
import { buildApplyReport, effectiveBudgetLines, printApplyText } from "../apply-report";
import { progress, type CliContext, type Progress } from "../context";
import { CliError, EXIT_OK } from "../errors";
import { findingLine, findingsError, printWarnings } from "../findings-output";
import { tr, type Lang } from "../lang";
import { checkOutPath, defaultOutPath, macroOutPathError } from "../output-path";
import { planFitError, planFitProblem } from "../plan-fit";
import { saveFile } from "../save-file";
import { loadSchedule, type LoadedSchedule } from "../schedule-source";
import { pickSheet } from "../sheet-pick";
import { ZIP_LEVEL } from "../write-rules";
import { applyToBook } from "../xlsx-write";
import { bookFailure } from "../xlsx-read";
import { csvReadLine, openInput, refuseSheetOption, withCsvSource, type InputBook } from "../csv-input";

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
function computeAndCarryOut(input: InputBook, loaded: LoadedSchedule, args: ParsedArgs, ctx: CliContext, shownBook: string): Written {
  const { book } = input;
  const { lang } = ctx;
  const picked = pickSheet(book, args, loaded.schedule, shownBook, lang);
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
  const audit = input.csv ? withCsvSource(plan.audit, shownBook, input.csv.description, lang) : plan.audit;
  applyToBook(book, picked.sheet, plan, audit);
  return { sheet: picked.name, table, allocation, budgetLines, allFindings, steps };
}

/** A CSV file becomes a new workbook: it has no sheets to choose, and the new workbook is an .xlsx. */
function csvOptionsProblem(args: ParsedArgs, shownBook: string, shownOut: string, lang: Lang): void {
  refuseSheetOption(args.sheet, shownBook, lang);
  if (!/\.xlsx$/i.test(shownOut)) {
    throw new CliError(
      tr(
        lang,
        `${shownBook} is een CSV-bestand: apply schrijft een nieuwe werkmap met de tabel en de bijdragen, dus --out moet op .xlsx eindigen (niet ${shownOut}); er is niets geschreven.`,
        `${shownBook} is a CSV file: apply writes a new workbook with the table and the contributions, so --out must end in .xlsx (not ${shownOut}); nothing was written.`,
      ),
    );
  }
}

export async function runApply(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const { io, lang } = ctx;
  const loaded = await loadSchedule(args, io.cwd, lang);
  const shownBook = args.book ?? "";
  const book = path.resolve(io.cwd, shownBook);
  const shownOut = args.out ?? defaultOutPath(shownBook);
  const out = path.resolve(io.cwd, shownOut);
  await checkOutPath(out, shownOut, book, args.force, lang);

  const input = await openInput(book, shownBook, lang, "apply", `verdeel ${ctx.version}`, ctx.now());
  const workbook = input.book;
  const macroProblem = macroOutPathError(workbook.kind, shownBook, shownOut, lang);
  if (macroProblem) throw macroProblem;
  if (input.csv) {
    csvOptionsProblem(args, shownBook, shownOut, lang);
    io.stderr.write(csvReadLine(shownBook, input.csv.description, lang));
  }
  let written: Written;
  let bytes: Uint8Array;
  try {
    written = computeAndCarryOut(input, loaded, args, ctx, shownBook);
    bytes = await workbook.toBytes(ctx.now(), ZIP_LEVEL);
  } catch (e) {
    // A part read only now (an existing Verantwoording sheet) may be damaged too.
    throw bookFailure(e, shownBook, lang);
  }
  const { sheet, table, allocation, budgetLines, allFindings, steps } = written;
  // Everything that can fail is done before the file is put in place: what is reported is what is on disk.
  const report = buildApplyReport(table, allocation, loaded.original, budgetLines, allFindings, lang);
  const json = args.json ? JSON.stringify(report, null, 2) + "\n" : undefined;
  await saveFile(bytes, out, shownOut, lang);
  steps.step("Klaar.", "Done.");

  printWarnings(allFindings, ctx);
  if (json !== undefined) {
    io.stdout.write(json);
    io.stderr.write(tr(lang, `Geschreven: ${shownOut}\n`, `Written: ${shownOut}\n`));
  } else {
    printApplyText(report, loaded.original, ctx, sheet, shownOut);
  }
  return EXIT_OK;
}
