// English: for Excel with another display language than Dutch.
import type { Messages } from "./types";

const municipalities = (n: number): string => (n === 1 ? "1 municipality" : `${n.toLocaleString("en-GB")} municipalities`);
const cells = (n: number): string => (n === 1 ? "1 cell" : `${n.toLocaleString("en-GB")} cells`);

export const en: Messages = {
  locale: "en-GB",

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
  columnPlaceholder: "Choose a column",
  columnOption: (letters, header) => `${header} (column ${letters})`,

  scheduleHeading: "Schedule",
  scheduleLabel: "Schedule",
  schedulePlaceholder: "Choose a schedule",
  scheduleNoMatch: "No schedule found",
  region: "Region",
  year: "Year",
  source: "Source",
  rounding: "Rounding",
  roundingCent: "to cents",
  roundingEuro: "to whole euros",
  note: "Note",
  component: "Component",
  ratePerInhabitant: "Rate per inhabitant (€)",
  totalToSplit: "Total to split by population (€)",
  fixedAmounts: (n) => `Fixed amounts for ${municipalities(n)} (not editable).`,
  agreed: (amount) => `agreed ${amount}`,
  rateInvalid: "Write an amount such as 0.07 or 0,07 (no thousands separator: 90000).",
  rateReset: (label) => `Restore the agreed rate of ${label}`,
  reset: "Reset",
  budgetLine: "Budget line",
  budgetLinePlaceholder: "e.g. 56814/44320",
  budgetLineDefault: (code) => `suggested by the schedule: ${code}`,
  period: (from, to, how) => `Period ${from} to ${to}, ${how}.`,
  prorateNone: "the rate is for the period",
  prorateMonths: "pro rata by months",
  prorateDays: "pro rata by days",

  previewHeading: "Preview",
  previewLabel: "Preview of the contributions",
  previewSummary: (rows, total) => `${municipalities(rows)}, total ${total}.`,
  previewEmpty: "Choose a schedule to see the contributions.",
  colMunicipality: "Municipality",
  colPopulation: "Population",
  colTotal: "Total",
  totalsRow: "Total",
  edited: "changed",

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
  reasonNoTable: "Cannot apply yet: no table with municipalities was found.",
  reasonNoSchedule: "Cannot apply yet: choose a schedule first.",
  reasonErrors: (n) =>
    n === 1 ? "Cannot apply: solve the error in the data first." : `Cannot apply: solve the ${n} errors in the data first.`,
  reasonRate: (labels) => `Cannot apply: the amount for ${labels} is not valid.`,
  reasonSchedule: (m) => `Cannot apply: ${m}`,
  reasonNoRows: "Cannot apply: there are no municipalities to compute.",
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

  tooOldTitle: "This version of Excel is too old",
  tooOldBody: (missing) => `Verdeelsleutel needs ${missing}. Update Office, or use Excel on the web or the verdeel command.`,
  notInExcel: "Open Verdeelsleutel from Excel (Home > Verdeelsleutel).",
};
