// English texts of the worksheet functions' errors. Parameter names are the English ones Excel
// shows, read from the English metadata (metadata-en.json), so the two cannot disagree.
import type { ComponentKind } from "../../allocation";
import { measureName } from "../../workbook";
import metadataEn from "../metadata-en.json";
import type { FunctionMessages, ParamKey, Where } from "./types";

const KIND: Record<ComponentKind, string> = {
  "per-inhabitant": "per inhabitant",
  "share-of-total": "a share of a fixed total",
  "fixed-amount": "fixed amounts per municipality",
  "fixed-percentage": "fixed percentages per municipality",
  "per-unit": "per unit of a measure",
};

/** "the number of dwellings", "the area", "measure clienten". */
const what = (measure: string): string => (measure === "inwoners" ? "the number of inhabitants" : measureName(measure, "en"));

/** A header a column of the measure could have. */
const EXAMPLE_HEADER: Record<string, string> = { inwoners: "Population", woningen: "Dwellings", huishoudens: "Households", oppervlakte: "Area" };

const PARAMS = new Map<string, string>(
  Object.values(metadataEn).flatMap((f) => Object.entries(f.parameters).map(([key, p]): [string, string] => [key, p.name])),
);

function param(key: ParamKey): string {
  return PARAMS.get(key) ?? key;
}

function kindName(kind: ComponentKind): string {
  return KIND[kind] ?? kind;
}

function at(w: Where): string {
  const parts: string[] = [param(w.param)];
  if (w.row !== undefined) parts.push(`row ${w.row}`);
  if (w.column !== undefined) parts.push(w.header !== undefined ? `column ${w.column} (${w.header})` : `column ${w.column}`);
  return parts.join(", ");
}

export const en: FunctionMessages = {
  lang: "en",
  functionName: { contribution: "VERDEEL.CONTRIBUTION", share: "VERDEEL.SHARE", key: "VERDEEL.KEY", schedule: "VERDEEL.SCHEDULE" },
  fieldName: {
    title: "title",
    region: "region",
    year: "year",
    source: "source",
    unit: "unit",
    rounding: "rounding",
    "population-date": "population-date",
    components: "components",
    rate: "rate",
    total: "total",
    "period-factor": "period-factor",
    "budget-line": "budget-line",
    label: "label",
    kind: "kind",
    measures: "measures",
    weight: "weight",
    percentage: "percentage",
  },
  param,
  at,
  number: (value) => String(value),
  show: (value) =>
    typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : typeof value === "string" ? `"${value}"` : typeof value === "number" ? String(value) : "this value",

  emptyPopulation: (at) => `${at}: the cell is empty; fill in the number of inhabitants.`,
  textPopulation: (at, text) => `${at}: "${text}" is text, not a number. Type the number of inhabitants as a number, without separators or spaces.`,
  notAPopulation: (at, shown) => `${at}: ${shown} is not a number of inhabitants.`,
  fractionalPopulation: (at, value) => `${at}: ${value} is not a whole number of inhabitants.`,
  negativePopulation: (at, value) => `${at}: ${value} is negative; a number of inhabitants is 0 or more.`,
  populationTooLarge: (at, value) => `${at}: ${value} is too large for an exact number of inhabitants.`,

  emptyMeasure: (at, measure) => `${at}: the cell is empty; fill in ${what(measure)}.`,
  textMeasure: (at, text, measure) => `${at}: "${text}" is text, not a number. Type ${what(measure)} as a number.`,
  notAMeasure: (at, shown, measure) => `${at}: ${shown} is not a number for ${what(measure)}.`,
  fractionalMeasure: (at, value, measure) => `${at}: ${value} is not a whole number, and ${what(measure)} always is.`,
  negativeMeasure: (at, value, measure) => `${at}: ${value} is negative; ${what(measure)} is 0 or more.`,
  measureTooLarge: (at, value, measure) => `${at}: ${value} is too large to compute exactly (${what(measure)}).`,
  measureTooPrecise: (at, value, measure) => `${at}: ${value} has more than 10 decimals (${what(measure)}).`,

  notARange: (p) => `${p} must be a range of cells.`,
  emptyRange: (p) => `${p} is empty.`,
  notOneLine: (p, rows, columns) => `${p} must be one column or one row, not ${rows} rows by ${columns} columns.`,
  shapesDiffer: (p, other, rows, columns, otherRows, otherColumns) =>
    `${p} (${rows} by ${columns}) must be the same size as ${other} (${otherRows} by ${otherColumns}).`,
  badName: (at, shown) => `${at}: ${shown} is not a name or CBS code.`,

  noHeaderRow: (p, headers) =>
    `${p}: the first row must hold the headers (e.g. Municipality, Population, Dwellings), but it has no known header${headers ? ` (${headers})` : ""}; include the header row in the range.`,
  noDataRows: (p) => `${p} has only a header row; include the rows of the municipalities too.`,
  missingColumn: (p, measure, headers) => `${p}: no column with ${what(measure)} (a header such as "${EXAMPLE_HEADER[measure] ?? measure}"); headers: ${headers}.`,
  ambiguousColumn: (p, role, measure, columns) =>
    `${p}: ${role === "name" ? "the municipality's name" : role === "code" ? "the CBS code" : what(measure)} is in more than one column (${columns.map((c) => `column ${c.column} (${c.header})`).join(", ")}); leave one in the range or give the other another header.`,
  needsNames: (p, id) => `${p}: component ${id} splits by fixed percentages per municipality; the table needs a Municipality or Municipality code column.`,

  emptyAmount: (p) => `${p} is empty; fill in an amount.`,
  notAnAmount: (p, shown) => `${p}: ${shown} is not an amount. Type a number, e.g. 90000 or 0.07.`,
  negativeAmount: (p, value) => `${p}: ${value} is negative; an amount is 0 or more.`,
  tooManyDecimals: (p, value, unit) =>
    `${p}: ${value} has more decimals than the unit ${unit}; round it yourself first (the function never rounds an amount silently).`,
  tooManyRateDecimals: (p, value, max) => `${p}: ${value} has more than ${max} decimals.`,
  amountTooLarge: (p, value) => `${p}: ${value} has more than 12 digits before the decimal point; that is too large to compute exactly.`,
  badUnit: (shown) => `${param("eenheid")}: ${shown} is not a unit; use "cent" or "euro".`,

  notText: (p, shown) => `${p}: ${shown} is not text; type the name in quotes.`,
  unknownSchedule: (name, known) => `Unknown schedule "${name}". Known: ${known}.`,
  unknownComponent: (schedule, id, ids) => `Schedule ${schedule} has no component "${id}"; components: ${ids}.`,
  kindName,
  notPerUnit: (schedule, id, kind) =>
    kind === "share-of-total" || kind === "fixed-percentage"
      ? `Component ${id} of ${schedule} is ${kindName(kind)} and depends on all municipalities together; use VERDEEL.KEY with the table of all municipalities.`
      : `Component ${id} of ${schedule} is not an amount per inhabitant or per unit but ${kindName(kind)}.`,
  noPerUnit: (schedule, ids) => `Schedule ${schedule} has no component per inhabitant or per unit (components: ${ids}).`,
  severalMeasures: (schedule, pairs) =>
    `Schedule ${schedule} charges per unit of different measures (${pairs}); one number cannot stand for both: name the component.`,
  rateNeedsComponent: (schedule, ids) =>
    `${param("tarief")}: schedule ${schedule} has several components per inhabitant or per unit; name the component (${ids}).`,
  notAShare: (schedule, id, kind) =>
    kind === "per-inhabitant" || kind === "per-unit"
      ? `Component ${id} of ${schedule} is ${kindName(kind)} and does not depend on the other municipalities; use VERDEEL.CONTRIBUTION.`
      : `Component ${id} of ${schedule} is ${kindName(kind)} and splits no fixed total.`,
  noShare: (schedule, ids) => `Schedule ${schedule} splits no fixed total (components: ${ids}); use VERDEEL.CONTRIBUTION.`,
  shareNeedsComponent: (schedule, ids) => `Schedule ${schedule} splits more than one fixed total; name the component (${ids}).`,

  weightsShape: (p, rows, columns) =>
    `${p}: expected two columns or two rows: first the measures (or municipalities) as text, then the weights (or percentages); this range is ${rows} by ${columns}.`,
  weightsNotForKind: (id, kind) => `${param("gewichten")}: component ${id} is ${kindName(kind)} without a weighted key or fixed percentages; there is no weight to change.`,
  unknownKeyMeasure: (at, label, measures) => `${at}: "${label}" is not a measure of the key (${measures}).`,
  unknownMunicipality: (at, label) => `${at}: "${label}" is not a municipality of the table (name or CBS code).`,
  repeatedWhatIf: (at, label) => `${at}: "${label}" is already in ${param("gewichten")}.`,
  notAWeight: (at, shown) => `${at}: ${shown} is not a number; type a number, e.g. 0.5.`,
  weightNotPositive: (at, value) => `${at}: ${value} is not a weight; a weight is greater than 0.`,
  negativePercentage: (at, value) => `${at}: ${value} is negative; a percentage is 0 or more.`,
  weightTooPrecise: (at, value) => `${at}: ${value} has more than 10 decimals.`,
  weightsSum: (p, sum) => `${p}: the weights add up to ${sum}; together they must be exactly 1.`,
  percentagesSum: (p, sum) => `${p}: the percentages add up to ${sum}; together they must be exactly 100.`,

  unknownField: (field, fields) => `${param("veld")}: unknown field "${field}"; use ${fields}.`,
  fieldNeedsComponent: (field, schedule, ids) => `${param("veld")} ${field}: schedule ${schedule} has several components; name the component (${ids}).`,
  fieldNotForKind: (field, id, kind) => `${param("veld")} ${field}: component ${id} is ${kindName(kind)} and has no ${field}.`,
  componentNeedsField: (id, kind, fields) => `Component ${id} is ${kindName(kind)}; name the field (${fields}).`,
  fieldNeedsMeasure: (field, measures) => `${param("veld")} ${field}: name the measure in ${param("maatstaf_of_gemeente")} (${measures}).`,
  fieldNeedsMunicipality: (field, keys) => `${param("veld")} ${field}: name the municipality in ${param("maatstaf_of_gemeente")} (${keys}).`,
  fieldTakesNoWhich: (field) => `${param("maatstaf_of_gemeente")}: field ${field} is not about one measure or municipality; leave it empty.`,
  unknownWeightMeasure: (id, measure, measures) => `Component ${id} has no measure "${measure}" in its key; measures: ${measures}.`,
  unknownPercentageKey: (id, key, keys) => `Component ${id} has no percentage for "${key}"; percentages for: ${keys}.`,

  internal: (fn) => `Internal error in ${fn}. It is not your input; please report it to whoever manages the add-in.`,
};
