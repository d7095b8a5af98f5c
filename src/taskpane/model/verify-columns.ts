// What Controleren offers to check: the figures of the schedule, and the column suggested for each.
import { localize, type Lang } from "../../allocation";
import type { Schedule } from "../../allocation/types";
import { suggestChecks } from "../../workbook";
import type { DetectedTable, Grid } from "../../workbook/types";

/** The figures Controleren can check: every component, and the total when there are several. */
export function verifyTargets(schedule: Schedule, lang: Lang, totalLabel: string): { id: string; label: string }[] {
  const out = schedule.components.map((c) => ({ id: c.id, label: localize(c.label, lang) }));
  if (schedule.components.length > 1) out.push({ id: "total", label: totalLabel });
  return out;
}

/** Target -> the header of the column suggested for it ("" when none fits). */
export function suggestVerifyColumns(grid: Grid, table: DetectedTable, schedule: Schedule, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of suggestChecks({ grid, table, schedule, lang }).targets) out[s.target] = s.header ?? "";
  return out;
}
