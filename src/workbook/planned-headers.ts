// The headers Toepassen writes, in order. Apart from planApply (plan-apply.ts re-exports them) so
// that Controleren's suggestions, which the pane computes on opening, do not load the planner.
import { localize } from "../allocation";
import type { Component, Schedule } from "../allocation/types";
import { normalizeHeader } from "./headers";
import type { Lang } from "../allocation";
import { workbookMessages } from "./i18n";
import { inlineLabel } from "./text-format";
import type { PlannedColumn } from "./types";

/** The year a component's header names: its period's year, else the schedule's. */
export function componentYear(component: Component, schedule: Schedule): number {
  return component.period ? Number(component.period.from.slice(0, 4)) : schedule.year;
}

/** The headers planApply writes, in order: amounts, total (several components), budget lines. */
export function plannedHeaders(schedule: Schedule, lang: Lang): { header: string; role: PlannedColumn["role"]; componentId?: string }[] {
  const t = workbookMessages(lang).headers;
  const out: { header: string; role: PlannedColumn["role"]; componentId?: string }[] = [];
  const seen = new Set<string>();
  const unique = (h: string, id: string): string => {
    const key = normalizeHeader(h);
    const text = seen.has(key) ? `${h} (${id})` : h;
    seen.add(normalizeHeader(text));
    return text;
  };
  for (const c of schedule.components) {
    const label = inlineLabel(localize(c.label, lang));
    const h = `${t.contribution} ${label} ${componentYear(c, schedule)}`;
    out.push({ header: unique(h, c.id), role: "amount", componentId: c.id });
  }
  if (schedule.components.length > 1) {
    out.push({ header: unique(`${t.contributionTotal} ${schedule.year}`, "total"), role: "total" });
  }
  for (const c of schedule.components) {
    const label = inlineLabel(localize(c.label, lang));
    out.push({ header: unique(`${t.budgetLine} ${label}`, c.id), role: "budget-line", componentId: c.id });
  }
  return out;
}
