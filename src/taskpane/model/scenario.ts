// The what-if comparison as strings: per municipality the scenario's total, the agreed total and
// the difference (scenario − agreed), and the same for the whole region. Exact: the difference
// is computed with decimal.js on the rounded amounts both allocations give.
import { formatEuro, formatEuroDifference } from "../../allocation";
import type { Allocation } from "../../allocation/types";
import type { Lang } from "../../host";
import type { DetectedTable } from "../../workbook/types";

export interface ComparisonRow {
  key: string;
  name: string;
  scenario: string;
  agreed: string;
  difference: string;
  /** The sign of the difference: the pane marks increases and decreases. */
  sign: -1 | 0 | 1;
}

export interface ComparisonModel {
  rows: ComparisonRow[];
  totals: ComparisonRow;
  /** Municipalities whose amount changes. */
  changed: number;
}

function signed(d: { isZero(): boolean; isNegative(): boolean }): -1 | 0 | 1 {
  return d.isZero() ? 0 : d.isNegative() ? -1 : 1;
}

export function buildComparison(
  scenario: Allocation,
  agreed: Allocation,
  table: DetectedTable,
  lang: Lang,
  totalLabel: string,
): ComparisonModel {
  const unit = scenario.schedule.rounding.unit;
  const rows: ComparisonRow[] = new Array(table.rows.length);
  let changed = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const s = scenario.totals[i];
    const a = agreed.totals[i];
    const d = s.minus(a);
    const sign = signed(d);
    if (sign !== 0) changed++;
    rows[i] = {
      key: String(table.rows[i].row),
      name: table.rows[i].name,
      scenario: formatEuro(s, lang, unit),
      agreed: formatEuro(a, lang, unit),
      difference: formatEuroDifference(d, lang, unit),
      sign,
    };
  }
  const d = scenario.grandTotal.minus(agreed.grandTotal);
  const sign = signed(d);
  return {
    rows,
    totals: {
      key: "totals",
      name: totalLabel,
      scenario: formatEuro(scenario.grandTotal, lang, unit),
      agreed: formatEuro(agreed.grandTotal, lang, unit),
      difference: formatEuroDifference(d, lang, unit),
      sign,
    },
    changed,
  };
}
