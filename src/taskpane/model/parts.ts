// What-if edits of a weighted key's weights and of fixed percentages: what the user typed, per
// component and measure (or key), turned into overrides for applyOverrides. A text that is not a
// number is left out and reported; one equal to the agreed value is no edit.
import { Decimal } from "../../allocation";
import type { Component, Overrides, Schedule } from "../../allocation/types";
import { readRateInput } from "./rates";

export interface PartOverrides {
  weights?: NonNullable<Overrides["weights"]>;
  percentages?: NonNullable<Overrides["percentages"]>;
  /** Components with a weight or percentage that is not a number. */
  invalid: string[];
}

/** The agreed weights (by measure) or percentages (by key) of a component, or undefined. */
export function agreedParts(c: Component): Record<string, string> | undefined {
  if (c.kind === "share-of-total" && c.key) return Object.fromEntries(c.key.map((k) => [k.measure, k.weight]));
  if (c.kind === "fixed-percentage") return c.percentages;
  return undefined;
}

export function partOverrides(schedule: Schedule | undefined, texts: Record<string, Record<string, string>>): PartOverrides {
  const out: PartOverrides = { invalid: [] };
  for (const c of schedule?.components ?? []) {
    const agreed = agreedParts(c);
    const typed = texts[c.id];
    if (!agreed || !typed) continue;
    const edits: Record<string, string> = {};
    for (const [part, text] of Object.entries(typed)) {
      if (agreed[part] === undefined) continue;
      const read = readRateInput(text, agreed[part]);
      if (read.kind === "invalid") {
        if (!out.invalid.includes(c.id)) out.invalid.push(c.id);
      } else if (read.kind === "override") edits[part] = read.value;
    }
    if (Object.keys(edits).length === 0) continue;
    if (c.kind === "share-of-total") (out.weights ??= {})[c.id] = edits;
    else (out.percentages ??= {})[c.id] = edits;
  }
  return out;
}

/**
 * Saved what-if weights and percentages that still fit the schedule: a component with a key (or
 * fixed percentages) and a part it has, with a valid value that differs from the agreed one.
 * Component id -> part -> decimal string.
 */
export function validSavedParts(schedule: Schedule, saved: Pick<Overrides, "weights" | "percentages">): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const c of schedule.components) {
    const agreed = agreedParts(c);
    const edits = c.kind === "share-of-total" ? saved.weights?.[c.id] : c.kind === "fixed-percentage" ? saved.percentages?.[c.id] : undefined;
    if (!agreed || !edits) continue;
    for (const [part, value] of Object.entries(edits)) {
      if (agreed[part] === undefined || typeof value !== "string") continue;
      const read = readRateInput(value, agreed[part]);
      if (read.kind === "override") (out[c.id] ??= {})[part] = read.value;
    }
  }
  return out;
}

/** The values a component's parts have with the user's valid edits, and their exact sum as text. */
export function partsSum(c: Component, typed: Record<string, string> | undefined): { sum: string; ok: boolean } | undefined {
  const agreed = agreedParts(c);
  if (!agreed) return undefined;
  let sum = new Decimal(0);
  for (const [part, value] of Object.entries(agreed)) {
    const text = typed?.[part];
    const read = text === undefined ? undefined : readRateInput(text, value);
    if (read?.kind === "invalid") return undefined;
    sum = sum.plus(read?.kind === "override" ? read.value : value);
  }
  const target = c.kind === "fixed-percentage" ? 100 : 1;
  return { sum: sum.toString(), ok: sum.eq(target) };
}
