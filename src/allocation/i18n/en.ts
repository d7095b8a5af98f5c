// English domain words.
import type { AllocationMessages, DomainWords, OverrideTarget } from "./types";

const PLURAL: Record<string, string> = { inwoners: "inhabitants", woningen: "dwellings", huishoudens: "households", oppervlakte: "area" };
const UNIT: Record<string, string> = { inwoners: "inhabitant", woningen: "dwelling", huishoudens: "household", oppervlakte: "km²" };
const HEADER: Record<string, string> = { inwoners: "Population", woningen: "Dwellings", huishoudens: "Households", oppervlakte: "Area (km²)" };
const NAME: Record<string, string> = {
  inwoners: "the number of inhabitants",
  woningen: "the number of dwellings",
  huishoudens: "the number of households",
  oppervlakte: "the area",
};

export const en: DomainWords = {
  roundedTo: { cent: "to cents", euro: "to whole euros" },
  unit: { cent: "cents", euro: "whole euros" },
  mode: { "half-up": "half away from zero", "half-even": "half to even (banker's rounding)" },
  prorate: { none: "rate for the period", months: "pro rata by months", days: "pro rata by days" },
  measurePlural: (m) => PLURAL[m] ?? m,
  measureUnit: (m) => UNIT[m] ?? `unit of ${m}`,
  measureHeader: (m) => HEADER[m] ?? m,
  measureName: (m) => NAME[m] ?? `measure ${m}`,
};

const target = (t: OverrideTarget): string =>
  t.kind === "component" ? `component "${t.id}"` : t.kind === "weight" ? `the weight of ${t.measure}` : `the percentage of "${t.key}"`;

export const messagesEn: AllocationMessages = {
  overrides: {
    noComponent: (schedule, id, ids) => `schedule ${schedule} has no component "${id}"; components: ${ids}.`,
    notAValue: (value, t) =>
      `"${value}" is not ${t.kind === "component" ? "an amount" : "a number"} ≥ 0 for ${target(t)}; write e.g. 0.07 or 0,07 (no thousands separator: 90000).`,
    fixedAmountsNoRate: (id) => `component "${id}" has fixed amounts per municipality and no rate or total to change.`,
    tooManyDecimals: (value, unit) =>
      `${value} has more decimals than the schedule rounds to (${en.unit[unit]}); the total is not rounded silently: type an amount in ${en.unit[unit]}.`,
    noWeightedKey: (id) => `component "${id}" has no weighted key.`,
    noKeyMeasure: (id, measure, measures) => `the key of "${id}" has no measure ${measure}; measures: ${measures}.`,
    notPercentages: (id) => `component "${id}" does not split by fixed percentages.`,
    noPercentageFor: (id, key) => `component "${id}" has no percentage for "${key}".`,
  },
};
