// The domain's own words, spelt once for every layer: rounding units and modes, pro-rating, and
// the measures a schedule can charge by. Dutch (nl.ts) and English (en.ts) implement this
// interface, so a word missing in one language fails the type check.
import type { Prorate, RoundingMode, RoundingUnit } from "../types";

export interface DomainWords {
  /** "op centen", "op hele euro's": how a schedule rounds, after "rounds". */
  roundedTo: Record<RoundingUnit, string>;
  /** "centen", "hele euro's": the unit itself. */
  unit: Record<RoundingUnit, string>;
  /** "half weg van nul (rekenkundig afronden)", "half naar even (bankiersafronding)". */
  mode: Record<RoundingMode, string>;
  /** How a rate is spread over a period: "naar rato per maand"; `none` for a rate that is for the period. */
  prorate: Record<Prorate, string>;
  /** A measure counted in a key or a list: "woningen"; another measure is its own id. */
  measurePlural: (measure: string) => string;
  /** One unit of a measure, after "per": "woning", "km²"; another measure: "eenheid clienten". */
  measureUnit: (measure: string) => string;
  /** A measure as a column header: "Woningen", "Oppervlakte (km²)"; another measure is its own id. */
  measureHeader: (measure: string) => string;
  /** A measure in a sentence: "het aantal woningen", "de oppervlakte", "maatstaf clienten". */
  measureName: (measure: string) => string;
}

/** What a what-if value was typed for: a component's rate or total, a key's weight, a municipality's percentage. */
export type OverrideTarget = { kind: "component"; id: string } | { kind: "weight"; measure: string } | { kind: "percentage"; key: string };

/**
 * The allocation core's messages, by area. The core's errors carry both languages (VerdeelError:
 * message, messageEn), rendered from these catalogues where they are raised.
 */
export interface AllocationMessages {
  /** The field of a problem with the schedule as a whole. */
  wholeSchedule: string;
  /** What-if edits (applyOverrides): each names the schedule's field before it. */
  overrides: {
    noComponent: (schedule: string, id: string, ids: string) => string;
    notAValue: (value: string, target: OverrideTarget) => string;
    fixedAmountsNoRate: (id: string) => string;
    tooManyDecimals: (value: string, unit: RoundingUnit) => string;
    noWeightedKey: (id: string) => string;
    noKeyMeasure: (id: string, measure: string, measures: string) => string;
    notPercentages: (id: string) => string;
    noPercentageFor: (id: string, key: string) => string;
  };
  /** A schedule's period (checkPeriod): each names the field before it. The shape's texts: shape/. */
  period: {
    dateFormat: string;
    noSuchDate: (date: string) => string;
    periodYears: string;
    periodBackwards: (from: string) => string;
    monthsFrom: string;
    monthsTo: string;
    prorateValues: string;
  };
  /** The checks of meaning after the shape (semanticIssues): each names the field before it. */
  checks: {
    empty: string;
    notDecimal: (value: string) => string;
    negative: (value: string) => string;
    tooManyDigits: (max: number) => string;
    tooManyDecimals: (max: number, value: string) => string;
    badMeasure: (measure: string) => string;
    emptyKey: string;
    measureTwice: (measure: string) => string;
    weightZero: string;
    weightsSum: (sum: string) => string;
    noPercentages: string;
    badKey: string;
    percentagesSum: (sum: string) => string;
    badComponentId: (id: string) => string;
    emptyBudgetLine: string;
    noAmounts: string;
    periodOutsideYear: (year: number) => string;
    badScheduleId: (id: string) => string;
    idTaken: (id: string, earlier: number) => string;
  };
  /** Input to allocate, apportion or verify that cannot give a correct figure (AllocationError). */
  allocation: {
    /** "Gemeente nr. 3": a municipality by its 1-based position. */
    noName: (n: number) => string;
    badPopulation: (n: number, name: string, population: number) => string;
    populationZero: string;
    /** A measure's value of one municipality: missing, not a number, not whole, too many digits. */
    measureProblem: (n: number, name: string, measure: string, problem: MeasureProblem, raw: string) => string;
    measureZero: (id: string, measure: string) => string;
    negativeTotal: string;
    tieKeysMismatch: (weights: number, keys: number) => string;
    badWeight: (n: number, name: string, weight: string) => string;
    weightsZero: string;
    unitNotPositive: string;
    totalNotWholeUnits: (total: string, unit: string) => string;
    notWholeNumber: (value: string) => string;
    notDecimal: (value: string) => string;
    notDecimalString: (value: string) => string;
    keyAmbiguous: (id: string, key: string, names: string) => string;
    keyTwice: (id: string, earlier: string, key: string, name: string) => string;
    percentagesDoNotFit: (id: string, missing: readonly string[], unmatched: readonly string[]) => string;
    badTolerance: (tolerance: string) => string;
    unknownTarget: (target: string, known: string) => string;
    noSuchMunicipality: (n: number) => string;
    foundNotANumber: (found: string, n: number, target: string) => string;
  };
}

export type MeasureProblem = "missing" | "not-a-number" | "not-whole" | "too-many-digits";
