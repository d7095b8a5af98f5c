// The report workbook of `verdeel verify --out REPORT.xlsx`: a new workbook with one sheet
// `Controle` holding the cells of the workbook layer's planControleReport, the same sheet the
// task pane writes with "Controleverslag maken" (one implementation of content, labels, layout).
import { CONTROLE_SHEET, planControleReport, sameHeader, type ControleCheck, type ControleReportArgs, type Grid, type VerifyPlan } from "../workbook";
import { XlsxBook } from "./xlsx/book";
import { cellBlockPatch } from "./xlsx-cells";

/**
 * The checks with the column each was read from, so the report shows letters (`E: Bijdrage
 * uitbreiding 2023`): among the columns planVerify read for the check's target, the one whose
 * header is the check's header. A check whose column is not found stays without one.
 */
export function checksWithColumns(
  checks: readonly { target: string; header: string }[],
  cells: VerifyPlan["cells"],
  grid: Grid,
  headerRow: number,
): ControleCheck[] {
  // The distinct (target, column) pairs: a handful, however many rows were read.
  const read = new Map<string, Set<number>>();
  for (const c of cells) {
    let cols = read.get(c.target);
    if (!cols) read.set(c.target, (cols = new Set()));
    cols.add(c.col);
  }
  const header = (col: number): unknown => grid.values[headerRow - grid.top]?.[col - grid.left];
  return checks.map((check) => {
    const column = [...(read.get(check.target) ?? [])].find((col) => sameHeader(header(col), check.header));
    return column === undefined ? { ...check } : { ...check, column };
  });
}

/**
 * The report as a new workbook with one sheet, Controle. Deterministic for a given `now`:
 * creator `verdeel VERSION`, created and modified `now`.
 */
export function controleReportBook(args: ControleReportArgs & { toolVersion: string }): XlsxBook {
  const book = XlsxBook.create(`verdeel ${args.toolVersion}`, args.now);
  book.addSheet(CONTROLE_SHEET, cellBlockPatch(planControleReport(args)));
  return book;
}
