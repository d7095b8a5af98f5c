// Zod's issues for a schedule, told in Dutch and English (the schema's own catalogue, i18n/shape)
// and naming the field.
import type { core } from "zod";
import { scheduleIssue, type ScheduleIssue } from "./errors";
import { SHAPE_MESSAGES, type ShapeMessages } from "./i18n/shape";
import { fieldPath } from "./field-path";

type Issue = core.$ZodIssue;

/** An issue whose problem is a text of the schema's catalogue, in both languages. */
function shapeIssue(field: string, text: (m: ShapeMessages) => string, origin?: string): ScheduleIssue {
  return scheduleIssue(field, text(SHAPE_MESSAGES.nl), text(SHAPE_MESSAGES.en), origin);
}
type Path = readonly PropertyKey[];

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

const COMPONENT_KEYS = ["id", "label", "kind", "period", "budgetLine"];
/** The fields of each kind beside the common ones; the required ones are listed in KIND_REQUIRED. */
const KIND_KEYS: Record<string, string[]> = {
  "per-inhabitant": ["rate"],
  "share-of-total": ["total", "key"],
  "fixed-amount": ["amounts"],
  "fixed-percentage": ["total", "percentages"],
  "per-unit": ["measure", "rate"],
};
const KIND_REQUIRED: Record<string, string[]> = {
  "per-inhabitant": ["rate"],
  "share-of-total": ["total"],
  "fixed-amount": ["amounts"],
  "fixed-percentage": ["total", "percentages"],
  "per-unit": ["measure", "rate"],
};

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment as string];
  }
  return value;
}

function allowedKeys(path: Path, root: unknown): string[] {
  const last = path[path.length - 1];
  if (path.length === 0) {
    return ["id", "title", "region", "year", "source", "note", "populationDate", "rounding", "components"];
  }
  if (last === "rounding") return ["unit", "mode"];
  if (last === "period") return ["from", "to", "prorate"];
  if (last === "title" || last === "label") return ["nl", "en"];
  if (typeof last === "number" && path[path.length - 2] === "key") return ["measure", "weight"];
  if (typeof last === "number") {
    const kind = (valueAt(root, path) as { kind?: string } | undefined)?.kind ?? "";
    return [...COMPONENT_KEYS, ...(KIND_KEYS[kind] ?? [])];
  }
  return [];
}

const MONEY_FIELDS = new Set(["rate", "total", "weight"]);

/** Fields whose values are decimal strings: a JSON number there gets "write it in quotes". */
function isMoneyPath(path: Path): boolean {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  return MONEY_FIELDS.has(String(last)) || parent === "amounts" || parent === "percentages";
}

function missing(path: Path, root: unknown, origin?: string): ScheduleIssue {
  const field = fieldPath(path);
  const last = String(path[path.length - 1]);
  const kind = (valueAt(root, path.slice(0, -1)) as { kind?: string } | undefined)?.kind;
  const forKind = kind !== undefined && (KIND_REQUIRED[kind] ?? []).includes(last);
  return shapeIssue(field, (m) => (forKind ? m.missingForKind(kind) : m.missing), origin);
}

function invalidType(issue: Extract<Issue, { code: "invalid_type" }>, root: unknown, origin?: string): ScheduleIssue {
  const field = fieldPath(issue.path);
  const input = issue.input;
  if (input === undefined) return missing(issue.path, root, origin);
  if (issue.expected === "string" && typeof input === "number" && isMoneyPath(issue.path)) {
    const text = String(input);
    const example = /^\d+(\.\d+)?$/.test(text) ? text : "0.08";
    return shapeIssue(field, (m) => m.amountAsString(example, text), origin);
  }
  const received = typeOf(input);
  return shapeIssue(field, (m) => m.wrongType(m.typeName(issue.expected), m.typeName(received)), origin);
}

function invalidUnion(issue: Extract<Issue, { code: "invalid_union" }>, root: unknown, origin?: string): ScheduleIssue[] {
  const field = fieldPath(issue.path);
  if ("discriminator" in issue && issue.discriminator === "kind") {
    const kind = valueAt(root, issue.path);
    return [
      kind === undefined
        ? shapeIssue(field, (m) => m.kindMissing, origin)
        : shapeIssue(field, (m) => m.unknownKind(JSON.stringify(kind)), origin),
    ];
  }
  // A Localized text: a string, or { nl, en }. An object: report what is wrong inside it.
  const input = valueAt(root, issue.path);
  if (input !== null && typeof input === "object" && !Array.isArray(input) && issue.errors[1]?.length) {
    return issue.errors[1].map((inner) => describeIssue({ ...inner, path: [...issue.path, ...inner.path] } as Issue, root, origin)).flat();
  }
  if (input === undefined) return [missing(issue.path, root, origin)];
  return [
    shapeIssue(field, (m) => m.textOrObject(m.typeName(typeOf(input))), origin),
  ];
}

/** One zod issue as one or more schedule issues (an unknown-keys issue names each key). */
export function describeIssue(issue: Issue, root: unknown, origin?: string): ScheduleIssue[] {
  const field = fieldPath(issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (issue.path.length === 0) {
        return [shapeIssue("", (m) => m.notAnObject, origin)];
      }
      return [invalidType(issue, root, origin)];
    case "invalid_union":
      return invalidUnion(issue, root, origin);
    case "unrecognized_keys": {
      const allowed = allowedKeys(issue.path, root).join(", ");
      return issue.keys.map((key) =>
        shapeIssue(fieldPath([...issue.path, key]), (m) => m.unknownField(allowed), origin),
      );
    }
    case "invalid_value": {
      if (valueAt(root, issue.path) === undefined) return [missing(issue.path, root, origin)];
      const values = issue.values.map((v) => JSON.stringify(v)).join(", ");
      const input = JSON.stringify(valueAt(root, issue.path));
      return [shapeIssue(field, (m) => m.notAllowed(input, values), origin)];
    }
    case "too_small":
      if (issue.origin === "array") {
        return [shapeIssue(field, (m) => m.noComponents, origin)];
      }
      return [shapeIssue(field, (m) => m.atLeast(String(issue.minimum)), origin)];
    case "too_big":
      return [shapeIssue(field, (m) => m.atMost(String(issue.maximum)), origin)];
    default:
      return [shapeIssue(field, (m) => m.invalid(issue.message), origin)];
  }
}
