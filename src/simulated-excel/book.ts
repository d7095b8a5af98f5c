// The simulated workbook: its sheets, the active sheet and cell, the selection, and Excel's
// automatic calculation of the formulas it can calculate (formulas.ts), custom functions and
// their spilled arrays included (custom-functions.ts).
import { hasContent, type SimCell } from "./cells";
import { LiveInvocations, type CustomFunctionCatalog } from "./custom-functions";
import { ExcelError, invalidArgument, itemNotFound } from "./errors";
import { calculate, type FormulaContext, type Scalar } from "./formulas";
import { MAX_COLS, MAX_ROWS, type Rect } from "./geometry";
import { colOf, key, rowOf, SimSheet, type SimTable } from "./sheet";

/** Excel's sheet name rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

export class SimBook {
  sheets: SimSheet[] = [];
  activeSheet = "";
  activeCell = { row: 0, col: 0 };
  selection: Rect = { top: 0, left: 0, bottom: 0, right: 0 };
  /** The add-in's custom functions formulas may call (none unless given). */
  customFunctions?: CustomFunctionCatalog;
  /** Called when a custom function sets a result after its call (a stream, a promise). */
  onLateResult: () => void = () => undefined;
  private readonly invocations = new LiveInvocations(() => this.onLateResult());
  private nextSheetId = 1;
  private nextTableId = 1;

  sheet(name: string): SimSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SimSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** WorksheetCollection.add: Excel's errors for a bad or taken name (in any case). */
  addSheet(name: string): SimSheet {
    if (!validSheetName(name)) throw invalidArgument(`sheet name ${JSON.stringify(name)}`);
    if (this.sheet(name)) throw new ExcelError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", 409);
    const id = `{00000000-${String(this.nextSheetId++).padStart(4, "0")}-0000-C000-000000000000}`;
    const s = new SimSheet(name, id);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }

  deleteSheet(sheet: SimSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw itemNotFound(`sheet ${sheet.name}`);
    if (this.sheets.length === 1) throw new ExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets.splice(i, 1);
    if (this.activeSheet === sheet.name) this.activate(this.sheets[Math.max(0, i - 1)]);
  }

  activate(sheet: SimSheet): void {
    if (this.activeSheet === sheet.name) return;
    this.activeSheet = sheet.name;
    this.activeCell = { row: 0, col: 0 };
    this.selection = { top: 0, left: 0, bottom: 0, right: 0 };
  }

  active(): SimSheet {
    const s = this.sheet(this.activeSheet);
    if (!s) throw new Error("simulated Excel: the workbook has no active sheet");
    return s;
  }

  newTableId(): string {
    return String(this.nextTableId++);
  }

  table(name: string): { sheet: SimSheet; table: SimTable } | undefined {
    const lower = name.toLowerCase();
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === lower);
      if (table) return { sheet, table };
    }
    return undefined;
  }

  tableById(id: string): { sheet: SimSheet; table: SimTable } | undefined {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.id === id);
      if (table) return { sheet, table };
    }
    return undefined;
  }

  /**
   * Excel's automatic calculation: every formula cell gets its result again. A formula the
   * calculator does not know keeps the result it had (#NAME? when it had none). An array result
   * (a custom function's) spills from its cell down and right when those cells are empty, else
   * the formula shows #SPILL!; formulas that read spilled cells are calculated again until
   * nothing moves (a few rounds at most).
   */
  recalculate(): void {
    this.invocations.begin();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (!this.placeResults(this.calculateAll())) break;
    }
    this.invocations.sweep();
  }

  /** Every formula's result, in row order per sheet (the order spills are placed in). */
  private calculateAll(): { sheet: SimSheet; k: number; result: Scalar | Scalar[][] }[] {
    const results = new Map<SimCell, Scalar | Scalar[][]>();
    const busy = new Set<SimCell>();
    const current: string[] = [];
    const resultOf = (sheet: SimSheet, k: number): Scalar | Scalar[][] | undefined => {
      const cell = sheet.cells.get(k);
      if (!cell || !hasContent(cell)) return undefined;
      if (cell.f === undefined) return cell.err !== undefined ? { err: cell.err } : cell.v;
      const known = results.get(cell);
      if (known !== undefined) return known;
      if (busy.has(cell)) return 0;
      busy.add(cell);
      current.push(`${sheet.id}:${k}`);
      const r = calculate(cell.f, sheet.name, cx);
      current.pop();
      busy.delete(cell);
      const out = r ?? (cell.err !== undefined ? errorOf(cell) : cell.v !== undefined ? cell.v : { err: "#NAME?" });
      results.set(cell, out);
      return out;
    };
    const cx: FormulaContext = {
      cell: (name, row, col) => {
        const s = this.sheet(name);
        if (!s) return { err: "#REF!" };
        const r = resultOf(s, key(row, col));
        // A cell that refers to a spilling formula's own cell gets its first value.
        return Array.isArray(r) ? r[0][0] : r;
      },
      rowHidden: (name, row) => this.sheet(name)?.isRowHidden(row) ?? false,
      tableColumn: (name, column) => {
        const found = this.table(name);
        if (!found) return undefined;
        const i = found.table.columnNames.findIndex((c) => c.toLowerCase() === column.toLowerCase());
        if (i < 0) return undefined;
        const t = found.table.rect;
        const bottom = found.table.showTotals ? t.bottom - 1 : t.bottom;
        return { sheet: found.sheet.name, rect: { top: t.top + 1, bottom, left: t.left + i, right: t.left + i } };
      },
      customFunction: (name) => this.customFunctions?.find(name),
      invoke: (def, args, call) => this.invocations.result(`${current[current.length - 1]}#${call}`, def, args),
    };
    const out: { sheet: SimSheet; k: number; result: Scalar | Scalar[][] }[] = [];
    for (const sheet of this.sheets) {
      const formulas = [...sheet.cells].filter(([, c]) => c.f !== undefined).map(([k]) => k);
      for (const k of formulas.sort((a, b) => a - b)) out.push({ sheet, k, result: resultOf(sheet, k) ?? 0 });
    }
    return out;
  }

  /**
   * Writes each formula's result into its cell, and spills array results into the empty cells
   * below and right (the previous spills removed first). Returns whether any spilled cell changed,
   * so formulas that read them are calculated again.
   */
  private placeResults(list: { sheet: SimSheet; k: number; result: Scalar | Scalar[][] }[]): boolean {
    const before = new Map<SimSheet, string>();
    for (const sheet of this.sheets) {
      const spilled: string[] = [];
      const cells = [...sheet.cells].filter(([, cell]) => cell.spill).sort((a, b) => a[0] - b[0]);
      for (const [k, cell] of cells) {
        spilled.push(`${k}=${JSON.stringify(cell.v)}`);
        sheet.put(rowOf(k), colOf(k), { nf: cell.nf, fill: cell.fill });
      }
      before.set(sheet, spilled.join(";"));
    }
    for (const { sheet, k, result } of list) {
      const cell = sheet.cells.get(k);
      if (!cell) continue;
      const next: SimCell = { ...cell };
      delete next.v;
      delete next.err;
      delete next.msg;
      const value = Array.isArray(result) ? spill(sheet, k, result) : result;
      if (typeof value === "object") Object.assign(next, value.msg === undefined ? { err: value.err } : { err: value.err, msg: value.msg });
      else next.v = value;
      sheet.cells.set(k, next);
    }
    let moved = false;
    for (const sheet of this.sheets) {
      const spilled: string[] = [];
      const cells = [...sheet.cells].filter(([, cell]) => cell.spill).sort((a, b) => a[0] - b[0]);
      for (const [k, cell] of cells) spilled.push(`${k}=${JSON.stringify(cell.v)}`);
      if (spilled.join(";") !== before.get(sheet)) moved = true;
    }
    return moved;
  }
}

/** Rounds of calculation for spilled cells that other formulas read. */
const MAX_ROUNDS = 4;

function errorOf(cell: SimCell): Scalar {
  return cell.msg === undefined ? { err: cell.err as string } : { err: cell.err as string, msg: cell.msg };
}

/**
 * Spills `matrix` from cell `k`: the other cells of its area get the values when every one is
 * empty and on the sheet; returns the formula cell's own value, or #SPILL!.
 */
function spill(sheet: SimSheet, k: number, matrix: Scalar[][]): Scalar {
  const top = rowOf(k);
  const left = colOf(k);
  const bottom = top + matrix.length - 1;
  const right = left + matrix[0].length - 1;
  if (bottom >= MAX_ROWS || right >= MAX_COLS) return { err: "#SPILL!" };
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) if ((r !== top || c !== left) && hasContent(sheet.get(r, c))) return { err: "#SPILL!" };
  }
  matrix.forEach((line, i) =>
    line.forEach((value, j) => {
      if (i === 0 && j === 0) return;
      const old = sheet.get(top + i, left + j);
      const cell: SimCell = { nf: old?.nf, fill: old?.fill, spill: true };
      if (typeof value === "object") Object.assign(cell, value.msg === undefined ? { err: value.err } : { err: value.err, msg: value.msg });
      else cell.v = value;
      sheet.put(top + i, left + j, cell);
    }),
  );
  return matrix[0][0];
}
