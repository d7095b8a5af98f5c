// Carries a write plan out on an in-memory workbook and lets HyperFormula (an independent
// spreadsheet engine) compute its formulas, as Excel would after the add-in's write.
import { HyperFormula } from "hyperformula";
import { Decimal } from "../../src/allocation";
import type { Allocation } from "../../src/allocation/types";
import type { CellValue, DetectedTable, Grid, PlannedCell, WritePlan } from "../../src/workbook/types";

type Raw = number | string | boolean | null;
type Sheets = Record<string, Raw[][]>;

function put(sheets: Sheets, sheet: string, row: number, col: number, v: Raw): void {
  const rows = (sheets[sheet] ??= []);
  while (rows.length <= row) rows.push([]);
  const r = rows[row];
  while (r.length <= col) r.push(null);
  r[col] = v;
}

function rawOf(v: CellValue): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return v instanceof Date ? v.toISOString() : `#${v.error}`;
  return v;
}

function copyGrid(sheets: Sheets, grid: Grid): void {
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = grid.formulas?.[r]?.[c];
      put(sheets, grid.sheet, grid.top + r, grid.left + c, typeof f === "string" && f !== "" ? f : rawOf(v));
    }),
  );
}

function write(sheets: Sheets, sheet: string, row: number, col: number, cell: PlannedCell): void {
  if (cell.kind === "skip") return;
  if (cell.kind === "number") put(sheets, sheet, row, col, Number(cell.value));
  else if (cell.kind === "formula") put(sheets, sheet, row, col, cell.formula);
  else put(sheets, sheet, row, col, cell.value);
}

export interface Evaluated {
  hf: HyperFormula;
  /** The computed value of a cell (absolute 0-based position). */
  value(sheet: string, row: number, col: number): unknown;
  /** A sheet's values as a host would read them back. */
  grid(sheet: string): Grid;
  /** The same, undefined when the workbook has no such sheet (host.readSheet). */
  gridIfAny(sheet: string): Grid | undefined;
}

/** The grid (and an existing rates sheet) with every plan written on top, computed by HyperFormula. */
export function evaluatePlans(grid: Grid, plans: WritePlan[], ratesSheet?: Grid): Evaluated {
  const sheets: Sheets = {};
  copyGrid(sheets, grid);
  if (ratesSheet) copyGrid(sheets, ratesSheet);
  for (const plan of plans) {
    plan.cells.forEach((row, r) => row.forEach((cell, c) => write(sheets, plan.sheet, plan.top + r, plan.left + c, cell)));
    for (const x of plan.extraCells ?? []) write(sheets, plan.sheet, x.row, x.col, x.cell);
    for (const b of plan.otherBlocks ?? []) {
      b.cells.forEach((row, r) => row.forEach((cell, c) => write(sheets, b.sheet, b.top + r, b.left + c, cell)));
    }
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  const value = (sheet: string, row: number, col: number): unknown => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    return hf.getCellValue({ sheet: id, row, col });
  };
  const readBack = (sheet: string): Grid => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    const values = hf.getSheetValues(id).map((row) =>
      row.map((v): CellValue => (v === null || v === undefined ? null : typeof v === "object" ? { error: String(v.value) } : v)),
    );
    const formulas = hf.getSheetFormulas(id).map((row) => row.map((f) => f ?? null));
    return { sheet, top: 0, left: 0, values, formulas };
  };
  const gridIfAny = (sheet: string): Grid | undefined => (hf.getSheetId(sheet) === undefined ? undefined : readBack(sheet));
  return { hf, value, grid: readBack, gridIfAny };
}

/** A computed number as Excel shows it (15 significant digits), as a Decimal. */
function shown(v: unknown): Decimal {
  if (typeof v !== "number") throw new Error(`not a number: ${JSON.stringify(v)}`);
  return new Decimal(Number(v.toPrecision(15)));
}

/**
 * Every figure of the plan as HyperFormula computes it equals the allocation: each amount cell
 * exactly (the same double as the typed figure), totals to 15 significant digits.
 */
export function expectSameFigures(grid: Grid, plan: WritePlan, table: DetectedTable, allocation: Allocation, ratesSheet?: Grid): number {
  const ev = evaluatePlans(grid, [plan], ratesSheet);
  let checked = 0;
  for (const pc of plan.columns) {
    if (pc.role === "budget-line") continue;
    const result = allocation.components.find((c) => c.componentId === pc.componentId);
    const amounts = pc.role === "total" ? allocation.totals : result?.amounts;
    const total = pc.role === "total" ? allocation.grandTotal : result?.total;
    if (!amounts || !total) throw new Error("no amounts");
    table.rows.forEach((r, i) => {
      const v = ev.value(plan.sheet, r.row, pc.column);
      if (pc.role === "amount") expect(v).toBe(amounts[i].toNumber());
      expect(shown(v).eq(amounts[i])).toBe(true);
      checked++;
    });
    expect(shown(ev.value(plan.sheet, plan.totalsRow, pc.column)).eq(total)).toBe(true);
  }
  return checked;
}
