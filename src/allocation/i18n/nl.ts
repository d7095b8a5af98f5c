// Dutch domain words.
import type { AllocationMessages, DomainWords, MeasureProblem, OverrideTarget } from "./types";

const PLURAL: Record<string, string> = { inwoners: "inwoners", woningen: "woningen", huishoudens: "huishoudens", oppervlakte: "oppervlakte" };
const UNIT: Record<string, string> = { inwoners: "inwoner", woningen: "woning", huishoudens: "huishouden", oppervlakte: "km²" };
const HEADER: Record<string, string> = { inwoners: "Inwoners", woningen: "Woningen", huishoudens: "Huishoudens", oppervlakte: "Oppervlakte (km²)" };
const NAME: Record<string, string> = {
  inwoners: "het aantal inwoners",
  woningen: "het aantal woningen",
  huishoudens: "het aantal huishoudens",
  oppervlakte: "de oppervlakte",
};

export const nl: DomainWords = {
  roundedTo: { cent: "op centen", euro: "op hele euro's" },
  unit: { cent: "centen", euro: "hele euro's" },
  mode: { "half-up": "half weg van nul (rekenkundig afronden)", "half-even": "half naar even (bankiersafronding)" },
  prorate: { none: "tarief voor de periode", months: "naar rato per maand", days: "naar rato per dag" },
  measurePlural: (m) => PLURAL[m] ?? m,
  measureUnit: (m) => UNIT[m] ?? `eenheid ${m}`,
  measureHeader: (m) => HEADER[m] ?? m,
  measureName: (m) => NAME[m] ?? `maatstaf ${m}`,
};

/** At most this many names in one message; the rest is counted. */
const LISTED = 10;

function names(list: readonly string[]): string {
  const shown = list.slice(0, LISTED).map((n) => `"${n}"`).join(", ");
  const rest = list.length - LISTED;
  return rest <= 0 ? shown : `${shown} en nog ${rest}`;
}

const MEASURE_PROBLEM: Record<MeasureProblem, (raw: string) => string> = {
  missing: () => "ontbreekt.",
  "not-a-number": (raw) => `is geen getal ≥ 0 ("${raw}").`,
  "not-whole": (raw) => `moet een geheel getal zijn, niet ${raw}.`,
  "too-many-digits": (raw) => `heeft te veel cijfers (${raw}).`,
};


const target = (t: OverrideTarget): string =>
  t.kind === "component" ? `onderdeel "${t.id}"` : t.kind === "weight" ? `het gewicht van ${t.measure}` : `het percentage van "${t.key}"`;

export const messagesNl: AllocationMessages = {
  wholeSchedule: "(hele schema)",
  overrides: {
    noComponent: (schedule, id, ids) => `verdeelsleutel ${schedule} heeft geen onderdeel "${id}"; onderdelen: ${ids}.`,
    notAValue: (value, t) =>
      `"${value}" is geen ${t.kind === "component" ? "bedrag" : "getal"} ≥ 0 voor ${target(t)}; schrijf bijvoorbeeld 0,07 of 0.07 (geen scheiding voor duizendtallen: 90000).`,
    fixedAmountsNoRate: (id) => `onderdeel "${id}" heeft vaste bedragen per gemeente en geen tarief of totaal om aan te passen.`,
    tooManyDecimals: (value, unit) =>
      `${value} heeft meer decimalen dan de verdeelsleutel afrondt (${nl.roundedTo[unit]}); het totaal wordt niet stilzwijgend afgerond: typ een bedrag in ${nl.unit[unit]}.`,
    noWeightedKey: (id) => `onderdeel "${id}" heeft geen gewogen sleutel.`,
    noKeyMeasure: (id, measure, measures) => `de sleutel van "${id}" heeft geen maatstaf ${measure}; maatstaven: ${measures}.`,
    notPercentages: (id) => `onderdeel "${id}" verdeelt niet met vaste percentages.`,
    noPercentageFor: (id, key) => `onderdeel "${id}" heeft geen percentage voor "${key}".`,
  },
  period: {
    dateFormat: `moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld "2019-04-01".`,
    noSuchDate: (date) => `"${date}" is geen bestaande datum.`,
    periodYears: "moet in hetzelfde kalenderjaar liggen als from; splits de periode per jaar.",
    periodBackwards: (from) => `ligt vóór from (${from}).`,
    monthsFrom: `moet de eerste dag van een maand zijn bij prorate "months"; gebruik prorate "days" voor een deel van een maand.`,
    monthsTo: `moet de laatste dag van een maand zijn bij prorate "months"; gebruik prorate "days" voor een deel van een maand.`,
    prorateValues: `moet "none", "months" of "days" zijn.`,
  },
  checks: {
    empty: "mag niet leeg zijn.",
    notDecimal: (value) => `"${value}" is geen decimaal getal; schrijf bijvoorbeeld "0.08" (punt als decimaalteken, geen spaties of €).`,
    negative: (value) => `mag niet negatief zijn (${value}).`,
    tooManyDigits: (max) => `heeft meer dan ${max} cijfers voor de punt.`,
    tooManyDecimals: (max, value) => `heeft meer dan ${max} decimalen (${value}).`,
    badMeasure: (measure) =>
      `"${measure}" is geen geldige maatstaf: kleine letters, cijfers en -, beginnend met een letter (inwoners, woningen, huishoudens, oppervlakte, of een eigen naam zoals "clienten").`,
    emptyKey: "moet minstens één maatstaf met gewicht bevatten (of laat key weg om naar inwoners te verdelen).",
    measureTwice: (measure) => `${measure} komt al eerder in de sleutel voor; noem elke maatstaf één keer.`,
    weightZero: "moet groter dan 0 zijn; laat een maatstaf zonder gewicht weg.",
    weightsSum: (sum) => `de gewichten tellen op tot ${sum}; samen moeten ze precies 1 zijn (bijvoorbeeld 0.5 + 0.3 + 0.2).`,
    noPercentages: "moet minstens één gemeente met percentage bevatten.",
    badKey: "de sleutel moet een CBS-code of gemeentenaam zijn.",
    percentagesSum: (sum) => `de percentages tellen op tot ${sum}; samen moeten ze precies 100 zijn.`,
    badComponentId: (id) => `"${id}" is geen geldige id: kleine letters, cijfers en -, beginnend met een letter (bijvoorbeeld "basis").`,
    emptyBudgetLine: "mag niet leeg zijn; laat het veld weg als er geen standaard-begrotingspost is.",
    noAmounts: "moet minstens één gemeente met bedrag bevatten.",
    periodOutsideYear: (year) => `ligt niet in het jaar van de verdeelsleutel (${year}).`,
    badScheduleId: (id) => `"${id}" is geen geldige id: kleine letters, cijfers en -, bijvoorbeeld "nml-2023".`,
    idTaken: (id, earlier) => `"${id}" komt al voor bij components[${earlier}]; elke id moet uniek zijn.`,
  },
  allocation: {
    noName: (n) => `Gemeente nr. ${n} heeft geen naam.`,
    badPopulation: (n, name, p) => `Gemeente nr. ${n} ("${name}") heeft geen geldig aantal inwoners (${p}): verwacht een geheel getal ≥ 0.`,
    populationZero: "Het totaal kan niet verdeeld worden: het totaal aantal inwoners is 0.",
    measureProblem: (n, name, measure, problem, raw) => `Gemeente nr. ${n} ("${name}"): ${measure} ${MEASURE_PROBLEM[problem](raw)}`,
    measureZero: (id, measure) => `Onderdeel "${id}": het totaal kan niet verdeeld worden, want ${measure} is bij alle gemeenten samen 0.`,
    negativeTotal: "Het te verdelen totaal is negatief.",
    tieKeysMismatch: (weights, keys) => `Er zijn ${weights} gewichten maar ${keys} sleutels voor gelijke resten.`,
    badWeight: (n, name, w) => `Gewicht ${n} (${name}) moet een geheel getal ≥ 0 zijn, niet ${w}.`,
    weightsZero: "Het totaal kan niet verdeeld worden: de gewichten zijn samen 0.",
    unitNotPositive: "De afrondingseenheid moet groter dan 0 zijn.",
    totalNotWholeUnits: (total, unit) => `Het totaal ${total} is geen geheel aantal eenheden van ${unit}; rond het eerst af.`,
    notWholeNumber: (value) => `${value} is geen geheel getal; schrijf bedragen als tekst, bijvoorbeeld "0.08".`,
    notDecimal: (value) => `"${value}" is geen decimaal getal (verwacht bijvoorbeeld "0.08" of "90000").`,
    notDecimalString: (value) => `"${value}" is geen decimaal getal (verwacht bijvoorbeeld "0.08").`,
    keyAmbiguous: (id, key, list) => `Onderdeel ${id}: "${key}" past bij meer dan één gemeente (${list}); gebruik de CBS-code.`,
    keyTwice: (id, earlier, key, name) => `Onderdeel ${id}: "${earlier}" en "${key}" wijzen allebei naar ${name}; het bedrag zou dubbel tellen.`,
    percentagesDoNotFit: (id, missing, unmatched) =>
      `Onderdeel "${id}" verdeelt met vaste percentages, en die passen niet bij de gemeenten in de gegevens: ${[
        ...(missing.length > 0 ? [`zonder percentage: ${names(missing)}`] : []),
        ...(unmatched.length > 0 ? [`met een percentage maar niet in de gegevens: ${names(unmatched)}`] : []),
      ].join("; ")}.`,
    badTolerance: (t) => `Tolerantie "${t}" is geen bedrag ≥ 0 (bijvoorbeeld 0 of 0,50).`,
    unknownTarget: (target, known) => `Onbekend doel "${target}" om te controleren; kies uit ${known}.`,
    noSuchMunicipality: (n) => `Gemeente nr. ${n} bestaat niet in de berekening.`,
    foundNotANumber: (found, n, target) => `Gevonden waarde "${found}" (gemeente nr. ${n}, ${target}) is geen getal.`,
  },
};
