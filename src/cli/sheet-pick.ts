// Which sheet a command works on, and the table detected on it.
// --sheet NAME picks a sheet (hidden ones too). Without it: the first visible sheet on which
// detection finds a table; when none does, the first visible sheet (its findings explain why).
import type ExcelJS from "exceljs";
import { detectTable } from "../workbook";
import type { ColumnChoice, DetectResult, Grid } from "../workbook/types";
import type { ParsedArgs } from "./args";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";
import { worksheetToGrid } from "./xlsx-grid";
import { isVisible, sheetByName } from "./xlsx-read";

export interface PickedSheet {
  ws: ExcelJS.Worksheet;
  grid: Grid;
  detect: DetectResult;
}

export function columnChoice(args: ParsedArgs): ColumnChoice | undefined {
  const choice: ColumnChoice = {};
  if (args.nameColumn) choice.nameColumn = args.nameColumn;
  if (args.populationColumn) choice.populationColumn = args.populationColumn;
  return Object.keys(choice).length > 0 ? choice : undefined;
}

export function pickSheet(wb: ExcelJS.Workbook, args: ParsedArgs, shown: string, lang: Lang): PickedSheet {
  const choice = columnChoice(args);
  if (args.sheet) {
    const ws = sheetByName(wb, args.sheet, shown, lang);
    const grid = worksheetToGrid(ws);
    return { ws, grid, detect: detectTable(grid, choice) };
  }
  const visible = wb.worksheets.filter(isVisible);
  if (visible.length === 0) {
    throw new CliError(tr(lang, `${shown} heeft geen zichtbaar werkblad; kies er een met --sheet.`, `${shown} has no visible sheet; choose one with --sheet.`));
  }
  let first: PickedSheet | undefined;
  for (const ws of visible) {
    const grid = worksheetToGrid(ws);
    const detect = detectTable(grid, choice);
    const picked = { ws, grid, detect };
    if (detect.table) return picked;
    first ??= picked;
  }
  return first as PickedSheet;
}
