// The texts of the workbook layer's planners, loaded with them (the pane loads the planners on
// demand, so these stay out of its opening JavaScript): the Verantwoording sheet, the CSV reader's
// description and refusals, and the planners' refusals. Dutch (nl.ts) and English (en.ts) both
// implement this interface, so a missing text fails the type check.

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

export interface PlannerMessages {
  audit: AuditTexts;
  csv: CsvTexts;
  planErrors: PlanErrorTexts;
}
