// English domain words.
import type { AllocationMessages, DomainWords, MeasureProblem, OverrideTarget } from "./types";

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

/** At most this many names in one message; the rest is counted. */
const LISTED = 10;

function names(list: readonly string[]): string {
  const shown = list.slice(0, LISTED).map((n) => `"${n}"`).join(", ");
  const rest = list.length - LISTED;
  return rest <= 0 ? shown : `${shown} and ${rest} more`;
}

const MEASURE_PROBLEM: Record<MeasureProblem, (raw: string) => string> = {
  missing: () => "is missing.",
  "not-a-number": (raw) => `is not a number ≥ 0 ("${raw}").`,
  "not-whole": (raw) => `must be a whole number, not ${raw}.`,
  "too-many-digits": (raw) => `has too many digits (${raw}).`,
};


const target = (t: OverrideTarget): string =>
  t.kind === "component" ? `component "${t.id}"` : t.kind === "weight" ? `the weight of ${t.measure}` : `the percentage of "${t.key}"`;

export const messagesEn: AllocationMessages = {
  wholeSchedule: "(whole schedule)",
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
  period: {
    dateFormat: `must be a date written as YYYY-MM-DD, e.g. "2019-04-01".`,
    noSuchDate: (date) => `"${date}" is not a valid date.`,
    periodYears: "must lie in the same calendar year as from; split the period per year.",
    periodBackwards: (from) => `lies before from (${from}).`,
    monthsFrom: `must be the first day of a month with prorate "months"; use prorate "days" for part of a month.`,
    monthsTo: `must be the last day of a month with prorate "months"; use prorate "days" for part of a month.`,
    prorateValues: `must be "none", "months" or "days".`,
  },
  checks: {
    empty: "must not be empty.",
    notDecimal: (value) => `"${value}" is not a decimal number; write e.g. "0.08" (point as decimal separator, no spaces or €).`,
    negative: (value) => `must not be negative (${value}).`,
    tooManyDigits: (max) => `has more than ${max} digits before the point.`,
    tooManyDecimals: (max, value) => `has more than ${max} decimals (${value}).`,
    badMeasure: (measure) =>
      `"${measure}" is not a valid measure: lower-case letters, digits and -, starting with a letter (inwoners, woningen, huishoudens, oppervlakte, or a name of your own such as "clienten").`,
    emptyKey: "must hold at least one measure with a weight (or leave key out to split by population).",
    measureTwice: (measure) => `${measure} is already in the key; name each measure once.`,
    weightZero: "must be greater than 0; leave out a measure without weight.",
    weightsSum: (sum) => `the weights add up to ${sum}; together they must be exactly 1 (e.g. 0.5 + 0.3 + 0.2).`,
    noPercentages: "must hold at least one municipality with a percentage.",
    badKey: "the key must be a CBS code or a municipality name.",
    percentagesSum: (sum) => `the percentages add up to ${sum}; together they must be exactly 100.`,
    badComponentId: (id) => `"${id}" is not a valid id: lower-case letters, digits and -, starting with a letter (e.g. "basis").`,
    emptyBudgetLine: "must not be empty; leave the field out when there is no default budget line.",
    noAmounts: "must hold at least one municipality with an amount.",
    periodOutsideYear: (year) => `does not lie in the schedule's year (${year}).`,
    badScheduleId: (id) => `"${id}" is not a valid id: lower-case letters, digits and -, e.g. "nml-2023".`,
    idTaken: (id, earlier) => `"${id}" is already used by components[${earlier}]; every id must be unique.`,
  },
  allocation: {
    noName: (n) => `Municipality no. ${n} has no name.`,
    badPopulation: (n, name, p) => `Municipality no. ${n} ("${name}") has no valid population (${p}): expected a whole number ≥ 0.`,
    populationZero: "The total cannot be split: the total population is 0.",
    measureProblem: (n, name, measure, problem, raw) => `Municipality no. ${n} ("${name}"): ${measure} ${MEASURE_PROBLEM[problem](raw)}`,
    measureZero: (id, measure) => `Component "${id}": the total cannot be split, because ${measure} adds up to 0 over all municipalities.`,
    negativeTotal: "The total to split is negative.",
    tieKeysMismatch: (weights, keys) => `There are ${weights} weights but ${keys} tie-break keys.`,
    badWeight: (n, name, w) => `Weight ${n} (${name}) must be a whole number ≥ 0, not ${w}.`,
    weightsZero: "The total cannot be split: the weights add up to 0.",
    unitNotPositive: "The rounding unit must be greater than 0.",
    totalNotWholeUnits: (total, unit) => `The total ${total} is not a whole number of units of ${unit}; round it first.`,
    notWholeNumber: (value) => `${value} is not a whole number; write amounts as a string, e.g. "0.08".`,
    notDecimal: (value) => `"${value}" is not a decimal number (expected e.g. "0.08" or "90000").`,
    notDecimalString: (value) => `"${value}" is not a decimal number (expected e.g. "0.08").`,
    keyAmbiguous: (id, key, list) => `Component ${id}: "${key}" matches more than one municipality (${list}); use the CBS code.`,
    keyTwice: (id, earlier, key, name) => `Component ${id}: "${earlier}" and "${key}" both point to ${name}; the amount would count twice.`,
    percentagesDoNotFit: (id, missing, unmatched) =>
      `Component "${id}" splits by fixed percentages, and they do not fit the municipalities in the data: ${[
        ...(missing.length > 0 ? [`without a percentage: ${names(missing)}`] : []),
        ...(unmatched.length > 0 ? [`with a percentage but not in the data: ${names(unmatched)}`] : []),
      ].join("; ")}.`,
    badTolerance: (t) => `Tolerance "${t}" is not an amount ≥ 0 (e.g. 0 or 0.50).`,
    unknownTarget: (target, known) => `Unknown target "${target}" to check; choose from ${known}.`,
    noSuchMunicipality: (n) => `Municipality no. ${n} does not exist in the allocation.`,
    foundNotANumber: (found, n, target) => `Found value "${found}" (municipality no. ${n}, ${target}) is not a number.`,
  },
};
