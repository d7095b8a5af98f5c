// Where a command writes: never the input, an existing file only with --force.
import { promises as fs } from "node:fs";
import path from "node:path";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";

/** BOOK.xlsx -> BOOK.verdeeld.xlsx in the same folder. */
export function defaultOutPath(book: string): string {
  const ext = path.extname(book);
  const base = ext ? book.slice(0, -ext.length) : book;
  return `${base}.verdeeld.xlsx`;
}

async function realOrSelf(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/** Checks an output path before any work is done; throws CliError (exit 2) when it may not be written. */
export async function checkOutPath(out: string, shownOut: string, book: string, force: boolean, lang: Lang): Promise<void> {
  if ((await realOrSelf(out)) === (await realOrSelf(book))) {
    throw new CliError(
      tr(
        lang,
        `${shownOut} is het invoerbestand zelf; dat wordt nooit gewijzigd (ook niet met --force). Kies een ander --out.`,
        `${shownOut} is the input file itself; it is never changed (not even with --force). Choose another --out.`,
      ),
    );
  }
  const dir = path.dirname(out);
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) {
    throw new CliError(tr(lang, `Map ${path.dirname(shownOut)} voor ${shownOut} bestaat niet.`, `Folder ${path.dirname(shownOut)} for ${shownOut} does not exist.`));
  }
  const stat = await fs.stat(out).catch(() => undefined);
  if (stat?.isDirectory()) {
    throw new CliError(tr(lang, `${shownOut} is een map; geef een bestandsnaam.`, `${shownOut} is a folder; give a file name.`));
  }
  if (stat && !force) {
    throw new CliError(
      tr(
        lang,
        `${shownOut} bestaat al; er is niets geschreven. Kies een ander --out of overschrijf met --force.`,
        `${shownOut} already exists; nothing was written. Choose another --out or overwrite with --force.`,
      ),
    );
  }
}
