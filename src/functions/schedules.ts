// The schedules a formula can name: the bundled ones, and the user's own that the task pane has
// loaded from the document (Schema's tab). The pane and the functions run in one JavaScript
// runtime (the shared runtime), so the pane hands its list over here; formulas that name a
// schedule listen and recalculate when the list changes.
import type { Schedule } from "../allocation";
import { bundledSchedules, findSchedule } from "../schedules";

let userSchedules: readonly Schedule[] = [];
const listeners = new Set<() => void>();

/**
 * The task pane's hook: the user's own schedules as it has them now (loaded from the document,
 * or edited in Schema's tab). Formulas that name a schedule are told, and recalculate.
 */
export function shareUserSchedules(list: readonly Schedule[]): void {
  if (list === userSchedules) return;
  userSchedules = list;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after every change of the user's schedules; returns the way to stop. */
export function onSchedulesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** How many formulas listen now (for tests: a cancelled formula stops listening). */
export function listenerCount(): number {
  return listeners.size;
}

/** The schedule with this id (trimmed, case-insensitive): bundled first, then the user's own. */
export function findUsableSchedule(name: string): Schedule | undefined {
  const bundled = findSchedule(name);
  if (bundled) return bundled;
  const wanted = name.trim().toLowerCase();
  return userSchedules.find((s) => s.id.toLowerCase() === wanted);
}

/** Every id a formula can name, bundled first. */
export function usableScheduleIds(): string[] {
  return [...bundledSchedules(), ...userSchedules].map((s) => s.id);
}
