// Opening an .xlsx/.xlsm file with the file host, with a message naming the file (and the part
// or sheet) when it cannot be read, saying what the file is when it is something else.
import { promises as fs } from "node:fs";
import { CliError } from "./errors";
import { cliMessages } from "./i18n";
import type { Lang } from "./lang";
import { XlsxBook, type ReadSheet, type SheetInfo } from "./xlsx/book";
import { BookError, type BookProblem } from "./xlsx/errors";
import { ZipError } from "./xlsx/zip";

/** The first bytes of a zip file; every .xlsx is one. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: an old .xls, or an .xlsx encrypted with a password. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The user's message for what is wrong with the file `shown`. */
export function problemMessage(problem: BookProblem, shown: string, lang: Lang): string {
  return cliMessages(lang).bookProblem(problem, shown);
}

/** A BookError as the user's CliError (exit 2); anything else is passed on. */
export function bookFailure(e: unknown, shown: string, lang: Lang): unknown {
  if (e instanceof BookError || e instanceof ZipError) return new CliError(problemMessage(e.problem, shown, lang));
  return e;
}

/** The bytes of an input file, with a message naming it when it cannot be read. */
export async function readInputBytes(file: string, shown: string, lang: Lang): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) {
      throw new CliError(cliMessages(lang).isFolder(shown));
    }
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new CliError(cliMessages(lang).fileNotFound(shown));
    }
    throw new CliError(cliMessages(lang).cannotRead(shown, code ?? "?"));
  }
}

/** Whether the bytes are a zip file, as every .xlsx is. */
export function isZip(data: Buffer): boolean {
  return data.subarray(0, 4).equals(ZIP_MAGIC);
}

export async function readWorkbook(file: string, shown: string, lang: Lang): Promise<XlsxBook> {
  return openWorkbook(await readInputBytes(file, shown, lang), shown, lang);
}

/** An .xlsx/.xlsm file's bytes as a workbook, with a message saying what the file is when it is not one. */
export async function openWorkbook(data: Buffer, shown: string, lang: Lang): Promise<XlsxBook> {
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new CliError(cliMessages(lang).oldXlsOrEncrypted(shown));
  }
  if (!isZip(data)) throw new CliError(problemMessage({ kind: "not-a-zip" }, shown, lang));
  let book: XlsxBook;
  try {
    book = await XlsxBook.open(data);
  } catch (e) {
    throw bookFailure(e, shown, lang);
  }
  if (!book.sheets.some((s) => s.kind === "worksheet")) {
    throw new CliError(cliMessages(lang).noWorksheets(shown));
  }
  return book;
}

/** A worksheet's cells and tables, with a message naming the file and sheet when it cannot be read. */
export function readWorksheet(book: XlsxBook, info: SheetInfo, shown: string, lang: Lang): ReadSheet {
  try {
    return book.readSheet(info);
  } catch (e) {
    if (e instanceof BookError && e.problem.kind === "bad-sheet") {
      throw new CliError(cliMessages(lang).sheetOutOfPlace(shown, info.name, e.problem.where));
    }
    throw bookFailure(e, shown, lang);
  }
}

export function isVisible(info: SheetInfo): boolean {
  return info.state === "visible";
}

/** The sheet the user named with --sheet (exact name first, then case-insensitive); it must hold cells. */
export function sheetByName(book: XlsxBook, name: string, shown: string, lang: Lang): SheetInfo {
  const exact = book.sheets.find((s) => s.name === name);
  const folded = book.sheets.filter((s) => s.name.toLowerCase() === name.trim().toLowerCase());
  const hit = exact ?? (folded.length === 1 ? folded[0] : undefined);
  const worksheets = book.sheets.filter((s) => s.kind === "worksheet");
  const list = worksheets.map((s) => `"${s.name}"`).join(", ");
  if (hit && hit.kind !== "worksheet") {
    throw new CliError(cliMessages(lang).notAWorksheet(shown, hit.name, list));
  }
  if (hit) return hit;
  throw new CliError(cliMessages(lang).noSuchSheet(shown, name, list));
}
