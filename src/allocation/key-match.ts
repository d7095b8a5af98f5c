// Matching the keys of a fixed-amount or fixed-percentage component (a CBS code or a name) to
// municipalities.
import { allocationError } from "./errors";
import { codeKey, nameMatchKey } from "./names";
import type { Municipality } from "./types";

export interface KeyMatch {
  /** Municipality index → the key that applies to it. */
  keyOf: Map<number, string>;
  unmatchedKeys: string[];
}

function indexBy(municipalities: readonly Municipality[], key: (m: Municipality) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  municipalities.forEach((m, i) => {
    const k = key(m);
    if (k === "") return;
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  });
  return map;
}

/**
 * A key matches a CBS code first (trimmed, case-insensitive), else a name (trimmed, case- and
 * accent-insensitive). A key that matches several municipalities, or two keys that match the
 * same municipality, are errors: the amount would be charged twice or to the wrong one.
 */
export function matchKeys(componentId: string, keys: readonly string[], municipalities: readonly Municipality[]): KeyMatch {
  const byCode = indexBy(municipalities, (m) => codeKey(m.code));
  const byName = indexBy(municipalities, (m) => nameMatchKey(m.name));
  const keyOf = new Map<number, string>();
  const unmatchedKeys: string[] = [];
  for (const key of keys) {
    const hits = byCode.get(codeKey(key)) ?? byName.get(nameMatchKey(key)) ?? [];
    if (hits.length === 0) {
      unmatchedKeys.push(key);
      continue;
    }
    if (hits.length > 1) {
      const names = hits.map((i) => `"${municipalities[i].name}"`).join(", ");
      throw allocationError((t) => t.keyAmbiguous(componentId, key, names));
    }
    const earlier = keyOf.get(hits[0]);
    if (earlier !== undefined) {
      const name = municipalities[hits[0]].name;
      throw allocationError((t) => t.keyTwice(componentId, earlier, key, name));
    }
    keyOf.set(hits[0], key);
  }
  return { keyOf, unmatchedKeys };
}
