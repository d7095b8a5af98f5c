// planScenario: a what-if allocation written as extra columns beside the agreed ones, one per
// component whose rate or total was edited (plus a scenario total when the schedule has several
// components), with headers that name the scenario's figures. Uses planApply's machinery. Pure.
import { Decimal } from "../allocation/decimal";
import { localize, toPlainAmounts } from "../allocation";
import type { Allocation, Component, ComponentResult, Overrides, PerInhabitantComponent, Schedule } from "../allocation/types";
import type { Lang } from "./messages";
import { plannedHeaders } from "./plan-apply";
import { buildAudit } from "./plan-audit";
import { PlanError } from "./plan-error";
import { componentFill, fillContext, prepareFormulas, totalFill, type TotalTerm } from "./plan-fills";
import { assemblePlan, headerIndex, placeColumns, totalsRowFor, type ColumnFill, type ColumnSpec } from "./plan-layout";
import { formatDecimalText, inlineLabel } from "./text-format";
import type { DetectedTable, FormulaOptions, Grid, SheetBlock, WritePlan } from "./types";

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

function figureOf(c: Component): string | undefined {
  if (c.kind === "per-inhabitant" || c.kind === "per-unit") return c.rate;
  if (c.kind === "share-of-total" || c.kind === "fixed-percentage") return c.total;
  return undefined;
}

/** Everything a scenario may not change (all but rates, totals, weights and percentages), to tell it from another schedule. */
function shapeOf(c: Component): string {
  return JSON.stringify([
    c.id,
    c.kind,
    c.period ?? null,
    c.kind === "fixed-amount" ? c.amounts : null,
    c.kind === "share-of-total" ? (c.key ?? []).map((k) => k.measure) : null,
    c.kind === "fixed-percentage" ? Object.keys(c.percentages) : null,
    c.kind === "per-unit" ? c.measure : null,
  ]);
}

const differ = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && !new Decimal(a).eq(b);

/** What a scenario changed in one component: its figure, its key's weights, its percentages (only the changed ones). */
interface ComponentChange {
  figure: boolean;
  weights: boolean;
  percentages: string[];
}

function changeOf(agreed: Component, now: Component): ComponentChange {
  const change: ComponentChange = { figure: differ(figureOf(now), figureOf(agreed)), weights: false, percentages: [] };
  if (now.kind === "share-of-total" && agreed.kind === "share-of-total" && now.key && agreed.key) {
    change.weights = now.key.some((k, j) => differ(k.weight, agreed.key?.[j]?.weight));
  }
  if (now.kind === "fixed-percentage" && agreed.kind === "fixed-percentage") {
    change.percentages = Object.keys(now.percentages).filter((k) => differ(now.percentages[k], agreed.percentages[k]));
  }
  return change;
}

/**
 * The ids of the components whose rate (per inhabitant) or total (share of a total) differs
 * between the agreed schedule and the scenario, in schedule order. Throws a PlanError when the
 * two are not the same schedule apart from rates and totals.
 */
export function scenarioChanges(agreed: Schedule, scenario: Schedule): string[] {
  const same =
    agreed.id === scenario.id &&
    agreed.rounding.unit === scenario.rounding.unit &&
    agreed.rounding.mode === scenario.rounding.mode &&
    agreed.components.length === scenario.components.length &&
    agreed.components.every((c, i) => shapeOf(c) === shapeOf(scenario.components[i]));
  if (!same) {
    throw new PlanError(
      "scenario-other-schedule",
      `Het scenario hoort niet bij verdeelsleutel ${agreed.id}: alleen tarieven en totalen mogen verschillen.`,
      `The scenario does not belong to schedule ${agreed.id}: only rates and totals may differ.`,
    );
  }
  const changed: string[] = [];
  scenario.components.forEach((c, i) => {
    const change = changeOf(agreed.components[i], c);
    if (change.figure || change.weights || change.percentages.length > 0) changed.push(c.id);
  });
  return changed;
}

/** "€ 0,09" for a rate, "€ 120.000" for a total (English "€ 0.09", "€ 120,000"). */
function money(c: Component, lang: Lang): string {
  const value = new Decimal(figureOf(c) ?? "0").toString();
  const min = c.kind === "per-inhabitant" || c.kind === "per-unit" || value.includes(".") ? 2 : 0;
  return `€ ${formatDecimalText(value, lang, min)}`;
}

/** What the scenario does to a component: "€ 0,09", "gewichten inwoners 0,6, woningen 0,4", "percentages Venlo 35 %". */
function changeText(agreed: Component | undefined, c: Component, lang: Lang): string {
  const change = agreed ? changeOf(agreed, c) : { figure: true, weights: false, percentages: [] };
  const parts: string[] = [];
  if (change.figure) parts.push(money(c, lang));
  if (change.weights && c.kind === "share-of-total") {
    const weights = (c.key ?? []).map((k) => `${k.measure} ${formatDecimalText(new Decimal(k.weight).toString(), lang)}`).join(", ");
    parts.push(`${lang === "nl" ? "gewichten" : "weights"} ${weights}`);
  }
  if (change.percentages.length > 0 && c.kind === "fixed-percentage") {
    parts.push(`percentages ${change.percentages.map((k) => `${k} ${formatDecimalText(new Decimal(c.percentages[k]).toString(), lang)} %`).join(", ")}`);
  }
  return parts.join(", ");
}

/**
 * The scenario's column headers: `Bijdrage uitbreiding 2023 (scenario € 0,09)` for a changed
 * component (with several changes each names them all: `(scenario basis € 0,10, uitbreiding
 * € 0,09)`), and with several components `Bijdrage totaal 2023 (scenario uitbreiding € 0,09)`.
 * The same scenario gives the same headers; another scenario other headers.
 */
export function scenarioHeaders(scenario: Schedule, changed: readonly string[], lang: Lang, agreed?: Schedule): ColumnSpec[] {
  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  const what = (id: string): string => changeText(agreed?.components.find((x) => x.id === id), byId.get(id) as Component, lang);
  const named = changed.map((id) => `${inlineLabel(localize((byId.get(id) as Component).label, lang))} ${what(id)}`);
  const all = `scenario ${named.join(", ")}`;
  const out: ColumnSpec[] = [];
  for (const h of plannedHeaders(scenario, lang)) {
    if (h.role === "amount" && h.componentId !== undefined && changed.includes(h.componentId)) {
      const own = changed.length === 1 ? `scenario ${what(h.componentId)}` : all;
      out.push({ header: `${h.header} (${own})`, role: "amount", componentId: h.componentId });
    } else if (h.role === "total") {
      out.push({ header: `${h.header} (${all})`, role: "total" });
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
    throw new PlanError(
      "scenario-unchanged",
      `Het scenario wijzigt geen tarief of totaal van verdeelsleutel ${schedule.id}: er is niets om naast de vastgestelde bedragen te zetten.`,
      `The scenario changes no rate or total of schedule ${schedule.id}: there is nothing to put beside the agreed amounts.`,
    );
  }

  // Right of everything in the header row; the same scenario finds its own columns again.
  const index = headerIndex(grid, table);
  const columns = placeColumns(scenarioHeaders(schedule, changed, lang, args.agreedSchedule), index, Math.max(index.lastHeaderColumn, table.lastColumn) + 1);
  const totalsRow = totalsRowFor(grid, table, columns.map((c) => c.column));
  const hasTotal = columns.some((c) => c.role === "total");

  const ctx = fillContext(table, allocation);
  let ratesBlock: SheetBlock | undefined;
  if (args.formulas) {
    // Changed per-inhabitant components get a scenario row; the total needs the others too.
    const lines = schedule.components
      .filter((c): c is PerInhabitantComponent => c.kind === "per-inhabitant" && (hasTotal || changed.includes(c.id)))
      .map((c) => {
        const label = localize(c.label, lang);
        return { component: c, description: changed.includes(c.id) ? `${label} (scenario)` : label };
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
        if (ref) return { kind: "inline", ref };
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
