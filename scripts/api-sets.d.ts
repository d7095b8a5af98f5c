// Types for scripts/api-sets.js.
export interface ApiSetUse {
  set: string;
  version: string;
  member: string;
  at: string;
}
export function apiSetUses(dirs?: string[]): ApiSetUse[];
export function summarize(uses: ApiSetUse[]): Record<string, { highest: string; versions: Record<string, Record<string, string[]>> }>;
export function compareVersions(a: string, b: string): number;
