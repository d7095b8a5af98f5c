// Dutch: a schedule's JSON as the schema (zod) reads it.
import type { ShapeMessages } from "./types";

const TYPE_NAMES: Record<string, string> = {
  string: "tekst",
  number: "een getal",
  int: "een geheel getal",
  boolean: "waar/onwaar",
  object: "een object { … }",
  array: "een lijst [ … ]",
  null: "null",
};
const KINDS = `"per-inhabitant", "share-of-total", "fixed-amount", "fixed-percentage" of "per-unit"`;

export const shapeNl: ShapeMessages = {
  typeName: (type) => TYPE_NAMES[type] ?? type,
  missing: "ontbreekt (verplicht veld).",
  missingForKind: (kind) => `ontbreekt (verplicht bij kind "${kind}").`,
  amountAsString: (example, text) =>
    `schrijf het bedrag als tekst tussen aanhalingstekens, bijvoorbeeld "${example}" in plaats van ${text}: een JSON-getal is een binair getal en niet exact.`,
  wrongType: (expected, received) => `moet ${expected} zijn, niet ${received}.`,
  kindMissing: `ontbreekt; kies ${KINDS}.`,
  unknownKind: (kind) => `onbekende soort ${kind}; kies ${KINDS}.`,
  textOrObject: (received) => `moet tekst zijn of een object { "nl": …, "en": … }, niet ${received}.`,
  notAnObject: "moet een JSON-object { … } zijn.",
  unknownField: (allowed) => `onbekend veld (spelfout?); toegestaan: ${allowed}.`,
  notAllowed: (input, values) => `${input} is niet toegestaan; kies uit ${values}.`,
  noComponents: "moet minstens één onderdeel bevatten.",
  atLeast: (minimum) => `moet minstens ${minimum} zijn.`,
  atMost: (maximum) => `mag hoogstens ${maximum} zijn.`,
  invalid: (detail) => `ongeldig (${detail}).`,
};
