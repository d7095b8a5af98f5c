// The worksheet functions' message catalogue: every text a formula's error shows, Dutch (nl.ts)
// and English (en.ts). Both implement this interface, so a missing text fails the type check.
import type { ComponentKind, Lang } from "../../allocation";

/** A function parameter, by its Dutch name (the name in functions.ts and in Dutch Excel). */
export type ParamKey = "inwoners" | "schema" | "onderdeel" | "tarief" | "inwoners_bereik" | "totaal" | "eenheid" | "namen_bereik" | "veld";

/** Where a bad value is: a parameter, and for a range the 1-based row or column in it. */
export interface Where {
  param: ParamKey;
  row?: number;
  column?: number;
}

export interface FunctionMessages {
  lang: Lang;
  /** The parameter's name as Excel shows it in this language. */
  param: (key: ParamKey) => string;
  /** "inwoners_bereik, rij 4": the parameter and the position in its range. */
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

  // Ranges
  notARange: (param: string) => string;
  emptyRange: (param: string) => string;
  notOneLine: (param: string, rows: number, columns: number) => string;
  shapesDiffer: (param: string, other: string, rows: number, columns: number, otherRows: number, otherColumns: number) => string;
  badName: (at: string, shown: string) => string;

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
  notPerInhabitant: (schedule: string, id: string, kind: ComponentKind) => string;
  noPerInhabitant: (schedule: string, ids: string) => string;
  rateNeedsComponent: (schedule: string, ids: string) => string;

  // VERDEEL.SCHEMA's fields
  unknownField: (field: string, fields: string) => string;
  fieldNeedsComponent: (field: string, schedule: string, ids: string) => string;
  fieldNotForKind: (field: string, id: string, kind: ComponentKind) => string;
  componentNeedsField: (id: string, kind: ComponentKind, fields: string) => string;

  /** A fault of the add-in itself: said plainly, without a stack trace. */
  internal: (fn: string) => string;
}
