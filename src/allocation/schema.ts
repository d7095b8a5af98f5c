// The schedule format of design.md as a strict zod schema, with messages that name the field.
// zod/mini: the same checks and issues as zod, at a fraction of the task pane's bundle size.
import * as z from "zod/mini";
import { ScheduleError } from "./errors";
import { semanticIssues } from "./schema-checks";
import { describeIssue } from "./schema-issues";
import type { Schedule } from "./types";

const localized = z.union([z.string(), z.strictObject({ nl: z.string(), en: z.optional(z.string()) })]);

const period = z.strictObject({
  from: z.string(),
  to: z.string(),
  prorate: z.enum(["none", "months", "days"]),
});

const componentBase = {
  id: z.string(),
  label: localized,
  period: z.optional(period),
  budgetLine: z.optional(z.string()),
};

const component = z.discriminatedUnion("kind", [
  z.strictObject({ ...componentBase, kind: z.literal("per-inhabitant"), rate: z.string() }),
  z.strictObject({
    ...componentBase,
    kind: z.literal("share-of-total"),
    total: z.string(),
    key: z.optional(z.array(z.strictObject({ measure: z.string(), weight: z.string() }))),
  }),
  z.strictObject({ ...componentBase, kind: z.literal("fixed-amount"), amounts: z.record(z.string(), z.string()) }),
  z.strictObject({
    ...componentBase,
    kind: z.literal("fixed-percentage"),
    total: z.string(),
    percentages: z.record(z.string(), z.string()),
  }),
  z.strictObject({ ...componentBase, kind: z.literal("per-unit"), measure: z.string(), rate: z.string() }),
]);

export const scheduleSchema = z.strictObject({
  id: z.string(),
  title: localized,
  region: z.string(),
  year: z.int().check(z.gte(1900), z.lte(2200)),
  source: z.string(),
  note: z.optional(z.string()),
  populationDate: z.optional(z.string()),
  rounding: z.strictObject({
    unit: z.enum(["cent", "euro"]),
    mode: z.enum(["half-up", "half-even"]),
  }),
  components: z.array(component).check(z.minLength(1)),
});

/** Compile-time proof that what the schema accepts is a Schedule. */
function asSchedule(parsed: z.output<typeof scheduleSchema>): Schedule {
  return parsed;
}

/**
 * Validates a schedule read from JSON (or built in the task pane) and returns a fresh copy.
 * Throws a ScheduleError naming the first wrong field (`field`, `origin`, Dutch `message`,
 * English `messageEn`) and listing every problem found in `issues`.
 */
export function parseSchedule(json: unknown, origin?: string): Schedule {
  const parsed = scheduleSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    throw new ScheduleError(parsed.error.issues.flatMap((issue) => describeIssue(issue, json, origin)), origin);
  }
  const schedule = asSchedule(parsed.data);
  const issues = semanticIssues(schedule, origin);
  if (issues.length > 0) throw new ScheduleError(issues, origin);
  return schedule;
}
