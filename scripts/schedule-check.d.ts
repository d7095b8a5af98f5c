// Types for scripts/schedule-check.js (plain CommonJS, used by webpack, the command's build and the tests).
export function scheduleFileProblems(text: string, file: string, parseSchedule: (json: unknown, origin?: string) => unknown): string[];
export const SCHEDULES_DIR: string;
