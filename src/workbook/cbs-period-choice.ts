// Which CBS period a table is read for: the one chosen by hand, else the year the schedule's
// populationDate asks for, else the latest; said in a note, and a warning when the schedule asks
// for a period the file does not have.
import type { DetectOptions } from "./detect-options";
import { finding } from "./findings";
import type { Finding } from "./types";

export interface PeriodSeen {
  /** The period as written ("2023*"). */
  raw: string;
  provisional: boolean;
  /** Rows of this period (a period column), or 0 (periods as columns). */
  count: number;
}

export interface PeriodChoice {
  /** The key (year) of the period used. */
  key: string;
  raw: string;
  by: "choice" | "population-date" | "latest";
}

/**
 * Chooses among the periods seen (by key, e.g. "2023"). `cell` is where findings point (the
 * period header, or the chosen period's column header); `columns` says the periods are columns.
 */
export function choosePeriod(args: {
  seen: ReadonlyMap<string, PeriodSeen>;
  asked?: string;
  askedKey?: string;
  options?: DetectOptions;
  sheet: string;
  cell: (key: string) => string;
  columns?: boolean;
  add(f: Finding): void;
}): PeriodChoice {
  const { seen, options, sheet, add } = args;
  const keys = [...seen.keys()].sort();
  const available = keys.map((k) => (seen.get(k) as PeriodSeen).raw).join(", ");
  let key = keys[keys.length - 1];
  let by: PeriodChoice["by"] = "latest";
  if (args.asked !== undefined && args.asked.trim() !== "") {
    const want = args.askedKey ?? args.asked.trim();
    if (seen.has(want)) {
      key = want;
      by = "choice";
    } else {
      add(finding("period-not-found", "error", sheet, args.cell(key), { asked: args.asked, available }));
    }
  } else if (options?.populationYear !== undefined && seen.has(options.populationYear)) {
    key = options.populationYear;
    by = "population-date";
  }
  const chosen = seen.get(key) as PeriodSeen;
  if (seen.size > 1) {
    let otherRows = 0;
    for (const [k, v] of seen) if (k !== key) otherRows += v.count;
    const params: Record<string, string | number> = {
      period: chosen.raw,
      available,
      provisional: chosen.provisional ? 1 : 0,
      byChoice: by === "choice" ? 1 : 0,
      byDate: by === "population-date" ? 1 : 0,
      otherRows,
    };
    if (args.columns) params.columns = 1;
    add(finding("cbs-period-chosen", "info", sheet, args.cell(key), params));
  }
  if (by !== "choice" && options?.populationYear !== undefined && key !== options.populationYear) {
    add(
      finding("period-differs", "warning", sheet, args.cell(key), {
        askedYear: options.populationYear,
        asked: options.populationDate ?? options.populationYear,
        period: chosen.raw,
        year: key,
      }),
    );
  }
  return { key, raw: chosen.raw, by };
}
