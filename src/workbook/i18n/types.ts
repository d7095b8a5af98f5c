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

/** The headers of the columns Toepassen writes. */
export interface HeaderTexts {
  contribution: string;
  contributionTotal: string;
  budgetLine: string;
}

export interface WorkbookMessages {
  controle: ControleTexts;
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
