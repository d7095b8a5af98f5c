// English: a schedule's JSON as the schema (zod) reads it.
import type { ShapeMessages } from "./types";

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true/false",
  object: "an object { … }",
  array: "a list [ … ]",
  null: "null",
};
const KINDS = `"per-inhabitant", "share-of-total", "fixed-amount", "fixed-percentage" or "per-unit"`;

export const shapeEn: ShapeMessages = {
  typeName: (type) => TYPE_NAMES[type] ?? type,
  missing: "is missing (required field).",
  missingForKind: (kind) => `is missing (required for kind "${kind}").`,
  amountAsString: (example, text) => `write the amount as a string in quotes, e.g. "${example}" instead of ${text}: a JSON number is binary and not exact.`,
  wrongType: (expected, received) => `must be ${expected}, not ${received}.`,
  kindMissing: `is missing; choose ${KINDS}.`,
  unknownKind: (kind) => `unknown kind ${kind}; choose ${KINDS}.`,
  textOrObject: (received) => `must be a string or an object { "nl": …, "en": … }, not ${received}.`,
  notAnObject: "must be a JSON object { … }.",
  unknownField: (allowed) => `unknown field (a typo?); allowed: ${allowed}.`,
  notAllowed: (input, values) => `${input} is not allowed; choose from ${values}.`,
  noComponents: "must contain at least one component.",
  atLeast: (minimum) => `must be at least ${minimum}.`,
  atMost: (maximum) => `must be at most ${maximum}.`,
  invalid: (detail) => `invalid (${detail}).`,
};
