// The input of apply and verify: an .xlsx/.xlsm workbook, or a CSV file as CBS StatLine delivers
// it (or a plain "Gemeente;Inwoners" list). A CSV file is read by the workbook layer's readCsv and
// becomes a new workbook in memory with one sheet named after the file, as Excel names it when it
// opens the file; from there apply and verify work as on any workbook. The CSV file itself is
// never changed: apply writes the new workbook to its --out.
import path from "node:path";
import { ADDED_SHEETS, CsvError, describeCsv, readCsv, type CsvRead, type Grid, type PlannedCell } from "../workbook";
import { cellNumberText } from "../workbook";
import type { AuditRecord } from "../workbook/types";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";
import { XlsxBook } from "./xlsx/book";
import { cellBlockPatch } from "./xlsx-cells";
import { EMPHASIS } from "./write-rules";
import { isZip, openWorkbook, readInputBytes } from "./xlsx-read";

export interface InputBook {
  book: XlsxBook;
  /** For a CSV file: what was detected ("UTF-8 met BOM, gescheiden door puntkomma, …"). */
  csv?: { description: string };
}

/** A file the command reads as CSV (unless its bytes are a zip: then it is a workbook, whatever its name). */
export function isCsvName(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}

/** Excel's name for the sheet of an opened CSV file: the file's name without extension, as a valid sheet name. */
export function csvSheetName(shown: string): string {
  const base = path.basename(shown).replace(/\.[^.]*$/, "");
  const name = base
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31)
    .trim();
  if (name === "") return "CSV";
  // The sheets the product adds keep their names: a file called Verantwoording.csv must not receive the audit row.
  const added: readonly string[] = Object.values(ADDED_SHEETS);
  return added.some((s) => s.toLowerCase() === name.toLowerCase()) ? `${name} (CSV)` : name;
}

/** The grid of a CSV file as cells of a new sheet, as Excel opens the file (General format), the header bold; columns fitted. */
function gridCells(grid: Grid): ReturnType<typeof cellBlockPatch> {
  const cells = grid.values.map((line) =>
    line.map((v): PlannedCell => {
      if (typeof v === "number") return { kind: "number", value: cellNumberText(v) ?? "0", format: "General" };
      if (typeof v === "string" && v !== "") return { kind: "text", value: v };
      return { kind: "skip" };
    }),
  );
  const patch = cellBlockPatch(cells, 0, 0, true);
  return { ...patch, cells: patch.cells.map((c) => (c.row === 0 ? { ...c, style: EMPHASIS } : c)) };
}

function csvProblem(e: CsvError, shown: string, lang: Lang, command: "apply" | "verify"): CliError {
  const outcome = command === "apply" ? tr(lang, "er is niets geschreven", "nothing was written") : tr(lang, "er is niets gecontroleerd", "nothing was checked");
  const text = (lang === "en" ? e.messageEn : e.message).replace(/\.$/, "");
  return new CliError(e.line > 0 ? `${shown}, ${text}; ${outcome}.` : `${shown}: ${text}; ${outcome}.`);
}

/** A CSV file's bytes as a new workbook with one sheet. */
export function csvWorkbook(data: Uint8Array, shown: string, lang: Lang, command: "apply" | "verify", creator: string, now: Date): InputBook {
  const sheet = csvSheetName(shown);
  let read: CsvRead;
  try {
    read = readCsv(data, sheet);
  } catch (e) {
    if (e instanceof CsvError) throw csvProblem(e, shown, lang, command);
    throw e;
  }
  const book = XlsxBook.create(creator, now);
  book.addSheet(sheet, gridCells(read.grid));
  return { book, csv: { description: describeCsv(read, lang) } };
}

/** Opens the input of apply or verify: a workbook, or a CSV file made into one. */
export async function openInput(file: string, shown: string, lang: Lang, command: "apply" | "verify", creator: string, now: Date): Promise<InputBook> {
  const data = await readInputBytes(file, shown, lang);
  if (isZip(data) || !isCsvName(shown)) return { book: await openWorkbook(data, shown, lang) };
  return csvWorkbook(data, shown, lang, command, creator, now);
}

/** The line that says how a CSV file was read (stderr). */
export function csvReadLine(shown: string, description: string, lang: Lang): string {
  return tr(lang, `${shown} gelezen als CSV-bestand: ${description}.\n`, `${shown} read as a CSV file: ${description}.\n`);
}

/** The audit record with the input file first: where the table of the new workbook came from. */
export function withCsvSource(audit: AuditRecord, shown: string, description: string, lang: Lang): AuditRecord {
  const entry = { label: tr(lang, "Invoerbestand", "Input file"), value: `${path.basename(shown)} (CSV: ${description})` };
  return { ...audit, entries: [entry, ...audit.entries] };
}

/** A CSV file has one sheet: --sheet is refused rather than ignored. */
export function refuseSheetOption(sheet: string | undefined, shown: string, lang: Lang): void {
  if (sheet === undefined) return;
  throw new CliError(
    tr(lang, `${shown} is een CSV-bestand: dat heeft geen werkbladen om te kiezen; laat --sheet weg.`, `${shown} is a CSV file: it has no sheets to choose from; leave out --sheet.`),
  );
}
