// Writing the command's output file: to a temporary file in the target folder, renamed into
// place when complete, so a reader never sees half a file and a failed or interrupted write
// (an error, Ctrl+C, SIGTERM) leaves nothing behind. Errors become plain messages.
import { randomBytes } from "node:crypto";
import { promises as fs, rmSync } from "node:fs";
import path from "node:path";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** A plain message for a file system error while writing `shown`. */
export function writeErrorMessage(code: string | undefined, shown: string, lang: Lang): string {
  const why: Record<string, [string, string]> = {
    EACCES: ["geen schrijfrechten in die map", "no permission to write in that folder"],
    EPERM: ["geen schrijfrechten in die map", "no permission to write in that folder"],
    EROFS: ["de map staat op een alleen-lezen schijf", "the folder is on a read-only disk"],
    ENAMETOOLONG: ["de naam is te lang voor het bestandssysteem", "the name is too long for the file system"],
    ENOSPC: ["de schijf is vol", "the disk is full"],
    EDQUOT: ["de schijfruimte (quota) is op", "the disk quota is used up"],
    ENOENT: ["de map bestaat niet (meer) of kan geen bestanden bevatten", "the folder does not exist (any more) or cannot hold files"],
    ENOTDIR: ["een deel van het pad is geen map", "part of the path is not a folder"],
    EISDIR: ["dat is een map", "that is a folder"],
    EXDEV: ["de tijdelijke kopie kan daar niet neergezet worden", "the temporary copy cannot be put there"],
  };
  const [nl, en] = (code && why[code]) || ["het bestandssysteem weigert het", "the file system refuses it"];
  return tr(lang, `Kan ${shown} niet schrijven: ${nl}; er is niets geschreven.`, `Cannot write ${shown}: ${en}; nothing was written.`);
}

/**
 * Writes `data` to `outPath`. While the temporary file exists, a signal removes it before the
 * process ends (with the signal's usual exit status).
 */
export async function saveFile(data: Uint8Array, outPath: string, shown: string, lang: Lang): Promise<void> {
  const tmp = path.join(path.dirname(outPath), `.verdeel-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  const onSignal = (signal: NodeJS.Signals): void => {
    try {
      rmSync(tmp, { force: true });
    } finally {
      process.stderr.write(tr(lang, `\nverdeel: onderbroken; ${shown} is niet geschreven.\n`, `\nverdeel: interrupted; ${shown} was not written.\n`));
      process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    }
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    await fs.writeFile(tmp, data, { flag: "wx" });
    await fs.rename(tmp, outPath);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CliError(writeErrorMessage((e as NodeJS.ErrnoException).code, shown, lang));
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
  }
}
