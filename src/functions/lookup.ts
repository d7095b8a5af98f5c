// Finding the schedule and component a formula names, with a message that lists what exists.
import type { Component, Schedule } from "../allocation";
import { readText } from "./cells";
import { failure } from "./i18n";
import { findUsableSchedule, usableScheduleIds } from "./schedules";

/** The schedule named by the `schema` argument. */
export function scheduleArgument(value: unknown): Schedule {
  const name = readText(value, "schema");
  const schedule = findUsableSchedule(name);
  if (!schedule) throw failure((m) => m.unknownSchedule(name, usableScheduleIds().join(", ")));
  return schedule;
}

/** The component with this id (case-insensitive). */
export function componentNamed(schedule: Schedule, id: string): Component {
  const wanted = id.toLowerCase();
  const found = schedule.components.find((c) => c.id.toLowerCase() === wanted);
  if (!found) throw failure((m) => m.unknownComponent(schedule.id, id, componentIds(schedule.components)));
  return found;
}

export function componentIds(components: readonly Component[]): string {
  return components.map((c) => c.id).join(", ");
}
