// VERDEEL.SCHEMA's fields about one measure or one municipality: a weighted key's weight of a
// measure, and a fixed percentage of a municipality.
import { POPULATION_MEASURE, type Component } from "../allocation";
import { codeKey, nameMatchKey } from "../allocation/names";
import { namesMeasure } from "./headers";
import { failure } from "./i18n";

/** The weight of the measure in a share's key (a share by population is `inwoners` 1). */
export function weightOf(c: Component, measure: string): number {
  if (c.kind !== "share-of-total") return NaN;
  const key = c.key ?? [{ measure: POPULATION_MEASURE, weight: "1" }];
  const part = key.find((k) => namesMeasure(measure, k.measure));
  if (!part) throw failure((m) => m.unknownWeightMeasure(c.id, measure, key.map((k) => k.measure).join(", ")));
  return Number(part.weight);
}

/** The percentage of a municipality, matched to the schedule's keys as allocate does (CBS code, else name). */
export function percentageOf(c: Component, municipality: string): number {
  if (c.kind !== "fixed-percentage") return NaN;
  const keys = Object.keys(c.percentages);
  const code = codeKey(municipality);
  const name = nameMatchKey(municipality);
  const key = keys.find((k) => codeKey(k) === code) ?? keys.find((k) => nameMatchKey(k) === name);
  if (key === undefined) throw failure((m) => m.unknownPercentageKey(c.id, municipality, keys.join(", ")));
  return Number(c.percentages[key]);
}
