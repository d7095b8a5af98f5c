// The workbook, its worksheets and their protection.
import { behaviour, type BehaviourTable } from "./behaviour";
import type { RangeP } from "./behaviour-range";
import type { TablesP } from "./behaviour-tables";
import { invalidArgument, itemNotFound } from "./errors";
import { MAX_COLS, MAX_ROWS, parseAddress } from "./geometry";
import type { SimSheet } from "./sheet";

export interface SheetP {
  sheet: SimSheet;
}

const alive = (p: SheetP, env: { book: { sheets: SimSheet[] } }): boolean => env.book.sheets.includes(p.sheet);

const workbook = behaviour<object>({
  nav: {
    worksheets: () => ({}),
    tables: (_p, env): TablesP => ({ list: () => env.book.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table }))) }),
  },
  paths: {
    getActiveCell: (_p, _a, env): RangeP => {
      const c = env.book.activeCell;
      return { sheet: env.book.active(), rect: { top: c.row, bottom: c.row, left: c.col, right: c.col } };
    },
    getSelectedRange: (_p, _a, env): RangeP => ({ sheet: env.book.active(), rect: { ...env.book.selection } }),
  },
  actions: {},
});

function sheetByKey(key: unknown, env: { book: { sheet(n: string): SimSheet | undefined; sheetById(id: string): SimSheet | undefined } }): SimSheet | undefined {
  const k = String(key);
  return env.book.sheetById(k) ?? env.book.sheet(k);
}

const worksheets = behaviour<object>({
  items: (_p, env) => env.book.sheets.map((sheet): SheetP => ({ sheet })),
  indexer: (_p, key, env): SheetP => {
    const sheet = sheetByKey(key, env);
    if (!sheet) throw itemNotFound(`worksheet ${String(key)}`);
    return { sheet };
  },
  paths: {
    getActiveWorksheet: (_p, _a, env): SheetP => ({ sheet: env.book.active() }),
    getItemOrNullObject: (_p, [key], env): SheetP | null => {
      const sheet = sheetByKey(key, env);
      return sheet ? { sheet } : null;
    },
    add: (_p, [name], env): SheetP => {
      let n = name === undefined || name === null ? "" : String(name);
      if (n === "") {
        // No name: Excel makes one ("Sheet2", …).
        let i = env.book.sheets.length + 1;
        while (env.book.sheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      const sheet = env.book.addSheet(n);
      env.note({ kind: "sheet-added", sheet: sheet.name });
      return { sheet };
    },
  },
});

const worksheet = behaviour<SheetP>({
  alive,
  id: (p) => p.sheet.id,
  get: {
    name: (p) => p.sheet.name,
    id: (p) => p.sheet.id,
    position: (p, env) => env.book.sheets.indexOf(p.sheet),
    visibility: () => "Visible",
  },
  nav: {
    protection: (p) => p,
    autoFilter: (p) => ({ sheet: p.sheet }),
    tables: (p): TablesP => ({ sheet: p.sheet }),
  },
  paths: {
    getRange: (p, [address]): RangeP => ({
      sheet: p.sheet,
      rect: address === undefined || address === null || address === "" ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } : parseAddress(String(address)),
    }),
    getRangeByIndexes: (p, args): RangeP => {
      const [r, c, h, w] = args.map(Number);
      if (![r, c, h, w].every(Number.isInteger) || r < 0 || c < 0 || h < 1 || w < 1 || r + h > MAX_ROWS || c + w > MAX_COLS) {
        throw invalidArgument(`getRangeByIndexes(${args.join(", ")})`);
      }
      return { sheet: p.sheet, rect: { top: r, left: c, bottom: r + h - 1, right: c + w - 1 } };
    },
    getUsedRangeOrNullObject: (p, [valuesOnly]): RangeP | null => {
      const rect = p.sheet.usedRect(valuesOnly === true);
      return rect ? { sheet: p.sheet, rect } : null;
    },
  },
  actions: {
    activate: (p, _a, env) => env.book.activate(p.sheet),
    delete: (p, _a, env) => {
      env.book.deleteSheet(p.sheet);
      env.note({ kind: "sheet-deleted", sheet: p.sheet.name });
    },
  },
});

const protection = behaviour<SheetP>({
  alive,
  get: { protected: (p) => p.sheet.protected },
});

export const SHEET_BEHAVIOUR: BehaviourTable = {
  Workbook: workbook,
  WorksheetCollection: worksheets,
  Worksheet: worksheet,
  WorksheetProtection: protection,
};
