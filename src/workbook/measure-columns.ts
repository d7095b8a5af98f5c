// Which column holds each measure a schedule needs besides the population: the column named by
// hand, else the one whose header names the measure. Two candidates and no choice: an error,
// never a guess (as for the population).
import { toA1 } from "./address";
import { finding } from "./findings";
import { matchMeasureHeader, normalizeHeader } from "./headers";
import type { HeaderCell } from "./header-row";
import type { ColumnChoice, Finding } from "./types";

export interface MeasureColumns {
  /** Measure id -> absolute column (or field index of an unsplit CSV line). */
  columns: Record<string, number>;
  findings: Finding[];
}

/**
 * Finds the measures' columns among the header cells not `taken` by another role. `split`: the
 * cells are the fields of an unsplit CSV header line (in `column`).
 */
export function findMeasureColumns(args: {
  cells: readonly HeaderCell[];
  taken: ReadonlySet<number>;
  measures: readonly string[];
  choice?: ColumnChoice;
  sheet: string;
  headerRow: number;
  split?: { column: number };
}): MeasureColumns {
  const { cells, measures, sheet, headerRow } = args;
  const taken = new Set(args.taken);
  const columns: Record<string, number> = {};
  const findings: Finding[] = [];
  const list = cells.map((c) => (args.split ? c.text : `${toA1(headerRow, c.col).replace(/\d+$/, "")}: ${c.text}`)).join(", ");
  const headerCell = (col: number): string => toA1(headerRow, args.split ? args.split.column : col);
  for (const measure of measures) {
    const asked = args.choice?.measureColumns?.[measure];
    if (asked !== undefined && normalizeHeader(asked) !== "") {
      const want = normalizeHeader(asked);
      const hit = cells.find((c) => !taken.has(c.col) && normalizeHeader(c.text) === want);
      if (!hit) {
        findings.push(finding("column-not-found", "error", sheet, undefined, { role: "measure", measure, asked, headerRow: headerRow + 1, headers: list }));
        continue;
      }
      columns[measure] = hit.col;
      taken.add(hit.col);
      continue;
    }
    const ranked = cells
      .filter((c) => !taken.has(c.col))
      .map((c) => ({ cell: c, rank: matchMeasureHeader(c.text, measure) }))
      .filter((x): x is { cell: HeaderCell; rank: number } => x.rank !== undefined);
    if (ranked.length === 0) {
      findings.push(finding("column-not-found", "error", sheet, undefined, { role: "measure", measure, asked: "", headerRow: headerRow + 1, headers: list }));
      continue;
    }
    if (ranked.length > 1) {
      findings.push(
        finding("column-ambiguous", "error", sheet, headerCell(ranked[0].cell.col), {
          role: "measure",
          measure,
          headers: ranked.map((x) => (args.split ? x.cell.text : `${toA1(headerRow, x.cell.col)}: ${x.cell.text}`)).join(", "),
        }),
      );
      continue;
    }
    columns[measure] = ranked[0].cell.col;
    taken.add(ranked[0].cell.col);
  }
  return { columns, findings };
}
