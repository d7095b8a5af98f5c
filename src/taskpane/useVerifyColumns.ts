// Controleren's columns: the targets to check (each component, and the total when there are
// several), the column suggested for each by header, the user's own choice over it, and the
// checks planVerify gets (with the column's position for the report's letters).
import { useMemo } from "react";
import type { Lang } from "../allocation";
import type { Schedule } from "../allocation/types";
import type { ControleCheck } from "../workbook";
import type { DetectedTable, Grid } from "../workbook/types";
import type { HeaderOption } from "./components/DataSection";
import { suggestVerifyColumns, verifyTargets } from "./model/verify-columns";

export function useVerifyColumns(
  grid: Grid | undefined,
  table: DetectedTable | undefined,
  schedule: Schedule | undefined,
  options: HeaderOption[],
  chosen: Record<string, string>,
  lang: Lang,
  totalLabel: string,
): { targets: { id: string; label: string }[]; columns: Record<string, string>; checks: ControleCheck[] } {
  const targets = useMemo(() => (schedule ? verifyTargets(schedule, lang, totalLabel) : []), [schedule, lang, totalLabel]);
  const suggested = useMemo(
    () => (schedule && table && grid ? suggestVerifyColumns(grid, table, schedule, lang) : {}),
    [schedule, table, grid, lang],
  );
  const columns = useMemo(() => {
    const out: Record<string, string> = {};
    for (const x of targets) out[x.id] = chosen[x.id] ?? suggested[x.id] ?? "";
    return out;
  }, [targets, chosen, suggested]);
  const checks = useMemo(
    () =>
      targets
        .filter((x) => columns[x.id] !== "")
        .map((x): ControleCheck => {
          const col = options.find((o) => o.header === columns[x.id])?.col;
          // An unsplit CSV column has no column per field: no letter to show.
          return col !== undefined && !table?.split ? { target: x.id, header: columns[x.id], column: col } : { target: x.id, header: columns[x.id] };
        }),
    [targets, columns, options, table],
  );
  return { targets, columns, checks };
}
