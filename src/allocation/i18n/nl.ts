// Dutch domain words.
import type { DomainWords } from "./types";

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
