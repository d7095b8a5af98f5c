// A faithful in-memory Excel for testing the Office.js host: the subset of the Excel JavaScript
// API the host uses, with the semantics office-addin-mock lacks (see fake-api.ts), plus
// Office.context (display language, requirement sets, document settings).
//
//   const fake = createFakeExcel({ apiVersion: "1.9" });
//   fake.addSheet("Gemeenten", [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
//   fake.install();               // global.Excel, global.Office
//   … exercise the host …
//   fake.uninstall();
import { FakeApi, strictObject, type FakeLimits, type FakeStats } from "./fake-api";
import { FakeBook, FakeError, MAX_COLS, fillFrom, parseAddress, type Criteria, type FakeCell, type FakeFill, type FakeSheet, type Primitive, type Rect } from "./fake-model";

export { FakeError, NO_FILL } from "./fake-model";
export type { Criteria, FakeFill, Rect } from "./fake-model";

/** A fill given to the builder: the parts that differ from a plain solid fill (pattern "Solid", white, tint 0). */
export type FillInput = Partial<FakeFill>;

/** A cell given to the builder: a plain value is stored as is (a string stays text). */
export type CellInput =
  | null
  | undefined
  | Primitive
  | { f: string; v?: Primitive; err?: string; nf?: string; fill?: FillInput }
  | { err: string; nf?: string; fill?: FillInput }
  | { v: Primitive; nf?: string; fill?: FillInput }
  | { nf: string; fill?: FillInput }
  | { fill: FillInput };

export interface FakeOptions {
  /** Highest ExcelApi requirement set the fake supports (default "1.9"). */
  apiVersion?: string;
  /** Other requirement sets, name -> highest version (e.g. { ExcelUndoApiAll: "1.0" }). */
  otherSets?: Record<string, string>;
  displayLanguage?: string;
  limits?: Partial<FakeLimits>;
}

export interface SheetOptions {
  /** Top-left cell of `rows` (default "A1"). */
  at?: string;
  hiddenRows?: number[];
  protected?: boolean;
  merges?: string[];
}

/** A cell in a dump: only what is set. */
export interface DumpCell {
  v?: Primitive;
  err?: string;
  f?: string;
  nf?: string;
  fill?: FakeFill;
}

export interface SheetDump {
  name: string;
  cells: Record<string, DumpCell>;
  hiddenRows: number[];
  protected: boolean;
  autoFilter?: { range: string; criteria: (Criteria | null)[] };
  tables: { name: string; range: string; showTotals: boolean; columns: string[]; criteria: (Criteria | null)[] }[];
  merges: string[];
  widths: Record<string, number>;
}

function a1(row: number, col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row + 1}`;
}

function copyCell(c: FakeCell | undefined): DumpCell {
  if (!c) return {};
  const out: DumpCell = { ...c };
  if (c.fill) out.fill = { ...c.fill };
  return out;
}

function range(r: Rect): string {
  const a = a1(r.top, r.left);
  const b = a1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export class FakeExcel {
  readonly book = new FakeBook();
  readonly api: FakeApi;
  apiVersion: string;
  otherSets: Record<string, string>;
  displayLanguage: string;
  /** Document settings as the add-in sees them, and as last saved in the file. */
  settings = new Map<string, unknown>();
  savedSettings = new Map<string, unknown>();
  saveAsyncCalls = 0;
  /** Set to make the next saveAsync fail. */
  failNextSave = false;
  readonly Excel: unknown;
  readonly Office: unknown;
  private previous?: { Excel: unknown; Office: unknown };

  constructor(options: FakeOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.9";
    this.otherSets = options.otherSets ?? {};
    this.displayLanguage = options.displayLanguage ?? "nl-NL";
    this.api = new FakeApi(
      this.book,
      { payloadCells: options.limits?.payloadCells ?? Number.POSITIVE_INFINITY, responseCells: options.limits?.responseCells ?? Number.POSITIVE_INFINITY },
      () => this.apiVersion,
    );
    const api = this.api;
    this.Excel = strictObject(
      {
        run: (a: unknown, b?: unknown) => {
          if (typeof a === "function") return api.run(undefined, a as (ctx: unknown) => Promise<unknown>);
          if (typeof b !== "function") throw new TypeError("Fake Excel.run(options, batch): batch must be a function");
          return api.run(a, b as (ctx: unknown) => Promise<unknown>);
        },
      },
      "Excel",
    );
    const settings = strictObject(
      {
        get: (name: string): unknown => {
          const v = this.settings.get(name);
          return v === undefined ? null : JSON.parse(JSON.stringify(v));
        },
        set: (name: string, value: unknown): void => {
          this.settings.set(name, JSON.parse(JSON.stringify(value)));
        },
        remove: (name: string): void => {
          this.settings.delete(name);
        },
        saveAsync: (...args: unknown[]): void => {
          this.saveAsyncCalls++;
          const callback = args.find((a) => typeof a === "function") as ((r: unknown) => void) | undefined;
          const fail = this.failNextSave;
          this.failNextSave = false;
          if (!fail) this.savedSettings = new Map(JSON.parse(JSON.stringify([...this.settings])) as [string, unknown][]);
          setTimeout(() => {
            callback?.(
              fail
                ? { status: "failed", error: { code: 5001, name: "Internal Error", message: "An internal error has occurred." } }
                : { status: "succeeded", value: undefined },
            );
          }, 0);
        },
      },
      "Office.context.document.settings",
    );
    const requirements = strictObject(
      {
        isSetSupported: (name: string, version?: string): boolean => {
          const want = version ?? "1.1";
          const have = name === "ExcelApi" ? this.apiVersion : this.otherSets[name];
          if (have === undefined) return false;
          const [w1, w2] = want.split(".").map(Number);
          const [h1, h2] = have.split(".").map(Number);
          return w1 < h1 || (w1 === h1 && (w2 || 0) <= (h2 || 0));
        },
      },
      "Office.context.requirements",
    );
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const context = strictObject(
      {
        get displayLanguage() {
          return self.displayLanguage;
        },
        requirements,
        document: strictObject({ settings }, "Office.context.document"),
      },
      "Office.context",
    );
    this.Office = strictObject({ context, AsyncResultStatus: strictObject({ Succeeded: "succeeded", Failed: "failed" }, "Office.AsyncResultStatus") }, "Office");
  }

  get stats(): FakeStats {
    return this.api.stats;
  }

  /** Sets limits (cells per sync) after creation. */
  setLimits(limits: Partial<FakeLimits>): void {
    this.api.limits = { ...this.api.limits, ...limits };
  }

  /**
   * Makes the `n`-th sync from now (1 = the next) apply only its first `applyFirst` operations
   * and then fail with `code`, as Excel does when an operation in a batch fails.
   */
  failSync(n: number, applyFirst = 0, code = "GeneralException"): void {
    this.api.failures.push({ atSync: this.api.stats.syncs + n, applyFirst, code });
  }

  resetStats(): void {
    this.api.stats = { syncs: 0, runs: [], payloads: [], payloadRejections: 0, responseRejections: 0 };
    this.api.failures = [];
  }

  install(): this {
    const g = globalThis as unknown as Record<string, unknown>;
    this.previous = { Excel: g.Excel, Office: g.Office };
    g.Excel = this.Excel;
    g.Office = this.Office;
    return this;
  }

  uninstall(): void {
    const g = globalThis as unknown as Record<string, unknown>;
    if (!this.previous) return;
    if (this.previous.Excel === undefined) delete g.Excel;
    else g.Excel = this.previous.Excel;
    if (this.previous.Office === undefined) delete g.Office;
    else g.Office = this.previous.Office;
    this.previous = undefined;
  }

  /** Reopens the document: the settings are what was last saved. */
  reopen(): void {
    this.settings = new Map(JSON.parse(JSON.stringify([...this.savedSettings])) as [string, unknown][]);
  }

  sheet(name: string): FakeSheet {
    const s = this.book.sheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** Adds a sheet with rows of cells; the first sheet added is active, with A1 selected. */
  addSheet(name: string, rows: CellInput[][] = [], options: SheetOptions = {}): FakeSheet {
    const sheet = this.book.addSheet(name);
    this.setCells(name, options.at ?? "A1", rows);
    for (const r of options.hiddenRows ?? []) sheet.hiddenRows.add(r);
    sheet.protected = options.protected ?? false;
    sheet.merges = (options.merges ?? []).map(parseAddress);
    return sheet;
  }

  /** Writes cells directly (not through the API), as a user would have. */
  setCells(sheetName: string, at: string, rows: CellInput[][]): void {
    const sheet = this.sheet(sheetName);
    const origin = parseAddress(at);
    rows.forEach((line, i) =>
      line.forEach((input, j) => {
        const row = origin.top + i;
        const col = origin.left + j;
        if (input === null || input === undefined) {
          sheet.put(row, col, {});
          return;
        }
        if (typeof input !== "object") {
          sheet.put(row, col, { v: input });
          return;
        }
        const { fill, ...rest } = input as { fill?: FillInput };
        const cell: FakeCell = { ...rest };
        if (fill) cell.fill = fillFrom(fill);
        if ("f" in input && input.f !== undefined) {
          this.book.formulaResults.set(input.f, input.err !== undefined ? { err: input.err } : { v: input.v });
        }
        sheet.put(row, col, cell);
      }),
    );
  }

  addTable(sheetName: string, name: string, address: string, options: { showTotals?: boolean } = {}): void {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    const columnNames: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) columnNames.push(sheet.displayText(rect.top, c) || `Column${c - rect.left + 1}`);
    sheet.tables.push({
      name,
      rect,
      showTotals: options.showTotals ?? false,
      columnNames,
      filter: { rect: { ...rect }, criteria: columnNames.map(() => undefined), hidden: new Set() },
    });
  }

  /** A sheet AutoFilter on `address` with criteria per column (index -> criteria), applied. */
  setAutoFilter(sheetName: string, address: string, criteria: Record<number, Criteria> = {}): void {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    const list: (Criteria | undefined)[] = new Array(rect.right - rect.left + 1).fill(undefined);
    for (const [i, c] of Object.entries(criteria)) list[Number(i)] = c;
    sheet.autoFilter = { rect, criteria: list, hidden: new Set() };
    sheet.refilter(sheet.autoFilter);
  }

  /** A filter on a table column, applied. */
  setTableFilter(tableName: string, columnIndex: number, criteria: Criteria): void {
    const found = this.book.table(tableName);
    if (!found) throw new Error(`fake: no table ${tableName}`);
    found.table.filter.criteria[columnIndex] = criteria;
    found.sheet.refilter(found.table.filter, found.table.showTotals ? found.table.rect.bottom : undefined);
  }

  /** Activates a sheet and selects a cell or range, as the user would. */
  select(sheetName: string, address: string): void {
    const rect = parseAddress(address);
    this.book.activeSheet = this.sheet(sheetName).name;
    this.book.selection = rect;
    this.book.activeCell = { row: rect.top, col: rect.left };
  }

  /** The value of one cell as the tests like to see it. */
  cell(sheetName: string, address: string): DumpCell {
    const r = parseAddress(address);
    return copyCell(this.sheet(sheetName).get(r.top, r.left));
  }

  /** Everything observable on a sheet, for whole-sheet comparisons. */
  dump(sheetName: string): SheetDump {
    const sheet = this.sheet(sheetName);
    const cells: Record<string, DumpCell> = {};
    const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
    for (const k of keys) cells[a1(Math.floor(k / MAX_COLS), k % MAX_COLS)] = copyCell(sheet.cells.get(k));
    const criteria = (list: (Criteria | undefined)[]): (Criteria | null)[] => list.map((c) => (c ? JSON.parse(JSON.stringify(c)) : null));
    const hidden: number[] = [];
    const used = sheet.usedRect(false);
    if (used) for (let r = 0; r <= used.bottom + 1; r++) if (sheet.isRowHidden(r)) hidden.push(r);
    const out: SheetDump = {
      name: sheet.name,
      cells,
      hiddenRows: hidden,
      protected: sheet.protected,
      tables: sheet.tables.map((t) => ({ name: t.name, range: range(t.rect), showTotals: t.showTotals, columns: [...t.columnNames], criteria: criteria(t.filter.criteria) })),
      merges: sheet.merges.map(range),
      widths: Object.fromEntries([...sheet.widths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [a1(0, c).replace(/\d+$/, ""), w])),
    };
    if (sheet.autoFilter) out.autoFilter = { range: range(sheet.autoFilter.rect), criteria: criteria(sheet.autoFilter.criteria) };
    return out;
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }
}

export function createFakeExcel(options: FakeOptions = {}): FakeExcel {
  return new FakeExcel(options);
}

export function isFakeError(e: unknown, code?: string): e is FakeError {
  return e instanceof FakeError && (code === undefined || e.code === code);
}
