// The planners' catalogue in the language asked for.
import type { Lang } from "../../../allocation";
import { en } from "./en";
import { nl } from "./nl";
import type { PlannerMessages } from "./types";

export type { AuditTexts, CsvTexts, PlanErrorTexts, PlannerMessages } from "./types";

/** Both catalogues, for the test that compares them. */
export const PLANNER_MESSAGES: Record<Lang, PlannerMessages> = { nl, en };

export function plannerMessages(lang: Lang): PlannerMessages {
  return PLANNER_MESSAGES[lang];
}
