// English: for VERDEEL_LANG=en.
import { formatCount } from "../lang";
import type { BookProblem } from "../xlsx/errors";
import type { CliMessages } from "./types";

const RESAVE = "Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).";

const damaged = (shown: string, what: string): string => `${shown} is damaged: ${what} Use another copy or save it again in Excel.`;

function bookProblem(problem: BookProblem, shown: string): string {
  switch (problem.kind) {
    case "not-a-zip":
      return `${shown} is not an .xlsx workbook (empty, damaged or another kind of file).`;
    case "damaged-entry":
      return damaged(shown, `the part ${problem.part} does not match its checksum.`);
    case "duplicate":
      return damaged(shown, `the part ${problem.part} is in it twice.`);
    case "encrypted":
      return `${shown}: the part ${problem.part} is encrypted; verdeel cannot read it.`;
    case "unsupported-method":
      return `${shown}: the part ${problem.part} is compressed in a way verdeel cannot read (method ${problem.method}). ${RESAVE}`;
    case "not-ooxml":
      if (problem.opendocument?.includes("spreadsheet")) return `${shown} is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. ${RESAVE}`;
      if (problem.opendocument) return `${shown} is an OpenDocument file (${problem.opendocument}), not an .xlsx workbook.`;
      return `${shown} is a zip file, but not an .xlsx workbook.`;
    case "other-office":
      switch (problem.what) {
        case "xlsb":
          return `${shown} is a binary Excel workbook (.xlsb), not an .xlsx workbook. ${RESAVE}`;
        case "word":
          return `${shown} is a Word document, not an .xlsx workbook.`;
        case "powerpoint":
          return `${shown} is a PowerPoint presentation, not an .xlsx workbook.`;
        default:
          return `${shown} is an Office file of another kind (${problem.contentType}), not an .xlsx workbook.`;
      }
    case "no-workbook":
      return damaged(shown, "the package holds no workbook.");
    case "bad-xml":
      return damaged(shown, `the part ${problem.part} is not valid XML (line ${problem.line}, column ${problem.column}).`);
    case "bad-encoding":
      return damaged(shown, `the text of the part ${problem.part} is not properly encoded.`);
    case "bad-sheet":
      return damaged(shown, `rows or cells in ${problem.part} are out of place${problem.where ? ` (at ${problem.where})` : ""}.`);
  }
}

/** Why a file could not be written, by the file system's error code. */
const WRITE_WHY: Record<string, string> = {
  EACCES: "no permission to write in that folder",
  EPERM: "no permission to write in that folder",
  EROFS: "the folder is on a read-only disk",
  ENAMETOOLONG: "the name is too long for the file system",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  ENOENT: "the folder does not exist (any more) or cannot hold files",
  ENOTDIR: "part of the path is not a folder",
  EISDIR: "that is a folder",
  EXDEV: "the temporary copy cannot be put there",
};

const NOTHING_DONE = { apply: "nothing was written", verify: "nothing was checked" } as const;
const count = (n: number): string => formatCount(n, "en");
const amounts = (n: number): string => `${count(n)} amount${n === 1 ? "" : "s"}`;

export const en: CliMessages = {
  synopsis: {
    schedules: "verdeel schedules [--json]",
    apply:
      "verdeel apply BOOK.xlsx --schedule ID|FILE.json [--sheet NAME] [--name-column HEADER]\n" +
      "      [--population-column HEADER] [--measure-column MEASURE=HEADER]...\n" +
      "      [--rate COMPONENT=DECIMAL]... [--budget-line COMPONENT=CODE]... [--out OUT.xlsx]\n" +
      "      [--force] [--json]",
    verify:
      "verdeel verify BOOK.xlsx --schedule ID|FILE.json --check [COMPONENT=]HEADER ...\n" +
      "      [--tolerance EUROS] [--sheet NAME] [--name-column HEADER] [--population-column HEADER]\n" +
      "      [--measure-column MEASURE=HEADER]... [--out REPORT.xlsx] [--force] [--json]",
    help: "verdeel help [COMMAND] | verdeel --help | verdeel --version",
  },
  explain: {
    schedules: "Lists the bundled schedules.",
    apply:
      "Computes the contributions and writes a new workbook (default BOOK.verdeeld.xlsx);\n" +
      "      the input file is never changed. --force overwrites an existing OUT file and filled\n" +
      "      target cells in the copy. A CSV file (as CBS delivers it) becomes a new workbook with\n" +
      "      the table and the contributions.",
    verify:
      "Recomputes and compares with the existing column(s); changes nothing. --check without\n" +
      "      COMPONENT= checks the total (or the single component).",
  },
  usageHeading: "Usage:",
  usageFooter:
    "Exit codes: 0 done (verify: all match), 1 verify found mismatches or totals that do not add up,\n" +
    "2 bad input or usage.\n" +
    "Amounts: point or comma as decimal separator (0.09 or 0,09). Dutch texts: unset VERDEEL_LANG.\n" +
    '--measure-column woningen="Number of dwellings": the column of a measure the schedule uses.',
  pair: {
    rate: { form: "COMPONENT=DECIMAL", example: "uitbreiding=0.09" },
    "budget-line": { form: "COMPONENT=CODE", example: "uitbreiding=6700001" },
    "measure-column": { form: "MEASURE=HEADER", example: 'clienten="Number of clients"' },
  },

  pairExpected: (option, raw) => `--${option} expects ${en.pair[option].form}, e.g. --${option} ${en.pair[option].example}; got: "${raw}".`,
  noCommand: "No command given.",
  unknownCommand: (command) => `Unknown command "${command}".`,
  commandFirst: (got) => `A command (schedules, apply or verify) comes first, then the options; got: "${got}".`,
  unknownOption: (option, command) => `Unknown option ${option} for "verdeel ${command}".`,
  ambiguousOption: (option) => `Option ${option}: write a value that begins with "-" joined to the option, e.g. ${option}=-1.`,
  optionNeedsValue: (option) => `Option ${option} expects a value.`,
  invalidUsage: (detail) => `Invalid usage: ${detail}`,
  schedulesTakesNoFile: (got) => `"verdeel schedules" takes no file; got: "${got}".`,
  expectsBook: (command) => `"verdeel ${command}" expects a workbook (BOOK.xlsx).`,
  oneBook: (command, extra) => `"verdeel ${command}" takes one workbook; too many: ${extra}.`,
  expectsSchedule: (command) => `"verdeel ${command}" expects --schedule ID or --schedule FILE.json (see "verdeel schedules").`,
  expectsCheck: `"verdeel verify" expects at least one --check [COMPONENT=]HEADER.`,
  checkHeaderAfterEquals: (text) => `--check ${text}: the column header belongs after "=".`,
  checkExpectsHeader: "--check expects a column header.",
  badTolerance: (raw) => `--tolerance ${raw}: expects an amount in euros of 0 or more, e.g. 0.01 or 1.`,
  badRate: (component, value) => `--rate ${component}=${value}: "${value}" is not an amount (example: 0.09).`,
  unknownComponent: (option, id, schedule, ids) => `--${option} ${id}=…: schedule ${schedule} has no component "${id}". Components: ${ids}.`,
  contradiction: (option, id, first, second) =>
    `--${option} ${id} is given twice with different values (${first} and ${second}); verdeel does not guess which is meant. Give it once.`,
  measureIsPopulation: (measure, header) => `--measure-column ${measure}=…: choose the population column with --population-column "${header}".`,
  unknownMeasure: (measure, schedule, list) => `--measure-column ${measure}=…: schedule ${schedule} uses no measure "${measure}". Measures besides population: ${list}.`,
  noOtherMeasures: "none (population only)",

  bookProblem,
  isFolder: (shown) => `${shown} is a folder, not an .xlsx file.`,
  fileNotFound: (shown) => `File ${shown} does not exist.`,
  cannotRead: (shown, code) => `Cannot read ${shown} (${code}).`,
  oldXlsOrEncrypted: (shown) =>
    `${shown} is not an .xlsx workbook: it is an old .xls file or a password-encrypted workbook. Save it in Excel as .xlsx without a password.`,
  noWorksheets: (shown) => `${shown} contains no worksheets.`,
  sheetOutOfPlace: (shown, sheet, where) =>
    `${shown}, sheet ${sheet}: rows or cells are out of place in the file${where ? ` (at ${where})` : ""}. Save the workbook again in Excel.`,
  notAWorksheet: (shown, sheet, list) => `${shown}: "${sheet}" is a chart sheet or other kind of sheet, not a worksheet with cells. Worksheets: ${list}.`,
  noSuchSheet: (shown, sheet, list) => `${shown} has no sheet "${sheet}". Sheets: ${list}.`,
  noVisibleSheet: (shown) => `${shown} has no visible sheet; choose one with --sheet.`,
  scheduleFileNotFound: (shown) => `Schedule file ${shown} does not exist.`,
  cannotReadScheduleFile: (shown, code) => `Cannot read schedule file ${shown} (${code}).`,
  notJson: (shown, why) => `${shown} is not valid JSON: ${why}.`,
  unknownSchedule: (arg, ids) => `Unknown schedule "${arg}". Bundled: ${ids}; or give a file FILE.json.`,
  csvRead: (shown, description) => `${shown} read as a CSV file: ${description}.\n`,
  csvHasNoSheets: (shown) => `${shown} is a CSV file: it has no sheets to choose from; leave out --sheet.`,
  csvNeedsXlsxOut: (shown, out) =>
    `${shown} is a CSV file: apply writes a new workbook with the table and the contributions, so --out must end in .xlsx (not ${out}); nothing was written.`,
  inputFile: "Input file",
  nothingDone: NOTHING_DONE,
  cellsRefused: (shown, sheet, cells, why, outcome) => `${shown}, sheet ${sheet}, cells ${cells.join(" and ")}: ${why}; ${NOTHING_DONE[outcome]}.`,
  sheetErrors: (shown, sheet, errors, outcome) => `${shown}, sheet ${sheet}: ${errors} error(s); ${NOTHING_DONE[outcome]}.`,
  noTableFound: (shown, sheet) => `${shown}, sheet ${sheet}: no table of municipalities and population found.`,
  severity: { error: "error", warning: "warning", info: "info" },

  writeFailed: (shown, code) => `Cannot write ${shown}: ${(code && WRITE_WHY[code]) || "the file system refuses it"}; nothing was written.`,
  interrupted: (shown) => `\nverdeel: interrupted; ${shown} was not written.\n`,
  outIsInput: (out) => `${out} is the input file itself; it is never changed (not even with --force). Choose another --out.`,
  outFolderMissing: (folder, out) => `Folder ${folder} for ${out} does not exist.`,
  outIsFolder: (out) => `${out} is a folder; give a file name.`,
  outExists: (out) => `${out} already exists; nothing was written. Choose another --out or overwrite with --force.`,
  macrosNeedXlsm: (book) =>
    `${book} is a workbook with macros; the copy must be named .xlsm too (Excel does not open macros in an .xlsx). Give --out a name ending in .xlsm; nothing was written.`,
  targetsFilled: (shown, sheet) =>
    `${shown}, sheet ${sheet}: target cells already hold something; nothing was written. To overwrite them in the copy (the input file stays unchanged): --force.`,
  noRoomRight: (shown, sheet, cell) =>
    `${shown}, sheet ${sheet}: the new columns do not fit right of the data; they would go past column XFD, Excel's last column (cell ${cell}). Nothing was written. Move the table to the left or clear the columns right of it.`,
  noRoomBelow: (shown, sheet, row, lastRow, cell) =>
    `${shown}, sheet ${sheet}: the totals row would go on row ${count(row)}, below Excel's last row (row ${count(lastRow)}, cell ${cell}). Nothing was written. Free a row below the data.`,
  tableInTheWay: (shown, sheet, column, table, range, cell) =>
    `${shown}, sheet ${sheet}: the new column ${column} would run into the table ${table} (${range}) at cell ${cell}. Nothing was written. Move that table or make room beside the data.`,
  unexpected: (detail: string) =>
    `verdeel: unexpected error, nothing was written (${detail}). Please report it; with VERDEEL_DEBUG=1 the command shows the technical details.\n`,

  stepReading: "Reading… done,",
  stepComputing: "Computing…",
  stepWriting: "Writing…",
  stepDone: "Done.",
  rows: (n) => ` ${count(n)} rows`,

  perInhabitant: "per inhabitant",
  shareByPopulation: (total) => `share of ${total} by population`,
  shareByKey: (total, key) => `share of ${total} by ${key}`,
  byPercentages: (total, shares) => `${total} by fixed percentages: ${shares}`,
  fixedAmounts: (list) => `fixed amounts: ${list}`,
  schedulesFooter: (n) => `\n${n} schedules. Use: verdeel apply BOOK.xlsx --schedule ID\n`,

  editedFrom: (label, now, agreed) => `${label} ${now} (agreed ${agreed})`,
  editedTitle: (schedule, edits) => `${schedule} edited: ${edits}. What-if figures, not the agreed amounts.`,
  agreedTitle: (title) => `Agreed schedule: ${title}`,
  colRow: "Row",
  colMunicipality: "Municipality",
  colPopulation: "Population",
  colTotal: "Total",
  totalsRow: "Total",
  applied: (n, total, out, sheet, audit) => `${count(n)} ${n === 1 ? "municipality" : "municipalities"}, total ${total}; written to ${out} (sheet ${sheet} and ${audit}).\n`,
  written: (out) => `Written: ${out}\n`,

  verifyAllMatch: (checked) => `${amounts(checked)} checked: all match.`,
  verifySummary: (checked, matched, mismatches, sum) =>
    `${amounts(checked)} checked: ${count(matched)} match${matched === 1 ? "es" : ""}, ${count(mismatches)} differ${mismatches === 1 ? "s" : ""} (sum of differences ${sum}).`,
  withinTolerance: (n, sum) =>
    n === 1 ? `1 amount is correct only within the tolerance (difference ${sum}).` : `${count(n)} amounts are correct only within the tolerance (differences together ${sum}).`,
  totalsDoNotAddUp: (n) => (n === 1 ? "1 total does not add up." : `${count(n)} totals do not add up.`),
  totalTarget: "total",
  colCell: "Cell",
  colComponent: "Component",
  colExpected: "Expected",
  colFound: "Found",
  colDifference: "Difference",
  colWhat: "What",
  colSum: "Sum",
  noNumber: "(no number)",
  rowTotalOf: (name, terms) => `total of ${name} (${terms})`,
  totalsRowOf: (column) => `totals row of column ${column}`,
  sumsHeading: "Totals that do not add up:\n",
  sheetWord: "sheet",
  reportWritten: (out) => `Check report written: ${out}\n`,
};
