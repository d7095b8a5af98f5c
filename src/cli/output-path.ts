// Where a command writes: never the input, an existing file only with --force, a folder it can
// write in, a name the file system takes; a workbook with macros keeps the .xlsm extension.
import { promises as fs, constants } from "node:fs";
import path from "node:path";
import { CliError } from "./errors";
import { cliMessages } from "./i18n";
import type { Lang } from "./lang";
import { writeErrorMessage } from "./save-file";

/** BOOK.xlsx -> BOOK.verdeeld.xlsx in the same folder (BOOK.xlsm -> BOOK.verdeeld.xlsm). */
export function defaultOutPath(book: string): string {
  const ext = path.extname(book);
  const base = ext ? book.slice(0, -ext.length) : book;
  return `${base}.verdeeld${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`;
}

async function realOrSelf(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/** The longest file name (in bytes) of the common file systems. */
const MAX_NAME_BYTES = 255;

/** Checks an output path before any work is done; throws CliError (exit 2) when it may not be written. */
export async function checkOutPath(out: string, shownOut: string, book: string, force: boolean, lang: Lang): Promise<void> {
  if ((await realOrSelf(out)) === (await realOrSelf(book))) {
    throw new CliError(
      cliMessages(lang).outIsInput(shownOut),
    );
  }
  const dir = path.dirname(out);
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) {
    throw new CliError(cliMessages(lang).outFolderMissing(path.dirname(shownOut), shownOut));
  }
  if (Buffer.byteLength(path.basename(out)) > MAX_NAME_BYTES) throw new CliError(writeErrorMessage("ENAMETOOLONG", shownOut, lang));
  const writable = await fs.access(dir, constants.W_OK).then(
    () => undefined,
    (e: NodeJS.ErrnoException) => e.code ?? "EACCES",
  );
  if (writable) throw new CliError(writeErrorMessage(writable, shownOut, lang));
  const stat = await fs.stat(out).catch(() => undefined);
  if (stat?.isDirectory()) {
    throw new CliError(cliMessages(lang).outIsFolder(shownOut));
  }
  if (stat && !force) {
    throw new CliError(
      cliMessages(lang).outExists(shownOut),
    );
  }
}

/** A workbook with macros (.xlsm) must be written as .xlsm: Excel refuses macros in an .xlsx. */
export function macroOutPathError(kind: string, shownBook: string, shownOut: string, lang: Lang): CliError | undefined {
  const macros = kind === "xlsm" || kind === "xltm";
  if (!macros || /\.xlsm$/i.test(shownOut)) return undefined;
  return new CliError(
    cliMessages(lang).macrosNeedXlsm(shownBook),
  );
}
