// Schedules made or imported by the user, kept in the document's settings as the JSON objects of
// the command's schedule format. Validated again when loaded (a hand-edited or older entry cannot
// break the pane: it is skipped with its message; parse-user-schedules.ts, loaded on demand);
// never allowed to take a bundled schedule's id.
import { localize, type Lang } from "../../allocation";
import { copySchedule } from "../../allocation/schedule-json";
import type { Schedule } from "../../allocation/types";
import { bundledSchedules } from "../../schedules";

export interface UserSchedules {
  list: Schedule[];
  /** Messages of entries that were not valid, in the user's language. */
  skipped: string[];
}

const BUNDLED_IDS = new Set(bundledSchedules().map((s) => s.id));

export function isBundledId(id: string): boolean {
  return BUNDLED_IDS.has(id.trim().toLowerCase());
}

/**
 * The user's own schedules from the document's entries, validated (an entry that is not valid is
 * skipped with its message). The parser is loaded (chunk `user-schedules`) only when there are
 * entries; without any, the answer is there at once.
 */
export async function readUserSchedules(raw: unknown[] | undefined, lang: Lang): Promise<UserSchedules> {
  if (!raw || raw.length === 0) return { list: [], skipped: [] };
  const { parseUserSchedules } = await import(/* webpackChunkName: "user-schedules" */ "./parse-user-schedules");
  return parseUserSchedules(raw, lang);
}

/**
 * The document's entries with the schedules saved in the pane while the entries were still being
 * read: a saved one replaces the entry with its id, a new one is added. Nothing of the document
 * is lost by a save made before its own schedules have arrived.
 */
export function entriesWith(raw: readonly unknown[], saved: readonly Schedule[]): unknown[] {
  const ids = new Set(saved.map((s) => s.id));
  const idOf = (entry: unknown): unknown => (entry !== null && typeof entry === "object" ? (entry as { id?: unknown }).id : undefined);
  return [...raw.filter((entry) => !ids.has(idOf(entry) as string)), ...userSchedulesJson(saved)];
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
