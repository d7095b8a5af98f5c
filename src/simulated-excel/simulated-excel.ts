// The simulated Excel: a workbook model, the backend that answers office.js's requests on it,
// the document settings, and what a test or the preview page builds and observes. office.js
// itself is loaded unmodified beside it (tests: tests/office-js/; the preview page:
// src/preview/office-boot.ts) and reaches it through the window.external bridge (bridge.ts).
//
//   const excel = new SimulatedExcel(readMemberTables(window.Excel), { apiSets: { ExcelApi: "1.9" } });
//   excel.addSheet("Gemeenten", [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
//   … the Office host runs on office.js …
//   excel.cell("Gemeenten", "D2"); excel.stats.syncs;
import { RichApiBackend, type BackendOptions, type BackendStats } from "./backend";
import type { BehaviourTable, SimEvent } from "./behaviour";
import { RANGE_BEHAVIOUR } from "./behaviour-range";
import { SHEET_BEHAVIOUR } from "./behaviour-sheets";
import { TABLE_BEHAVIOUR } from "./behaviour-tables";
import { SimBook } from "./book";
import type { BridgeTarget } from "./bridge";
import { copyCell, fillFrom, type Primitive, type SimCell, type SimFill } from "./cells";
import type { CustomFunctionCatalog } from "./custom-functions";
import { newFilter, type Criteria } from "./filters";
import { parseAddress, rectA1 } from "./geometry";
import type { MemberTables } from "./members";
import type { SimSheet } from "./sheet";

const BEHAVIOUR: BehaviourTable = { ...SHEET_BEHAVIOUR, ...RANGE_BEHAVIOUR, ...TABLE_BEHAVIOUR };

/** Excel on the web's limit for one request and one response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export type SimulationOptions = Partial<BackendOptions>;

/** A cell given to a builder: a plain value is stored as is (a string stays text). */
export type CellInput =
  | null
  | undefined
  | Primitive
  | { f: string; v?: Primitive; err?: string; nf?: string; fill?: Partial<SimFill> }
  | { err: string; nf?: string; fill?: Partial<SimFill> }
  | { v: Primitive; nf?: string; fill?: Partial<SimFill> }
  | { nf: string; fill?: Partial<SimFill> }
  | { fill: Partial<SimFill> };

export interface SheetOptions {
  /** Top-left cell of `rows` (default "A1"). */
  at?: string;
  hiddenRows?: number[];
  protected?: boolean;
  merges?: string[];
}

/** A cell as the views show it: only what is set. */
export type DumpCell = SimCell;

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

/** One wire exchange, for ?debug=wire and for tests that look at the requests themselves. */
export interface WireExchange {
  request: string;
  status: number;
  response: string;
}

export class SimulatedExcel implements BridgeTarget {
  readonly book = new SimBook();
  readonly backend: RichApiBackend;
  /** The document settings as stored in the file: name -> JSON text (office.js's own encoding). */
  settings: Record<string, string> = {};
  settingsWrites = 0;
  /** Set to make the next settings write fail (office.js then reports saveAsync as failed). */
  failNextSettingsWrite = false;
  /** What the workbook went through that tests and the preview page observe. */
  readonly events: SimEvent[] = [];
  /** Called with every request and its answer (the preview page logs them with ?debug=wire). */
  onWire?: (exchange: WireExchange) => void;
  private readonly listeners = new Set<() => void>();
  private versionNumber = 0;

  constructor(members: MemberTables, options: SimulationOptions = {}) {
    this.backend = new RichApiBackend(
      this.book,
      members,
      BEHAVIOUR,
      {
        apiSets: options.apiSets ?? { ExcelApi: "1.9" },
        returnIds: options.returnIds ?? true,
        requestLimit: options.requestLimit ?? WEB_PAYLOAD_LIMIT,
        responseLimit: options.responseLimit ?? WEB_PAYLOAD_LIMIT,
      },
      (e) => this.events.push(e),
    );
    this.book.onLateResult = () => this.lateResult();
  }

  // ---- custom functions ----

  private recalculationQueued = false;

  /** The add-in's custom functions that formulas may call (the preview page gives the registered ones). */
  useCustomFunctions(catalog: CustomFunctionCatalog): void {
    this.book.customFunctions = catalog;
    this.book.recalculate();
    this.changed();
  }

  /** A custom function set a new result (a stream, a promise): one recalculation for all that arrive together. */
  private lateResult(): void {
    if (this.recalculationQueued) return;
    this.recalculationQueued = true;
    queueMicrotask(() => {
      this.recalculationQueued = false;
      this.book.recalculate();
      this.changed();
    });
  }

  get stats(): BackendStats {
    return this.backend.stats;
  }

  get options(): BackendOptions {
    return this.backend.options;
  }

  // ---- the bridge's side ----

  answer(body: string): { status: number; body: string } {
    const before = this.backend.stats.requests;
    const answer = this.backend.handle(body);
    this.onWire?.({ request: body, status: answer.status, response: answer.body });
    if (this.backend.stats.requests > before) this.changed();
    return answer;
  }

  readSettings(): Record<string, string> {
    return { ...this.settings };
  }

  writeSettings(values: Record<string, string>): void {
    if (this.failNextSettingsWrite) {
      this.failNextSettingsWrite = false;
      throw new Error("simulated Excel: the document settings could not be written");
    }
    this.settingsWrites++;
    this.settings = { ...values };
  }

  /** A setting as the document holds it, parsed (office.js stores values as JSON). */
  setting(name: string): unknown {
    const raw = this.settings[name];
    return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
  }

  // ---- counters and failures ----

  /** Makes the `n`-th request from now (1 = the next) carry out `afterWrites` writes and then fail with `code`. */
  failRequest(n: number, afterWrites = 0, code = "GeneralException"): void {
    this.backend.failures.push({ request: this.backend.stats.requests + n, afterWrites, code });
  }

  /**
   * Lets `f` act on the workbook (as a user would) just before the `n`-th request from now
   * (1 = the next) is carried out: between two batches of one action.
   */
  beforeRequest(n: number, f: () => void): void {
    this.backend.interludes.set(this.backend.stats.requests + n, f);
  }

  resetStats(): void {
    this.backend.stats = { requests: 0, syncs: 0, cleanups: 0, telemetry: 0, requestBytes: [], payloadRejections: 0, responseRejections: 0 };
    this.backend.failures = [];
    this.backend.interludes.clear();
    this.events.length = 0;
  }

  /** The ranges selected through the API (Range.select), in order. */
  get selections(): { sheet: string; address: string }[] {
    return this.events.flatMap((e) => (e.kind === "select" ? [{ sheet: e.sheet, address: e.address }] : []));
  }

  /** How often a filter was cleared through the API (AutoFilter.clearCriteria, Table.clearFilters). */
  get filterClears(): number {
    return this.events.filter((e) => e.kind === "filter-cleared").length;
  }

  // ---- change notification (the preview page redraws) ----

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get version(): number {
    return this.versionNumber;
  }

  changed(): void {
    this.versionNumber++;
    for (const l of this.listeners) l();
  }

  // ---- building a workbook, as a user would have made it ----

  sheet(name: string): SimSheet {
    const s = this.book.sheet(name);
    if (!s) throw new Error(`simulated Excel: no sheet ${name}`);
    return s;
  }

  /** Adds a sheet with rows of cells; the first sheet added is active, with A1 selected. */
  addSheet(name: string, rows: CellInput[][] = [], options: SheetOptions = {}): SimSheet {
    const sheet = this.book.addSheet(name);
    this.setCells(name, options.at ?? "A1", rows);
    for (const r of options.hiddenRows ?? []) sheet.hiddenRows.add(r);
    sheet.protected = options.protected ?? false;
    sheet.merges = (options.merges ?? []).map(parseAddress);
    this.changed();
    return sheet;
  }

  /** Writes cells directly (not through the API), exactly as given: a string stays text. */
  setCells(sheetName: string, at: string, rows: CellInput[][]): void {
    const sheet = this.sheet(sheetName);
    const origin = parseAddress(at);
    rows.forEach((line, i) =>
      line.forEach((input, j) => {
        const row = origin.top + i;
        const col = origin.left + j;
        if (input === null || input === undefined) sheet.put(row, col, {});
        else if (typeof input !== "object") sheet.put(row, col, { v: input });
        else {
          const { fill, ...rest } = input as { fill?: Partial<SimFill> };
          const cell: SimCell = { ...(rest as SimCell) };
          if (fill) cell.fill = fillFrom(fill);
          sheet.put(row, col, cell);
        }
      }),
    );
    this.book.recalculate();
    this.changed();
  }

  /** Types into a cell as a user does in Excel ("=x" becomes a formula, "007" a number; null empties it). */
  type(sheetName: string, address: string, input: Primitive | null): void {
    const r = parseAddress(address);
    this.sheet(sheetName).type(r.top, r.left, input === null ? "" : input);
    this.book.recalculate();
    this.changed();
  }

  addTable(sheetName: string, name: string, address: string, options: { showTotals?: boolean } = {}): void {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    const columnNames: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) columnNames.push(sheet.displayText(rect.top, c) || `Column${c - rect.left + 1}`);
    sheet.tables.push({ id: this.book.newTableId(), name, rect, showTotals: options.showTotals ?? false, columnNames, filter: newFilter(rect) });
    this.changed();
  }

  /** A sheet AutoFilter on `address` with criteria per column (index -> criteria), applied. */
  setAutoFilter(sheetName: string, address: string, criteria: Record<number, Criteria> = {}): void {
    const sheet = this.sheet(sheetName);
    const filter = newFilter(parseAddress(address));
    for (const [i, c] of Object.entries(criteria)) filter.criteria[Number(i)] = c;
    sheet.autoFilter = filter;
    sheet.refilter(filter);
    this.changed();
  }

  /** A filter on a table column, applied. */
  setTableFilter(tableName: string, columnIndex: number, criteria: Criteria): void {
    const found = this.book.table(tableName);
    if (!found) throw new Error(`simulated Excel: no table ${tableName}`);
    found.table.filter.criteria[columnIndex] = criteria;
    found.sheet.refilter(found.table.filter, found.table.showTotals ? found.table.rect.bottom : undefined);
    this.changed();
  }

  /** Activates a sheet and selects a cell or range, as the user would. */
  select(sheetName: string, address: string): void {
    const rect = parseAddress(address);
    this.book.activeSheet = this.sheet(sheetName).name;
    this.book.selection = rect;
    this.book.activeCell = { row: rect.top, col: rect.left };
    this.changed();
  }

  /** Deletes a sheet, as the user does. */
  deleteSheet(sheetName: string): void {
    this.book.deleteSheet(this.sheet(sheetName));
    this.changed();
  }

  /** Deletes a row (0-based) as the user does: the rows below move up. */
  deleteRow(sheetName: string, row: number): void {
    this.sheet(sheetName).deleteRow(row);
    this.book.recalculate();
    this.changed();
  }

  /** Renames a sheet, as the user does (double-click on its tab). */
  renameSheet(sheetName: string, newName: string): void {
    const sheet = this.sheet(sheetName);
    const taken = this.book.sheet(newName);
    if (taken && taken !== sheet) throw new Error(`simulated Excel: a sheet ${newName} exists`);
    if (this.book.activeSheet === sheet.name) this.book.activeSheet = newName;
    sheet.name = newName;
    this.changed();
  }

  /** Activates a sheet (a click on its tab): its A1 becomes the selection. */
  activate(sheetName: string): void {
    this.book.activate(this.sheet(sheetName));
    this.changed();
  }

  // ---- views ----

  /** One cell as stored: only what is set ({} for an empty cell). */
  cell(sheetName: string, address: string): DumpCell {
    const r = parseAddress(address);
    const c = this.sheet(sheetName).get(r.top, r.left);
    return c ? copyCell(c) : {};
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  /** Everything observable on a sheet, for whole-sheet comparisons. */
  dump(sheetName: string): SheetDump {
    const sheet = this.sheet(sheetName);
    const cells: Record<string, DumpCell> = {};
    for (const e of sheet.entries()) cells[rectA1({ top: e.row, left: e.col, bottom: e.row, right: e.col })] = e.cell;
    const criteria = (list: (Criteria | undefined)[]): (Criteria | null)[] => list.map((c) => (c ? (JSON.parse(JSON.stringify(c)) as Criteria) : null));
    const hidden: number[] = [];
    const used = sheet.usedRect(false);
    if (used) for (let r = 0; r <= used.bottom + 1; r++) if (sheet.isRowHidden(r)) hidden.push(r);
    const out: SheetDump = {
      name: sheet.name,
      cells,
      hiddenRows: hidden,
      protected: sheet.protected,
      tables: sheet.tables.map((t) => ({ name: t.name, range: rectA1(t.rect), showTotals: t.showTotals, columns: [...t.columnNames], criteria: criteria(t.filter.criteria) })),
      merges: sheet.merges.map(rectA1),
      widths: Object.fromEntries([...sheet.widths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [rectA1({ top: 0, left: c, bottom: 0, right: c }).replace(/\d+$/, ""), w])),
    };
    if (sheet.autoFilter) out.autoFilter = { range: rectA1(sheet.autoFilter.rect), criteria: criteria(sheet.autoFilter.criteria) };
    return out;
  }

  /** The whole workbook (every sheet's dump, in order): equal snapshots mean nothing observable changed. */
  snapshot(): SheetDump[] {
    return this.book.sheets.map((s) => this.dump(s.name));
  }
}
