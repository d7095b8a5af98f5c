// Schedules made or imported by the user, kept in the document's settings as the JSON objects of
// the command's schedule format. Validated again when loaded (a hand-edited or older entry cannot
// break the pane: it is skipped with its message); never allowed to take a bundled schedule's id.
import { localize, parseSchedule, VerdeelError, type Lang } from "../../allocation";
import { copySchedule } from "../../allocation/schedule-json";
import type { Schedule } from "../../allocation/types";
import { bundledSchedules } from "../../schedules";
import { messagesFor } from "../i18n";

export interface UserSchedules {
  list: Schedule[];
  /** Messages of entries that were not valid, in the user's language. */
  skipped: string[];
}

const BUNDLED_IDS = new Set(bundledSchedules().map((s) => s.id));

export function isBundledId(id: string): boolean {
  return BUNDLED_IDS.has(id.trim().toLowerCase());
}

export function parseUserSchedules(raw: unknown[] | undefined, lang: Lang): UserSchedules {
  const out: UserSchedules = { list: [], skipped: [] };
  const seen = new Set<string>();
  for (const [i, json] of (raw ?? []).entries()) {
    try {
      const s = parseSchedule(json, messagesFor(lang).userScheduleOrigin(i + 1));
      if (isBundledId(s.id) || seen.has(s.id)) {
        out.skipped.push(messagesFor(lang).userScheduleIdTaken(s.id));
        continue;
      }
      seen.add(s.id);
      out.list.push(s);
    } catch (e) {
      out.skipped.push(e instanceof VerdeelError ? e.text(lang) : String(e));
    }
  }
  return out;
}

/** The settings form: plain JSON objects in the documented field order. */
export function userSchedulesJson(list: readonly Schedule[]): unknown[] {
  return list.map((s) => JSON.parse(JSON.stringify(copySchedule(s))) as unknown);
}

/** Adds a schedule, or replaces the one with the same id. */
export function withSchedule(list: readonly Schedule[], s: Schedule): Schedule[] {
  const i = list.findIndex((x) => x.id === s.id);
  return i < 0 ? [...list, s] : list.map((x, k) => (k === i ? s : x));
}

export function scheduleLabel(s: Schedule, lang: Lang): string {
  return `${s.id} — ${localize(s.title, lang)}`;
}
