// English texts of the worksheet functions' errors. Parameter names are the English ones Excel
// shows, read from the English metadata (metadata-en.json), so the two cannot disagree.
import type { ComponentKind } from "../../allocation";
import metadataEn from "../metadata-en.json";
import type { FunctionMessages, ParamKey, Where } from "./types";

// Partial: a kind added to the schedule format later shows its own name until it gets a text here.
const KIND: Partial<Record<ComponentKind, string>> = {
  "per-inhabitant": "per inhabitant",
  "share-of-total": "a share of a fixed total",
  "fixed-amount": "fixed amounts per municipality",
};

const PARAMS = new Map<string, string>(
  Object.values(metadataEn).flatMap((f) => Object.entries(f.parameters).map(([key, p]): [string, string] => [key, p.name])),
);

function param(key: ParamKey): string {
  return PARAMS.get(key) ?? key;
}

function kindName(kind: ComponentKind): string {
  return KIND[kind] ?? kind;
}

export const en: FunctionMessages = {
  lang: "en",
  param,
  at: (w: Where) => (w.row !== undefined ? `${param(w.param)}, row ${w.row}` : w.column !== undefined ? `${param(w.param)}, column ${w.column}` : param(w.param)),
  number: (value) => String(value),
  show: (value) =>
    typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : typeof value === "string" ? `"${value}"` : typeof value === "number" ? String(value) : "this value",

  emptyPopulation: (at) => `${at}: the cell is empty; fill in the number of inhabitants.`,
  textPopulation: (at, text) => `${at}: "${text}" is text, not a number. Type the number of inhabitants as a number, without separators or spaces.`,
  notAPopulation: (at, shown) => `${at}: ${shown} is not a number of inhabitants.`,
  fractionalPopulation: (at, value) => `${at}: ${value} is not a whole number of inhabitants.`,
  negativePopulation: (at, value) => `${at}: ${value} is negative; a number of inhabitants is 0 or more.`,
  populationTooLarge: (at, value) => `${at}: ${value} is too large for an exact number of inhabitants.`,

  notARange: (p) => `${p} must be a range of cells.`,
  emptyRange: (p) => `${p} is empty.`,
  notOneLine: (p, rows, columns) => `${p} must be one column or one row, not ${rows} rows by ${columns} columns.`,
  shapesDiffer: (p, other, rows, columns, otherRows, otherColumns) =>
    `${p} (${rows} by ${columns}) must be the same size as ${other} (${otherRows} by ${otherColumns}).`,
  badName: (at, shown) => `${at}: ${shown} is not a name or CBS code.`,

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
  notPerInhabitant: (schedule, id, kind) =>
    kind === "share-of-total"
      ? `Component ${id} of ${schedule} is a share of a fixed total and depends on all municipalities together; use VERDEEL.SHARE.`
      : `Component ${id} of ${schedule} is not an amount per inhabitant but ${kindName(kind)}.`,
  noPerInhabitant: (schedule, ids) => `Schedule ${schedule} has no per-inhabitant component (components: ${ids}).`,
  rateNeedsComponent: (schedule, ids) => `${param("tarief")}: schedule ${schedule} has several per-inhabitant components; name the component (${ids}).`,

  unknownField: (field, fields) => `${param("veld")}: unknown field "${field}"; use ${fields}.`,
  fieldNeedsComponent: (field, schedule, ids) => `${param("veld")} ${field}: schedule ${schedule} has several components; name the component (${ids}).`,
  fieldNotForKind: (field, id, kind) => `${param("veld")} ${field}: component ${id} is ${kindName(kind)} and has no ${field}.`,
  componentNeedsField: (id, kind, fields) => `Component ${id} is ${kindName(kind)}; name the field (${fields}).`,

  internal: (fn) => `Internal error in ${fn}. It is not your input; please report it to whoever manages the add-in.`,
};
