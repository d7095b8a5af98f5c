// Compares a Dutch and an English catalogue: the same keys at every level, no empty text, and
// every parameterised text a function of the same arity in both that gives a non-empty text.

/** Arguments for calling a catalogue function: a word, a count and a list, in turn. */
function sampleArgs(arity: number): unknown[] {
  const samples: unknown[] = ["X", 2, "Y", 3, "Z", 4, "W"];
  return Array.from({ length: arity }, (_, i) => samples[i % samples.length]);
}

function call(fn: (...args: unknown[]) => unknown, args: unknown[]): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: fn(...args) };
  } catch {
    return { ok: false };
  }
}

/** Every difference between the two catalogues, as "path: what"; empty when they match. */
export function catalogueProblems(nl: unknown, en: unknown, path = ""): string[] {
  const at = path || "(root)";
  if (typeof nl !== typeof en) return [`${at}: ${typeof nl} in nl, ${typeof en} in en`];
  if (typeof nl === "string") {
    const out: string[] = [];
    if (nl.trim() === "") out.push(`${at}: empty in nl`);
    if ((en as string).trim() === "") out.push(`${at}: empty in en`);
    return out;
  }
  if (typeof nl === "function") {
    const f = nl as (...args: unknown[]) => unknown;
    const g = en as (...args: unknown[]) => unknown;
    if (f.length !== g.length) return [`${at}: takes ${f.length} parameters in nl, ${g.length} in en`];
    const args = sampleArgs(f.length);
    const a = call(f, args);
    const b = call(g, args);
    // The samples are words and counts: a function of a structured value (a problem object, a list
    // of edits) may fail on them or give nothing, in both languages alike. Text in one language
    // and none in the other is a missing translation.
    if (!a.ok || !b.ok || typeof a.value !== "string" || typeof b.value !== "string") return [];
    const emptyNl = a.value.trim() === "";
    const emptyEn = b.value.trim() === "";
    return emptyNl === emptyEn ? [] : [`${path}(…): empty in ${emptyNl ? "nl" : "en"}`];
  }
  if (nl !== null && typeof nl === "object" && en !== null) {
    if (Array.isArray(nl) !== Array.isArray(en)) return [`${at}: an array in one language only`];
    const nk = Object.keys(nl).sort();
    const ek = Object.keys(en as object).sort();
    const out: string[] = [];
    for (const k of nk) if (!ek.includes(k)) out.push(`${path ? `${path}.` : ""}${k}: missing in en`);
    for (const k of ek) if (!nk.includes(k)) out.push(`${path ? `${path}.` : ""}${k}: missing in nl`);
    for (const k of nk.filter((x) => ek.includes(x))) {
      out.push(...catalogueProblems((nl as Record<string, unknown>)[k], (en as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
    }
    return out;
  }
  return [];
}
