// Importing a schedule from JSON text (a file or pasted), with the command's validation: the
// same parseSchedule, so the same messages, each naming the file and the field.
import { ScheduleError, type ScheduleIssue } from "../../allocation/errors";
import { parseSchedule } from "../../allocation/schema";
import type { Schedule } from "../../allocation/types";
import { en, nl } from "./messages";

export type ReadResult = { ok: true; schedule: Schedule } | { ok: false; issues: ScheduleIssue[] };

function whole(origin: string, problemNl: string, problemEn: string): ScheduleIssue {
  return { field: "", message: `${origin}: ${problemNl}`, messageEn: `${origin}: ${problemEn}` };
}

/** Reads a schedule from JSON text; `origin` (file name, or "geplakte tekst") starts every message. */
export function readScheduleText(text: string, origin: string): ReadResult {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") return { ok: false, issues: [whole(origin, nl.emptyJson, en.emptyJson)] };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [whole(origin, nl.notJson(detail), en.notJson(detail))] };
  }
  try {
    return { ok: true, schedule: parseSchedule(json, origin) };
  } catch (e) {
    if (e instanceof ScheduleError) return { ok: false, issues: e.issues };
    throw e;
  }
}

/** The text of a chosen file, read as UTF-8. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsText(file, "utf-8");
  });
}
