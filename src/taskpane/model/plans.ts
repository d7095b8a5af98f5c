// The workbook layer's planners, as the pane calls them: what Toepassen and Opslaan als scenario
// write (values or formulas), which columns Controleren suggests, and the Controle report's cells.
import { localize, type Lang } from "../../allocation";
import type { Schedule } from "../../allocation/types";
import { planApply, planControleReport, planScenario, suggestChecks, type PlanApplyArgs } from "../../workbook";
import type { DetectedTable, Grid, PlannedCell, WritePlan } from "../../workbook/types";
import type { VerifyOutcome } from "../useVerifyFlow";
import { TOOL_VERSION } from "../version";

/** What Toepassen writes; in formula mode per-inhabitant amounts refer to the Tarieven block. */
export function applyPlan(args: PlanApplyArgs, asFormulas: boolean, ratesSheet: Grid | undefined): WritePlan {
  return planApply(asFormulas ? { ...args, formulas: ratesSheet ? { ratesSheet } : {} } : args);
}

/** What Opslaan als scenario writes: extra columns beside the agreed ones. */
export function scenarioPlan(args: PlanApplyArgs, asFormulas: boolean, ratesSheet: Grid | undefined): WritePlan {
  const agreed = args.agreedSchedule ?? args.allocation.schedule;
  return planScenario({
    grid: args.grid,
    table: args.table,
    allocation: args.allocation,
    agreedSchedule: agreed,
    lang: args.lang,
    toolVersion: args.toolVersion,
    now: args.now,
    ...(args.overrides ? { overrides: args.overrides } : {}),
    budgetLines: args.budgetLines,
    ...(asFormulas ? { formulas: ratesSheet ? { ratesSheet } : {} } : {}),
  });
}

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

/** The cells of the Controle report sheet for a check's outcome. */
export function controleReportCells(outcome: VerifyOutcome, lang: Lang): PlannedCell[][] {
  return planControleReport({
    report: outcome.report,
    schedule: outcome.schedule,
    checks: outcome.checks,
    sheet: outcome.sheet,
    tolerance: outcome.tolerance,
    now: outcome.at,
    lang,
    toolVersion: TOOL_VERSION,
  });
}
