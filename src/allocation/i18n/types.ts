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
}
