// Dutch domain words.
import type { AllocationMessages, DomainWords, OverrideTarget } from "./types";

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

const target = (t: OverrideTarget): string =>
  t.kind === "component" ? `onderdeel "${t.id}"` : t.kind === "weight" ? `het gewicht van ${t.measure}` : `het percentage van "${t.key}"`;

export const messagesNl: AllocationMessages = {
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
};
