// The command's message catalogue: every text `verdeel` prints, Dutch (nl.ts) and English (en.ts).
// Both implement this interface, so a missing or misspelled text fails the type check. The
// findings of the workbook layer are rendered there (formatFinding); domain words come from the
// allocation core's catalogue (domainWords).
import type { BookProblem } from "../xlsx/errors";

export type HelpTopic = "schedules" | "apply" | "verify";
export type PairOption = "rate" | "budget-line" | "measure-column";
/** What a refused command did not do: apply writes nothing, verify checks nothing. */
export type CommandOutcome = "apply" | "verify";

export interface CliMessages {
  // Help (verdeel help)
  /** The synopsis of each command, with placeholders in the reader's language. */
  synopsis: Record<HelpTopic | "help", string>;
  explain: Record<HelpTopic, string>;
  usageHeading: string;
  usageFooter: string;
  /** What each KEY=VALUE option expects, and an example. */
  pair: Record<PairOption, { form: string; example: string }>;

  // Usage errors
  pairExpected: (option: PairOption, raw: string) => string;
  noCommand: string;
  unknownCommand: (command: string) => string;
  commandFirst: (got: string) => string;
  unknownOption: (option: string, command: string) => string;
  ambiguousOption: (option: string) => string;
  optionNeedsValue: (option: string) => string;
  invalidUsage: (detail: string) => string;
  schedulesTakesNoFile: (got: string) => string;
  expectsBook: (command: string) => string;
  oneBook: (command: string, extra: string) => string;
  expectsSchedule: (command: string) => string;
  expectsCheck: string;
  checkHeaderAfterEquals: (text: string) => string;
  checkExpectsHeader: string;
  badTolerance: (raw: string) => string;
  badRate: (component: string, value: string) => string;
  unknownComponent: (option: string, id: string, schedule: string, ids: string) => string;
  contradiction: (option: string, id: string, first: string, second: string) => string;
  measureIsPopulation: (measure: string, header: string) => string;
  unknownMeasure: (measure: string, schedule: string, list: string) => string;
  noOtherMeasures: string;

  // Reading files
  bookProblem: (problem: BookProblem, shown: string) => string;
  isFolder: (shown: string) => string;
  fileNotFound: (shown: string) => string;
  cannotRead: (shown: string, code: string) => string;
  oldXlsOrEncrypted: (shown: string) => string;
  noWorksheets: (shown: string) => string;
  sheetOutOfPlace: (shown: string, sheet: string, where: string | undefined) => string;
  notAWorksheet: (shown: string, sheet: string, list: string) => string;
  noSuchSheet: (shown: string, sheet: string, list: string) => string;
  noVisibleSheet: (shown: string) => string;
  scheduleFileNotFound: (shown: string) => string;
  cannotReadScheduleFile: (shown: string, code: string) => string;
  notJson: (shown: string, why: string) => string;
  unknownSchedule: (arg: string, ids: string) => string;
  csvRead: (shown: string, description: string) => string;
  csvHasNoSheets: (shown: string) => string;
  csvNeedsXlsxOut: (shown: string, out: string) => string;
  inputFile: string;
  /** "er is niets geschreven" (apply) / "er is niets gecontroleerd" (verify). */
  nothingDone: Record<CommandOutcome, string>;
  /** A refused table: "BOOK, werkblad S, cellen C2:C9 en D2:D9: why; nothing done." */
  cellsRefused: (shown: string, sheet: string, cells: readonly string[], why: string, outcome: CommandOutcome) => string;
  sheetErrors: (shown: string, sheet: string, errors: number, outcome: CommandOutcome) => string;
  noTableFound: (shown: string, sheet: string) => string;
  severity: Record<"error" | "warning" | "info", string>;

  // Writing files
  writeFailed: (shown: string, code: string | undefined) => string;
  interrupted: (shown: string) => string;
  outIsInput: (out: string) => string;
  outFolderMissing: (folder: string, out: string) => string;
  outIsFolder: (out: string) => string;
  outExists: (out: string) => string;
  macrosNeedXlsm: (book: string) => string;
  targetsFilled: (shown: string, sheet: string) => string;
  noRoomRight: (shown: string, sheet: string, cell: string) => string;
  noRoomBelow: (shown: string, sheet: string, row: number, lastRow: number, cell: string) => string;
  tableInTheWay: (shown: string, sheet: string, column: string, table: string, range: string, cell: string) => string;
  /** An error the command did not foresee: its one-line message, never a stack trace (VERDEEL_DEBUG=1 adds it). */
  unexpected: (detail: string) => string;

  // Progress (stderr, big workbooks only)
  stepReading: string;
  stepComputing: string;
  stepWriting: string;
  stepDone: string;
  /** After a progress step: " 12.345 rijen". */
  rows: (count: number) => string;

  // verdeel schedules
  perInhabitant: string;
  shareByPopulation: (total: string) => string;
  shareByKey: (total: string, key: string) => string;
  byPercentages: (total: string, shares: string) => string;
  fixedAmounts: (amounts: string) => string;
  schedulesFooter: (count: number) => string;

  // verdeel apply
  editedFrom: (label: string, now: string, agreed: string) => string;
  editedTitle: (schedule: string, edits: string) => string;
  agreedTitle: (title: string) => string;
  colRow: string;
  colMunicipality: string;
  colPopulation: string;
  colTotal: string;
  totalsRow: string;
  applied: (municipalities: number, total: string, out: string, sheet: string, audit: string) => string;
  written: (out: string) => string;

  // verdeel verify
  verifyAllMatch: (checked: number) => string;
  verifySummary: (checked: number, matched: number, mismatches: number, sum: string) => string;
  withinTolerance: (count: number, sum: string) => string;
  totalsDoNotAddUp: (count: number) => string;
  totalTarget: string;
  colCell: string;
  colComponent: string;
  colExpected: string;
  colFound: string;
  colDifference: string;
  colWhat: string;
  colSum: string;
  noNumber: string;
  rowTotalOf: (name: string, terms: string) => string;
  totalsRowOf: (column: string) => string;
  sumsHeading: string;
  sheetWord: string;
  reportWritten: (out: string) => string;
}
