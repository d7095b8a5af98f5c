// A schedule's JSON as the schema (zod) reads it: a catalogue of its own, read only by the parser
// (schema-issues.ts), so that it travels with the parser and not with the core's other texts:
// the task pane opens without the parser and loads it on demand.

/** Each text names the field before it. */
export interface ShapeMessages {
  /** A JSON type: "string", "number", "int", "boolean", "object", "array", "null"; another is shown as it is. */
  typeName: (type: string) => string;
  missing: string;
  missingForKind: (kind: string) => string;
  amountAsString: (example: string, text: string) => string;
  wrongType: (expected: string, received: string) => string;
  kindMissing: string;
  unknownKind: (kind: string) => string;
  textOrObject: (received: string) => string;
  notAnObject: string;
  unknownField: (allowed: string) => string;
  notAllowed: (input: string, values: string) => string;
  noComponents: string;
  atLeast: (minimum: string) => string;
  atMost: (maximum: string) => string;
  invalid: (detail: string) => string;
}
