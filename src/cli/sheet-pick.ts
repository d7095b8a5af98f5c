// Which sheet a command works on, and the table detected on it.
// --sheet NAME picks a worksheet (hidden ones too). Without it: the first visible worksheet on
// which detection finds a table; when none does, the first visible one (its findings explain why).
import { detectTable } from "../workbook";
import type { ColumnChoice, DetectResult, Grid } from "../workbook/types";
import type { ParsedArgs } from "./args";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";
import type { ReadSheet, XlsxBook } from "./xlsx/book";
import { sheetGrid } from "./xlsx-grid";
import { isVisible, readWorksheet, sheetByName } from "./xlsx-read";

export interface PickedSheet {
  sheet: ReadSheet;
  /** The sheet's name. */
  name: string;
  grid: Grid;
  detect: DetectResult;
}

export function columnChoice(args: ParsedArgs): ColumnChoice | undefined {
  const choice: ColumnChoice = {};
  if (args.nameColumn) choice.nameColumn = args.nameColumn;
  if (args.populationColumn) choice.populationColumn = args.populationColumn;
  return Object.keys(choice).length > 0 ? choice : undefined;
}

export function pickSheet(book: XlsxBook, args: ParsedArgs, shown: string, lang: Lang): PickedSheet {
  const choice = columnChoice(args);
  const read = (info: XlsxBook["sheets"][number]): PickedSheet => {
    const sheet = readWorksheet(book, info, shown, lang);
    const grid = sheetGrid(sheet);
    return { sheet, name: info.name, grid, detect: detectTable(grid, choice) };
  };
  if (args.sheet) return read(sheetByName(book, args.sheet, shown, lang));
  const visible = book.sheets.filter((s) => s.kind === "worksheet" && isVisible(s));
  if (visible.length === 0) {
    throw new CliError(tr(lang, `${shown} heeft geen zichtbaar werkblad; kies er een met --sheet.`, `${shown} has no visible sheet; choose one with --sheet.`));
  }
  let first: PickedSheet | undefined;
  for (const info of visible) {
    const picked = read(info);
    if (picked.detect.table) return picked;
    first ??= picked;
  }
  return first as PickedSheet;
}
