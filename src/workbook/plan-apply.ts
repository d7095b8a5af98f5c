// planApply: where the contribution columns, budget lines and totals go, which cells would be
// overwritten, and the audit record. Pure: the host carries the plan out.
import type { Allocation, Component, ComponentResult, Overrides, Schedule } from "../allocation/types";
import { isRated, rateDescription } from "./formula-mode";
import { normalizeHeader } from "./headers";
import type { Lang } from "../allocation";
import { buildAudit } from "./plan-audit";
import { localize } from "../allocation";
import { componentFill, fillContext, prepareFormulas, totalFill } from "./plan-fills";
import { assemblePlan, headerIndex, placeColumns, SKIP, totalsRowFor, type ColumnFill, type ColumnSpec } from "./plan-layout";
import { plannedHeaders } from "./planned-headers";
import { editRemarks, isEditedVariant, scenarioChanges } from "./what-if";
import type { DetectedTable, FormulaOptions, Grid, SheetBlock, WritePlan } from "./types";

export { EURO_CENTS_FORMAT, EURO_WHOLE_FORMAT } from "./euro-format";
export { componentYear, plannedHeaders } from "./planned-headers";

export interface PlanApplyArgs {
  grid: Grid;
  table: DetectedTable;
  allocation: Allocation;
  /** Component id -> budget line to write (the user's, else the schedule's default). */
  budgetLines: Record<string, string>;
  lang: Lang;
  toolVersion: string;
  now: Date;
  /** What-if rates and budget lines, recorded as such in the audit. */
  overrides?: Overrides;
  /**
   * Added: the schedule as agreed, before what-if overrides (allocation.schedule is the one
   * the amounts were computed with). Lets the audit say "(gewijzigd; vastgesteld 0,05)".
   */
  agreedSchedule?: Schedule;
  /**
   * Added: formula mode. Per-inhabitant amounts become formulas on the rates block on sheet
   * Tarieven (planned in `otherBlocks`), the total column the sum of the row's amount cells, the
   * totals row SUMs; share-of-total and fixed amounts stay values. Throws a PlanError where a
   * formula could not give the core's figure (half-even rounding, unsplit CSV lines, …).
   */
  formulas?: FormulaOptions;
}

/**
 * The columns planApply writes. With what-if edits (the schedule differs from the agreed one) the
 * amount column of each changed component and the total name the edit:
 * `Bijdrage uitbreiding 2023 (gewijzigd € 0,09)`, `Bijdrage totaal 2023 (gewijzigd uitbreiding € 0,09)`.
 * These are still Invullen's own columns: each spec takes over its column under the agreed header
 * or an earlier edit's (and retitles it), so an apply never spreads new columns per edit.
 * A budget-line column only when there is a budget line to write.
 */
export function applyColumnSpecs(schedule: Schedule, agreed: Schedule | undefined, lang: Lang, lineOf: (id: string) => string): ColumnSpec[] {
  const changed = agreed && agreed !== schedule ? scenarioChanges(agreed, schedule) : [];
  const remarks = changed.length > 0 ? editRemarks("edited", schedule, changed, lang, agreed) : undefined;
  const out: ColumnSpec[] = [];
  for (const h of plannedHeaders(schedule, lang)) {
    if (h.role === "budget-line") {
      if (lineOf(h.componentId as string) !== "") out.push(h);
      continue;
    }
    const base = normalizeHeader(h.header);
    const sameAs = (key: string): boolean => key === base || isEditedVariant(key, base);
    const edited = remarks && (h.role === "total" || changed.includes(h.componentId as string));
    const header = !edited ? h.header : `${h.header} (${h.role === "total" ? remarks.all : remarks.own(h.componentId as string)})`;
    out.push({ ...h, header, sameAs });
  }
  return out;
}

export function planApply(args: PlanApplyArgs): WritePlan {
  const { grid, table, allocation, lang } = args;
  const schedule = allocation.schedule;
  const resultById = new Map(allocation.components.map((c) => [c.componentId, c]));
  if (allocation.totals.length !== table.rows.length) {
    throw new Error(
      `planApply: de verdeling heeft ${allocation.totals.length} gemeenten, de tabel ${table.rows.length} / ` +
        `the allocation has ${allocation.totals.length} municipalities, the table ${table.rows.length}`,
    );
  }

  // Budget lines: one shared cell per column (always text, also when it begins with "=").
  const lineOf = (id: string): string => {
    const comp = schedule.components.find((c) => c.id === id);
    return args.budgetLines[id] ?? args.overrides?.budgetLines?.[id] ?? comp?.budgetLine ?? "";
  };

  // Which columns: reuse one whose header (or an earlier edit's) is already in the header row, else the next free one.
  const specs = applyColumnSpecs(schedule, args.agreedSchedule, lang, lineOf);
  const columns = placeColumns(specs, headerIndex(grid, table), table.lastColumn + 1);
  const totalsRow = totalsRowFor(grid, table, columns.map((c) => c.column));

  const ctx = fillContext(table, allocation, lang);
  let ratesBlock: SheetBlock | undefined;
  if (args.formulas) {
    const lines = schedule.components.filter(isRated).map((c) => ({ component: c, description: rateDescription(c, localize(c.label, lang), lang) }));
    ratesBlock = prepareFormulas(ctx, args.formulas, lines, lang);
  }
  const componentColumns = columns.filter((c) => c.role === "amount").map((c) => ({ kind: "column" as const, column: c.column }));
  const fills: ColumnFill[] = columns.map((pc) => {
    if (pc.role === "budget-line") {
      const code = lineOf(pc.componentId as string);
      return { kind: "shared", cell: code !== "" ? { kind: "text", value: code } : SKIP };
    }
    if (pc.role === "total") return totalFill(ctx, pc.column, componentColumns);
    const component = schedule.components.find((c) => c.id === pc.componentId) as Component;
    return componentFill(ctx, pc.column, component, resultById.get(component.id) as ComponentResult);
  });

  const plan: WritePlan = {
    ...assemblePlan({ grid, table, columns, fills, totalsRow, lang }),
    audit: buildAudit({ ...args, columns, lineOf, ratesBlock }),
  };
  if (ratesBlock) plan.otherBlocks = [ratesBlock];
  return plan;
}
