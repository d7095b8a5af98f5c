// Which sheet a command works on, and the table detected on it.
// --sheet NAME picks a worksheet (hidden ones too). Without it: the first visible worksheet on
// which detection finds a table; when none does, the first visible one (its findings explain why).
// Detection reads what the schedule needs: its measures besides the population, and the CBS
// period its populationDate asks for (else the latest).
import { measuresUsed, POPULATION_MEASURE } from "../allocation";
import type { Schedule } from "../allocation/types";
import { detectOptionsFor, detectTable } from "../workbook";
import type { ColumnChoice, DetectResult, Grid } from "../workbook/types";
import type { ParsedArgs } from "./args";
import { CliError } from "./errors";
import { cliMessages } from "./i18n";
import type { Lang } from "./lang";
import { contradiction } from "./schedule-source";
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

/**
 * --measure-column MEASURE=HEADER as the choice's measureColumns: only for measures the schedule
 * uses besides the population (a typo would otherwise be ignored); the same measure twice with
 * different headers is refused, as --rate is.
 */
function measureColumns(args: ParsedArgs, schedule: Schedule, lang: Lang): Record<string, string> | undefined {
  if (args.measureColumns.length === 0) return undefined;
  const used = measuresUsed(schedule.components).filter((m) => m !== POPULATION_MEASURE);
  const out: Record<string, string> = {};
  for (const { component: typed, value: header } of args.measureColumns) {
    const measure = typed.toLowerCase();
    if (measure === POPULATION_MEASURE) {
      throw new CliError(cliMessages(lang).measureIsPopulation(measure, header));
    }
    if (!used.includes(measure)) {
      const list = used.length > 0 ? used.join(", ") : cliMessages(lang).noOtherMeasures;
      throw new CliError(cliMessages(lang).unknownMeasure(measure, schedule.id, list));
    }
    const earlier = out[measure];
    if (earlier !== undefined && earlier !== header) throw contradiction(lang, "measure-column", measure, earlier, header);
    out[measure] = header;
  }
  return out;
}

/** The columns the user chose by hand (--name-column, --population-column, --measure-column). */
export function columnChoice(args: ParsedArgs, schedule: Schedule, lang: Lang): ColumnChoice | undefined {
  const choice: ColumnChoice = {};
  if (args.nameColumn) choice.nameColumn = args.nameColumn;
  if (args.populationColumn) choice.populationColumn = args.populationColumn;
  const measures = measureColumns(args, schedule, lang);
  if (measures) choice.measureColumns = measures;
  return Object.keys(choice).length > 0 ? choice : undefined;
}

export function pickSheet(book: XlsxBook, args: ParsedArgs, schedule: Schedule, shown: string, lang: Lang): PickedSheet {
  const choice = columnChoice(args, schedule, lang);
  const options = detectOptionsFor(schedule);
  const read = (info: XlsxBook["sheets"][number]): PickedSheet => {
    const sheet = readWorksheet(book, info, shown, lang);
    const grid = sheetGrid(sheet);
    return { sheet, name: info.name, grid, detect: detectTable(grid, choice, options) };
  };
  if (args.sheet) return read(sheetByName(book, args.sheet, shown, lang));
  const visible = book.sheets.filter((s) => s.kind === "worksheet" && isVisible(s));
  if (visible.length === 0) {
    throw new CliError(cliMessages(lang).noVisibleSheet(shown));
  }
  let first: PickedSheet | undefined;
  for (const info of visible) {
    const picked = read(info);
    if (picked.detect.table) return picked;
    first ??= picked;
  }
  return first as PickedSheet;
}
