// Opening an .xlsx/.xlsm file with the file host, with a message naming the file (and the part
// or sheet) when it cannot be read, saying what the file is when it is something else.
import { promises as fs } from "node:fs";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";
import { XlsxBook, type ReadSheet, type SheetInfo } from "./xlsx/book";
import { BookError, type BookProblem } from "./xlsx/errors";
import { ZipError } from "./xlsx/zip";

/** The first bytes of a zip file; every .xlsx is one. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: an old .xls, or an .xlsx encrypted with a password. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const RESAVE_NL = "Open het in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx).";
const RESAVE_EN = "Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).";

/** The user's message for what is wrong with the file `shown`. */
export function problemMessage(problem: BookProblem, shown: string, lang: Lang): string {
  const damaged = (nl: string, en: string): string =>
    tr(lang, `${shown} is beschadigd: ${nl} Gebruik een andere kopie of sla het opnieuw op in Excel.`, `${shown} is damaged: ${en} Use another copy or save it again in Excel.`);
  switch (problem.kind) {
    case "not-a-zip":
      return tr(lang, `${shown} is geen .xlsx-werkmap (leeg, beschadigd of een ander soort bestand).`, `${shown} is not an .xlsx workbook (empty, damaged or another kind of file).`);
    case "damaged-entry":
      return damaged(`het onderdeel ${problem.part} klopt niet met zijn controlegetal.`, `the part ${problem.part} does not match its checksum.`);
    case "duplicate":
      return damaged(`het onderdeel ${problem.part} staat er twee keer in.`, `the part ${problem.part} is in it twice.`);
    case "encrypted":
      return tr(lang, `${shown}: het onderdeel ${problem.part} is versleuteld; dat kan verdeel niet lezen.`, `${shown}: the part ${problem.part} is encrypted; verdeel cannot read it.`);
    case "unsupported-method":
      return tr(
        lang,
        `${shown}: het onderdeel ${problem.part} is gecomprimeerd op een manier die verdeel niet kan lezen (methode ${problem.method}). ${RESAVE_NL}`,
        `${shown}: the part ${problem.part} is compressed in a way verdeel cannot read (method ${problem.method}). ${RESAVE_EN}`,
      );
    case "not-ooxml":
      if (problem.opendocument?.includes("spreadsheet")) {
        return tr(lang, `${shown} is een OpenDocument-rekenblad (.ods), geen .xlsx-werkmap. ${RESAVE_NL}`, `${shown} is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. ${RESAVE_EN}`);
      }
      if (problem.opendocument) {
        return tr(lang, `${shown} is een OpenDocument-bestand (${problem.opendocument}), geen .xlsx-werkmap.`, `${shown} is an OpenDocument file (${problem.opendocument}), not an .xlsx workbook.`);
      }
      return tr(lang, `${shown} is een zip-bestand, maar geen .xlsx-werkmap.`, `${shown} is a zip file, but not an .xlsx workbook.`);
    case "other-office":
      switch (problem.what) {
        case "xlsb":
          return tr(lang, `${shown} is een binaire Excel-werkmap (.xlsb), geen .xlsx-werkmap. ${RESAVE_NL}`, `${shown} is a binary Excel workbook (.xlsb), not an .xlsx workbook. ${RESAVE_EN}`);
        case "word":
          return tr(lang, `${shown} is een Word-document, geen .xlsx-werkmap.`, `${shown} is a Word document, not an .xlsx workbook.`);
        case "powerpoint":
          return tr(lang, `${shown} is een PowerPoint-presentatie, geen .xlsx-werkmap.`, `${shown} is a PowerPoint presentation, not an .xlsx workbook.`);
        default:
          return tr(lang, `${shown} is een Office-bestand van een ander soort (${problem.contentType}), geen .xlsx-werkmap.`, `${shown} is an Office file of another kind (${problem.contentType}), not an .xlsx workbook.`);
      }
    case "no-workbook":
      return damaged("er staat geen werkmap in het pakket.", "the package holds no workbook.");
    case "bad-xml":
      return damaged(`het onderdeel ${problem.part} is geen geldige XML (regel ${problem.line}, kolom ${problem.column}).`, `the part ${problem.part} is not valid XML (line ${problem.line}, column ${problem.column}).`);
    case "bad-encoding":
      return damaged(`de tekst van het onderdeel ${problem.part} is niet goed gecodeerd.`, `the text of the part ${problem.part} is not properly encoded.`);
    case "bad-sheet":
      return damaged(
        `in ${problem.part} staan rijen of cellen niet op hun plaats${problem.where ? ` (bij ${problem.where})` : ""}.`,
        `rows or cells in ${problem.part} are out of place${problem.where ? ` (at ${problem.where})` : ""}.`,
      );
  }
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
      throw new CliError(tr(lang, `${shown} is een map, geen .xlsx-bestand.`, `${shown} is a folder, not an .xlsx file.`));
    }
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new CliError(tr(lang, `Bestand ${shown} bestaat niet.`, `File ${shown} does not exist.`));
    }
    throw new CliError(tr(lang, `Kan ${shown} niet lezen (${code ?? "?"}).`, `Cannot read ${shown} (${code ?? "?"}).`));
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
    throw new CliError(
      tr(
        lang,
        `${shown} is geen .xlsx-werkmap: het is een oud .xls-bestand of een met een wachtwoord versleutelde werkmap. Sla het in Excel op als .xlsx zonder wachtwoord.`,
        `${shown} is not an .xlsx workbook: it is an old .xls file or a password-encrypted workbook. Save it in Excel as .xlsx without a password.`,
      ),
    );
  }
  if (!isZip(data)) throw new CliError(problemMessage({ kind: "not-a-zip" }, shown, lang));
  let book: XlsxBook;
  try {
    book = await XlsxBook.open(data);
  } catch (e) {
    throw bookFailure(e, shown, lang);
  }
  if (!book.sheets.some((s) => s.kind === "worksheet")) {
    throw new CliError(tr(lang, `${shown} bevat geen werkbladen.`, `${shown} contains no worksheets.`));
  }
  return book;
}

/** A worksheet's cells and tables, with a message naming the file and sheet when it cannot be read. */
export function readWorksheet(book: XlsxBook, info: SheetInfo, shown: string, lang: Lang): ReadSheet {
  try {
    return book.readSheet(info);
  } catch (e) {
    if (e instanceof BookError && e.problem.kind === "bad-sheet") {
      const where = e.problem.where ? tr(lang, ` (bij ${e.problem.where})`, ` (at ${e.problem.where})`) : "";
      throw new CliError(
        tr(
          lang,
          `${shown}, werkblad ${info.name}: de rijen of cellen staan niet op hun plaats in het bestand${where}. Sla de werkmap opnieuw op in Excel.`,
          `${shown}, sheet ${info.name}: rows or cells are out of place in the file${where}. Save the workbook again in Excel.`,
        ),
      );
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
    throw new CliError(
      tr(lang, `${shown}: "${hit.name}" is een grafiekblad of ander soort blad, geen werkblad met cellen. Werkbladen: ${list}.`, `${shown}: "${hit.name}" is a chart sheet or other kind of sheet, not a worksheet with cells. Worksheets: ${list}.`),
    );
  }
  if (hit) return hit;
  throw new CliError(tr(lang, `${shown} heeft geen werkblad "${name}". Werkbladen: ${list}.`, `${shown} has no sheet "${name}". Sheets: ${list}.`));
}
