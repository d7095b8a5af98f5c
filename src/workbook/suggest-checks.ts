// suggestChecks: which existing column holds which component's figures, and which the total,
// found by header, so the controller's pane can propose the checks and offer every other
// column as a choice. Pure.
import { localize } from "../allocation";
import type { Schedule } from "../allocation/types";
import { cellAt, cellText, headerRowEnd, isBlank } from "./cells";
import { normalizeHeader } from "./headers";
import type { Lang } from "../allocation";
import { componentYear, plannedHeaders } from "./planned-headers";
import type { DetectedTable, Grid } from "./types";
import { workbookMessages } from "./i18n";

/** A column the controller could check: every non-blank header that is not an input column. */
export interface CheckCandidate {
  /** Absolute 0-based column. */
  column: number;
  /** The header as it stands in the sheet (trimmed). */
  header: string;
}

/** What is suggested for one target. */
export interface CheckTargetSuggestion {
  /** A component id, or "total". */
  target: string;
  /** For people: the component's label, or "Totaal" / "Total". */
  label: string;
  /** The suggested column's header and position; absent when no header fits. */
  header?: string;
  column?: number;
}

export interface CheckSuggestions {
  /** One per component (schedule order), then "total". */
  targets: CheckTargetSuggestion[];
  candidates: CheckCandidate[];
}

const CONTRIBUTION = ["bijdrage", "bijdragen", "contribution", "contributions", "bedrag", "amount"];
const TOTAL = new Set([
  "totaal",
  "total",
  "totaalbedrag",
  "totaalbijdrage",
  "eindtotaal",
  "totaal bijdrage",
  "totaal bijdragen",
  "totale bijdrage",
  "bijdrage totaal",
  "bijdragen totaal",
  "totaal bedrag",
  "bedrag totaal",
  "total contribution",
  "contribution total",
  "total amount",
  "amount total",
]);
const YEAR = /(^|\s)\(?((?:19|20|21)\d{2})\)?(?=\s|$)/;
const MONEY = /\s*\((?:€|eur|euro|euros|euro's|in €|in euro|in euros|in euro's|x €\s?1)\)|\s+(?:in\s+)?(?:€|eur|euro|euros|euro's)$/g;

/** A header reduced to its words: year and money remarks taken out. */
function parse(header: string): { rest: string; year?: number; scenario: boolean } {
  let h = normalizeHeader(header);
  // What-if columns (a saved scenario, or Invullen's edited amounts) are not the agreed figures.
  const scenario = /\bscenario\b|\((?:gewijzigd|edited) /.test(h);
  h = h.replace(MONEY, "").trim();
  const m = YEAR.exec(h);
  let year: number | undefined;
  if (m) {
    year = Number(m[2]);
    h = (h.slice(0, m.index) + " " + h.slice(m.index + m[0].length)).replace(/\s+/g, " ").trim();
  }
  return year === undefined ? { rest: h, scenario } : { rest: h, year, scenario };
}

/** Lower is better; undefined: the header does not fit the target. */
function rankFor(
  parsed: { rest: string; year?: number },
  exact: boolean,
  keys: string[] | "total",
  genericFits: boolean,
  year: number,
): number | undefined {
  if (exact) return 0;
  let base: number | undefined;
  const r = parsed.rest;
  if (keys === "total") {
    if (TOTAL.has(r)) base = r === "totaal" || r === "total" ? 12 : 10;
  } else {
    for (const k of keys) {
      if (CONTRIBUTION.some((w) => r === `${w} ${k}`)) base = Math.min(base ?? 10, 10);
      else if (CONTRIBUTION.some((w) => r === `${k} ${w}`)) base = Math.min(base ?? 11, 11);
      else if (r === k) base = Math.min(base ?? 30, 30);
    }
  }
  if (base === undefined && genericFits && CONTRIBUTION.includes(r)) base = 20;
  if (base === undefined) return undefined;
  return base + (parsed.year === undefined ? 1 : parsed.year === year ? 0 : 5);
}

/**
 * Suggests, per component of the schedule and for the total, the column that holds its
 * figures, by header: the exact headers planApply writes (Dutch or English), `Bijdrage
 * <label>`, `<label> bijdrage`, `Contribution <label>`, the label alone, `Totaal`, `Bijdrage
 * totaal`, `Total contribution`; case, accents, a year and a money remark (`(€)`) do not
 * matter, and a header with the component's year beats one without, which beats another year.
 * A bare `Bijdrage 2023` is the component when there is one, else the total. Input columns
 * (name, population, code, period) and what-if columns (`(scenario …)`, `(gewijzigd …)`) are never suggested, and no column
 * is suggested twice.
 */
export function suggestChecks(args: { grid: Grid; table: DetectedTable; schedule: Schedule; lang: Lang }): CheckSuggestions {
  const { grid, table, schedule, lang } = args;
  const inputs = new Set<number>([table.nameColumn]);
  if (table.populationColumn !== undefined) inputs.add(table.populationColumn);
  for (const col of Object.values(table.measureColumns ?? {})) inputs.add(col);
  if (table.codeColumn !== undefined) inputs.add(table.codeColumn);
  if (table.periodColumn !== undefined) inputs.add(table.periodColumn);
  if (table.split) inputs.add(table.split.column);

  const candidates: CheckCandidate[] = [];
  const right = Math.max(headerRowEnd(grid, table.headerRow), table.lastColumn);
  for (let c = grid.left; c <= right; c++) {
    const v = cellAt(grid, table.headerRow, c);
    if (isBlank(v) || inputs.has(c)) continue;
    candidates.push({ column: c, header: cellText(v).trim() });
  }

  const exactOf = new Map<string, string>();
  for (const l of ["nl", "en"] as const) {
    for (const h of plannedHeaders(schedule, l)) {
      if (h.role === "budget-line") continue;
      exactOf.set(normalizeHeader(h.header), h.componentId ?? "total");
    }
  }
  const single = schedule.components.length === 1;
  const targets: { target: string; label: string; keys: string[] | "total"; year: number; generic: boolean }[] = [
    ...schedule.components.map((c) => {
      const keys = new Set<string>();
      for (const text of [localize(c.label, "nl"), localize(c.label, "en"), c.id, c.id.replace(/-/g, " ")]) {
        const k = normalizeHeader(text);
        if (k !== "") keys.add(k);
      }
      return { target: c.id, label: localize(c.label, lang), keys: [...keys], year: componentYear(c, schedule), generic: single };
    }),
    { target: "total", label: workbookMessages(lang).total, keys: "total" as const, year: schedule.year, generic: !single },
  ];

  const pairs: { t: number; k: number; rank: number }[] = [];
  candidates.forEach((cand, k) => {
    const parsed = parse(cand.header);
    if (parsed.scenario) return;
    const exact = exactOf.get(normalizeHeader(cand.header));
    targets.forEach((t, ti) => {
      const rank = rankFor(parsed, exact === t.target, t.keys, t.generic, t.year);
      if (rank !== undefined) pairs.push({ t: ti, k, rank });
    });
  });
  pairs.sort((a, b) => a.rank - b.rank || candidates[a.k].column - candidates[b.k].column || a.t - b.t);
  const chosen = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (chosen.has(p.t) || used.has(p.k)) continue;
    chosen.set(p.t, p.k);
    used.add(p.k);
  }

  return {
    targets: targets.map((t, ti) => {
      const out: CheckTargetSuggestion = { target: t.target, label: t.label };
      const k = chosen.get(ti);
      if (k !== undefined) {
        out.header = candidates[k].header;
        out.column = candidates[k].column;
      }
      return out;
    }),
    candidates,
  };
}
