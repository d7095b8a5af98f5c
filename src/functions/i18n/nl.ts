// Dutch texts of the worksheet functions' errors. Parameter names are the Dutch ones Excel shows.
import type { ComponentKind } from "../../allocation";
import type { FunctionMessages, ParamKey, Where } from "./types";

// Partial: a kind added to the schedule format later shows its own name until it gets a text here.
const KIND: Partial<Record<ComponentKind, string>> = {
  "per-inhabitant": "per inwoner",
  "share-of-total": "aandeel in een vast totaal",
  "fixed-amount": "vaste bedragen per gemeente",
};

function kindName(kind: ComponentKind): string {
  return KIND[kind] ?? kind;
}

export const nl: FunctionMessages = {
  lang: "nl",
  param: (key: ParamKey) => key,
  at: (w: Where) => (w.row !== undefined ? `${w.param}, rij ${w.row}` : w.column !== undefined ? `${w.param}, kolom ${w.column}` : w.param),
  number: (value) => String(value).replace(".", ","),
  show: (value) =>
    typeof value === "boolean" ? (value ? "WAAR" : "ONWAAR") : typeof value === "string" ? `"${value}"` : typeof value === "number" ? String(value).replace(".", ",") : "deze waarde",

  emptyPopulation: (at) => `${at}: de cel is leeg; vul het aantal inwoners in.`,
  textPopulation: (at, text) => `${at}: "${text}" is tekst, geen getal. Typ het aantal inwoners als getal, zonder punten of spaties.`,
  notAPopulation: (at, shown) => `${at}: ${shown} is geen aantal inwoners.`,
  fractionalPopulation: (at, value) => `${at}: ${value} is geen geheel aantal inwoners.`,
  negativePopulation: (at, value) => `${at}: ${value} is negatief; een aantal inwoners is 0 of meer.`,
  populationTooLarge: (at, value) => `${at}: ${value} is te groot voor een exact aantal inwoners.`,

  notARange: (param) => `${param} moet een bereik van cellen zijn.`,
  emptyRange: (param) => `${param} is leeg.`,
  notOneLine: (param, rows, columns) => `${param} moet één kolom of één rij zijn, niet ${rows} rijen bij ${columns} kolommen.`,
  shapesDiffer: (param, other, rows, columns, otherRows, otherColumns) =>
    `${param} (${rows} bij ${columns}) moet even groot zijn als ${other} (${otherRows} bij ${otherColumns}).`,
  badName: (at, shown) => `${at}: ${shown} is geen naam of CBS-code.`,

  emptyAmount: (param) => `${param} is leeg; vul een bedrag in.`,
  notAnAmount: (param, shown) => `${param}: ${shown} is geen bedrag. Typ een getal, bijvoorbeeld 90000 of 0,07.`,
  negativeAmount: (param, value) => `${param}: ${value} is negatief; een bedrag is 0 of meer.`,
  tooManyDecimals: (param, value, unit) =>
    `${param}: ${value} heeft meer decimalen dan de eenheid ${unit}; rond het eerst zelf af (de functie rondt een bedrag nooit stilzwijgend af).`,
  tooManyRateDecimals: (param, value, max) => `${param}: ${value} heeft meer dan ${max} decimalen.`,
  amountTooLarge: (param, value) => `${param}: ${value} heeft meer dan 12 cijfers voor de komma; zo groot wordt niet exact gerekend.`,
  badUnit: (shown) => `eenheid: ${shown} is geen eenheid; gebruik "cent" of "euro".`,

  notText: (param, shown) => `${param}: ${shown} is geen tekst; typ de naam tussen aanhalingstekens.`,
  unknownSchedule: (name, known) => `Onbekend verdeelschema "${name}". Bekend: ${known}.`,
  unknownComponent: (schedule, id, ids) => `Verdeelschema ${schedule} heeft geen onderdeel "${id}"; onderdelen: ${ids}.`,
  kindName,
  notPerInhabitant: (schedule, id, kind) =>
    kind === "share-of-total"
      ? `Onderdeel ${id} van ${schedule} is een aandeel in een vast totaal en hangt af van alle gemeenten samen; gebruik VERDEEL.AANDEEL.`
      : `Onderdeel ${id} van ${schedule} is geen bedrag per inwoner maar ${kindName(kind)}.`,
  noPerInhabitant: (schedule, ids) => `Verdeelschema ${schedule} heeft geen onderdeel per inwoner (onderdelen: ${ids}).`,
  rateNeedsComponent: (schedule, ids) => `tarief: verdeelschema ${schedule} heeft meer onderdelen per inwoner; noem het onderdeel (${ids}).`,

  unknownField: (field, fields) => `veld: onbekend veld "${field}"; gebruik ${fields}.`,
  fieldNeedsComponent: (field, schedule, ids) => `veld ${field}: verdeelschema ${schedule} heeft meer onderdelen; noem het onderdeel (${ids}).`,
  fieldNotForKind: (field, id, kind) => `veld ${field}: onderdeel ${id} is ${kindName(kind)} en heeft geen ${field}.`,
  componentNeedsField: (id, kind, fields) => `Onderdeel ${id} is ${kindName(kind)}; noem het veld (${fields}).`,

  internal: (fn) => `Interne fout in ${fn}. Het is niet uw invoer; meld dit bij de beheerder van de invoegtoepassing.`,
};
