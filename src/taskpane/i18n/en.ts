// English: for Excel with another display language than Dutch.
import { DOMAIN_WORDS } from "../../allocation";
import type { Messages, WriteAction } from "./types";

const words = DOMAIN_WORDS.en;

const municipalities = (n: number): string => (n === 1 ? "1 municipality" : `${n.toLocaleString("en-GB")} municipalities`);
/** The action a write reason names. */
const ACTION: Record<WriteAction, string> = { apply: "apply", saveScenario: "save as scenario" };
const cells = (n: number): string => (n === 1 ? "1 cell" : `${n.toLocaleString("en-GB")} cells`);

export const en: Messages = {
  lang: "en",
  locale: "en-GB",

  loadingTab: "Loading the tab…",
  loading: "Reading the data…",
  readAgain: "Read the data again",
  readFailed: (e) => `The data could not be read: ${e}`,

  dataHeading: "Data",
  dataFound: (sheet, range, rows) => `Sheet ${sheet}, ${range}: ${municipalities(rows)}.`,
  sourceTable: "Found in the Excel table of the selection.",
  sourceSelectionBlock: "Found in the block around the selection.",
  sourceUsedRange: "Found in the used range of the sheet.",
  noTable:
    "No table with municipalities and population found. Select a cell in the table and read the data again, or choose the columns below.",
  nameColumn: "Municipality column",
  populationColumn: "Population column",
  measureColumn: (m) => `${words.measureHeader(m)} column`,
  columnPlaceholder: "Choose a column",
  columnOption: (letters, header) => `${header} (column ${letters})`,

  scheduleHeading: "Schedule",
  scheduleLabel: "Schedule",
  schedulePlaceholder: "Choose a schedule",
  scheduleGroupBundled: "Bundled schedules",
  scheduleGroupOwn: "Own schedules in this workbook",
  region: "Region",
  year: "Year",
  source: "Source",
  rounding: "Rounding",
  roundingCent: words.roundedTo.cent,
  roundingEuro: words.roundedTo.euro,
  note: "Note",
  component: "Component",
  ratePerInhabitant: "Rate per inhabitant (€)",
  totalToSplit: "Total to split by population (€)",
  totalToSplitByKey: "Total to split by the weighted key (€)",
  totalByPercentages: "Total to split by fixed percentages (€)",
  ratePerUnit: (m) => `Amount per unit of ${m} (€)`,
  totalDecimals: (euros) =>
    euros
      ? "The schedule rounds to whole euros; a total with cents is not rounded silently. Type an amount in whole euros."
      : "The schedule rounds to cents; type the total with at most two decimals.",
  weight: (m) => `Weight ${m}`,
  weightsSum: (sum, ok) => (ok ? `The weights add up to ${sum}.` : `The weights add up to ${sum}; they must add up to exactly 1.`),
  percentagesHeading: (n) => `Percentages (${n} municipalities)`,
  percentage: (key) => `Percentage ${key} (%)`,
  percentagesSum: (sum, ok) => (ok ? `The percentages add up to ${sum}.` : `The percentages add up to ${sum}; they must add up to exactly 100.`),
  numberInvalid: "Write a number such as 0.3 or 0,3.",
  fixedAmounts: (n) => `Fixed amounts for ${municipalities(n)} (not editable).`,
  agreed: (amount) => `agreed ${amount}`,
  rateInvalid: "Write an amount such as 0.07 or 0,07 (no thousands separator: 90000).",
  rateReset: (label) => `Reset ${label} to the agreed rate`,
  reset: "Reset",
  budgetLine: "Budget line",
  budgetLinePlaceholder: "e.g. 56814/44320",
  budgetLineDefault: (code) => `suggested by the schedule: ${code}`,
  period: (from, to, how) => `Period ${from} to ${to}, ${how}.`,
  prorateNone: "the rate is for the period",
  prorateMonths: words.prorate.months,
  prorateDays: words.prorate.days,

  previewHeading: "Preview",
  previewLabel: "Preview of the contributions",
  previewSummary: (rows, total) => `${municipalities(rows)}, total ${total}.`,
  previewEmpty: "Choose a schedule to see the contributions.",
  colMunicipality: "Municipality",
  colPopulation: "Population",
  colTotal: "Total",
  totalsRow: "Total",
  editedBadge: (value) => `edited ${value}`,
  editList: (edits) => edits.map((e) => `${e.label} ${e.value} (agreed ${e.agreed})`).join("; "),
  scrollBox: (name) => `${name}, scrolls sideways`,
  previewHeadingEdited: "Preview with an edited rate",
  previewEdited: (list) => `Not the agreed amounts: ${list}. Apply puts the edit in the column headers too.`,

  findingsHeading: (n) => (n === 1 ? "1 finding" : `${n} findings`),
  findingsErrors: (n) =>
    n === 1
      ? "1 error in the data: nothing is written until it is solved."
      : `${n} errors in the data: nothing is written until they are solved.`,
  findingsMore: (n) => `… and ${n} more findings.`,
  severityError: "error",
  severityWarning: "warning",
  severityInfo: "info",
  selectFailed: (e) => `The cell could not be selected: ${e}`,

  apply: "Apply",
  undo: "Undo",
  undoCount: (n) => (n === 1 ? "1 action can be undone." : `${n} actions can be undone.`),
  busyApplying: "Writing…",
  busyUndoing: "Restoring…",
  reasonNoTable: (a) => `Cannot ${ACTION[a]} yet: no table with municipalities was found.`,
  reasonNoSchedule: (a) => `Cannot ${ACTION[a]} yet: choose a schedule first.`,
  reasonErrors: (a, n) =>
    n === 1 ? `Cannot ${ACTION[a]}: solve the error in the data first.` : `Cannot ${ACTION[a]}: solve the ${n} errors in the data first.`,
  reasonRate: (a, labels) => `Cannot ${ACTION[a]}: the amount for ${labels} is not valid.`,
  reasonSchedule: (a, m) => `Cannot ${ACTION[a]}: ${m}`,
  reasonNoRows: (a) => `Cannot ${ACTION[a]}: there are no municipalities to compute.`,
  reasonNothingToUndo: "Nothing to undo yet.",
  applied: (n, where) => `Applied: ${cells(n)} written (${where}).`,
  undone: (where) => `Undone: ${where} is restored.`,
  applyFailed: (e) => `Apply failed; nothing was written or everything was rolled back. ${e}`,
  undoFailed: (e) => `Undo failed: ${e}`,
  protectedSheet: (sheet) =>
    `Sheet ${sheet} is protected: nothing was written. Unprotect it (Review > Unprotect Sheet) and try again.`,
  cancelled: "Nothing written.",
  undoCancelled: "Nothing restored.",
  saveFailed: (e) => `Your choices could not be saved in the workbook: ${e}`,

  conflictsTitle: "Overwrite cells?",
  conflictsBody: "These cells already hold data:",
  conflictsQuestion: "Overwrite them? Undo puts them back afterwards.",
  conflictsEdited: (list) => `Note: an edited rate, not the agreed one: ${list}.`,
  overwrite: "Overwrite",
  cancel: "Cancel",
  filteredTitle: "Clear the filter for now?",
  filteredBody: (sheet) =>
    `A filter hides rows on sheet ${sheet}. Writing through a filter scrambles data. Shall I clear the filter, write, and restore the filter afterwards?`,
  clearFilter: "Clear filter and write",
  editedTitle: "Restore anyway?",
  editedBody: "These cells were changed after the apply:",
  editedQuestion: "Restoring also puts these cells back as they were before the apply. Restore anyway?",
  restoreAnyway: "Restore anyway",
  cellsMore: (n) => `… and ${n} more.`,

  modesLabel: "Mode",
  modeApply: "Fill in",
  modeVerify: "Check",
  modeScenario: "Scenario",
  modeSchedules: "Schedules",

  verifyIntro: (s) =>
    `Compare the amounts in the workbook with ${s} as agreed (edited rates do not count here). Checking changes no figure.`,
  verifyColumnFor: (label) => `Column with ${label}`,
  verifyTotalLabel: "the total per municipality",
  verifyNoColumn: "Do not check",
  tolerance: "Tolerance in euros",
  toleranceHint: "0 is exact; 0.50 allows differences up to and including 50 cents.",
  toleranceInvalid: "Enter an amount of 0 or more, e.g. 0 or 0.50.",
  verifyButton: "Check",
  busyVerifying: "Checking…",
  verifyReasonNoChecks: "Choose at least one column to check.",
  verifyReasonNoSchedule: "Cannot check yet: choose a schedule first.",
  verifyReasonNoTable: "Cannot check yet: no table of municipalities was found.",
  verifyWithinTolerance: (n, sum) =>
    n === 1
      ? `1 amount is correct only within the tolerance (difference ${sum}).`
      : `${n} amounts are correct only within the tolerance (differences together ${sum}).`,
  verifySummary: (checked, correct, wrong, sum) =>
    `${checked} amounts checked: ${correct} correct, ${wrong} wrong. Sum of the differences: ${sum}.`,
  verifyAllCorrect: (checked) => `All ${checked} amounts are correct.`,
  verifyResultLabel: "Result of the check",
  mismatchesHeading: (n) => (n === 1 ? "1 difference" : `${n} differences`),
  mismatchesMore: (n) => `… and ${n} more ${n === 1 ? "difference" : "differences"}: the check report lists them all.`,
  colCell: "Cell",
  colComponent: "Component",
  colExpected: "Expected",
  colFound: "Found",
  colDifference: "Difference",
  noNumber: "no number",
  selectCell: (cell, name) => `Go to ${cell} (${name})`,
  markCells: "Mark wrong cells",
  unmarkCells: "Remove marks",
  marked: (n) => `${cells(n)} marked (light red). Remove marks gives them their own formatting back.`,
  unmarked: "Marks removed: the cells have their own formatting back.",
  writeReport: "Write check report",
  reportWritten: (sheet) => `The check report is on the sheet ${sheet}.`,
  verifyFailed: (e) => `Checking failed: ${e}`,
  verifyStale: "The workbook or the choices changed since this check. Check again for a current result.",

  scenarioIntro: "Edit a rate or total above: for each municipality you see the new amount, the agreed amount and the difference at once.",
  scenarioNoEdits: "No rate edited yet: the scenario equals the agreed schedule.",
  scenarioLabel: "Scenario against agreed",
  colScenario: "Scenario",
  colAgreed: "Agreed",
  scenarioSummary: (changed, difference) =>
    `${municipalities(changed)} ${changed === 1 ? "pays" : "pay"} differently; difference in total ${difference}.`,
  saveScenario: "Save as scenario",
  backToAgreed: "Back to agreed",
  asFormulas: "Per-inhabitant and per-unit amounts as formulas (rates on sheet Tarieven)",
  asFormulasHint:
    "Editing a rate on the Tarieven sheet then recalculates the amounts, also without Verdeelsleutel. Shares of a fixed total (also by a weighted key) and fixed percentages stay numbers: the largest-remainder split needs the whole column.",
  reasonNoEdits: "Edit a rate or total first; a scenario without an edit is the agreed schedule.",

  userSchedulesHeading: "Own schedules in this workbook",
  userSchedulesNone: "No own schedules yet. Make one or import a JSON file.",
  newSchedule: "New schedule",
  editSchedule: (id) => `Edit ${id}`,
  deleteSchedule: (id) => `Delete ${id}`,
  userScheduleSaved: (id) => `Schedule ${id} is kept in this workbook and can be chosen under Schedule.`,
  userScheduleDeleted: (id) => `Schedule ${id} was removed from this workbook.`,
  userScheduleSkipped: (m) => `An own schedule in this workbook is not valid and was skipped: ${m}`,
  userScheduleOrigin: (n) => `own schedule ${n}`,
  userSchedulesUnread: (n) =>
    `${n === 1 ? "The workbook's own schedule" : `The ${n} own schedules in this workbook`} could not be loaded. ${n === 1 ? "It stays" : "They stay"} in the workbook unchanged; close the pane and open it again to try once more.`,
  userScheduleIdTaken: (id) => `${id}: this id is already in use.`,
  userScheduleTag: "own schedule",

  tooOldTitle: "This version of Excel is too old",
  tooOldBody: (missing) => `Verdeelsleutel needs ${missing}. Update Office, or use Excel on the web or the verdeel command.`,
  notInExcel: "Open Verdeelsleutel from Excel (Home > Verdeelsleutel).",

  sheetError: (code) => code,
  sheetSpillBlocked: "The spill range isn't blank: empty the cells below.",
  sheetFormulaHint: "A formula as in English Excel: =VERDEEL.SHARE(C2:C16,90000), decimals with a point.",
};
