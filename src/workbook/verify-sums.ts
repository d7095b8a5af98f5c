// The controller's arithmetic checks beside the schedule check: does each row's total equal the
// sum of its component cells as found, and does the totals row equal the sum of each column? Two
// separate findings (warnings), so a total that is right by the schedule but does not add up in
// its own row is still reported.
import { Decimal } from "../allocation/decimal";
import type { Allocation, FoundFigure } from "../allocation/types";
import { columnLetters, toA1 } from "./address";
import { finding } from "./findings";
import type { VerifyCell } from "./plan-verify";
import type { DetectedTable, Finding } from "./types";

/** A figure of the totals row under a checked column. */
export interface TotalsRowFigure {
  target: string;
  /** The checked column's header. */
  header: string;
  row: number;
  col: number;
  /** The number as read (cellNumberText), or null when the cell holds no number. */
  found: string | null;
}

const plain = (d: Decimal): string => d.toFixed();

/**
 * Row totals against the sum of the row's component cells (only when the total and every
 * component of the schedule are checked), and the totals row against the column sums (only for
 * columns whose every figure is a number). Differences within the tolerance pass.
 */
export function sumFindings(args: {
  allocation: Allocation;
  table: DetectedTable;
  found: readonly FoundFigure[];
  cells: readonly VerifyCell[];
  totalsRow?: readonly TotalsRowFigure[];
  tolerance: Decimal;
}): Finding[] {
  const { allocation, table, found, cells, tolerance } = args;
  const out: Finding[] = [];
  const n = table.rows.length;
  // found[k] was read at cells[k]: by target, per municipality index.
  const byTarget = new Map<string, { value: (string | null)[]; cell: (VerifyCell | undefined)[] }>();
  found.forEach((f, k) => {
    let t = byTarget.get(f.target);
    if (!t) {
      t = { value: new Array(n).fill(null), cell: new Array(n).fill(undefined) };
      byTarget.set(f.target, t);
    }
    t.value[f.index] = f.found;
    t.cell[f.index] = cells[k];
  });

  const components = allocation.schedule.components.map((c) => c.id);
  const total = byTarget.get("total");
  if (total && components.length > 1 && components.every((id) => byTarget.has(id))) {
    for (let i = 0; i < n; i++) {
      const figure = total.value[i];
      const parts = components.map((id) => (byTarget.get(id) as { value: (string | null)[] }).value[i]);
      if (figure === null || parts.some((p) => p === null)) continue;
      const sum = parts.reduce((s, p) => s.plus(p as string), new Decimal(0));
      const difference = new Decimal(figure).minus(sum);
      if (difference.abs().lte(tolerance)) continue;
      const terms = components.map((id) => (byTarget.get(id) as { cell: (VerifyCell | undefined)[] }).cell[i]?.cell ?? "").join(" + ");
      out.push(
        finding("row-total-mismatch", "warning", table.sheet, total.cell[i]?.cell, {
          name: table.rows[i].name,
          found: figure,
          sum: plain(sum),
          terms,
          difference: plain(difference),
        }),
      );
    }
  }

  for (const t of args.totalsRow ?? []) {
    const column = byTarget.get(t.target);
    if (!column || t.found === null || column.value.some((v) => v === null)) continue;
    const sum = column.value.reduce((s, v) => s.plus(v as string), new Decimal(0));
    const difference = new Decimal(t.found).minus(sum);
    if (difference.abs().lte(tolerance)) continue;
    out.push(
      finding("totals-row-mismatch", "warning", table.sheet, toA1(t.row, t.col), {
        header: `${columnLetters(t.col)} (${t.header})`,
        found: t.found,
        sum: plain(sum),
        difference: plain(difference),
      }),
    );
  }
  return out;
}
