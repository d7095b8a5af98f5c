// What every command gets: the surroundings, the language, the version, progress reporting.
import { cliMessages, type CliMessages } from "./i18n";
import type { Lang } from "./lang";
import type { CliIo } from "./io";

/** Progress lines go to stderr, and only for big workbooks (stdout carries the result alone). */
export const PROGRESS_THRESHOLD_ROWS = 10_000;

export interface CliContext {
  io: CliIo;
  lang: Lang;
  version: string;
  /** The clock, replaceable in tests. */
  now: () => Date;
}

export interface Progress {
  /** Prints a step of the catalogue ("Berekenen…"), with a row count when given. */
  step(text: (m: CliMessages) => string, rows?: number): void;
}

export function progress(ctx: CliContext, rows: number): Progress {
  const enabled = rows > PROGRESS_THRESHOLD_ROWS;
  return {
    step(text, count) {
      if (!enabled) return;
      const m = cliMessages(ctx.lang);
      ctx.io.stderr.write(`${text(m)}${count === undefined ? "" : m.rows(count)}\n`);
    },
  };
}
