// Reading one measure cell (dwellings, households, area, clients, …): a number ≥ 0 as an exact
// decimal string, whole for the measures that count things, or exactly what is wrong with it.
// The same rules as the population cell (population.ts), with their own finding codes.
import { parseUserDecimal } from "../allocation/format";
import { isWholeMeasure, MAX_MEASURE_DECIMALS } from "../allocation/measures";
import { cellNumberText } from "./number-text";
import { readPopulation, type PopulationIssue } from "./population";
import type { CellValue, FindingCode } from "./types";

export type MeasureIssueCode = Extract<
  FindingCode,
  "measure-text" | "measure-blank" | "measure-error" | "measure-decimal" | "measure-negative" | "measure-too-large"
>;

export interface MeasureIssue {
  code: MeasureIssueCode;
  params: Record<string, string | number>;
}

const AS_MEASURE: Record<PopulationIssue["code"], MeasureIssueCode> = {
  "population-text": "measure-text",
  "population-blank": "measure-blank",
  "population-error": "measure-error",
  "population-decimal": "measure-decimal",
  "population-negative": "measure-negative",
  "population-too-large": "measure-too-large",
};

/** A decimal string without trailing zeros ("55.90" → "55.9", "12.0" → "12"), or undefined with more than MAX_MEASURE_DECIMALS decimals. */
function withinDecimals(text: string): string | undefined {
  const plain = text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
  const fraction = plain.split(".")[1] ?? "";
  return fraction.length <= MAX_MEASURE_DECIMALS ? plain : undefined;
}

/**
 * The measure in a cell as a decimal string ("45001", "35.72"), or an issue. `fromText` is for the
 * fields of an unsplit CSV line, where "35,72" and "35.72" are numbers.
 */
export function readMeasureCell(v: CellValue, measure: string, fromText = false): string | MeasureIssue {
  const issue = (p: PopulationIssue): MeasureIssue => ({ code: AS_MEASURE[p.code], params: { ...p.params, measure } });
  if (isWholeMeasure(measure)) {
    const p = readPopulation(v, fromText);
    return typeof p === "number" ? String(p) : issue(p);
  }
  if (typeof v === "number" && Number.isFinite(v)) {
    if (v < 0) return { code: "measure-negative", params: { value: String(v), measure } };
    const text = cellNumberText(v) as string;
    return withinDecimals(text) ?? { code: "measure-decimal", params: { value: text, measure, tooMany: 1 } };
  }
  // A field of an unsplit line is text: "35,72" and "35.72" are numbers, "1.234" (a thousands group?) is not.
  const typed = fromText && typeof v === "string" ? parseUserDecimal(v) : null;
  if (typed !== null && !typed.startsWith("-")) {
    return withinDecimals(typed) ?? { code: "measure-decimal", params: { value: typed, measure, tooMany: 1 } };
  }
  const p = readPopulation(v, fromText);
  // A whole number read from text (fromText) is fine for any measure.
  return typeof p === "number" ? String(p) : issue(p);
}
