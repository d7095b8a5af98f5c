// An in-memory workbook and a WorkbookHost on top of it: what the preview page and the task
// pane's tests run against. It behaves like the Office.js host where the pane can tell: it
// reads the active sheet in one go, refuses a protected sheet and a filter that hides rows,
// re-checks the target cells itself (never trusting the plan's conflict list), writes numbers
// with their format and text as text, appends one audit row per action on `Verantwoording` (placed as the Office host does),
// keeps before/after snapshots, restores them exactly, and notices cells edited since.
// No formula engine: a formula cell keeps the value it was given.
import type {
  ApplyOptions,
  ApplyResult,
  CellSnapshot,
  InputRead,
  Lang,
  MarkRecord,
  SavedChoices,
  UndoRecord,
  UndoResult,
  WorkbookHost,
} from "../host";
import { AUDIT_SHEET, planAuditRow } from "../excel/audit-sheet";
import { fromA1, rectToA1, rectsIntersect, toA1 } from "../workbook";
import type { AuditRecord, CellRect, CellValue, Grid, PlannedCell, TableInfo, WritePlan } from "../workbook/types";
import {
  cellFromSnapshot,
  copyCell,
  emptyCell,
  GENERAL,
  TEXT_FORMAT,
  isMemoryCell,
  occupied,
  plannedToCell,
  sameSnapshot,
  snapshotOf,
  type CellInput,
  type MemoryCell,
} from "./memory-cells";
import { markCells, unmarkCells, writeReportSheet } from "./memory-marks";
import {
  protectedSideSheet,
  restoreSideBlocks,
  sideConflicts,
  sideEditedSince,
  writeSideBlocks,
  type KeptSideBlock,
} from "./memory-side-blocks";

export { AUDIT_SHEET };
export { GENERAL, TEXT_FORMAT, snapshotOf, type CellInput, type MemoryCell } from "./memory-cells";
export class MemorySheet {
  readonly name: string;
  private readonly cells = new Map<string, MemoryCell>();
  /** Rows hidden by hand or by the filter (0-based). */
  readonly hiddenRows = new Set<number>();
  /** An AutoFilter currently hides rows. */
  filterActive = false;
  isProtected = false;
  tables: TableInfo[] = [];
  merges: CellRect[] = [];

  constructor(name: string) {
    this.name = name;
  }

  private static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  get(row: number, col: number): MemoryCell | undefined {
    return this.cells.get(MemorySheet.key(row, col));
  }

  /** Puts a cell (a copy); undefined or an empty cell clears it. */
  put(row: number, col: number, cell: MemoryCell | undefined): void {
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0)
      throw new RangeError(`Invalid cell ${row},${col}`);
    const k = MemorySheet.key(row, col);
    if (!cell || emptyCell(cell)) this.cells.delete(k);
    else this.cells.set(k, copyCell(cell));
  }

  /** Every non-empty cell with its position, in no particular order. */
  entries(): { row: number; col: number; cell: MemoryCell }[] {
    const out: { row: number; col: number; cell: MemoryCell }[] = [];
    for (const [k, cell] of this.cells) {
      const [row, col] = k.split(",").map(Number);
      out.push({ row, col, cell });
    }
    return out;
  }

  /** From A1 to the last used cell, or undefined for an empty sheet. */
  usedRect(): CellRect | undefined {
    let bottom = -1;
    let right = -1;
    for (const { row, col } of this.entries()) {
      if (row > bottom) bottom = row;
      if (col > right) right = col;
    }
    return bottom < 0 ? undefined : { top: 0, left: 0, bottom, right };
  }

  /** Deletes a row: the rows below move up one. */
  deleteRow(row: number): void {
    const moved = this.entries().filter((e) => e.row >= row);
    for (const e of moved) this.cells.delete(MemorySheet.key(e.row, e.col));
    for (const e of moved) if (e.row > row) this.cells.set(MemorySheet.key(e.row - 1, e.col), e.cell);
  }
}

export interface Selection {
  sheet: string;
  address: string;
}

/** A workbook of sheets, the active one, the selection, and listeners told of every change. */
export class MemoryWorkbook {
  private readonly list: MemorySheet[] = [];
  private readonly listeners = new Set<() => void>();
  private versionNumber = 0;
  activeSheet = "";
  selection: Selection | undefined;

  /** Increases with every change (for useSyncExternalStore). */
  get version(): number {
    return this.versionNumber;
  }

  get sheets(): readonly MemorySheet[] {
    return this.list;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.list.find((s) => s.name === name);
  }

  addSheet(name: string): MemorySheet {
    if (this.sheet(name)) throw new Error(`Sheet ${name} exists already`);
    const s = new MemorySheet(name);
    this.list.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    this.changed();
    return s;
  }

  removeSheet(name: string): void {
    const i = this.list.findIndex((s) => s.name === name);
    if (i < 0) return;
    this.list.splice(i, 1);
    if (this.activeSheet === name) this.activeSheet = this.list[0]?.name ?? "";
    if (this.selection?.sheet === name) this.selection = undefined;
    this.changed();
  }

  activate(name: string): void {
    if (!this.sheet(name)) throw new Error(`No sheet ${name}`);
    if (this.activeSheet === name) return;
    this.activeSheet = name;
    this.changed();
  }

  /**
   * Sets a cell as a user would: `setCell("Gemeenten", "C5", 13478)`, a text, null to clear,
   * `{ formula: "=B2*2", value: 4 }`, or a full MemoryCell. The number format stays unless given.
   */
  setCell(sheetName: string, address: string, input: CellInput, numberFormat?: string): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`No sheet ${sheetName}`);
    const { row, col } = fromA1(address);
    const old = s.get(row, col);
    const cell: MemoryCell = isMemoryCell(input) ? copyCell(input) : { value: input };
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    else if (cell.numberFormat === undefined && old?.numberFormat !== undefined) cell.numberFormat = old.numberFormat;
    s.put(row, col, cell);
    this.changed();
  }

  /** The cell at an A1 address, or undefined when empty. */
  cell(sheetName: string, address: string): MemoryCell | undefined {
    const { row, col } = fromA1(address);
    return this.sheet(sheetName)?.get(row, col);
  }

  /** A plain, comparable copy of everything: sheets in order, their cells sorted, the sheet state. */
  snapshot(): unknown {
    return this.list.map((s) => ({
      name: s.name,
      cells: s
        .entries()
        .sort((a, b) => a.row - b.row || a.col - b.col)
        .map((e) => ({ at: toA1(e.row, e.col), ...copyCell(e.cell) })),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      filterActive: s.filterActive,
      isProtected: s.isProtected,
      tables: s.tables.map((t) => ({ ...t, rect: { ...t.rect } })),
      merges: s.merges.map((m) => ({ ...m })),
    }));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Tells the listeners that something changed. */
  changed(): void {
    this.versionNumber++;
    for (const l of [...this.listeners]) l();
  }
}

export interface MemoryHostOptions {
  language?: Lang;
  /** Choices as if saved in the document earlier. */
  choices?: SavedChoices;
  /** Milliseconds each host call waits, to let tests and the preview see busy states. */
  latencyMs?: number;
}

interface KeptRecord {
  /** The cells exactly as they were (with formula results, which snapshots do not hold). */
  before: Map<string, MemoryCell | undefined>;
  /** Blocks written on other sheets (formula mode's rates block). */
  side: KeptSideBlock[];
}

/** Choices are plain JSON, as in the document's settings. */
function cloneChoices(c: SavedChoices): SavedChoices {
  return JSON.parse(JSON.stringify(c)) as SavedChoices;
}

function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

/** Every planned cell that changes the sheet, with its absolute position. */
function plannedTargets(plan: WritePlan): { row: number; col: number; cell: PlannedCell }[] {
  const out: { row: number; col: number; cell: PlannedCell }[] = [];
  plan.cells.forEach((rowCells, r) =>
    rowCells.forEach((cell, c) => {
      if (cell.kind !== "skip") out.push({ row: plan.top + r, col: plan.left + c, cell });
    }),
  );
  for (const x of plan.extraCells ?? []) if (x.cell.kind !== "skip") out.push({ row: x.row, col: x.col, cell: x.cell });
  return out;
}

export class MemoryHost implements WorkbookHost {
  readonly book: MemoryWorkbook;
  private lang: Lang;
  private choices: SavedChoices | undefined;
  private readonly latencyMs: number;
  private readonly kept = new Map<string, KeptRecord>();
  private counter = 0;
  /** How often saveChoices was called (tests check it is not called during an apply). */
  saveCount = 0;
  /** Calls of apply and undo that are running. */
  running = 0;
  /** saveChoices calls that arrived while an apply or undo was running (should stay 0). */
  savesDuringAction = 0;
  /** Every host.select call, in order. */
  readonly selections: Selection[] = [];
  /** How often a filter was cleared for a write and restored. */
  filterClears = 0;

  constructor(book: MemoryWorkbook, options: MemoryHostOptions = {}) {
    this.book = book;
    this.lang = options.language ?? "nl";
    this.choices = options.choices ? cloneChoices(options.choices) : undefined;
    this.latencyMs = options.latencyMs ?? 0;
  }

  language(): Lang {
    return this.lang;
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
  }

  private message(nl: string, en: string): string {
    return this.lang === "nl" ? nl : en;
  }

  private requireSheet(name: string): MemorySheet {
    const s = this.book.sheet(name);
    if (!s)
      throw new Error(this.message(`Het werkblad ${name} bestaat niet (meer).`, `Sheet ${name} does not exist (any more).`));
    return s;
  }

  /** The used range of a sheet as a grid (values, formulas, number formats). */
  private gridOf(sheet: MemorySheet): { grid: Grid; used: CellRect } {
    const used = sheet.usedRect() ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = used.top; r <= used.bottom; r++) {
      const vr: CellValue[] = [];
      const fr: (string | null)[] = [];
      const nr: (string | null)[] = [];
      for (let c = used.left; c <= used.right; c++) {
        const cell = sheet.get(r, c);
        vr.push(cell ? (cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value) : null);
        fr.push(cell?.formula ?? null);
        nr.push(cell?.numberFormat ?? GENERAL);
      }
      values.push(vr);
      formulas.push(fr);
      numberFormats.push(nr);
    }
    return { grid: { sheet: sheet.name, top: used.top, left: used.left, values, formulas, numberFormats }, used };
  }

  async readInput(): Promise<InputRead> {
    await wait(this.latencyMs);
    const sheet = this.requireSheet(this.book.activeSheet);
    const { grid, used } = this.gridOf(sheet);
    const sel = this.book.selection?.sheet === sheet.name ? this.book.selection.address : "A1";
    const selAt = fromA1(sel.split(":")[0]);
    const inTable = sheet.tables.some((t) =>
      rectsIntersect(t.rect, { top: selAt.row, bottom: selAt.row, left: selAt.col, right: selAt.col }),
    );
    return {
      grid: {
        ...grid,
        hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
        filterActive: sheet.filterActive,
        merges: sheet.merges.map((m) => ({ ...m })),
        tables: sheet.tables.map((t) => ({ ...t, rect: { ...t.rect } })),
        protected: sheet.isProtected,
      },
      source: inTable ? "table" : "used-range",
      rect: { ...used },
    };
  }

  async readSheet(name: string): Promise<Grid | undefined> {
    await wait(this.latencyMs);
    const sheet = this.book.sheet(name);
    return sheet ? this.gridOf(sheet).grid : undefined;
  }

  async markCells(sheet: string, cells: string[]): Promise<MarkRecord> {
    await wait(this.latencyMs);
    return markCells(this.book, sheet, cells);
  }

  async unmarkCells(record: MarkRecord): Promise<void> {
    await wait(this.latencyMs);
    unmarkCells(this.book, record);
  }

  async writeReportSheet(baseName: string, cells: PlannedCell[][]): Promise<{ sheet: string }> {
    await wait(this.latencyMs);
    return writeReportSheet(this.book, baseName, cells);
  }

  async apply(plan: WritePlan, audit: AuditRecord, options: ApplyOptions): Promise<ApplyResult> {
    this.running++;
    try {
      await wait(this.latencyMs);
      const sheet = this.requireSheet(plan.sheet);
      if (sheet.isProtected) return { status: "protected", sheet: sheet.name };
      const sideBlocks = plan.otherBlocks ?? [];
      const sideProtected = protectedSideSheet(this.book, sideBlocks);
      if (sideProtected !== undefined) return { status: "protected", sheet: sideProtected };
      if (sheet.filterActive && !options.clearFilter) return { status: "filtered", sheet: sheet.name };

      const targets = plannedTargets(plan);
      // The sheet may have changed since it was read: check the cells themselves.
      const conflicts: string[] = [];
      for (const t of targets) if (occupied(sheet.get(t.row, t.col))) conflicts.push(toA1(t.row, t.col));
      conflicts.push(...sideConflicts(this.book, sideBlocks));
      for (const m of sheet.merges) {
        if (targets.some((t) => rectsIntersect(m, { top: t.row, bottom: t.row, left: t.col, right: t.col })))
          conflicts.push(rectToA1(m));
      }
      if (conflicts.length > 0 && !options.overwrite) return { status: "conflicts", cells: conflicts };
      if (
        sheet.merges.some((m) => targets.some((t) => rectsIntersect(m, { top: t.row, bottom: t.row, left: t.col, right: t.col })))
      ) {
        throw new Error(
          this.message(
            "Samengevoegde cellen liggen in het doelgebied; maak ze eerst los.",
            "Merged cells lie in the target area; unmerge them first.",
          ),
        );
      }

      // Clear the filter for the write, restore it afterwards.
      let restoreFilter: (() => void) | undefined;
      if (sheet.filterActive) {
        const hidden = new Set(sheet.hiddenRows);
        sheet.filterActive = false;
        sheet.hiddenRows.clear();
        this.filterClears++;
        restoreFilter = () => {
          for (const r of hidden) sheet.hiddenRows.add(r);
          sheet.filterActive = true;
        };
      }

      const before: CellSnapshot[] = [];
      const kept = new Map<string, MemoryCell | undefined>();
      for (const t of targets) {
        const old = sheet.get(t.row, t.col);
        before.push(snapshotOf(t.row, t.col, old));
        kept.set(`${t.row},${t.col}`, old ? copyCell(old) : undefined);
      }
      for (const t of targets) sheet.put(t.row, t.col, plannedToCell(t.cell, sheet.get(t.row, t.col)));
      const after = targets.map((t) => snapshotOf(t.row, t.col, sheet.get(t.row, t.col)));
      const side = writeSideBlocks(this.book, sideBlocks);
      restoreFilter?.();

      // The audit row on Verantwoording, placed exactly as the Office host places it: labels in
      // row 1 (a new label gets a new column), one row of values per action, all text.
      const existing = this.book.sheet(AUDIT_SHEET);
      const used = existing?.usedRect();
      const header: { col: number; label: string }[] = [];
      if (existing && used) {
        for (let col = 0; col <= used.right; col++) {
          const v = existing.get(0, col)?.value;
          if (typeof v === "string" && v !== "") header.push({ col, label: v });
        }
      }
      const write = planAuditRow({ exists: !!existing, usedBottom: used?.bottom, usedRight: used?.right, header }, audit);
      const auditSheet = existing ?? this.book.addSheet(AUDIT_SHEET);
      for (const h of write.header) auditSheet.put(0, h.col, { value: h.label, numberFormat: TEXT_FORMAT });
      for (const v of write.values) auditSheet.put(write.row, v.col, { value: v.value, numberFormat: TEXT_FORMAT });

      const id = `undo-${++this.counter}`;
      this.kept.set(id, { before: kept, side });
      const rect = rectToA1({
        top: plan.top,
        left: plan.left,
        bottom: plan.top + plan.cells.length - 1,
        right: plan.left + (plan.cells[0]?.length ?? 1) - 1,
      });
      const undo: UndoRecord = {
        id,
        sheet: sheet.name,
        before,
        after,
        auditRow: write.row,
        auditSheetCreated: !existing,
        auditHeaderColumns: write.header.map((h) => h.col),
        label: `${sheet.name}!${rect}`,
      };
      this.book.changed();
      return { status: "done", undo, cellsWritten: targets.length };
    } finally {
      this.running--;
    }
  }

  async undo(record: UndoRecord, options?: { force?: boolean }): Promise<UndoResult> {
    this.running++;
    try {
      await wait(this.latencyMs);
      const sheet = this.requireSheet(record.sheet);
      if (sheet.isProtected) {
        throw new Error(
          this.message(
            `Het blad ${sheet.name} is beveiligd: er is niets hersteld. Hef de beveiliging op en probeer het opnieuw.`,
            `Sheet ${sheet.name} is protected: nothing was restored. Unprotect it and try again.`,
          ),
        );
      }
      const edited: string[] = [];
      for (const s of record.after) {
        if (!sameSnapshot(snapshotOf(s.row, s.col, sheet.get(s.row, s.col)), s)) edited.push(toA1(s.row, s.col));
      }
      const keptRecord = this.kept.get(record.id);
      edited.push(...sideEditedSince(this.book, keptRecord?.side ?? []));
      if (edited.length > 0 && !options?.force) return { status: "edited-since", cells: edited };

      // The cells as kept at apply time (formula results included); else rebuilt from the snapshot.
      const kept = keptRecord?.before;
      for (const s of record.before) {
        const key = `${s.row},${s.col}`;
        sheet.put(s.row, s.col, kept?.has(key) ? kept.get(key) : cellFromSnapshot(s));
      }
      restoreSideBlocks(this.book, keptRecord?.side ?? []);
      // The audit row goes (the sheet too when this action made it and nothing came after).
      const auditSheet = record.auditRow !== undefined ? this.book.sheet(AUDIT_SHEET) : undefined;
      if (auditSheet && record.auditRow !== undefined) {
        const used = auditSheet.usedRect();
        const last = !used || used.bottom <= record.auditRow;
        if (record.auditSheetCreated && last) this.book.removeSheet(AUDIT_SHEET);
        else if (used && record.auditRow <= used.bottom) {
          for (let col = 0; col <= used.right; col++) auditSheet.put(record.auditRow, col, undefined);
          if (last) for (const col of record.auditHeaderColumns ?? []) auditSheet.put(0, col, undefined);
        }
      }
      this.kept.delete(record.id);
      this.book.changed();
      return { status: "done" };
    } finally {
      this.running--;
    }
  }

  async select(sheetName: string, address: string): Promise<void> {
    await wait(this.latencyMs);
    this.requireSheet(sheetName);
    const first = address.split(":")[0];
    fromA1(first); // throws on a bad address
    this.selections.push({ sheet: sheetName, address });
    this.book.activeSheet = sheetName;
    this.book.selection = { sheet: sheetName, address };
    this.book.changed();
  }

  async loadChoices(): Promise<SavedChoices | undefined> {
    await wait(this.latencyMs);
    return this.choices ? cloneChoices(this.choices) : undefined;
  }

  async saveChoices(choices: SavedChoices): Promise<void> {
    this.saveCount++;
    if (this.running > 0) this.savesDuringAction++;
    await wait(this.latencyMs);
    this.choices = cloneChoices(choices);
  }

  /** The choices as saved in the "document". */
  get savedChoices(): SavedChoices | undefined {
    return this.choices ? cloneChoices(this.choices) : undefined;
  }
}
