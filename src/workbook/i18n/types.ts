// The workbook layer's message catalogue: the texts it writes into a workbook (report sheets,
// labels), Dutch (nl.ts) and English (en.ts). Both implement this interface, so a missing text
// fails the type check. Findings have their own renderer (../messages.ts: code + parameters).

/** The Controle sheet: what was checked against what, the summary and every mismatch. */
export interface ControleTexts {
  title: string;
  dateTime: string;
  workbook: string;
  sheet: string;
  schedule: string;
  source: string;
  tolerance: string;
  checkedColumns: string;
  version: string;
  summary: string;
  checked: string;
  correct: string;
  withinTolerance: string;
  sumWithinTolerance: string;
  wrong: string;
  sumOfDifferences: string;
  /** What stands in a checked cell without a number. */
  textValue: (text: string) => string;
  blank: string;
  errorValue: (error: string) => string;
  noNumber: string;
  mismatches: string;
  colCell: string;
  colMunicipality: string;
  colComponent: string;
  colExpected: string;
  colFound: string;
  colDifference: string;
  noMismatches: string;
  otherFindings: string;
  colMessage: string;
  noFindings: string;
  /** A check of the total rather than of one component. */
  total: string;
}

/** The word that marks what-if columns: a saved scenario, or Invullen's edited amounts. */
export type EditWord = "scenario" | "edited";

/** The Tarieven sheet's rates block (formula mode). */
export interface RatesTexts {
  /** Number format of a rate: at least two decimals, more when the rate has them; the language's euro style. */
  numberFormat: string;
  headers: readonly string[];
  wholeYear: string;
  /** A per-unit rate's description: "Uitbreiding (per eenheid woningen)". */
  perUnitDescription: (label: string, measure: string) => string;
  /** "1-1-2023 t/m 30-6-2023, naar rato per maand". */
  period: (from: string, to: string, how: string) => string;
}

/** The Verantwoording sheet: its labels and the phrases of its values. */
export interface AuditTexts {
  time: string;
  kind: string;
  kindScenario: string;
  schedule: string;
  source: string;
  region: string;
  year: string;
  rounding: string;
  populationDate: string;
  note: string;
  sheet: string;
  columns: string;
  colMunicipality: string;
  colPopulation: string;
  colCode: string;
  /** "veld": a field of unsplit CSV lines. */
  field: string;
  csvLines: (column: string, separator: string) => string;
  periodCbs: string;
  periodChosen: string;
  periodByDate: string;
  periodLatest: string;
  skippedFormer: string;
  rows: string;
  populationTotal: string;
  total: string;
  scenario: string;
  /** " (vastgesteld € 0,07)" after a scenario's value. */
  agreedWas: (shown: string) => string;
  formulas: string;
  rowsAdded: (from: number, to: number) => string;
  perInhabitant: string;
  perUnit: string;
  and: string;
  ratesAsFormulas: (perWhat: string, sheet: string, where: string) => string;
  formulasRest: string;
  version: string;
  /** " … en nog 12" when a long list is cut. */
  andMore: (rest: number) => string;
  noColumn: string;
  changed: string;
  changedAgreed: (shown: string) => string;
  rate: (component: string) => string;
  perInhabitantValue: string;
  perUnitValue: (rate: string, measure: string, column: string, mark: string) => string;
  totalToSplit: (component: string) => string;
  byWeightedKey: string;
  byPopulation: string;
  byFixedPercentages: string;
  key: (component: string) => string;
  keyPart: (measure: string, weight: string, mark: string, column: string, sum: string) => string;
  percentages: (component: string) => string;
  fixedAmounts: (component: string) => string;
  period: (component: string) => string;
  rateForPeriod: string;
  /** "t/m" between two dates. */
  through: string;
  budgetLine: (component: string) => string;
  notGiven: string;
  remainderUnits: (component: string) => string;
  noRemainder: string;
  extraUnitTo: (unit: string) => string;
  notFound: (component: string) => string;
  componentTotal: (component: string) => string;
}

/** The headers of the columns Toepassen writes. */
export interface HeaderTexts {
  contribution: string;
  contributionTotal: string;
  budgetLine: string;
}

/** Reading a CSV file: what was detected, and why a file could not be read. */
export interface CsvTexts {
  withBom: string;
  separators: Record<"semicolon" | "comma" | "tab", string>;
  decimalComma: string;
  decimalPoint: string;
  /** "UTF-8 met BOM, gescheiden door puntkomma, decimale komma, 701 regels". */
  description: (encoding: string, separator: string, decimals: string, lines: number) => string;
  notText: string;
  empty: string;
  quoteOpen: (line: number) => string;
  tooManyFields: (line: number, fields: number, width: number, separator: string) => string;
}

/** Refusals of the planners (formula mode, scenarios). */
export interface PlanErrorTexts {
  formulaHalfEven: (schedule: string) => string;
  formulaSplitColumn: (column: string) => string;
  formulaSheetName: (sheet: string) => string;
  formulaPrecision: (component: string, rate: string) => string;
  scenarioOtherSchedule: (schedule: string) => string;
  scenarioUnchanged: (schedule: string) => string;
}

export interface WorkbookMessages {
  csv: CsvTexts;
  planErrors: PlanErrorTexts;
  controle: ControleTexts;
  audit: AuditTexts;
  headers: HeaderTexts;
  /** The totals row's label, and a check of the total column. */
  total: string;
  /** Before a what-if key's weights in a header remark. */
  weights: string;
  editWord: Record<EditWord, string>;
  /** The tie-break of the largest-remainder split, as the allocation core applies it. */
  tieBreak: string;
  rates: RatesTexts;
}
