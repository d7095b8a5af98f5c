// What an amount or total column holds, as values or (formula mode) as formulas: shared by
// planApply and planScenario. Pure.
import { toPlainAmount, toPlainAmounts, unitDecimals } from "../allocation";
import type { Allocation, Component, ComponentResult } from "../allocation/types";
import { cellRef, checkFormulaMode, columnSumFormula, countColumn, isRated, rateLine, ratedExpression, type RatedComponent } from "./formula-mode";
import type { Lang } from "./messages";
import type { ColumnFill } from "./plan-layout";
import { planRatesBlock, type RateRef } from "./rates-block";
import { euroNumberFormat } from "./euro-format";
import type { DetectedTable, FormulaOptions, PlannedCell, SheetBlock } from "./types";

export interface FillContext {
  table: DetectedTable;
  allocation: Allocation;
  format: string;
  decimals: 0 | 2;
  /** Formula mode: the rates block row of each rated component (per inhabitant, per unit) that needs one. */
  refs?: Map<string, RateRef>;
}

export function fillContext(table: DetectedTable, allocation: Allocation, lang: Lang): FillContext {
  const decimals = unitDecimals(allocation.schedule.rounding);
  return { table, allocation, format: euroNumberFormat(decimals, lang), decimals };
}

/**
 * Formula mode: checks that formulas can give the core's figures and plans the rates block
 * for the given rated components (with their descriptions). Adds `refs` to `ctx`.
 */
export function prepareFormulas(
  ctx: FillContext,
  options: FormulaOptions,
  lines: readonly { component: RatedComponent; description: string }[],
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

/**
 * A component's amounts in `column`: per inhabitant or per unit a formula each in formula mode
 * (the row's population or measure cell × the rate), else values.
 */
export function componentFill(ctx: FillContext, column: number, component: Component, result: ComponentResult): ColumnFill {
  const amounts = texts(ctx, () => result.amounts, result.units);
  const totals = sumCell(ctx, column, result.total);
  const ref = ctx.refs?.get(component.id);
  if (!ref || !isRated(component)) return { kind: "amounts", texts: amounts, format: ctx.format, totals };
  const { rows } = ctx.table;
  const count = countColumn(ctx.table, component);
  const { format, decimals } = ctx;
  return {
    kind: "cells",
    cellOf: (i) => ({
      kind: "formula",
      formula: "=" + ratedExpression(cellRef(rows[i].row, count), ref, decimals),
      value: amounts[i],
      format,
    }),
    totals,
  };
}

/** One term of a total formula: a cell of the row, a rated amount inline (its count column × its rate), or a value. */
export type TotalTerm =
  | { kind: "column"; column: number }
  | { kind: "inline"; ref: RateRef; count: number }
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
  const { rows } = ctx.table;
  return {
    kind: "cells",
    cellOf: (i) => {
      const row = rows[i].row;
      const parts = terms.map((t) =>
        t.kind === "column"
          ? cellRef(row, t.column)
          : t.kind === "inline"
            ? ratedExpression(cellRef(row, t.count), t.ref, decimals)
            : t.texts[i],
      );
      return { kind: "formula", formula: "=" + parts.join("+"), value: amounts[i], format };
    },
    totals,
  };
}
