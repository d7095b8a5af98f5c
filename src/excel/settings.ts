/// <reference types="office-js" />
// The user's choices in the document's settings (Office.context.document.settings), as JSON
// under one key. Saving clears Excel's undo stack: the pane saves when the user makes a choice,
// never as part of an apply or undo.
import { ExcelHostError } from "./errors";
import type { SavedChoices } from "../host";

export const CHOICES_KEY = "verdeelsleutel.choices";

function stringRecord(v: unknown): Record<string, string> | undefined {
  if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (typeof x === "string") out[k] = x;
  return out;
}

/** component id -> part -> decimal string (weights of a key, fixed percentages). */
function nestedStringRecord(v: unknown): Record<string, Record<string, string>> | undefined {
  if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
  const out: Record<string, Record<string, string>> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const inner = stringRecord(x);
    if (inner) out[k] = inner;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!v || typeof v !== "object" || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Only the known fields, with the right types: a hand-edited or older value cannot break the pane. */
export function sanitizeChoices(v: unknown): SavedChoices | undefined {
  if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const out: SavedChoices = {};
  for (const k of ["scheduleId", "nameColumn", "populationColumn", "codeColumn"] as const) {
    if (typeof o[k] === "string") out[k] = o[k] as string;
  }
  const measureColumns = stringRecord(o.measureColumns);
  if (measureColumns) out.measureColumns = measureColumns;
  const rates = stringRecord(o.rates);
  if (rates) out.rates = rates;
  const weights = nestedStringRecord(o.weights);
  if (weights) out.weights = weights;
  const percentages = nestedStringRecord(o.percentages);
  if (percentages) out.percentages = percentages;
  const budgetLines = stringRecord(o.budgetLines);
  if (budgetLines) out.budgetLines = budgetLines;
  // The user's own schedules: plain JSON objects only (the pane validates each against the
  // schedule schema again when it loads them).
  if (Array.isArray(o.userSchedules)) out.userSchedules = o.userSchedules.filter(isPlainObject).map((x) => JSON.parse(JSON.stringify(x)) as unknown);
  return out;
}

export function loadChoices(): SavedChoices | undefined {
  const raw: unknown = Office.context.document.settings.get(CHOICES_KEY);
  if (typeof raw !== "string") return undefined;
  try {
    return sanitizeChoices(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

export function saveChoices(choices: SavedChoices): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(CHOICES_KEY, JSON.stringify(sanitizeChoices(choices) ?? {}));
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        const why = result.error?.message ?? "";
        reject(
          new ExcelHostError("settings-failed", (m) => m.settingsFailed(why)),
        );
      } else resolve();
    });
  });
}
