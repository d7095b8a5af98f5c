// The simulated workbook: its sheets, the active sheet and cell, the selection, and Excel's
// automatic calculation of the formulas it can calculate (formulas.ts).
import { hasContent, type SimCell } from "./cells";
import { ExcelError, invalidArgument, itemNotFound } from "./errors";
import { calculate, type FormulaContext, type Scalar } from "./formulas";
import type { Rect } from "./geometry";
import { SimSheet, type SimTable } from "./sheet";

/** Excel's sheet name rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

export class SimBook {
  sheets: SimSheet[] = [];
  activeSheet = "";
  activeCell = { row: 0, col: 0 };
  selection: Rect = { top: 0, left: 0, bottom: 0, right: 0 };
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
   * calculator does not know keeps the result it had (#NAME? when it had none).
   */
  recalculate(): void {
    const results = new Map<SimCell, Scalar | undefined>();
    const busy = new Set<SimCell>();
    const valueOf = (cell: SimCell | undefined, sheet: SimSheet): Scalar | undefined => {
      if (!cell || !hasContent(cell)) return undefined;
      if (cell.f === undefined) return cell.err !== undefined ? { err: cell.err } : cell.v;
      if (results.has(cell)) return results.get(cell);
      if (busy.has(cell)) return 0;
      busy.add(cell);
      const r = calculate(cell.f, sheet.name, cx);
      busy.delete(cell);
      const out = r ?? (cell.err !== undefined ? { err: cell.err } : cell.v !== undefined ? cell.v : { err: "#NAME?" });
      results.set(cell, out);
      return out;
    };
    const cx: FormulaContext = {
      cell: (name, row, col) => {
        const s = this.sheet(name);
        return s ? valueOf(s.get(row, col), s) ?? undefined : { err: "#REF!" };
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
    };
    const updates: [SimSheet, number, SimCell][] = [];
    for (const sheet of this.sheets) {
      for (const [k, cell] of sheet.cells) {
        if (cell.f === undefined) continue;
        const r = valueOf(cell, sheet);
        const next: SimCell = { ...cell };
        delete next.v;
        delete next.err;
        if (typeof r === "object" && r !== null) next.err = r.err;
        else if (r !== undefined) next.v = r;
        updates.push([sheet, k, next]);
      }
    }
    for (const [sheet, k, cell] of updates) sheet.cells.set(k, cell);
  }
}
