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
