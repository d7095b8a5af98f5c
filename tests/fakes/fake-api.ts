// The Excel JavaScript API surface of the fake: proxy objects with Office.js semantics.
// - Reading a property before load() + context.sync() throws PropertyNotLoaded.
// - Setting a property or calling an action only queues it; context.sync() applies the queue in
//   order. A failed sync applies nothing after the failing operation (a payload that is too
//   large applies nothing at all).
// - Any member that is not in the whitelist below throws at once (a misspelled method fails).
// - Methods newer than the configured ExcelApi level fail at sync with ApiNotFound.
import {
  CRITERIA_KEYS,
  FakeError,
  NO_FILL,
  MAX_COLS,
  STANDARD_WIDTH,
  intersects,
  parseAddress,
  rectAddress,
  rectCells,
  type Criteria,
  type FakeBook,
  type FakeSheet,
  type FakeTable,
  type FillProp,
  type Rect,
} from "./fake-model";

type Target = object;
type Args = unknown[];

interface PropSpec {
  get: (t: Target, api: FakeApi) => unknown;
  set?: (t: Target, value: unknown, api: FakeApi) => void;
  /** A per-cell property: counts towards the response size. */
  cells?: boolean;
  /** The ExcelApi set that introduced the property (loading or setting it on an older Excel fails). */
  api?: string;
}

interface NavSpec {
  type: string;
  api?: string;
  resolve: (t: Target) => Target;
}

type MethodSpec =
  | { kind: "object"; type: string; api?: string; orNull?: boolean; resolve: (t: Target, args: Args, api: FakeApi) => Target | null }
  | { kind: "action"; api?: string; returns?: string; run: (t: Target, args: Args, api: FakeApi) => Target | void; payload?: (args: Args) => number }
  /** A method that returns an OfficeExtension.ClientResult: its value is there only after the sync. */
  | { kind: "result"; api?: string; compute: (t: Target, args: Args, api: FakeApi) => unknown; cells?: (value: unknown) => number };

interface TypeSpec {
  props: Record<string, PropSpec>;
  nav?: Record<string, NavSpec>;
  methods?: Record<string, MethodSpec>;
  /** A collection: its items, loaded through "items" or "items/…". */
  items?: { type: string; list: (t: Target, api: FakeApi) => Target[] };
}

interface RangeT {
  sheet: FakeSheet;
  rect: Rect;
}
interface SheetT {
  sheet: FakeSheet;
}
interface FilterT {
  sheet: FakeSheet;
  table?: FakeTable;
}
interface TablesT {
  sheet?: FakeSheet;
  list?: () => { sheet: FakeSheet; table: FakeTable }[];
}
interface TableT {
  sheet: FakeSheet;
  table: FakeTable;
}
interface ColumnT {
  sheet: FakeSheet;
  table: FakeTable;
  name: string;
}
interface AreasT {
  sheet: FakeSheet;
  rects: Rect[];
}

function notLoaded(type: string, prop: string): FakeError {
  return new FakeError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function versionAtMost(a: string, b: string): boolean {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

function deepCopy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function elementCount(v: unknown): number {
  if (!Array.isArray(v)) return 1;
  let n = 0;
  for (const row of v) n += Array.isArray(row) ? row.length : 1;
  return n;
}

function grid<T>(r: RangeT, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.rect.top; row <= r.rect.bottom; row++) {
    const line: T[] = [];
    for (let col = r.rect.left; col <= r.rect.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

function eachInput(r: RangeT, value: unknown, f: (row: number, col: number, v: unknown) => void): void {
  const h = r.rect.bottom - r.rect.top + 1;
  const w = r.rect.right - r.rect.left + 1;
  if (!Array.isArray(value)) {
    for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) f(r.rect.top + i, r.rect.left + j, value);
    return;
  }
  if (value.length !== h || value.some((line) => !Array.isArray(line) || line.length !== w)) {
    throw new FakeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${h}×${w}).`,
    );
  }
  for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) f(r.rect.top + i, r.rect.left + j, (value[i] as unknown[])[j]);
}

function cellValue(sheet: FakeSheet, row: number, col: number): unknown {
  const c = sheet.get(row, col);
  if (!c) return "";
  if (c.err !== undefined) return c.err;
  return c.v ?? "";
}

function valueType(sheet: FakeSheet, row: number, col: number): string {
  const c = sheet.get(row, col);
  if (!c) return "Empty";
  if (c.err !== undefined) return "Error";
  if (c.v === undefined) return "Empty";
  if (typeof c.v === "number") return "Double";
  if (typeof c.v === "boolean") return "Boolean";
  return "String";
}

/** FilterCriteria as Excel returns them: every key present, null where unset (office-js#1226). */
function criteriaOut(c: Criteria | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of CRITERIA_KEYS) out[k] = c && (c as unknown as Record<string, unknown>)[k] !== undefined ? deepCopy((c as unknown as Record<string, unknown>)[k]) : null;
  return out;
}

/** FilterCriteria as Excel accepts them: null properties are rejected (office-js#1226). */
function criteriaIn(v: unknown): Criteria {
  if (!v || typeof v !== "object") throw new FakeError("InvalidArgument", "criteria must be an object");
  const rec = v as Record<string, unknown>;
  for (const [k, x] of Object.entries(rec)) {
    if (!(CRITERIA_KEYS as readonly string[]).includes(k)) throw new FakeError("InvalidArgument", `unknown criteria property ${k}`);
    if (x === null) throw new FakeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
  if (typeof rec.filterOn !== "string") throw new FakeError("InvalidArgument", "criteria.filterOn is required");
  return deepCopy(rec) as unknown as Criteria;
}

function totalsRowOf(t: FakeTable): number | undefined {
  return t.showTotals ? t.rect.bottom : undefined;
}

function visibleRuns(sheet: FakeSheet, rect: Rect): Rect[] {
  const out: Rect[] = [];
  let start = -1;
  for (let row = rect.top; row <= rect.bottom + 1; row++) {
    const visible = row <= rect.bottom && !sheet.isRowHidden(row);
    if (visible && start < 0) start = row;
    if (!visible && start >= 0) {
      out.push({ top: start, bottom: row - 1, left: rect.left, right: rect.right });
      start = -1;
    }
  }
  return out;
}

/** Every cell of a rectangle (small ranges only: fills are read and set cell by cell). */
function eachCell(r: RangeT, f: (row: number, col: number) => void): void {
  if (rectCells(r.rect) > 1_000_000) throw new FakeError("NotImplemented", "the fake sets fills on at most 1,000,000 cells at once");
  for (let row = r.rect.top; row <= r.rect.bottom; row++) for (let col = r.rect.left; col <= r.rect.right; col++) f(row, col);
}

/** A RangeFill property of a range: the cells' common value, or null when they differ (as Excel). */
function uniformFill(r: RangeT, prop: FillProp): unknown {
  const { sheet, rect } = r;
  let withFill = 0;
  let value: unknown = undefined;
  let same = true;
  for (const [k, c] of sheet.cells) {
    if (!c.fill) continue;
    const row = Math.floor(k / MAX_COLS);
    const col = k % MAX_COLS;
    if (row < rect.top || row > rect.bottom || col < rect.left || col > rect.right) continue;
    withFill++;
    if (value === undefined) value = c.fill[prop];
    else if (value !== c.fill[prop]) same = false;
  }
  if (withFill < rectCells(rect)) {
    if (value === undefined) value = NO_FILL[prop];
    else if (value !== NO_FILL[prop]) same = false;
  }
  return same ? value : null;
}

function fillProp(prop: FillProp, api?: string): PropSpec {
  return {
    api,
    get: (t) => uniformFill(t as RangeT, prop),
    set: (t, v) => eachCell(t as RangeT, (row, col) => (t as RangeT).sheet.setFill(row, col, prop, v)),
  };
}

const FILL_KEYS: FillProp[] = ["pattern", "color", "patternColor", "tintAndShade", "patternTintAndShade"];

/** getCellProperties: the options must be { format: { fill: { color: true, … } } } (the fake knows fills only). */
function cellPropertiesOptions(v: unknown): FillProp[] {
  const bad = (why: string) => new FakeError("InvalidArgument", `getCellProperties: ${why}`);
  if (!v || typeof v !== "object") throw bad("the load options must be an object");
  const fill: FillProp[] = [];
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (k !== "format") {
      if (["address", "addressLocal", "hidden", "hyperlink", "style"].includes(k)) throw new FakeError("NotImplemented", `the fake's getCellProperties returns format.fill only, not ${k}`);
      throw bad(`unknown property ${k}`);
    }
    if (!x || typeof x !== "object") throw bad("format must be an object");
    for (const [fk, fx] of Object.entries(x as Record<string, unknown>)) {
      if (fk !== "fill") throw new FakeError("NotImplemented", `the fake's getCellProperties returns format.fill only, not format.${fk}`);
      if (fx === true) fill.push(...FILL_KEYS);
      else if (fx && typeof fx === "object") {
        for (const [p, on] of Object.entries(fx as Record<string, unknown>)) {
          if (!(FILL_KEYS as string[]).includes(p)) throw bad(`unknown fill property ${p}`);
          if (on === true) fill.push(p as FillProp);
        }
      } else throw bad("format.fill must be true or an object");
    }
  }
  return fill;
}

/** setCellProperties: applies format.fill of each entry (pattern first, then colours and tints). */
function setCellProperties(r: RangeT, data: unknown): void {
  eachInput(r, data, (row, col, entry) => {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) throw new FakeError("InvalidArgument", "setCellProperties: each entry must be an object");
    for (const [k, x] of Object.entries(entry as Record<string, unknown>)) {
      if (k !== "format") {
        if (["hyperlink", "style", "textRuns"].includes(k)) throw new FakeError("NotImplemented", `the fake's setCellProperties sets format.fill only, not ${k}`);
        throw new FakeError("InvalidArgument", `setCellProperties: unknown property ${k}`);
      }
      if (!x || typeof x !== "object") throw new FakeError("InvalidArgument", "setCellProperties: format must be an object");
      for (const [fk, fx] of Object.entries(x as Record<string, unknown>)) {
        if (fk !== "fill") throw new FakeError("NotImplemented", `the fake's setCellProperties sets format.fill only, not format.${fk}`);
        if (!fx || typeof fx !== "object") throw new FakeError("InvalidArgument", "setCellProperties: format.fill must be an object");
        const given = fx as Record<string, unknown>;
        for (const p of Object.keys(given)) if (!(FILL_KEYS as string[]).includes(p)) throw new FakeError("InvalidArgument", `setCellProperties: unknown fill property ${p}`);
        for (const p of FILL_KEYS) if (p in given) r.sheet.setFill(row, col, p, given[p]);
      }
    }
  });
}

const RANGE_PROPS: Record<string, PropSpec> = {
  address: { get: (t) => rectAddress((t as RangeT).sheet.name, (t as RangeT).rect) },
  rowIndex: { get: (t) => (t as RangeT).rect.top },
  columnIndex: { get: (t) => (t as RangeT).rect.left },
  rowCount: { get: (t) => (t as RangeT).rect.bottom - (t as RangeT).rect.top + 1 },
  columnCount: { get: (t) => (t as RangeT).rect.right - (t as RangeT).rect.left + 1 },
  cellCount: { get: (t) => rectCells((t as RangeT).rect) },
  values: {
    cells: true,
    get: (t) => grid(t as RangeT, (r, c) => cellValue((t as RangeT).sheet, r, c)),
    set: (t, v) => eachInput(t as RangeT, v, (r, c, x) => (t as RangeT).sheet.type(r, c, x, false)),
  },
  formulas: {
    cells: true,
    get: (t) =>
      grid(t as RangeT, (r, c) => {
        const cell = (t as RangeT).sheet.get(r, c);
        return cell?.f ?? cellValue((t as RangeT).sheet, r, c);
      }),
    set: (t, v) => eachInput(t as RangeT, v, (r, c, x) => (t as RangeT).sheet.type(r, c, x, true)),
  },
  numberFormat: {
    cells: true,
    get: (t) => grid(t as RangeT, (r, c) => (t as RangeT).sheet.numberFormat(r, c)),
    set: (t, v) => eachInput(t as RangeT, v, (r, c, x) => (t as RangeT).sheet.setNumberFormat(r, c, x)),
  },
  valueTypes: { cells: true, get: (t) => grid(t as RangeT, (r, c) => valueType((t as RangeT).sheet, r, c)) },
  rowHidden: {
    get: (t) => {
      const { sheet, rect } = t as RangeT;
      let hidden = 0;
      for (let row = rect.top; row <= rect.bottom; row++) if (sheet.isRowHidden(row)) hidden++;
      return hidden === 0 ? false : hidden === rect.bottom - rect.top + 1 ? true : null;
    },
  },
  columnHidden: { get: () => false },
};

function specs(book: FakeBook): Record<string, TypeSpec> {
  const sheetByName = (name: unknown): FakeSheet | null => book.sheet(String(name)) ?? null;
  return {
    RequestContext: { props: {}, nav: { workbook: { type: "Workbook", resolve: () => ({}) } } },
    Workbook: {
      props: {},
      nav: {
        worksheets: { type: "WorksheetCollection", resolve: () => ({}) },
        tables: { type: "TableCollection", resolve: (): TablesT => ({ list: () => book.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table }))) }) },
      },
      methods: {
        getActiveCell: {
          kind: "object",
          type: "Range",
          api: "1.7",
          resolve: (): RangeT => {
            const sheet = book.sheet(book.activeSheet) as FakeSheet;
            return { sheet, rect: { top: book.activeCell.row, bottom: book.activeCell.row, left: book.activeCell.col, right: book.activeCell.col } };
          },
        },
        getSelectedRange: {
          kind: "object",
          type: "Range",
          resolve: (): RangeT => ({ sheet: book.sheet(book.activeSheet) as FakeSheet, rect: { ...book.selection } }),
        },
      },
    },
    WorksheetCollection: {
      props: {},
      items: { type: "Worksheet", list: () => book.sheets.map((sheet): SheetT => ({ sheet })) },
      methods: {
        getActiveWorksheet: { kind: "object", type: "Worksheet", resolve: (): SheetT => ({ sheet: book.sheet(book.activeSheet) as FakeSheet }) },
        getItem: {
          kind: "object",
          type: "Worksheet",
          resolve: (_t, [name]) => {
            const sheet = sheetByName(name);
            if (!sheet) throw new FakeError("ItemNotFound", `The requested resource doesn't exist (worksheet ${String(name)}).`);
            return { sheet };
          },
        },
        getItemOrNullObject: {
          kind: "object",
          type: "Worksheet",
          api: "1.4",
          orNull: true,
          resolve: (_t, [name]) => {
            const sheet = sheetByName(name);
            return sheet ? { sheet } : null;
          },
        },
        add: {
          kind: "action",
          returns: "Worksheet",
          run: (_t, [name]): SheetT => {
            if (name !== undefined && name !== null) return { sheet: book.addSheet(String(name)) };
            // No name: Excel makes one ("Sheet2", …).
            let n = book.sheets.length + 1;
            while (book.sheet(`Sheet${n}`)) n++;
            return { sheet: book.addSheet(`Sheet${n}`) };
          },
        },
      },
    },
    Worksheet: {
      props: {
        name: { get: (t) => (t as SheetT).sheet.name },
      },
      nav: {
        protection: { type: "WorksheetProtection", resolve: (t) => t },
        autoFilter: { type: "AutoFilter", api: "1.9", resolve: (t): FilterT => ({ sheet: (t as SheetT).sheet }) },
        tables: { type: "TableCollection", resolve: (t): TablesT => ({ sheet: (t as SheetT).sheet }) },
      },
      methods: {
        getRange: {
          kind: "object",
          type: "Range",
          resolve: (t, [address]): RangeT => ({
            sheet: (t as SheetT).sheet,
            rect: address === undefined ? { top: 0, left: 0, bottom: 1048575, right: MAX_COLS - 1 } : parseAddress(String(address)),
          }),
        },
        getRangeByIndexes: {
          kind: "object",
          type: "Range",
          api: "1.7",
          resolve: (t, [row, col, h, w]): RangeT => {
            const [r, c, rc, cc] = [row, col, h, w].map(Number);
            if (![r, c, rc, cc].every(Number.isInteger) || r < 0 || c < 0 || rc < 1 || cc < 1) {
              throw new FakeError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${h}, ${w})`);
            }
            return { sheet: (t as SheetT).sheet, rect: { top: r, left: c, bottom: r + rc - 1, right: c + cc - 1 } };
          },
        },
        getUsedRangeOrNullObject: {
          kind: "object",
          type: "Range",
          api: "1.4",
          orNull: true,
          resolve: (t, [valuesOnly]) => {
            const rect = (t as SheetT).sheet.usedRect(valuesOnly === true);
            return rect ? { sheet: (t as SheetT).sheet, rect } : null;
          },
        },
        activate: {
          kind: "action",
          run: (t) => {
            book.activeSheet = (t as SheetT).sheet.name;
          },
        },
        delete: { kind: "action", run: (t) => book.deleteSheet((t as SheetT).sheet.name) },
      },
    },
    WorksheetProtection: { props: { protected: { get: (t) => (t as SheetT).sheet.protected } } },
    AutoFilter: {
      props: {
        enabled: { get: (t) => ((t as FilterT).table ? true : !!(t as FilterT).sheet.autoFilter) },
        isDataFiltered: { get: (t) => !!filterOf(t as FilterT)?.criteria.some((c) => c !== undefined) },
        criteria: { get: (t) => (filterOf(t as FilterT)?.criteria ?? []).map(criteriaOut) },
      },
      methods: {
        apply: {
          kind: "action",
          api: "1.9",
          run: (t, [range, columnIndex, criteria], api) => {
            const f = t as FilterT;
            if (f.table) throw new FakeError("NotImplemented", "the fake applies table filters through TableColumn.filter");
            const rect = typeof range === "string" ? parseAddress(range) : (api.targetOf(range) as RangeT).rect;
            const sheet = f.sheet;
            const same = sheet.autoFilter && JSON.stringify(sheet.autoFilter.rect) === JSON.stringify(rect);
            if (!same) sheet.autoFilter = { rect, criteria: new Array(rect.right - rect.left + 1).fill(undefined), hidden: new Set() };
            const af = sheet.autoFilter!;
            if (columnIndex !== undefined && columnIndex !== null) {
              const i = Number(columnIndex);
              if (!Number.isInteger(i) || i < 0 || i >= af.criteria.length) throw new FakeError("InvalidArgument", `column index ${i}`);
              if (criteria !== undefined) af.criteria[i] = criteriaIn(criteria);
            }
            sheet.refilter(af);
          },
        },
        clearCriteria: {
          kind: "action",
          api: "1.9",
          run: (t) => {
            const f = filterOf(t as FilterT);
            if (!f) return;
            f.criteria = f.criteria.map(() => undefined);
            f.hidden = new Set();
          },
        },
        reapply: {
          kind: "action",
          api: "1.9",
          run: (t) => {
            const f = filterOf(t as FilterT);
            if (f) (t as FilterT).sheet.refilter(f, (t as FilterT).table ? totalsRowOf((t as FilterT).table as FakeTable) : undefined);
          },
        },
        remove: {
          kind: "action",
          api: "1.9",
          run: (t) => {
            if ((t as FilterT).table) throw new FakeError("InvalidOperation", "a table's AutoFilter cannot be removed");
            (t as FilterT).sheet.autoFilter = undefined;
          },
        },
        getRangeOrNullObject: {
          kind: "object",
          type: "Range",
          api: "1.9",
          orNull: true,
          resolve: (t) => {
            const f = filterOf(t as FilterT);
            return f ? { sheet: (t as FilterT).sheet, rect: { ...f.rect } } : null;
          },
        },
      },
    },
    TableCollection: {
      props: { count: { get: (t) => tablesOf(t as TablesT).length } },
      items: { type: "Table", list: (t) => tablesOf(t as TablesT) },
      methods: {
        getItem: {
          kind: "object",
          type: "Table",
          resolve: (t, [name]) => {
            const found = tablesOf(t as TablesT).find((x) => x.table.name.toLowerCase() === String(name).toLowerCase());
            if (!found) throw new FakeError("ItemNotFound", `table ${String(name)}`);
            return found;
          },
        },
        getItemOrNullObject: {
          kind: "object",
          type: "Table",
          api: "1.4",
          orNull: true,
          resolve: (t, [name]) => tablesOf(t as TablesT).find((x) => x.table.name.toLowerCase() === String(name).toLowerCase()) ?? null,
        },
      },
    },
    Table: {
      props: {
        name: { get: (t) => (t as TableT).table.name },
        showTotals: { get: (t) => (t as TableT).table.showTotals },
        showHeaders: { get: () => true },
      },
      nav: {
        autoFilter: { type: "AutoFilter", api: "1.9", resolve: (t): FilterT => ({ sheet: (t as TableT).sheet, table: (t as TableT).table }) },
        columns: { type: "TableColumnCollection", resolve: (t) => t },
      },
      methods: {
        getRange: { kind: "object", type: "Range", resolve: (t): RangeT => ({ sheet: (t as TableT).sheet, rect: { ...(t as TableT).table.rect } }) },
        getHeaderRowRange: {
          kind: "object",
          type: "Range",
          resolve: (t): RangeT => ({ sheet: (t as TableT).sheet, rect: { ...(t as TableT).table.rect, bottom: (t as TableT).table.rect.top } }),
        },
        clearFilters: {
          kind: "action",
          api: "1.2",
          run: (t) => {
            const f = (t as TableT).table.filter;
            f.criteria = f.criteria.map(() => undefined);
            f.hidden = new Set();
          },
        },
      },
    },
    TableColumnCollection: {
      props: { count: { get: (t) => (t as TableT).table.columnNames.length } },
      items: { type: "TableColumn", list: (t) => (t as TableT).table.columnNames.map((name): ColumnT => ({ ...(t as TableT), name })) },
      methods: {
        add: {
          kind: "action",
          returns: "TableColumn",
          payload: ([, values]) => (values === undefined || values === null ? 0 : elementCount(values)),
          run: (t, [index, values, name], api) => {
            const { sheet, table } = t as TableT;
            if (index !== undefined && index !== null && index !== -1) throw new FakeError("NotImplemented", "the fake adds table columns at the end only");
            if (name !== undefined && name !== null && !api.supports("1.4")) throw new FakeError("ApiNotFound", "TableColumnCollection.add(name) needs ExcelApi 1.4");
            const added = sheet.addTableColumn(table, name === undefined || name === null ? undefined : String(name));
            if (values !== undefined && values !== null) {
              eachInput({ sheet, rect: { ...table.rect, left: table.rect.right } }, values, (r, c, x) => sheet.type(r, c, x, false));
              table.columnNames[table.columnNames.length - 1] = String(cellValue(sheet, table.rect.top, table.rect.right));
            }
            return { sheet, table, name: added } as ColumnT;
          },
        },
        getItem: {
          kind: "object",
          type: "TableColumn",
          resolve: (t, [k]) => {
            const c = columnOf(t as TableT, k);
            if (!c) throw new FakeError("ItemNotFound", `table column ${String(k)}`);
            return c;
          },
        },
        getItemOrNullObject: { kind: "object", type: "TableColumn", api: "1.4", orNull: true, resolve: (t, [k]) => columnOf(t as TableT, k) },
        getItemAt: {
          kind: "object",
          type: "TableColumn",
          resolve: (t, [i]) => {
            const name = (t as TableT).table.columnNames[Number(i)];
            if (name === undefined) throw new FakeError("ItemNotFound", `table column at ${String(i)}`);
            return { ...(t as TableT), name };
          },
        },
      },
    },
    TableColumn: {
      props: {
        name: { get: (t) => (t as ColumnT).name },
        index: { get: (t) => indexOfColumn(t as ColumnT) },
      },
      nav: { filter: { type: "Filter", api: "1.2", resolve: (t) => t } },
      methods: {
        delete: { kind: "action", run: (t) => (t as ColumnT).sheet.deleteTableColumn((t as ColumnT).table, indexOfColumn(t as ColumnT)) },
        getRange: {
          kind: "object",
          type: "Range",
          resolve: (t): RangeT => {
            const c = t as ColumnT;
            const col = c.table.rect.left + indexOfColumn(c);
            return { sheet: c.sheet, rect: { ...c.table.rect, left: col, right: col } };
          },
        },
      },
    },
    Filter: {
      props: { criteria: { get: (t) => criteriaOut((t as ColumnT).table.filter.criteria[indexOfColumn(t as ColumnT)]) } },
      methods: {
        apply: {
          kind: "action",
          api: "1.2",
          run: (t, [criteria]) => {
            const c = t as ColumnT;
            c.table.filter.criteria[indexOfColumn(c)] = criteriaIn(criteria);
            c.sheet.refilter(c.table.filter, totalsRowOf(c.table));
          },
        },
        clear: {
          kind: "action",
          api: "1.2",
          run: (t) => {
            const c = t as ColumnT;
            c.table.filter.criteria[indexOfColumn(c)] = undefined;
            c.sheet.refilter(c.table.filter, totalsRowOf(c.table));
          },
        },
      },
    },
    Range: {
      props: RANGE_PROPS,
      nav: { format: { type: "RangeFormat", resolve: (t) => t } },
      methods: {
        getTables: {
          kind: "object",
          type: "TableScopedCollection",
          api: "1.9",
          resolve: (t, [fully]): TablesT => {
            const { sheet, rect } = t as RangeT;
            const inside = (x: Rect): boolean => x.top >= rect.top && x.bottom <= rect.bottom && x.left >= rect.left && x.right <= rect.right;
            const list = sheet.tables.filter((tb) => (fully === true ? inside(tb.rect) : intersects(tb.rect, rect))).map((table) => ({ sheet, table }));
            return { list: () => list };
          },
        },
        getSurroundingRegion: {
          kind: "object",
          type: "Range",
          api: "1.7",
          resolve: (t): RangeT => ({ sheet: (t as RangeT).sheet, rect: (t as RangeT).sheet.region((t as RangeT).rect.top, (t as RangeT).rect.left) }),
        },
        getEntireRow: {
          kind: "object",
          type: "Range",
          resolve: (t): RangeT => ({ sheet: (t as RangeT).sheet, rect: { ...(t as RangeT).rect, left: 0, right: MAX_COLS - 1 } }),
        },
        getCell: {
          kind: "object",
          type: "Range",
          resolve: (t, [row, col]): RangeT => {
            const r = (t as RangeT).rect;
            return { sheet: (t as RangeT).sheet, rect: { top: r.top + Number(row), bottom: r.top + Number(row), left: r.left + Number(col), right: r.left + Number(col) } };
          },
        },
        getUsedRangeOrNullObject: {
          kind: "object",
          type: "Range",
          api: "1.4",
          orNull: true,
          resolve: (t, [valuesOnly]) => {
            const { sheet, rect } = t as RangeT;
            const used = sheet.usedRect(valuesOnly === true);
            if (!used || !intersects(used, rect)) return null;
            return {
              sheet,
              rect: { top: Math.max(used.top, rect.top), bottom: Math.min(used.bottom, rect.bottom), left: Math.max(used.left, rect.left), right: Math.min(used.right, rect.right) },
            };
          },
        },
        getSpecialCellsOrNullObject: {
          kind: "object",
          type: "RangeAreas",
          api: "1.9",
          orNull: true,
          resolve: (t, [cellType]) => {
            if (cellType !== "Visible") throw new FakeError("NotImplemented", `the fake implements getSpecialCells("Visible") only, not ${String(cellType)}`);
            const { sheet } = t as RangeT;
            let rect = (t as RangeT).rect;
            // Excel's quirk: on a single cell, special cells are looked up in the used range.
            if (rectCells(rect) === 1) rect = sheet.usedRect(false) ?? rect;
            const rects = visibleRuns(sheet, rect);
            return rects.length ? ({ sheet, rects } as AreasT) : null;
          },
        },
        getMergedAreasOrNullObject: {
          kind: "object",
          type: "RangeAreas",
          api: "1.13",
          orNull: true,
          resolve: (t) => {
            const { sheet, rect } = t as RangeT;
            const rects = sheet.merges.filter((m) => intersects(m, rect)).map((m) => ({ ...m }));
            if (rects.length > 512) throw new FakeError("GeneralException", "more than 512 merged areas");
            return rects.length ? ({ sheet, rects } as AreasT) : null;
          },
        },
        getCellProperties: {
          kind: "result",
          api: "1.9",
          compute: (t, [options]) => {
            const props = cellPropertiesOptions(options);
            const r = t as RangeT;
            return grid(r, (row, col) => {
              const fill = r.sheet.fillOf(row, col);
              return { format: { fill: Object.fromEntries(props.map((p) => [p, fill[p]])) } };
            });
          },
          cells: (v) => elementCount(v),
        },
        setCellProperties: {
          kind: "action",
          api: "1.9",
          payload: ([data]) => elementCount(data),
          run: (t, [data]) => setCellProperties(t as RangeT, data),
        },
        select: {
          kind: "action",
          run: (t) => {
            const { sheet, rect } = t as RangeT;
            if (book.activeSheet !== sheet.name) throw new FakeError("InvalidSelection", "select() on a sheet that is not active");
            book.selection = { ...rect };
            book.activeCell = { row: rect.top, col: rect.left };
          },
        },
        clear: {
          kind: "action",
          run: (t, [applyTo]) => {
            const { sheet, rect } = t as RangeT;
            const what = applyTo === undefined ? "All" : String(applyTo);
            if (what === "All") sheet.clear(rect);
            else if (what === "Contents") {
              for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.put(r, c, { nf: sheet.get(r, c)?.nf, fill: sheet.get(r, c)?.fill });
            } else if (what === "Formats") {
              for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.put(r, c, { ...(sheet.get(r, c) ?? {}), nf: undefined, fill: undefined });
            } else throw new FakeError("NotImplemented", `clear(${what})`);
          },
        },
      },
    },
    RangeFormat: {
      nav: { fill: { type: "RangeFill", resolve: (t) => t } },
      props: {
        columnWidth: {
          get: (t) => {
            const { sheet, rect } = t as RangeT;
            const first = sheet.widths.get(rect.left) ?? STANDARD_WIDTH;
            for (let c = rect.left; c <= rect.right; c++) if ((sheet.widths.get(c) ?? STANDARD_WIDTH) !== first) return null;
            return first;
          },
          set: (t, v) => {
            if (typeof v !== "number" || !(v >= 0)) throw new FakeError("InvalidArgument", "columnWidth must be a number");
            const { sheet, rect } = t as RangeT;
            for (let c = rect.left; c <= rect.right; c++) {
              if (v === STANDARD_WIDTH) sheet.widths.delete(c);
              else sheet.widths.set(c, v);
            }
          },
        },
      },
      methods: {
        autofitColumns: {
          kind: "action",
          api: "1.2",
          run: (t) => {
            const { sheet, rect } = t as RangeT;
            for (let c = rect.left; c <= rect.right; c++) {
              let chars = 0;
              for (let r = rect.top; r <= rect.bottom; r++) chars = Math.max(chars, sheet.displayText(r, c).length);
              const width = chars === 0 ? STANDARD_WIDTH : Math.round(chars * 5.25 + 7.5);
              if (width === STANDARD_WIDTH) sheet.widths.delete(c);
              else sheet.widths.set(c, width);
            }
          },
        },
      },
    },
    RangeFill: {
      props: {
        color: fillProp("color"),
        pattern: fillProp("pattern", "1.9"),
        patternColor: fillProp("patternColor", "1.9"),
        tintAndShade: fillProp("tintAndShade", "1.9"),
        patternTintAndShade: fillProp("patternTintAndShade", "1.9"),
      },
      methods: {
        clear: { kind: "action", run: (t) => eachCell(t as RangeT, (row, col) => (t as RangeT).sheet.clearFill(row, col)) },
      },
    },
    RangeAreas: {
      props: {
        address: { get: (t) => (t as AreasT).rects.map((r) => rectAddress((t as AreasT).sheet.name, r)).join(",") },
        areaCount: { get: (t) => (t as AreasT).rects.length },
      },
      nav: { areas: { type: "RangeCollection", api: "1.9", resolve: (t) => t } },
    },
    RangeCollection: {
      props: { count: { get: (t) => (t as AreasT).rects.length } },
      items: { type: "Range", list: (t) => (t as AreasT).rects.map((rect): RangeT => ({ sheet: (t as AreasT).sheet, rect: { ...rect } })) },
    },
    TableScopedCollection: {
      props: { count: { get: (t) => tablesOf(t as TablesT).length } },
      items: { type: "Table", list: (t) => tablesOf(t as TablesT) },
    },
  };
}

function filterOf(t: FilterT): FakeTable["filter"] | undefined {
  return t.table ? t.table.filter : t.sheet.autoFilter;
}

function tablesOf(t: TablesT): { sheet: FakeSheet; table: FakeTable }[] {
  if (t.list) return t.list();
  const sheet = t.sheet as FakeSheet;
  return sheet.tables.map((table) => ({ sheet, table }));
}

function columnOf(t: TableT, k: unknown): ColumnT | null {
  const name = typeof k === "number" ? t.table.columnNames[k] : t.table.columnNames.find((n) => n.toLowerCase() === String(k).toLowerCase());
  return name === undefined ? null : { ...t, name };
}

function indexOfColumn(c: ColumnT): number {
  const i = c.table.columnNames.findIndex((n) => n.toLowerCase() === c.name.toLowerCase());
  if (i < 0) throw new FakeError("ItemNotFound", `table column ${c.name}`);
  return i;
}

/** One proxy object of a request context. */
class ClientObject {
  readonly loaded = new Map<string, unknown>();
  readonly navs = new Map<string, ClientObject>();
  state: "pending" | "resolved" | "null" = "pending";
  target: Target | undefined;
  /** isNullObject becomes readable at the first sync after the object was made. */
  synced = false;
  readonly proxy: object;

  constructor(
    readonly cx: FakeContext,
    readonly type: string,
    private readonly resolver: () => Target | null,
    readonly orNull: boolean,
  ) {
    cx.created.push(this);
    this.proxy = new Proxy({}, cx.api.handler(this));
    cx.api.registry.set(this.proxy, this);
  }

  spec(): TypeSpec {
    return this.cx.api.specs[this.type];
  }

  resolve(): Target | null {
    if (this.state === "pending") {
      const t = this.resolver();
      if (t === null) {
        if (!this.orNull) throw new FakeError("ItemNotFound", `${this.type} not found`);
        this.state = "null";
      } else {
        this.target = t;
        this.state = "resolved";
      }
    }
    return this.state === "null" ? null : (this.target as Target);
  }

  /** Resolves, throwing when the object is a null object (methods may not be used on one). */
  live(): Target {
    const t = this.resolve();
    if (t === null) throw new FakeError("InvalidObjectPath", `${this.type} is a null object`);
    return t;
  }
}

type Op =
  | { kind: "load"; obj: ClientObject; paths: string[] }
  | { kind: "set"; obj: ClientObject; prop: string; value: unknown; cells: number }
  | { kind: "call"; obj: ClientObject; method: string; args: Args; result?: ClientObject; cells: number }
  | { kind: "result"; obj: ClientObject; method: string; args: Args; holder: ResultHolder; cells: number };

/** The value of an OfficeExtension.ClientResult, set when its sync applies the method. */
interface ResultHolder {
  loaded: boolean;
  value: unknown;
}

/** What the fake counts, for the tests. */
export interface FakeStats {
  syncs: number;
  runs: { options: unknown; syncs: number }[];
  /** Write cells carried by each sync (values, formulas and formats arrays all count). */
  payloads: number[];
  payloadRejections: number;
  responseRejections: number;
}

export interface FakeLimits {
  /** Most write cells one sync may carry (RequestPayloadSizeLimitExceeded beyond). */
  payloadCells: number;
  /** Most per-cell values one sync may return (ResponsePayloadSizeLimitExceeded beyond). */
  responseCells: number;
}

export class FakeContext {
  queue: Op[] = [];
  created: ClientObject[] = [];
  closed = false;
  readonly workbook: ClientObject;
  readonly proxy: object;
  constructor(
    readonly api: FakeApi,
    readonly run: { options: unknown; syncs: number },
  ) {
    this.workbook = new ClientObject(this, "Workbook", () => ({}), false);
    this.proxy = strictObject({ workbook: this.workbook.proxy, sync: () => this.sync() }, "RequestContext");
  }

  enqueue(op: Op): void {
    if (this.closed) throw new FakeError("InvalidObjectPath", "the object was used outside its Excel.run batch");
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeError("InvalidObjectPath", "context.sync() after Excel.run ended");
    const stats = this.api.stats;
    stats.syncs++;
    this.run.syncs++;
    const ops = this.queue;
    this.queue = [];
    const cells = ops.reduce((n, op) => n + (op.kind === "load" ? 0 : op.cells), 0);
    stats.payloads.push(cells);
    await Promise.resolve();
    if (cells > this.api.limits.payloadCells) {
      stats.payloadRejections++;
      this.markSynced();
      throw new FakeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${cells} cells > ${this.api.limits.payloadCells}).`);
    }
    const failure = this.api.failures.find((f) => f.atSync === stats.syncs);
    let response = 0;
    try {
      ops.forEach((op, i) => {
        if (failure && i >= failure.applyFirst) throw new FakeError(failure.code, `injected failure at sync ${failure.atSync} after ${failure.applyFirst} operation(s)`);
        response += this.apply(op);
      });
      if (failure) throw new FakeError(failure.code, `injected failure at sync ${failure.atSync}`);
    } finally {
      this.markSynced();
    }
    if (response > this.api.limits.responseCells) {
      stats.responseRejections++;
      throw new FakeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${response} cells).`);
    }
  }

  private markSynced(): void {
    for (const o of this.created) {
      if (o.orNull && o.state === "pending") {
        try {
          o.resolve();
        } catch {
          // An object whose parent failed stays unresolved.
        }
      }
      o.synced = true;
    }
  }

  private apply(op: Op): number {
    if (op.kind === "load") return this.load(op.obj, op.paths);
    if (op.kind === "set") {
      const prop = op.obj.spec().props[op.prop];
      if (prop.api && !this.api.supports(prop.api)) throw new FakeError("ApiNotFound", `${op.obj.type}.${op.prop} needs ExcelApi ${prop.api}`);
      const t = op.obj.live();
      (prop.set as NonNullable<PropSpec["set"]>)(t, op.value, this.api);
      return 0;
    }
    if (op.kind === "result") {
      const spec = op.obj.spec().methods?.[op.method] as Extract<MethodSpec, { kind: "result" }>;
      if (spec.api && !this.api.supports(spec.api)) throw new FakeError("ApiNotFound", `${op.obj.type}.${op.method} needs ExcelApi ${spec.api}`);
      const value = deepCopy(spec.compute(op.obj.live(), op.args, this.api));
      op.holder.value = value;
      op.holder.loaded = true;
      return spec.cells ? spec.cells(value) : 0;
    }
    const spec = op.obj.spec().methods?.[op.method] as Extract<MethodSpec, { kind: "action" }>;
    if (spec.api && !this.api.supports(spec.api)) throw new FakeError("ApiNotFound", `${op.obj.type}.${op.method} needs ExcelApi ${spec.api}`);
    const t = op.obj.live();
    const out = spec.run(t, op.args, this.api);
    if (op.result && out) {
      op.result.target = out;
      op.result.state = "resolved";
    }
    return 0;
  }

  /** Loads paths ("values", "items/name", "protection/protected") into the object's cache. */
  private load(obj: ClientObject, paths: string[]): number {
    const t = obj.resolve();
    const spec = obj.spec();
    let cells = 0;
    const groups = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      const list = groups.get(head) ?? [];
      if (rest.length) list.push(rest.join("/"));
      groups.set(head, list);
    }
    for (const [head, rest] of groups) {
      if (head === "items" && spec.items) {
        if (t === null) {
          obj.loaded.set("items", []);
          continue;
        }
        const items = spec.items.list(t, this.api).map((target) => {
          const item = new ClientObject(this, (spec.items as NonNullable<TypeSpec["items"]>).type, () => target, false);
          item.resolve();
          return item;
        });
        for (const item of items) cells += this.load(item, rest.length ? rest : Object.keys(item.spec().props));
        obj.loaded.set("items", items.map((i) => i.proxy));
      } else if (spec.nav?.[head]) {
        const child = this.api.nav(obj, head);
        if (t === null) continue;
        cells += this.load(child, rest.length ? rest : Object.keys(child.spec().props));
      } else {
        const prop = spec.props[head];
        if (prop.api && !this.api.supports(prop.api)) throw new FakeError("ApiNotFound", `${obj.type}.${head} needs ExcelApi ${prop.api}`);
        if (t === null) {
          obj.loaded.set(head, null);
          continue;
        }
        const value = deepCopy(prop.get(t, this.api));
        if (prop.cells) cells += elementCount(value);
        obj.loaded.set(head, value);
      }
    }
    return cells;
  }
}

/** OfficeExtension.ClientResult: `value` throws until the sync that computes it. */
function clientResult(holder: ResultHolder, what: string): object {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop === "symbol" || prop === "then" || prop === "asymmetricMatch" || prop === "$$typeof" || prop === "nodeType") return undefined;
        if (prop === "value") {
          if (!holder.loaded) {
            throw new FakeError(
              "ValueNotLoaded",
              `The value of the result object (${what}) has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
            );
          }
          return holder.value;
        }
        if (prop === "toJSON") return () => (holder.loaded ? holder.value : undefined);
        throw new TypeError(`Fake Excel: ClientResult.${prop} does not exist`);
      },
      set(_t, prop) {
        throw new TypeError(`Fake Excel: ClientResult.${String(prop)} cannot be set`);
      },
    },
  );
}

/** A plain object whose unknown members throw (for RequestContext, Office.context, …). */
export function strictObject<T extends object>(obj: T, name: string, writable: string[] = []): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON" || prop === "asymmetricMatch" || prop === "$$typeof") {
        return Reflect.get(target, prop, receiver);
      }
      if (!(prop in target)) throw new TypeError(`Fake Office: ${name}.${prop} does not exist`);
      return Reflect.get(target, prop, receiver);
    },
    set(target, prop, value) {
      if (typeof prop === "string" && writable.includes(prop)) return Reflect.set(target, prop, value);
      throw new TypeError(`Fake Office: ${name}.${String(prop)} cannot be set`);
    },
  });
}

export class FakeApi {
  readonly specs: Record<string, TypeSpec>;
  readonly registry = new WeakMap<object, ClientObject>();
  stats: FakeStats = { syncs: 0, runs: [], payloads: [], payloadRejections: 0, responseRejections: 0 };
  /** Injected failures: the sync numbered `atSync` (counting from the fake's creation) applies its first `applyFirst` operations, then fails. */
  failures: { atSync: number; applyFirst: number; code: string }[] = [];

  constructor(
    readonly book: FakeBook,
    public limits: FakeLimits,
    public apiVersion: () => string,
  ) {
    this.specs = specs(book);
  }

  supports(version: string): boolean {
    return versionAtMost(version, this.apiVersion());
  }

  targetOf(proxy: unknown): Target {
    const obj = this.registry.get(proxy as object);
    if (!obj) throw new FakeError("InvalidArgument", "not an object of this context");
    return obj.live();
  }

  nav(obj: ClientObject, name: string): ClientObject {
    let child = obj.navs.get(name);
    if (!child) {
      const spec = (obj.spec().nav as Record<string, NavSpec>)[name];
      child = new ClientObject(
        obj.cx,
        spec.type,
        () => {
          if (spec.api && !this.supports(spec.api)) throw new FakeError("ApiNotFound", `${obj.type}.${name} needs ExcelApi ${spec.api}`);
          return spec.resolve(obj.live());
        },
        false,
      );
      obj.navs.set(name, child);
    }
    return child;
  }

  /** Checks a load path against the type specs, so a misspelled property fails at load(). */
  private checkPath(type: string, path: string): void {
    const [head, ...rest] = path.split("/");
    const spec = this.specs[type];
    if (head === "items" && spec.items) {
      if (rest.length) this.checkPath(spec.items.type, rest.join("/"));
      return;
    }
    if (spec.nav?.[head]) {
      if (rest.length) this.checkPath(spec.nav[head].type, rest.join("/"));
      return;
    }
    if (spec.props[head] && rest.length === 0) return;
    throw new FakeError("InvalidArgument", `${type} has no loadable property '${path}'`);
  }

  handler(obj: ClientObject): ProxyHandler<object> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const api = this;
    return {
      get(_t, prop) {
        if (typeof prop === "symbol" || prop === "then" || prop === "asymmetricMatch" || prop === "$$typeof" || prop === "nodeType") return undefined;
        const spec = obj.spec();
        if (prop === "load") {
          return (arg?: string | string[]) => {
            const paths =
              arg === undefined
                ? Object.keys(spec.props)
                : (Array.isArray(arg) ? arg : String(arg).split(","))
                    .map((s) => s.trim())
                    .filter((s) => s !== "");
            for (const p of paths) api.checkPath(obj.type, p);
            obj.cx.enqueue({ kind: "load", obj, paths });
            return obj.proxy;
          };
        }
        if (prop === "toJSON") return () => Object.fromEntries(obj.loaded);
        if (prop === "isNullObject") {
          if (!obj.synced) throw notLoaded(obj.type, prop);
          return obj.state === "null";
        }
        if (prop === "items" && spec.items) {
          if (!obj.loaded.has("items")) throw notLoaded(obj.type, prop);
          return obj.loaded.get("items");
        }
        if (spec.props[prop]) {
          if (!obj.loaded.has(prop)) throw notLoaded(obj.type, prop);
          return obj.loaded.get(prop);
        }
        if (spec.nav?.[prop]) return api.nav(obj, prop).proxy;
        const method = spec.methods?.[prop];
        if (method) {
          return (...args: Args) => {
            if (obj.cx.closed) throw new FakeError("InvalidObjectPath", "the object was used outside its Excel.run batch");
            if (method.kind === "object") {
              const child = new ClientObject(
                obj.cx,
                method.type,
                () => {
                  if (method.api && !api.supports(method.api)) throw new FakeError("ApiNotFound", `${obj.type}.${prop} needs ExcelApi ${method.api}`);
                  const parent = obj.live();
                  return method.resolve(parent, args, api);
                },
                !!method.orNull,
              );
              return child.proxy;
            }
            const copied = args.map((a) => (api.registry.has(a as object) ? a : deepCopy(a)));
            if (method.kind === "result") {
              const holder: ResultHolder = { loaded: false, value: undefined };
              obj.cx.enqueue({ kind: "result", obj, method: prop, args: copied, holder, cells: 0 });
              return clientResult(holder, `${obj.type}.${prop}`);
            }
            const result = method.returns
              ? new ClientObject(
                  obj.cx,
                  method.returns,
                  () => {
                    throw new FakeError("InvalidObjectPath", `${method.returns} used before the ${prop} that makes it was synced`);
                  },
                  false,
                )
              : undefined;
            obj.cx.enqueue({ kind: "call", obj, method: prop, args: copied, result, cells: method.payload ? method.payload(copied) : 0 });
            return result?.proxy;
          };
        }
        throw new TypeError(`Fake Excel: ${obj.type}.${prop} does not exist`);
      },
      set(_t, prop, value) {
        const p = typeof prop === "string" ? obj.spec().props[prop] : undefined;
        if (!p?.set) throw new TypeError(`Fake Excel: ${obj.type}.${String(prop)} cannot be set`);
        obj.cx.enqueue({ kind: "set", obj, prop: prop as string, value: deepCopy(value), cells: elementCount(value) });
        return true;
      },
      has(_t, prop) {
        const spec = obj.spec();
        return typeof prop === "string" && (prop in spec.props || !!spec.nav?.[prop] || !!spec.methods?.[prop]);
      },
    };
  }

  async run(options: unknown, batch: (ctx: unknown) => Promise<unknown>): Promise<unknown> {
    const merge = (options as { mergeUndoGroup?: unknown } | undefined)?.mergeUndoGroup;
    if (merge && !this.supports("1.20")) {
      throw new FakeError("ApiNotFound", "Excel.run({ mergeUndoGroup }) needs ExcelApi 1.20 (the fake is strict here)");
    }
    const run = { options: deepCopy(options), syncs: 0 };
    this.stats.runs.push(run);
    const cx = new FakeContext(this, run);
    try {
      const result = await batch(cx.proxy);
      if (cx.queue.length > 0) throw new Error(`Fake Excel: ${cx.queue.length} operation(s) were queued but never synced`);
      return result;
    } finally {
      cx.closed = true;
    }
  }
}
