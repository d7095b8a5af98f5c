// Writing the command's output file: to a temporary file in the target folder, renamed into
// place when complete, so a reader never sees half a file and a failed or interrupted write
// (an error, Ctrl+C, SIGTERM) leaves nothing behind. Errors become plain messages.
import { randomBytes } from "node:crypto";
import { promises as fs, rmSync } from "node:fs";
import path from "node:path";
import { CliError } from "./errors";
import { cliMessages } from "./i18n";
import type { Lang } from "./lang";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** A plain message for a file system error while writing `shown`. */
export function writeErrorMessage(code: string | undefined, shown: string, lang: Lang): string {
  return cliMessages(lang).writeFailed(shown, code);
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
      process.stderr.write(cliMessages(lang).interrupted(shown));
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
