// The Scenario tab's comparison, computed only while that tab is shown: the agreed schedule's
// allocation (a second allocate of the unedited schedule, only when a rate is edited) beside the
// one the pane shows.
import { useMemo } from "react";
import { allocate, type Lang } from "../allocation";
import type { Allocation, Municipality, Schedule } from "../allocation/types";
import type { DetectedTable } from "../workbook/types";
import { buildComparison, type ComparisonModel } from "./model/scenario";

export function useComparison(
  active: boolean,
  agreed: Schedule | undefined,
  table: DetectedTable | undefined,
  municipalities: Municipality[],
  shown: Allocation | undefined,
  lang: Lang,
  totalLabel: string,
): ComparisonModel | undefined {
  const agreedAllocation = useMemo(() => {
    if (!active || !agreed || !table) return undefined;
    // Nothing edited: the pane's own allocation is the agreed one.
    if (shown?.schedule === agreed) return shown;
    try {
      return allocate(agreed, municipalities);
    } catch {
      return undefined;
    }
  }, [active, agreed, table, municipalities, shown]);
  return useMemo(
    () => (active && shown && agreedAllocation && table ? buildComparison(shown, agreedAllocation, table, lang, totalLabel) : undefined),
    [active, shown, agreedAllocation, table, lang, totalLabel],
  );
}
