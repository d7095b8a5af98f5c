// The workbook layer's planners, as the pane calls them: what Toepassen and Opslaan als scenario
// write (values or formulas), and the Controle report's cells. Loaded when the user first acts
// (Pane.tsx imports this module dynamically), not when the pane opens.
import type { Lang } from "../../allocation";
import { planApply, planControleReport, planScenario, type PlanApplyArgs } from "../../workbook";
import type { Grid, PlannedCell, WritePlan } from "../../workbook/types";
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
