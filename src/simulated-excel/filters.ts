// AutoFilters of the simulated workbook: criteria as Excel stores and returns them, and which
// rows they hide. Excel returns criteria with every key present (null where unset) and refuses
// such criteria when they are applied again (office-js#1226): so does the simulation.
import { displayText, type SimCell } from "./cells";
import { invalidArgument, notSimulated } from "./errors";
import type { Rect } from "./geometry";

/** Excel's FilterCriteria as stored (no nulls). */
export interface Criteria {
  filterOn: string;
  criterion1?: string;
  criterion2?: string;
  operator?: string;
  values?: string[];
  color?: string;
  dynamicCriteria?: string;
  icon?: unknown;
  subField?: string;
}

export const CRITERIA_KEYS = ["color", "criterion1", "criterion2", "dynamicCriteria", "filterOn", "icon", "operator", "subField", "values"] as const;

export interface SimFilter {
  rect: Rect;
  /** One entry per column of rect; undefined = no criteria on that column. */
  criteria: (Criteria | undefined)[];
  /** Rows hidden by this filter (computed when criteria are applied, as Excel does). */
  hidden: Set<number>;
}

export function newFilter(rect: Rect): SimFilter {
  return { rect: { ...rect }, criteria: new Array<Criteria | undefined>(rect.right - rect.left + 1).fill(undefined), hidden: new Set() };
}

function copy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** FilterCriteria as Excel returns them: every key, null where unset. */
export function criteriaOut(c: Criteria | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const rec = c as unknown as Record<string, unknown> | undefined;
  for (const k of CRITERIA_KEYS) out[k] = rec && rec[k] !== undefined ? copy(rec[k]) : null;
  return out;
}

/** FilterCriteria as Excel accepts them: a null property is refused. */
export function criteriaIn(v: unknown): Criteria {
  if (!v || typeof v !== "object") throw invalidArgument("criteria must be an object");
  const rec = v as Record<string, unknown>;
  for (const [k, x] of Object.entries(rec)) {
    if (!(CRITERIA_KEYS as readonly string[]).includes(k)) throw invalidArgument(`unknown criteria property ${k}`);
    if (x === null) throw invalidArgument(`criteria.${k} is null`);
  }
  if (typeof rec.filterOn !== "string") throw invalidArgument("criteria.filterOn is required");
  return copy(rec) as unknown as Criteria;
}

function compare(op: string, cell: SimCell | undefined, text: string, operand: string): boolean {
  const n = typeof cell?.v === "number" ? cell.v : undefined;
  const o = Number(operand);
  const numeric = n !== undefined && operand.trim() !== "" && Number.isFinite(o);
  const eq = numeric ? n === o : text.toLowerCase() === operand.toLowerCase();
  switch (op) {
    case "=":
      return eq;
    case "<>":
      return !eq;
    case ">":
      return numeric ? (n as number) > o : text > operand;
    case "<":
      return numeric ? (n as number) < o : text < operand;
    case ">=":
      return numeric ? (n as number) >= o : text >= operand;
    case "<=":
      return numeric ? (n as number) <= o : text <= operand;
    default:
      throw notSimulated(`the filter operator ${op}`);
  }
}

function criterion(c: string, cell: SimCell | undefined): boolean {
  const m = /^(<>|>=|<=|=|>|<)?(.*)$/.exec(c) as RegExpExecArray;
  return compare(m[1] ?? "=", cell, displayText(cell), m[2]);
}

/** Whether a cell passes a column's criteria ("Values" and "Custom" are modelled). */
export function matches(c: Criteria, cell: SimCell | undefined): boolean {
  switch (c.filterOn) {
    case "Values":
      return (c.values ?? []).some((v) => String(v) === displayText(cell));
    case "Custom": {
      const a = c.criterion1 === undefined ? true : criterion(c.criterion1, cell);
      if (c.criterion2 === undefined) return a;
      const b = criterion(c.criterion2, cell);
      return c.operator === "Or" ? a || b : a && b;
    }
    default:
      throw notSimulated(`filtering on ${c.filterOn}`);
  }
}
