// The worksheet functions' message catalogue: every text a formula's error shows, Dutch (nl.ts)
// and English (en.ts). Both implement this interface, so a missing text fails the type check.
import type { ComponentKind, Lang } from "../../allocation";

/** A function parameter, by its Dutch name (the name in functions.ts and in Dutch Excel). */
export type ParamKey =
  | "inwoners"
  | "schema"
  | "onderdeel"
  | "tarief"
  | "inwoners_bereik"
  | "totaal"
  | "eenheid"
  | "namen_bereik"
  | "veld"
  | "maatstaf_of_gemeente"
  | "tabel"
  | "gewichten";

/** A column of a table with a header row: its 1-based position and its header. */
export interface TableColumn {
  column: number;
  header: string;
}

/** Where a bad value is: a parameter, and for a range the 1-based row and/or column in it. */
export interface Where {
  param: ParamKey;
  row?: number;
  column?: number;
  /** The column's header in a range with a header row (tabel). */
  header?: string;
}

/** The worksheet functions, by their English name. */
export type FunctionId = "contribution" | "share" | "key" | "schedule";

/** The fields VERDEEL.SCHEMA reads: of a schedule, then of a component. */
export type FieldId =
  | "title"
  | "region"
  | "year"
  | "source"
  | "unit"
  | "rounding"
  | "population-date"
  | "components"
  | "rate"
  | "total"
  | "period-factor"
  | "budget-line"
  | "label"
  | "kind"
  | "measures"
  | "weight"
  | "percentage";

export interface FunctionMessages {
  lang: Lang;
  /** A function's name as Excel shows it in this language ("VERDEEL.BIJDRAGE"). */
  functionName: Record<FunctionId, string>;
  /** A field name of VERDEEL.SCHEMA in this language; a formula may use either language's. */
  fieldName: Record<FieldId, string>;
  /** The parameter's name as Excel shows it in this language. */
  param: (key: ParamKey) => string;
  /** "inwoners_bereik, rij 4", "tabel, rij 3, kolom 4 (Woningen)": the parameter and the position in its range. */
  at: (where: Where) => string;
  /** A number as Excel shows it in this language ("13478,5" / "13478.5"). */
  number: (value: number) => string;
  /** Any cell value as this language's Excel shows it: 12,5 / WAAR / "tekst". */
  show: (value: unknown) => string;

  // Inhabitants (one cell, or a cell of the population range)
  emptyPopulation: (at: string) => string;
  textPopulation: (at: string, text: string) => string;
  notAPopulation: (at: string, shown: string) => string;
  fractionalPopulation: (at: string, value: string) => string;
  negativePopulation: (at: string, value: string) => string;
  populationTooLarge: (at: string, value: string) => string;

  // Another measure (dwellings, area, …): `measure` is its id, the text names it
  emptyMeasure: (at: string, measure: string) => string;
  textMeasure: (at: string, text: string, measure: string) => string;
  notAMeasure: (at: string, shown: string, measure: string) => string;
  fractionalMeasure: (at: string, value: string, measure: string) => string;
  negativeMeasure: (at: string, value: string, measure: string) => string;
  measureTooLarge: (at: string, value: string, measure: string) => string;
  measureTooPrecise: (at: string, value: string, measure: string) => string;

  // Ranges
  notARange: (param: string) => string;
  emptyRange: (param: string) => string;
  notOneLine: (param: string, rows: number, columns: number) => string;
  shapesDiffer: (param: string, other: string, rows: number, columns: number, otherRows: number, otherColumns: number) => string;
  badName: (at: string, shown: string) => string;

  // A table with a header row (VERDEEL.SLEUTEL)
  noHeaderRow: (param: string, headers: string) => string;
  noDataRows: (param: string) => string;
  missingColumn: (param: string, measure: string, headers: string) => string;
  ambiguousColumn: (param: string, role: "name" | "code" | "measure", measure: string, columns: readonly TableColumn[]) => string;
  needsNames: (param: string, id: string) => string;

  // Amounts (total, rate) and the rounding unit
  emptyAmount: (param: string) => string;
  notAnAmount: (param: string, shown: string) => string;
  negativeAmount: (param: string, value: string) => string;
  tooManyDecimals: (param: string, value: string, unit: string) => string;
  tooManyRateDecimals: (param: string, value: string, max: number) => string;
  amountTooLarge: (param: string, value: string) => string;
  badUnit: (shown: string) => string;

  // Schedules and their components
  notText: (param: string, shown: string) => string;
  unknownSchedule: (name: string, known: string) => string;
  unknownComponent: (schedule: string, id: string, ids: string) => string;
  kindName: (kind: ComponentKind) => string;
  notPerUnit: (schedule: string, id: string, kind: ComponentKind) => string;
  noPerUnit: (schedule: string, ids: string) => string;
  severalMeasures: (schedule: string, pairs: string) => string;
  rateNeedsComponent: (schedule: string, ids: string) => string;
  notAShare: (schedule: string, id: string, kind: ComponentKind) => string;
  noShare: (schedule: string, ids: string) => string;
  shareNeedsComponent: (schedule: string, ids: string) => string;

  // What-if weights and percentages (VERDEEL.SLEUTEL's gewichten)
  weightsShape: (param: string, rows: number, columns: number) => string;
  weightsNotForKind: (id: string, kind: ComponentKind) => string;
  unknownKeyMeasure: (at: string, label: string, measures: string) => string;
  unknownMunicipality: (at: string, label: string) => string;
  repeatedWhatIf: (at: string, label: string) => string;
  notAWeight: (at: string, shown: string) => string;
  weightNotPositive: (at: string, value: string) => string;
  negativePercentage: (at: string, value: string) => string;
  weightTooPrecise: (at: string, value: string) => string;
  weightsSum: (param: string, sum: string) => string;
  percentagesSum: (param: string, sum: string) => string;

  // VERDEEL.SCHEMA's fields
  unknownField: (field: string, fields: string) => string;
  fieldNeedsComponent: (field: string, schedule: string, ids: string) => string;
  fieldNotForKind: (field: string, id: string, kind: ComponentKind) => string;
  componentNeedsField: (id: string, kind: ComponentKind, fields: string) => string;
  fieldNeedsMeasure: (field: string, measures: string) => string;
  fieldNeedsMunicipality: (field: string, keys: string) => string;
  fieldTakesNoWhich: (field: string) => string;
  unknownWeightMeasure: (id: string, measure: string, measures: string) => string;
  unknownPercentageKey: (id: string, key: string, keys: string) => string;

  /** A fault of the add-in itself: said plainly, without a stack trace. */
  internal: (fn: string) => string;
}
