// English domain words.
import type { DomainWords } from "./types";

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
