// What an amount or total column holds, as values or (formula mode) as formulas: shared by
// planApply and planScenario. Pure.
import { toPlainAmount, toPlainAmounts, unitDecimals } from "../allocation";
import type { Allocation, Component, ComponentResult, PerInhabitantComponent } from "../allocation/types";
import { cellRef, checkFormulaMode, columnSumFormula, perInhabitantExpression, rateLine } from "./formula-mode";
import type { Lang } from "../allocation";
import type { ColumnFill } from "./plan-layout";
import { planRatesBlock, type RateRef } from "./rates-block";
import { euroNumberFormat } from "./euro-format";
import type { DetectedTable, FormulaOptions, PlannedCell, SheetBlock } from "./types";

export interface FillContext {
  table: DetectedTable;
  allocation: Allocation;
  format: string;
  decimals: 0 | 2;
  /** Formula mode: the rates block row of each per-inhabitant component that needs one. */
  refs?: Map<string, RateRef>;
}

export function fillContext(table: DetectedTable, allocation: Allocation, lang: Lang): FillContext {
  const decimals = unitDecimals(allocation.schedule.rounding);
  return { table, allocation, format: euroNumberFormat(decimals, lang), decimals };
}

/**
 * Formula mode: checks that formulas can give the core's figures and plans the rates block
 * for the given per-inhabitant components (with their descriptions). Adds `refs` to `ctx`.
 */
export function prepareFormulas(
  ctx: FillContext,
  options: FormulaOptions,
  lines: readonly { component: PerInhabitantComponent; description: string }[],
  lang: Lang,
): SheetBlock | undefined {
  const schedule = ctx.allocation.schedule;
  checkFormulaMode(schedule, ctx.table, lines.map((l) => l.component));
  const { refs, block } = planRatesBlock(options.ratesSheet, lines.map((l) => rateLine(schedule, l.component, l.description)), lang);
  ctx.refs = new Map(lines.map((l, k) => [l.component.id, refs[k]]));
  return block;
}

/** Amount texts from the integer units when the allocation has them (no Decimal is made), else from the Decimals. */
function texts(ctx: FillContext, amounts: () => ComponentResult["amounts"], units: ComponentResult["units"]): string[] {
  return toPlainAmounts(units ?? amounts(), ctx.allocation.schedule.rounding);
}

function sumCell(ctx: FillContext, column: number, total: ComponentResult["total"]): PlannedCell {
  const value = toPlainAmount(total, ctx.allocation.schedule.rounding);
  const formula = ctx.refs ? columnSumFormula(column, ctx.table.rows) : undefined;
  return formula ? { kind: "formula", formula, value, format: ctx.format } : { kind: "number", value, format: ctx.format };
}

/** A component's amounts in `column`: per inhabitant a formula each in formula mode, else values. */
export function componentFill(ctx: FillContext, column: number, component: Component, result: ComponentResult): ColumnFill {
  const amounts = texts(ctx, () => result.amounts, result.units);
  const totals = sumCell(ctx, column, result.total);
  const ref = ctx.refs?.get(component.id);
  if (!ref || component.kind !== "per-inhabitant") return { kind: "amounts", texts: amounts, format: ctx.format, totals };
  const { rows, populationColumn } = ctx.table;
  const { format, decimals } = ctx;
  return {
    kind: "cells",
    cellOf: (i) => ({
      kind: "formula",
      formula: "=" + perInhabitantExpression(cellRef(rows[i].row, populationColumn), ref, decimals),
      value: amounts[i],
      format,
    }),
    totals,
  };
}

/** One term of a total formula: a cell of the row, a per-inhabitant amount inline, or a value. */
export type TotalTerm =
  | { kind: "column"; column: number }
  | { kind: "inline"; ref: RateRef }
  | { kind: "values"; texts: readonly string[] };

/**
 * The per-municipality total in `column`: values, or in formula mode the sum of the row's terms
 * (`=C2+D2`).
 */
export function totalFill(ctx: FillContext, column: number, terms: readonly TotalTerm[]): ColumnFill {
  const { allocation, format, decimals } = ctx;
  const amounts = texts(ctx, () => allocation.totals, allocation.totalUnits);
  const totals = sumCell(ctx, column, allocation.grandTotal);
  if (!ctx.refs) return { kind: "amounts", texts: amounts, format, totals };
  const { rows, populationColumn } = ctx.table;
  return {
    kind: "cells",
    cellOf: (i) => {
      const row = rows[i].row;
      const parts = terms.map((t) =>
        t.kind === "column"
          ? cellRef(row, t.column)
          : t.kind === "inline"
            ? perInhabitantExpression(cellRef(row, populationColumn), t.ref, decimals)
            : t.texts[i],
      );
      return { kind: "formula", formula: "=" + parts.join("+"), value: amounts[i], format };
    },
    totals,
  };
}
