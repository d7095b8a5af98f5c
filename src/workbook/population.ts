// Reading one population cell: a whole non-negative number, or exactly what is wrong with it.
import { cellText, isCellError } from "./cells";
import type { CellValue, FindingCode } from "./types";

export interface PopulationIssue {
  code: Extract<
    FindingCode,
    "population-text" | "population-blank" | "population-error" | "population-decimal" | "population-negative" | "population-too-large"
  >;
  params: Record<string, string | number>;
}

/** Spaces a number may be grouped with: space, no-break space, narrow and figure space. */
const GROUP_SPACE = /[ \u00A0\u202F\u2007]/;

/**
 * The number a text would be if it were typed as a number, only when that is unambiguous:
 * "13478", "13.478", "13 478", "1.234.567". "13,478" (a Dutch decimal or an English
 * thousands mark?) and anything else give undefined. Used for the suggestion only: a text is
 * never charged.
 */
export function suggestNumber(text: string): string | undefined {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return String(Number(t));
  const m = /^(-?)(\d{1,3})((?:([. \u00A0\u202F\u2007])\d{3})+)$/.exec(t);
  if (m) {
    const sep = m[4];
    const groups = m[3];
    // One kind of separator throughout.
    for (let i = 0; i < groups.length; i += 4) {
      const c = groups[i];
      if (c !== sep && !(GROUP_SPACE.test(c) && GROUP_SPACE.test(sep))) return undefined;
    }
    return String(Number(m[1] + m[2] + groups.replace(/\D/g, "")));
  }
  return undefined;
}

/**
 * Classify a population cell. `fromText` is for fields of an unsplit CSV line, where every
 * value is text: there "13478" is a number, "13478,5" a decimal and "." CBS's "no data".
 */
export function readPopulation(v: CellValue, fromText = false): number | PopulationIssue {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { code: "population-error", params: { error: String(v) } };
    if (v < 0) return { code: "population-negative", params: { value: String(v) } };
    // Past 2^53 a number is no longer exact (9007199254740993 is stored as …992): too large, whole or not.
    if (Math.abs(v) > Number.MAX_SAFE_INTEGER) return { code: "population-too-large", params: { value: String(v) } };
    if (!Number.isInteger(v)) return { code: "population-decimal", params: { value: String(v) } };
    return v;
  }
  if (v === null || v === undefined) return { code: "population-blank", params: {} };
  if (typeof v === "string") {
    const t = v.trim();
    if (t === "") return { code: "population-blank", params: {} };
    // CBS's "." (figure unknown), in a pasted export as in a CSV field.
    if (t === ".") return { code: "population-blank", params: { marker: t } };
    if (fromText) {
      if (/^\d+$/.test(t)) {
        const n = Number(t);
        if (Number.isSafeInteger(n)) return n;
        return { code: "population-too-large", params: { value: t } };
      }
      if (/^-\d+(?:,\d+)?$/.test(t)) return { code: "population-negative", params: { value: t } };
      if (/^\d+,\d+$/.test(t)) return { code: "population-decimal", params: { value: t } };
      if (t === "x" || t === "-") return { code: "population-blank", params: { marker: t } };
    }
    const suggestion = suggestNumber(t);
    const params: Record<string, string | number> = { text: t, type: "text" };
    if (suggestion !== undefined) params.suggestion = suggestion;
    return { code: "population-text", params };
  }
  if (isCellError(v)) return { code: "population-error", params: { error: v.error } };
  if (v instanceof Date) return { code: "population-text", params: { text: cellText(v), type: "date" } };
  return { code: "population-text", params: { text: cellText(v), type: "boolean" } };
}
