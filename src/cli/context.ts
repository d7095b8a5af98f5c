// What every command gets: the surroundings, the language, the version, progress reporting.
import { formatCount, tr, type Lang } from "./lang";
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
  step(nl: string, en: string, rows?: number): void;
}

export function progress(ctx: CliContext, rows: number): Progress {
  const enabled = rows > PROGRESS_THRESHOLD_ROWS;
  return {
    step(nl, en, count) {
      if (!enabled) return;
      const n = count === undefined ? "" : ` ${formatCount(count, ctx.lang)} ${tr(ctx.lang, "rijen", "rows")}`;
      ctx.io.stderr.write(`${tr(ctx.lang, nl, en)}${n}\n`);
    },
  };
}
