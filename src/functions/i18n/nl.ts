// Dutch texts of the worksheet functions' errors. Parameter names are the Dutch ones Excel shows.
import type { ComponentKind } from "../../allocation";
import { measureName } from "../../workbook";
import type { FunctionMessages, ParamKey, Where } from "./types";

const KIND: Record<ComponentKind, string> = {
  "per-inhabitant": "per inwoner",
  "share-of-total": "aandeel in een vast totaal",
  "fixed-amount": "vaste bedragen per gemeente",
  "fixed-percentage": "vaste percentages per gemeente",
  "per-unit": "per eenheid van een maatstaf",
};

function kindName(kind: ComponentKind): string {
  return KIND[kind] ?? kind;
}

/** "het aantal woningen", "de oppervlakte", "maatstaf clienten". */
const what = (measure: string): string => (measure === "inwoners" ? "het aantal inwoners" : measureName(measure, "nl"));

/** A header a column of the measure could have. */
const EXAMPLE_HEADER: Record<string, string> = { inwoners: "Inwoners", woningen: "Woningen", huishoudens: "Huishoudens", oppervlakte: "Oppervlakte" };

function at(w: Where): string {
  const parts: string[] = [w.param];
  if (w.row !== undefined) parts.push(`rij ${w.row}`);
  if (w.column !== undefined) parts.push(w.header !== undefined ? `kolom ${w.column} (${w.header})` : `kolom ${w.column}`);
  return parts.join(", ");
}

export const nl: FunctionMessages = {
  lang: "nl",
  functionName: { contribution: "VERDEEL.BIJDRAGE", share: "VERDEEL.AANDEEL", key: "VERDEEL.SLEUTEL", schedule: "VERDEEL.SCHEMA" },
  fieldName: {
    title: "titel",
    region: "regio",
    year: "jaar",
    source: "bron",
    unit: "eenheid",
    rounding: "afronding",
    "population-date": "peildatum",
    components: "onderdelen",
    rate: "tarief",
    total: "totaal",
    "period-factor": "periodefactor",
    "budget-line": "begrotingspost",
    label: "naam",
    kind: "soort",
    measures: "maatstaven",
    weight: "gewicht",
    percentage: "percentage",
  },
  param: (key: ParamKey) => key,
  at,
  number: (value) => String(value).replace(".", ","),
  show: (value) =>
    typeof value === "boolean" ? (value ? "WAAR" : "ONWAAR") : typeof value === "string" ? `"${value}"` : typeof value === "number" ? String(value).replace(".", ",") : "deze waarde",

  emptyPopulation: (at) => `${at}: de cel is leeg; vul het aantal inwoners in.`,
  textPopulation: (at, text) => `${at}: "${text}" is tekst, geen getal. Typ het aantal inwoners als getal, zonder punten of spaties.`,
  notAPopulation: (at, shown) => `${at}: ${shown} is geen aantal inwoners.`,
  fractionalPopulation: (at, value) => `${at}: ${value} is geen geheel aantal inwoners.`,
  negativePopulation: (at, value) => `${at}: ${value} is negatief; een aantal inwoners is 0 of meer.`,
  populationTooLarge: (at, value) => `${at}: ${value} is te groot voor een exact aantal inwoners.`,

  emptyMeasure: (at, measure) => `${at}: de cel is leeg; vul ${what(measure)} in.`,
  textMeasure: (at, text, measure) => `${at}: "${text}" is tekst, geen getal. Typ ${what(measure)} als getal.`,
  notAMeasure: (at, shown, measure) => `${at}: ${shown} is geen getal voor ${what(measure)}.`,
  fractionalMeasure: (at, value, measure) => `${at}: ${value} is geen geheel getal, en ${what(measure)} is altijd geheel.`,
  negativeMeasure: (at, value, measure) => `${at}: ${value} is negatief; ${what(measure)} is 0 of meer.`,
  measureTooLarge: (at, value, measure) => `${at}: ${value} is te groot om exact mee te rekenen (${what(measure)}).`,
  measureTooPrecise: (at, value, measure) => `${at}: ${value} heeft meer dan 10 decimalen (${what(measure)}).`,

  notARange: (param) => `${param} moet een bereik van cellen zijn.`,
  emptyRange: (param) => `${param} is leeg.`,
  notOneLine: (param, rows, columns) => `${param} moet één kolom of één rij zijn, niet ${rows} rijen bij ${columns} kolommen.`,
  shapesDiffer: (param, other, rows, columns, otherRows, otherColumns) =>
    `${param} (${rows} bij ${columns}) moet even groot zijn als ${other} (${otherRows} bij ${otherColumns}).`,
  badName: (at, shown) => `${at}: ${shown} is geen naam of CBS-code.`,

  noHeaderRow: (param, headers) =>
    `${param}: de eerste rij moet de kopjes bevatten (bijvoorbeeld Gemeente, Inwoners, Woningen), maar er staat geen bekend kopje in${headers ? ` (${headers})` : ""}; neem de kopregel mee in het bereik.`,
  noDataRows: (param) => `${param} heeft alleen een kopregel; neem ook de rijen van de gemeenten mee.`,
  missingColumn: (param, measure, headers) =>
    `${param}: geen kolom met ${what(measure)} (een kopje als "${EXAMPLE_HEADER[measure] ?? measure}"); kopjes: ${headers}.`,
  ambiguousColumn: (param, role, measure, columns) =>
    `${param}: ${role === "name" ? "de gemeentenaam" : role === "code" ? "de CBS-code" : what(measure)} staat in meer dan één kolom (${columns.map((c) => `kolom ${c.column} (${c.header})`).join(", ")}); laat er één over in het bereik of geef de andere een ander kopje.`,
  needsNames: (param, id) => `${param}: onderdeel ${id} verdeelt met vaste percentages per gemeente; de tabel heeft een kolom Gemeente of Gemeentecode nodig.`,

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
  notPerUnit: (schedule, id, kind) =>
    kind === "share-of-total" || kind === "fixed-percentage"
      ? `Onderdeel ${id} van ${schedule} is ${kindName(kind)} en hangt af van alle gemeenten samen; gebruik VERDEEL.SLEUTEL met de tabel van alle gemeenten.`
      : `Onderdeel ${id} van ${schedule} is geen bedrag per inwoner of per eenheid maar ${kindName(kind)}.`,
  noPerUnit: (schedule, ids) => `Verdeelschema ${schedule} heeft geen onderdeel per inwoner of per eenheid (onderdelen: ${ids}).`,
  severalMeasures: (schedule, pairs) =>
    `Verdeelschema ${schedule} rekent per eenheid van verschillende maatstaven (${pairs}); één getal kan niet voor allebei gelden: noem het onderdeel.`,
  rateNeedsComponent: (schedule, ids) => `tarief: verdeelschema ${schedule} heeft meer onderdelen per inwoner of per eenheid; noem het onderdeel (${ids}).`,
  notAShare: (schedule, id, kind) =>
    kind === "per-inhabitant" || kind === "per-unit"
      ? `Onderdeel ${id} van ${schedule} is ${kindName(kind)} en hangt niet af van de andere gemeenten; gebruik VERDEEL.BIJDRAGE.`
      : `Onderdeel ${id} van ${schedule} is ${kindName(kind)} en verdeelt geen vast totaal.`,
  noShare: (schedule, ids) => `Verdeelschema ${schedule} verdeelt geen vast totaal (onderdelen: ${ids}); gebruik VERDEEL.BIJDRAGE.`,
  shareNeedsComponent: (schedule, ids) => `Verdeelschema ${schedule} verdeelt meer dan één vast totaal; noem het onderdeel (${ids}).`,

  weightsShape: (param, rows, columns) =>
    `${param}: verwacht twee kolommen of twee rijen: eerst de maatstaven (of gemeenten) als tekst, dan de gewichten (of percentages); dit bereik is ${rows} bij ${columns}.`,
  weightsNotForKind: (id, kind) => `gewichten: onderdeel ${id} is ${kindName(kind)} zonder gewogen sleutel of vaste percentages; er is geen gewicht om te wijzigen.`,
  unknownKeyMeasure: (at, label, measures) => `${at}: "${label}" is geen maatstaf van de sleutel (${measures}).`,
  unknownMunicipality: (at, label) => `${at}: "${label}" is geen gemeente uit de tabel (naam of CBS-code).`,
  repeatedWhatIf: (at, label) => `${at}: "${label}" staat al eerder in gewichten.`,
  notAWeight: (at, shown) => `${at}: ${shown} is geen getal; typ een getal, bijvoorbeeld 0,5.`,
  weightNotPositive: (at, value) => `${at}: ${value} is geen gewicht; een gewicht is groter dan 0.`,
  negativePercentage: (at, value) => `${at}: ${value} is negatief; een percentage is 0 of meer.`,
  weightTooPrecise: (at, value) => `${at}: ${value} heeft meer dan 10 decimalen.`,
  weightsSum: (param, sum) => `${param}: de gewichten tellen op tot ${sum.replace(".", ",")}; samen moeten ze precies 1 zijn.`,
  percentagesSum: (param, sum) => `${param}: de percentages tellen op tot ${sum.replace(".", ",")}; samen moeten ze precies 100 zijn.`,

  unknownField: (field, fields) => `veld: onbekend veld "${field}"; gebruik ${fields}.`,
  fieldNeedsComponent: (field, schedule, ids) => `veld ${field}: verdeelschema ${schedule} heeft meer onderdelen; noem het onderdeel (${ids}).`,
  fieldNotForKind: (field, id, kind) => `veld ${field}: onderdeel ${id} is ${kindName(kind)} en heeft geen ${field}.`,
  componentNeedsField: (id, kind, fields) => `Onderdeel ${id} is ${kindName(kind)}; noem het veld (${fields}).`,
  fieldNeedsMeasure: (field, measures) => `veld ${field}: noem de maatstaf in maatstaf_of_gemeente (${measures}).`,
  fieldNeedsMunicipality: (field, keys) => `veld ${field}: noem de gemeente in maatstaf_of_gemeente (${keys}).`,
  fieldTakesNoWhich: (field) => `maatstaf_of_gemeente: veld ${field} hoort niet bij één maatstaf of gemeente; laat het leeg.`,
  unknownWeightMeasure: (id, measure, measures) => `Onderdeel ${id} heeft geen maatstaf "${measure}" in de sleutel; maatstaven: ${measures}.`,
  unknownPercentageKey: (id, key, keys) => `Onderdeel ${id} heeft geen percentage voor "${key}"; percentages voor: ${keys}.`,

  internal: (fn) => `Interne fout in ${fn}. Het is niet uw invoer; meld dit bij de beheerder van de invoegtoepassing.`,
};
