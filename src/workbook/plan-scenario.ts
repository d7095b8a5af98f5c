// planScenario: a what-if allocation written as extra columns beside the agreed ones, one per
// component whose rate or total was edited (plus a scenario total when the schedule has several
// components), with headers that name the scenario's figures. Uses planApply's machinery. Pure.
import { localize, toPlainAmounts } from "../allocation";
import type { Allocation, Component, ComponentResult, Overrides, Schedule } from "../allocation/types";
import { countColumn, isRated, rateDescription, type RatedComponent } from "./formula-mode";
import type { Lang } from "../allocation";
import { plannedHeaders } from "./plan-apply";
import { buildAudit } from "./plan-audit";
import { planError } from "./plan-error";
import { editRemarks, scenarioChanges } from "./what-if";
import { componentFill, fillContext, prepareFormulas, totalFill, type TotalTerm } from "./plan-fills";
import { assemblePlan, headerIndex, placeColumns, totalsRowFor, type ColumnFill, type ColumnSpec } from "./plan-layout";
import type { DetectedTable, FormulaOptions, Grid, SheetBlock, WritePlan } from "./types";

export { scenarioChanges } from "./what-if";

export interface PlanScenarioArgs {
  grid: Grid;
  table: DetectedTable;
  /** The scenario's allocation: computed with the edited schedule (applyOverrides). */
  allocation: Allocation;
  /** The schedule as agreed; components whose rate or total differs from it get columns. */
  agreedSchedule: Schedule;
  lang: Lang;
  toolVersion: string;
  now: Date;
  /** The edits, as the pane holds them (recorded in the audit). */
  overrides?: Overrides;
  /** Budget lines, for the audit record only (a scenario writes no budget-line columns). */
  budgetLines?: Record<string, string>;
  /** Formula mode, as in planApply. */
  formulas?: FormulaOptions;
}

/**
 * The scenario's column headers: `Bijdrage uitbreiding 2023 (scenario € 0,09)` for a changed
 * component (with several changes each names them all: `(scenario basis € 0,10, uitbreiding
 * € 0,09)`), and with several components `Bijdrage totaal 2023 (scenario uitbreiding € 0,09)`.
 * The same scenario gives the same headers; another scenario other headers.
 */
export function scenarioHeaders(scenario: Schedule, changed: readonly string[], lang: Lang, agreed?: Schedule): ColumnSpec[] {
  const remarks = editRemarks("scenario", scenario, changed, lang, agreed);
  const out: ColumnSpec[] = [];
  for (const h of plannedHeaders(scenario, lang)) {
    if (h.role === "amount" && h.componentId !== undefined && changed.includes(h.componentId)) {
      out.push({ header: `${h.header} (${remarks.own(h.componentId)})`, role: "amount", componentId: h.componentId });
    } else if (h.role === "total") {
      out.push({ header: `${h.header} (${remarks.all})`, role: "total" });
    }
  }
  return out;
}

export function planScenario(args: PlanScenarioArgs): WritePlan {
  const { grid, table, allocation, lang } = args;
  const schedule = allocation.schedule;
  if (allocation.totals.length !== table.rows.length) {
    throw new Error(
      `planScenario: de verdeling heeft ${allocation.totals.length} gemeenten, de tabel ${table.rows.length} / ` +
        `the allocation has ${allocation.totals.length} municipalities, the table ${table.rows.length}`,
    );
  }
  const changed = scenarioChanges(args.agreedSchedule, schedule);
  if (changed.length === 0) {
    throw planError("scenario-unchanged", (m) => m.scenarioUnchanged(schedule.id));
  }

  // Right of everything in the header row; the same scenario finds its own columns again.
  const index = headerIndex(grid, table);
  const columns = placeColumns(scenarioHeaders(schedule, changed, lang, args.agreedSchedule), index, Math.max(index.lastHeaderColumn, table.lastColumn) + 1);
  const totalsRow = totalsRowFor(grid, table, columns.map((c) => c.column));
  const hasTotal = columns.some((c) => c.role === "total");

  const ctx = fillContext(table, allocation, lang);
  let ratesBlock: SheetBlock | undefined;
  if (args.formulas) {
    // Changed rated components (per inhabitant, per unit) get a scenario row; the total needs the others too.
    const lines = schedule.components
      .filter((c): c is RatedComponent => isRated(c) && (hasTotal || changed.includes(c.id)))
      .map((c) => {
        const label = localize(c.label, lang);
        return { component: c, description: rateDescription(c, changed.includes(c.id) ? `${label} (scenario)` : label, lang) };
      });
    ratesBlock = prepareFormulas(ctx, args.formulas, lines, lang);
  }
  const resultById = new Map(allocation.components.map((c) => [c.componentId, c]));
  const columnOf = new Map(columns.filter((c) => c.componentId !== undefined).map((c) => [c.componentId as string, c.column]));
  // Formula mode: the scenario total adds the row's scenario cells and, for the components the
  // scenario leaves alone, their agreed amount (inline per inhabitant, else the value).
  const terms: TotalTerm[] = !ctx.refs
    ? []
    : schedule.components.map((c): TotalTerm => {
        const column = columnOf.get(c.id);
        if (column !== undefined) return { kind: "column", column };
        const ref = ctx.refs?.get(c.id);
        if (ref && isRated(c)) return { kind: "inline", ref, count: countColumn(table, c) };
        const result = resultById.get(c.id) as ComponentResult;
        return { kind: "values", texts: toPlainAmounts(result.units ?? result.amounts, schedule.rounding) };
      });
  const fills: ColumnFill[] = columns.map((pc) => {
    if (pc.role === "total") return totalFill(ctx, pc.column, terms);
    const component = schedule.components.find((c) => c.id === pc.componentId) as Component;
    return componentFill(ctx, pc.column, component, resultById.get(component.id) as ComponentResult);
  });

  const budgetLines = args.budgetLines ?? {};
  const lineOf = (id: string): string =>
    budgetLines[id] ?? args.overrides?.budgetLines?.[id] ?? schedule.components.find((c) => c.id === id)?.budgetLine ?? "";
  const plan: WritePlan = {
    ...assemblePlan({ grid, table, columns, fills, totalsRow, lang }),
    audit: buildAudit({ ...args, columns, lineOf, ratesBlock, scenario: { changed } }),
  };
  if (ratesBlock) plan.otherBlocks = [ratesBlock];
  return plan;
}
