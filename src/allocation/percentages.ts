// Fixed percentages agreed in an arrangement: every municipality in the sheet has one, every
// percentage belongs to a municipality in the sheet, and the split is by largest remainder.
import { AllocationError } from "./errors";
import { mantissaAt, maxDecimals } from "./key-weights";
import { matchKeys } from "./key-match";
import type { FixedPercentageComponent, Municipality } from "./types";

/** At most this many names in one message; the rest is counted. */
const LISTED = 10;

function listNames(names: string[], lang: "nl" | "en"): string {
  const shown = names.slice(0, LISTED).map((n) => `"${n}"`).join(", ");
  const rest = names.length - LISTED;
  if (rest <= 0) return shown;
  return lang === "nl" ? `${shown} en nog ${rest}` : `${shown} and ${rest} more`;
}

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
    const nl: string[] = [];
    const en: string[] = [];
    if (missing.length > 0) {
      nl.push(`zonder percentage: ${listNames(missing, "nl")}`);
      en.push(`without a percentage: ${listNames(missing, "en")}`);
    }
    if (unmatchedKeys.length > 0) {
      nl.push(`met een percentage maar niet in de gegevens: ${listNames(unmatchedKeys, "nl")}`);
      en.push(`with a percentage but not in the data: ${listNames(unmatchedKeys, "en")}`);
    }
    throw new AllocationError(
      `Onderdeel "${c.id}" verdeelt met vaste percentages, en die passen niet bij de gemeenten in de gegevens: ${nl.join("; ")}.`,
      `Component "${c.id}" splits by fixed percentages, and they do not fit the municipalities in the data: ${en.join("; ")}.`,
    );
  }
  const scale = maxDecimals(keys.map((k) => c.percentages[k]));
  return municipalities.map((_, i) => mantissaAt(c.percentages[keyOf.get(i) as string], scale));
}
