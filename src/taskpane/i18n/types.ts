// The task pane's message catalog: every text the pane shows, Dutch (nl.ts) and English (en.ts).
// Both catalogs implement this interface, so a missing or misspelled key fails the type check.

/** The buttons that write to the workbook: Toepassen (Invullen) and Opslaan als scenario. */
export type WriteAction = "apply" | "saveScenario";

export interface Messages {
  /** The catalog's language (also for errors that carry both). */
  lang: "nl" | "en";
  /** BCP 47 locale for numbers (inhabitants): "nl-NL" / "en-GB". */
  locale: string;

  // Loading and reading
  /** While a tab other than Invullen is loaded, when first opened. */
  loadingTab: string;
  loading: string;
  readAgain: string;
  readFailed: (error: string) => string;

  // Data
  dataHeading: string;
  dataFound: (sheet: string, range: string, rows: number) => string;
  sourceTable: string;
  sourceSelectionBlock: string;
  sourceUsedRange: string;
  noTable: string;
  nameColumn: string;
  populationColumn: string;
  /** "Kolom met woningen", for a measure the schedule uses besides the population. */
  measureColumn: (measure: string) => string;
  columnPlaceholder: string;
  columnOption: (letters: string, header: string) => string;

  // Schedule
  scheduleHeading: string;
  scheduleLabel: string;
  schedulePlaceholder: string;
  /** The groups of the schedule list, once the workbook holds schedules of the user's own. */
  scheduleGroupBundled: string;
  scheduleGroupOwn: string;
  region: string;
  year: string;
  source: string;
  rounding: string;
  roundingCent: string;
  roundingEuro: string;
  note: string;
  component: string;
  ratePerInhabitant: string;
  totalToSplit: string;
  totalToSplitByKey: string;
  totalByPercentages: string;
  ratePerUnit: (measure: string) => string;
  totalDecimals: (euros: boolean) => string;
  weight: (measure: string) => string;
  weightsSum: (sum: string, ok: boolean) => string;
  percentagesHeading: (count: number) => string;
  percentage: (key: string) => string;
  percentagesSum: (sum: string, ok: boolean) => string;
  numberInvalid: string;
  fixedAmounts: (count: number) => string;
  agreed: (amount: string) => string;
  rateInvalid: string;
  rateReset: (label: string) => string;
  reset: string;
  budgetLine: string;
  budgetLinePlaceholder: string;
  budgetLineDefault: (code: string) => string;
  period: (from: string, to: string, how: string) => string;
  prorateNone: string;
  prorateMonths: string;
  prorateDays: string;

  // Preview
  previewHeading: string;
  previewLabel: string;
  previewSummary: (rows: number, total: string) => string;
  previewEmpty: string;
  colMunicipality: string;
  colPopulation: string;
  colTotal: string;
  totalsRow: string;
  /** A what-if figure on its column's header: "gewijzigd € 0,09". */
  editedBadge: (value: string) => string;
  /** The what-if edits, for sentences: "uitbreiding € 0,09 (vastgesteld € 0,07)". */
  editList: (edits: readonly { label: string; value: string; agreed: string }[]) => string;
  /** A table's box while it scrolls sideways (then it is a focusable region). */
  scrollBox: (name: string) => string;
  /** The preview's heading while a rate is edited. */
  previewHeadingEdited: string;
  /** Under it: which figures are not the agreed ones, and that the written headers say so. */
  previewEdited: (list: string) => string;

  // Findings
  findingsHeading: (count: number) => string;
  findingsErrors: (errors: number) => string;
  findingsMore: (count: number) => string;
  severityError: string;
  severityWarning: string;
  severityInfo: string;
  selectFailed: (error: string) => string;

  // Actions
  apply: string;
  undo: string;
  undoCount: (count: number) => string;
  busyApplying: string;
  busyUndoing: string;
  /** Why a write cannot happen yet; each names the button the user pressed. */
  reasonNoTable: (action: WriteAction) => string;
  reasonNoSchedule: (action: WriteAction) => string;
  reasonErrors: (action: WriteAction, count: number) => string;
  reasonRate: (action: WriteAction, labels: string) => string;
  reasonSchedule: (action: WriteAction, message: string) => string;
  reasonNoRows: (action: WriteAction) => string;
  reasonNothingToUndo: string;
  applied: (cells: number, where: string) => string;
  undone: (where: string) => string;
  applyFailed: (error: string) => string;
  undoFailed: (error: string) => string;
  protectedSheet: (sheet: string) => string;
  cancelled: string;
  undoCancelled: string;
  saveFailed: (error: string) => string;

  // Dialogs
  conflictsTitle: string;
  conflictsBody: string;
  conflictsQuestion: string;
  /** In the overwrite question when what is written has an edited rate. */
  conflictsEdited: (list: string) => string;
  overwrite: string;
  cancel: string;
  filteredTitle: string;
  filteredBody: (sheet: string) => string;
  clearFilter: string;
  editedTitle: string;
  editedBody: string;
  editedQuestion: string;
  restoreAnyway: string;
  cellsMore: (count: number) => string;

  // Modes (tabs)
  modesLabel: string;
  modeApply: string;
  modeVerify: string;
  modeScenario: string;
  modeSchedules: string;

  // Verify (Controleren)
  verifyIntro: (schedule: string) => string;
  verifyColumnFor: (label: string) => string;
  verifyTotalLabel: string;
  verifyNoColumn: string;
  tolerance: string;
  toleranceHint: string;
  toleranceInvalid: string;
  verifyButton: string;
  busyVerifying: string;
  verifyReasonNoChecks: string;
  verifyReasonNoSchedule: string;
  verifyReasonNoTable: string;
  /** After the summary: figures that match only within the tolerance, and the sum of their differences. */
  verifyWithinTolerance: (n: number, sum: string) => string;
  verifySummary: (checked: number, correct: number, wrong: number, sum: string) => string;
  verifyAllCorrect: (checked: number) => string;
  verifyResultLabel: string;
  mismatchesHeading: (count: number) => string;
  mismatchesMore: (count: number) => string;
  colCell: string;
  colComponent: string;
  colExpected: string;
  colFound: string;
  colDifference: string;
  noNumber: string;
  selectCell: (cell: string, name: string) => string;
  markCells: string;
  unmarkCells: string;
  marked: (count: number) => string;
  unmarked: string;
  writeReport: string;
  reportWritten: (sheet: string) => string;
  verifyFailed: (error: string) => string;
  verifyStale: string;

  // Scenario
  scenarioIntro: string;
  scenarioNoEdits: string;
  scenarioLabel: string;
  colScenario: string;
  colAgreed: string;
  scenarioSummary: (changed: number, difference: string) => string;
  saveScenario: string;
  backToAgreed: string;
  asFormulas: string;
  asFormulasHint: string;
  reasonNoEdits: string;

  // User schedules (Schema's)
  userSchedulesHeading: string;
  userSchedulesNone: string;
  newSchedule: string;
  editSchedule: (id: string) => string;
  deleteSchedule: (id: string) => string;
  userScheduleSaved: (id: string) => string;
  userScheduleDeleted: (id: string) => string;
  userScheduleSkipped: (message: string) => string;
  userScheduleTag: string;
  /** Where a saved schedule that is not valid came from, in its message: "eigen schema 2". */
  userScheduleOrigin: (n: number) => string;
  /** The code that reads the workbook's own schedules did not load: they stay in the document. */
  userSchedulesUnread: (count: number) => string;
  userScheduleIdTaken: (id: string) => string;

  // Entry (index.tsx)
  tooOldTitle: string;
  tooOldBody: (missing: string) => string;
  notInExcel: string;

  // The preview page's sheet (src/preview/Sheet.tsx): Excel's own words for what a cell shows
  /** An error value as this language's Excel shows it (#VALUE! is #WAARDE! in Dutch). */
  sheetError: (code: string) => string;
  /** Why a formula shows #SPILL!: the cells it would spill into are not empty. */
  sheetSpillBlocked: string;
  /** Under the cell editor: how to type a formula in this language. */
  sheetFormulaHint: string;
}
