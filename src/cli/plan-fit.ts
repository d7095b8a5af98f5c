// Whether a write plan fits on its sheet before anything is written: the new columns within
// Excel's last column (XFD), the totals row within its last row (1,048,576), and the new columns
// clear of the sheet's other Excel tables. A plan that does not fit is refused, naming the cell.
import { columnLetters, rectToA1, rectsIntersect, toA1 } from "../workbook/address";
import type { TableInfo, WritePlan } from "../workbook/types";
import { CliError } from "./errors";
import { formatCount, tr, type Lang } from "./lang";
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
  const where = tr(lang, `${shown}, werkblad ${sheet}`, `${shown}, sheet ${sheet}`);
  switch (problem.kind) {
    case "no-room-right":
      return new CliError(
        tr(
          lang,
          `${where}: de nieuwe kolommen passen niet rechts van de gegevens; ze zouden voorbij kolom XFD komen, de laatste kolom van Excel (cel ${toA1(problem.row, MAX_COLS - 1)}). Er is niets geschreven. Verplaats de tabel naar links of maak de kolommen rechts ervan vrij.`,
          `${where}: the new columns do not fit right of the data; they would go past column XFD, Excel's last column (cell ${toA1(problem.row, MAX_COLS - 1)}). Nothing was written. Move the table to the left or clear the columns right of it.`,
        ),
      );
    case "no-room-below":
      return new CliError(
        tr(
          lang,
          `${where}: de totaalrij zou op rij ${formatCount(problem.row + 1, lang)} komen, onder de laatste rij van Excel (rij ${formatCount(MAX_ROWS, lang)}, cel ${toA1(problem.lastRow, problem.column)}). Er is niets geschreven. Maak onder de gegevens een rij vrij.`,
          `${where}: the totals row would go on row ${formatCount(problem.row + 1, lang)}, below Excel's last row (row ${formatCount(MAX_ROWS, lang)}, cell ${toA1(problem.lastRow, problem.column)}). Nothing was written. Free a row below the data.`,
        ),
      );
    case "overlaps-table":
      return new CliError(
        tr(
          lang,
          `${where}: de nieuwe kolom ${columnLetters(problem.column)} zou over de tabel ${problem.table} (${rectToA1(problem.rect)}) heen komen, bij cel ${toA1(problem.row, problem.column)}. Er is niets geschreven. Verplaats die tabel of maak ruimte naast de gegevens.`,
          `${where}: the new column ${columnLetters(problem.column)} would run into the table ${problem.table} (${rectToA1(problem.rect)}) at cell ${toA1(problem.row, problem.column)}. Nothing was written. Move that table or make room beside the data.`,
        ),
      );
  }
}
