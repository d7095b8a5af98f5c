// Whether a write plan fits on its sheet before anything is written: the new columns within
// Excel's last column (XFD), the totals row within its last row (1,048,576), and the new columns
// clear of the sheet's other Excel tables. A plan that does not fit is refused, naming the cell.
import { columnLetters, rectToA1, rectsIntersect, toA1 } from "../workbook/address";
import type { TableInfo, WritePlan } from "../workbook/types";
import { CliError } from "./errors";
import { cliMessages } from "./i18n";
import type { Lang } from "./lang";
import { MAX_COLS, MAX_ROWS } from "./xlsx/sheet-read";

export type PlanFitProblem =
  | { kind: "no-room-right"; row: number; column: number }
  | { kind: "no-room-below"; row: number; column: number; lastRow: number }
  | { kind: "overlaps-table"; table: string; rect: TableInfo["rect"]; row: number; column: number };

export function planFitProblem(plan: WritePlan, tables: readonly TableInfo[], table?: TableInfo): PlanFitProblem | undefined {
  let width = 0;
  for (const r of plan.cells) width = Math.max(width, r.length);
  const right = plan.left + width - 1;
  if (right >= MAX_COLS) return { kind: "no-room-right", row: plan.top, column: MAX_COLS };
  let bottom = Math.max(plan.top + plan.cells.length - 1, plan.totalsRow);
  for (const e of plan.extraCells ?? []) bottom = Math.max(bottom, e.row);
  if (bottom >= MAX_ROWS) return { kind: "no-room-below", row: bottom, column: plan.left, lastRow: bottom - 1 };
  for (const other of tables) {
    if (other.name === table?.name) continue;
    for (const c of plan.columns) {
      if (!c.existing && rectsIntersect(other.rect, { top: plan.top, bottom, left: c.column, right: c.column })) {
        return { kind: "overlaps-table", table: other.name, rect: other.rect, row: Math.max(plan.top, other.rect.top), column: c.column };
      }
    }
  }
  return undefined;
}

/** The refusal for a plan that does not fit (exit 2, nothing written). */
export function planFitError(problem: PlanFitProblem, shown: string, sheet: string, lang: Lang): CliError {
  const m = cliMessages(lang);
  switch (problem.kind) {
    case "no-room-right":
      return new CliError(m.noRoomRight(shown, sheet, toA1(problem.row, MAX_COLS - 1)));
    case "no-room-below":
      return new CliError(m.noRoomBelow(shown, sheet, problem.row + 1, MAX_ROWS, toA1(problem.lastRow, problem.column)));
    case "overlaps-table":
      return new CliError(m.tableInTheWay(shown, sheet, columnLetters(problem.column), problem.table, rectToA1(problem.rect), toA1(problem.row, problem.column)));
  }
}
