// A schedule back to its JSON form, fields in the documented order.
import type { Component, Period, Schedule } from "./types";

function periodJson(p: Period): Period {
  return { from: p.from, to: p.to, prorate: p.prorate };
}

function componentJson(c: Component): Component {
  const base = { id: c.id, label: typeof c.label === "string" ? c.label : { ...c.label } };
  const tail = {
    ...(c.period ? { period: periodJson(c.period) } : {}),
    ...(c.budgetLine !== undefined ? { budgetLine: c.budgetLine } : {}),
  };
  switch (c.kind) {
    case "per-inhabitant":
      return { ...base, kind: c.kind, rate: c.rate, ...tail };
    case "share-of-total":
      return {
        ...base,
        kind: c.kind,
        total: c.total,
        ...(c.key ? { key: c.key.map((k) => ({ measure: k.measure, weight: k.weight })) } : {}),
        ...tail,
      };
    case "fixed-amount":
      return { ...base, kind: c.kind, amounts: { ...c.amounts }, ...tail };
    case "fixed-percentage":
      return { ...base, kind: c.kind, total: c.total, percentages: { ...c.percentages }, ...tail };
    case "per-unit":
      return { ...base, kind: c.kind, measure: c.measure, rate: c.rate, ...tail };
  }
}

/** A deep, plain copy of a schedule in the documented field order (no undefined fields). */
export function copySchedule(s: Schedule): Schedule {
  return {
    id: s.id,
    title: typeof s.title === "string" ? s.title : { ...s.title },
    region: s.region,
    year: s.year,
    source: s.source,
    ...(s.note !== undefined ? { note: s.note } : {}),
    ...(s.populationDate !== undefined ? { populationDate: s.populationDate } : {}),
    rounding: { unit: s.rounding.unit, mode: s.rounding.mode },
    components: s.components.map(componentJson),
  };
}

/** The schedule as JSON text (2-space indent, final newline); parseSchedule(JSON.parse(text)) gives it back. */
export function scheduleToJson(schedule: Schedule): string {
  return JSON.stringify(copySchedule(schedule), null, 2) + "\n";
}
