// Fixed percentages agreed in an arrangement: every municipality in the sheet has one, every
// percentage belongs to a municipality in the sheet, and the split is by largest remainder.
import { allocationError } from "./errors";
import { mantissaAt, maxDecimals } from "./key-weights";
import { matchKeys } from "./key-match";
import type { FixedPercentageComponent, Municipality } from "./types";

/**
 * The integer weights of a fixed-percentage split (the percentages at a common scale). A
 * municipality without a percentage, or a percentage for a municipality that is not there, is
 * an error that names both lists.
 */
export function percentageWeights(c: FixedPercentageComponent, municipalities: readonly Municipality[]): bigint[] {
  const keys = Object.keys(c.percentages);
  const { keyOf, unmatchedKeys } = matchKeys(c.id, keys, municipalities);
  const missing: string[] = [];
  municipalities.forEach((m, i) => {
    if (!keyOf.has(i)) missing.push(m.name);
  });
  if (missing.length > 0 || unmatchedKeys.length > 0) {
    throw allocationError((t) => t.percentagesDoNotFit(c.id, missing, unmatchedKeys));
  }
  const scale = maxDecimals(keys.map((k) => c.percentages[k]));
  return municipalities.map((_, i) => mantissaAt(c.percentages[keyOf.get(i) as string], scale));
}
