// The host contract: the one door between the task pane and a workbook. The Office host
// (src/excel/office-host.ts) implements it inside Excel, on office.js; the preview page and the
// task pane's tests run that same host on the simulated Excel. Types only: nothing here touches
// Office or files.
import type { AuditRecord, CellRect, Grid, PlannedCell, WritePlan } from "../workbook/types";

export type Lang = "nl" | "en";

/** What the user chose, remembered in the document's settings. */
export interface SavedChoices {
  scheduleId?: string;
  nameColumn?: string;
  populationColumn?: string;
  codeColumn?: string;
  /** Measure id -> header of the column chosen for it in Gegevens (woningen, oppervlakte, …). */
  measureColumns?: Record<string, string>;
  /** Component id -> what-if rate or total, decimal string. */
  rates?: Record<string, string>;
  /** Component id -> measure -> what-if weight of a weighted key, decimal string. */
  weights?: Record<string, Record<string, string>>;
  /** Component id -> key -> what-if fixed percentage, decimal string. */
  percentages?: Record<string, Record<string, string>>;
  /** Component id -> budget line code. */
  budgetLines?: Record<string, string>;
  /**
   * Added: schedules made or imported by the user, as the JSON objects of the schedule format
   * (validated again when loaded). They travel with the workbook.
   */
  userSchedules?: unknown[];
}

/** The input as read in one batch: the grid around the selection, and where it came from. */
export interface InputRead {
  grid: Grid;
  /** How the area was found. */
  source: "table" | "selection-block" | "used-range";
  /** The area read, absolute. */
  rect: CellRect;
}

/** One cell exactly as it was before an action: enough to restore it. */
export interface CellSnapshot {
  /** Absolute position on the snapshot's sheet. */
  row: number;
  col: number;
  /** The formula text if the cell held a formula, else the constant value ("" for empty). */
  formula: string | number | boolean;
  numberFormat: string;
  /**
   * Added: true when `formula` is a constant text (not a formula), so that a text such as
   * "=x", "007" or "#N/A" is restored as text and not re-read as a formula, number or error.
   */
  text?: boolean;
}

/** Everything an apply changed, kept by the pane so that `Ongedaan maken` can restore it. */
export interface UndoRecord {
  id: string;
  sheet: string;
  /** The rectangle the action wrote (plus extra cells), as it was before. */
  before: CellSnapshot[];
  /** The same cells as the action left them: used to tell whether the user edited them since. */
  after: CellSnapshot[];
  /** Table columns the action added (restored by deleting them), by table name. */
  addedTableColumns?: { table: string; count: number; /** Added: their names as Excel made them. */ columns?: string[] };
  /** The audit sheet row the action added (removed on undo), 0-based; and whether the sheet was new. */
  auditRow?: number;
  auditSheetCreated?: boolean;
  /** Added: header cells (0-based columns of the audit sheet's row 1) this action added for new labels. */
  auditHeaderColumns?: number[];
  /** Added: the rectangles `before`/`after` cover (the plan's rectangle, then single extra cells). */
  areas?: CellRect[];
  /** Added: widths (points) of the columns the action widened to fit, as they were before. */
  columnWidths?: { column: number; width: number }[];
  /**
   * Added: the blocks the action wrote on other sheets (plan.otherBlocks), one entry per block:
   * its rectangle, its non-skip cells before and after, and whether the action created the sheet
   * (undo then deletes the sheet when nothing else is on it).
   */
  otherAreas?: { sheet: string; rect: CellRect; before: CellSnapshot[]; after: CellSnapshot[]; sheetCreated: boolean }[];
  /** Human description for the pane, e.g. "nml-2023 op Gemeenten!E1:I17". */
  label: string;
}

export type ApplyResult =
  | { status: "done"; undo: UndoRecord; cellsWritten: number }
  /** Target cells hold values or formulas and `overwrite` was not given. */
  | { status: "conflicts"; cells: string[] }
  /** A filter hides rows: nothing written. Retry with clearFilter: true to clear and restore it. */
  | { status: "filtered"; sheet: string }
  | { status: "protected"; sheet: string };

export interface ApplyOptions {
  /** The user said yes to overwriting the listed conflicts. */
  overwrite: boolean;
  /** The user agreed to clear the filter for the write and restore it afterwards. */
  clearFilter?: boolean;
}

export type UndoResult =
  | { status: "done" }
  /** Cells changed since the action (A1 addresses): nothing restored unless `force`. */
  | { status: "edited-since"; cells: string[] };

/** Added: the fill of one cell as it was before it was marked; enough to restore it exactly. */
export interface FillSnapshot {
  /** A1 address on the record's sheet. */
  cell: string;
  /** Excel's fill pattern ("None" = no fill), colour, pattern colour and tint, as read. */
  pattern: string;
  color: string;
  patternColor: string;
  tintAndShade: number;
  /** Added: the pattern colour's tint, so that a patterned fill comes back exactly. */
  patternTintAndShade?: number;
}

/** Added: cells the controller marked (a fill colour), to unmark them exactly. */
export interface MarkRecord {
  sheet: string;
  /** The colour the marks were made with (to tell whether the user changed a mark since). */
  markColor: string;
  before: FillSnapshot[];
}

export interface WorkbookHost {
  /** The user's display language. */
  language(): Lang;
  /** Reads the input in one batch: the table of the selection, else its block, else the used range. */
  readInput(): Promise<InputRead>;
  /** Carries out a plan in one batch (row blocks for large plans) and appends its audit record. */
  apply(plan: WritePlan, audit: AuditRecord, options: ApplyOptions): Promise<ApplyResult>;
  /** Restores exactly what an apply changed. */
  undo(record: UndoRecord, options?: { force?: boolean }): Promise<UndoResult>;
  /** Selects a cell (or range) so the user sees it. */
  select(sheet: string, address: string): Promise<void>;
  /** The saved choices of this document, if any. */
  loadChoices(): Promise<SavedChoices | undefined>;
  /** Saves the choices in the document (only when the user makes them; never during an apply). */
  saveChoices(choices: SavedChoices): Promise<void>;
  /** Added: the used range of a sheet (values and formulas), or undefined when there is no such sheet. */
  readSheet(name: string): Promise<Grid | undefined>;
  /** Added: gives the cells (A1 addresses on `sheet`) a fill colour; returns what restores them. */
  markCells(sheet: string, cells: string[]): Promise<MarkRecord>;
  /** Added: restores the fills of marked cells exactly as they were. */
  unmarkCells(record: MarkRecord): Promise<void>;
  /**
   * Added: writes a report on a new sheet named `baseName` (or `baseName (2)`, … when taken;
   * an existing sheet is never overwritten) and activates it. Returns the sheet's name.
   */
  writeReportSheet(baseName: string, cells: PlannedCell[][]): Promise<{ sheet: string }>;
}
