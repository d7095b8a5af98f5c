// Findings about a plan rather than the input: filled target cells, unmatched fixed amounts.
// And the one mapping from detected rows to the allocation's input.
import type { Allocation, Municipality } from "../allocation/types";
import { fromA1, rectToA1 } from "./address";
import { finding } from "./findings";
import type { DetectedTable, Finding, WritePlan } from "./types";

/** The allocation's input, in table.rows order (planApply and verifyReport rely on that order). */
export function toMunicipalities(table: DetectedTable): Municipality[] {
  const out: Municipality[] = new Array(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    const m: Municipality = r.population !== undefined ? { name: r.name, population: r.population } : { name: r.name };
    if (r.code !== undefined) m.code = r.code;
    if (r.measures !== undefined) m.measures = r.measures;
    out[i] = m;
  }
  return out;
}

/**
 * plan.conflicts as target-not-empty findings (severity error: nothing is overwritten without
 * an explicit yes), consecutive cells of one column joined into one range ("E2:E16").
 */
export function conflictFindings(plan: WritePlan): Finding[] {
  const out: Finding[] = [];
  const byColumn = new Map<number, number[]>();
  for (const a of plan.conflicts) {
    if (a.includes(":")) {
      out.push(finding("target-not-empty", "error", plan.sheet, a, { merged: 1 }));
      continue;
    }
    const { row, col } = fromA1(a);
    const list = byColumn.get(col);
    if (list) list.push(row);
    else byColumn.set(col, [row]);
  }
  const cols = [...byColumn.keys()].sort((a, b) => a - b);
  for (const col of cols) {
    const rows = (byColumn.get(col) as number[]).sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      const r = rows[i];
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      out.push(finding("target-not-empty", "error", plan.sheet, rectToA1({ top: start, bottom: prev, left: col, right: col }), {}));
      start = prev = r;
    }
  }
  return out;
}

/** fixed-amount-unmatched (warning) for every fixed amount that matched no municipality. */
export function allocationFindings(allocation: Allocation, sheet: string): Finding[] {
  const out: Finding[] = [];
  for (const r of allocation.components) {
    for (const key of r.unmatchedKeys ?? []) {
      out.push(finding("fixed-amount-unmatched", "warning", sheet, undefined, { key, component: r.componentId }));
    }
  }
  return out;
}
