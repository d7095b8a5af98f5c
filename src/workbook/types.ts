// The shapes of the workbook layer: a plain grid in, findings and plans out. No host, no I/O.
// Row and column indexes are 0-based and absolute on the sheet (row 0 = Excel row 1,
// col 0 = column A). Addresses shown to users are A1-style ("C5").
import type { TableJoin } from "./host-rules";

/** An Excel error value such as #N/A or #REF!. */
export interface CellError {
  error: string;
}

export type CellValue = null | string | number | boolean | Date | CellError;

/** A rectangle of a sheet: what a host reads (Office.js: values/formulas/numberFormat). */
export interface Grid {
  sheet: string;
  /** Absolute position of values[0][0]. */
  top: number;
  left: number;
  /** Cell values; for a formula cell, its last calculated result. Rows may be ragged. */
  values: CellValue[][];
  /** Formula text ("=B2*0,08") where a cell holds a formula, else null/undefined. */
  formulas?: (string | null | undefined)[][];
  numberFormats?: (string | null | undefined)[][];
  /** Absolute row indexes that are hidden (by hand or by a filter). */
  hiddenRows?: number[];
  /** True when an AutoFilter or table filter currently hides rows. */
  filterActive?: boolean;
  /** Merged areas as absolute rectangles. */
  merges?: CellRect[];
  /** Excel tables on the sheet. */
  tables?: TableInfo[];
  /** Sheet protection is on. */
  protected?: boolean;
}

export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TableInfo {
  name: string;
  /** The whole table including its header row (and totals row, if shown). */
  rect: CellRect;
  hasTotalsRow?: boolean;
}

/** What the user chose by hand; any header text, matched like the automatic detection. */
export interface ColumnChoice {
  nameColumn?: string;
  populationColumn?: string;
  codeColumn?: string;
  /** For a CBS StatLine export with several periods: which one to use (default: the latest). */
  period?: string;
  /** Added: measure id -> header of its column (woningen, oppervlakte, or a measure of the arrangement's own). */
  measureColumns?: Record<string, string>;
}

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "no-header"
  | "column-not-found"
  | "population-text"
  | "population-blank"
  | "population-error"
  | "population-decimal"
  /** Added: a population above 2^53 (9,007,199,254,740,991), which no cell holds exactly. */
  | "population-too-large"
  | "population-negative"
  | "name-blank"
  | "name-formula-like"
  | "duplicate-municipality"
  | "totals-row"
  | "blank-row"
  | "hidden-row"
  | "filter-active"
  | "merged-cells"
  | "sheet-protected"
  | "target-not-empty"
  | "cbs-period-chosen"
  | "cbs-row-skipped"
  | "fixed-amount-unmatched"
  | "check-column-not-found"
  | "check-not-a-number"
  | "check-blank"
  | "check-error"
  | "check-formula"
  /** Added by the workbook layer: several columns qualify for the population (choose one). */
  | "column-ambiguous"
  /** Added: the CBS period chosen by hand is not in the data. */
  | "period-not-found"
  /** Added: a source note under the data ("Bron: CBS StatLine"): recognised, not charged. */
  | "note-row"
  /** Added: a header row was found but no municipality rows under it. */
  | "no-data"
  /** Added: a measure cell (dwellings, area, …) that is text, blank, an error, a decimal where it must be whole, or negative. */
  | "measure-text"
  | "measure-blank"
  | "measure-error"
  | "measure-decimal"
  | "measure-negative"
  | "measure-too-large"
  /** Added: rows of a CBS export with no figures for the chosen period: former municipalities, skipped. */
  | "cbs-former-municipalities"
  /** Added: the CBS period used is not the one the schedule's populationDate asks for. */
  | "period-differs"
  /** Added (verify): a row's total is not the sum of its component cells as found. */
  | "row-total-mismatch"
  /** Added (verify): a totals row's figure is not the sum of its column. */
  | "totals-row-mismatch";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address or range of the cell(s) concerned, e.g. "C5" or "E2:E16"; absent for sheet-wide. */
  cell?: string;
  /** Values for the message template (the cell's text, the other cell of a duplicate, …). */
  params: Record<string, string | number>;
}

/** A data row that will be charged. */
export interface DataRow {
  /** Absolute sheet row index. */
  row: number;
  name: string;
  code?: string;
  /** Absent when the sheet has no population column (a schedule that does not use it). */
  population?: number;
  /** Added: the measures the schedule asked for, as exact decimal strings ("45001", "35.72"). */
  measures?: Record<string, string>;
}

/** The table that detection found, with everything a plan needs. */
export interface DetectedTable {
  sheet: string;
  headerRow: number;
  /** First and last absolute row index of the data area (between header and end). */
  firstRow: number;
  lastRow: number;
  /** Absolute column indexes. */
  nameColumn: number;
  /** Absent when the schedule does not use the population and the sheet has no population column. */
  populationColumn?: number;
  codeColumn?: number;
  /** Rightmost column of the data block (or table). */
  lastColumn: number;
  /** Header texts as found, by absolute column index. */
  headers: Record<number, string>;
  /** The Excel table the data is in, if any. */
  table?: TableInfo;
  /** An existing totals row (e.g. "Totaal") below the data: recognised, never charged. */
  totalsRow?: number;
  /** Rows that will be charged, in sheet order. */
  rows: DataRow[];
  /** CBS StatLine export: the period that was used. */
  period?: string;
  /** Added: how the period was chosen: by hand, by the schedule's populationDate, or the latest (or only) one. */
  periodBy?: "choice" | "population-date" | "latest";
  /** Added: absolute column of each measure read besides the population (the split column for unsplit lines). */
  measureColumns?: Record<string, number>;
  /** Added: a CBS export: names of the rows skipped because they have no figures for the period (former municipalities). */
  formerMunicipalities?: string[];
  /** Added: absolute column of the period column (CBS "Perioden"), when one is used. */
  periodColumn?: number;
  /**
   * Added: a CSV export pasted unsplit into one column ("Beesel;2022;13478" in A5). Then
   * nameColumn, populationColumn and codeColumn are all that column, findings name its cells,
   * and the fields below say which field of each line plays which role.
   */
  split?: SplitColumn;
}

/** Added: how the lines of an unsplit CSV column are read (field indexes are 0-based). */
export interface SplitColumn {
  column: number;
  separator: string;
  /** The header line's fields, BOM removed. */
  fields: string[];
  nameField?: number;
  populationField?: number;
  codeField?: number;
  periodField?: number;
  /** Added: measure id -> field index. */
  measureFields?: Record<string, number>;
}

export interface DetectResult {
  table?: DetectedTable;
  findings: Finding[];
}

/** A cell to write. Numbers are decimal strings; the host writes them as numbers. */
export type PlannedCell =
  | { kind: "number"; value: string; format: string }
  | { kind: "text"; value: string }
  /**
   * Added (formula mode): an invariant-language formula written through `formulas`
   * ("=ROUND(B2*Tarieven!$C$3,0)"); `value` is the figure the add-in computes for it, decimal string.
   */
  | { kind: "formula"; formula: string; value: string; format: string }
  /** Leave the cell as it is (rows that are not charged). */
  | { kind: "skip" };

export interface PlannedColumn {
  /** Absolute column index. */
  column: number;
  header: string;
  role: "amount" | "total" | "budget-line";
  componentId?: string;
  /** True when a column with this header already existed and is reused. */
  existing: boolean;
  /**
   * An existing column reused under another header: Invullen's column of an earlier edit
   * (`Bijdrage uitbreiding 2023 (gewijzigd € 0,09)`) now gets this header; its header cell is written.
   */
  retitled?: true;
}

/** Everything an apply writes on the data sheet, as one rectangle plus the audit record. */
export interface WritePlan {
  sheet: string;
  /** The rectangle starts at the header row and the first new column. */
  top: number;
  left: number;
  /** cells[r][c] is written at (top + r, left + c); header row first, totals row last. */
  cells: PlannedCell[][];
  columns: PlannedColumn[];
  /** Absolute row index of the totals row written (an existing one or a new one). */
  totalsRow: number;
  /** Target cells that already hold a value or formula (A1 addresses); a host writes only after an explicit yes. */
  conflicts: string[];
  audit: AuditRecord;
  /**
   * Added: single cells outside the rectangle, e.g. the label "Totaal" in the name column of
   * a new totals row (only planned when that cell is empty). Absolute positions.
   */
  extraCells?: { row: number; col: number; cell: PlannedCell }[];
  /**
   * Added: blocks on other sheets written in the same action (formula mode: the rates block on
   * `Tarieven`). The host creates a missing sheet, and undo restores or removes it.
   */
  otherBlocks?: SheetBlock[];
  /**
   * The new columns that join the data's Excel table, and the formulas its own totals row gets
   * in them (a host rule, host-rules.ts: every host joins alike).
   */
  tableJoin?: TableJoin;
}

/**
 * Added: formula mode of planApply / planScenario. Per-inhabitant amounts become formulas on a
 * rates block on sheet `Tarieven`; totals become sums. `ratesSheet` is that sheet as it is
 * (its used range), undefined when the workbook has no such sheet.
 */
export interface FormulaOptions {
  ratesSheet?: Grid;
}

/** Added: a rectangle of cells on a named sheet (which may not exist yet). */
export interface SheetBlock {
  sheet: string;
  top: number;
  left: number;
  cells: PlannedCell[][];
}

/** One line of the audit sheet (Verantwoording): label/value pairs, values as text. */
export interface AuditRecord {
  /**
   * Label and value of each line. The moment of the action (`time: true`) is an ISO instant in
   * the record; the audit layout (audit-layout.ts) shows it in local date and time in `lang`.
   */
  entries: { label: string; value: string; time?: true }[];
  /** The language of the labels (and of the time as the layout shows it). */
  lang?: "nl" | "en";
}
