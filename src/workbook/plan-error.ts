// Refusals of the workbook layer's planners (formula mode, scenarios), in Dutch and English.
import { VerdeelError } from "../allocation/errors";
import { PLANNER_MESSAGES, type PlanErrorTexts } from "./i18n/planner";

export type PlanErrorCode =
  /** Formula mode: the schedule rounds half to even, which ROUND cannot express. */
  | "formula-half-even"
  /** Formula mode: the populations are fields of unsplit CSV lines, not cells a formula can use. */
  | "formula-split-column"
  /** Formula mode: the data sheet itself is called Tarieven. */
  | "formula-sheet-name"
  /** Formula mode: the rate (or the amounts) would let spreadsheet arithmetic round differently. */
  | "formula-precision"
  /** Scenario: no rate or total differs from the agreed schedule. */
  | "scenario-unchanged"
  /** Scenario: the agreed schedule is not the one the scenario was made from. */
  | "scenario-other-schedule";

/** A plan that cannot be made as asked; `message` is Dutch, `messageEn` English. */
export class PlanError extends VerdeelError {
  readonly code: PlanErrorCode;

  constructor(code: PlanErrorCode, messageNl: string, messageEn: string) {
    super(messageNl, messageEn);
    this.code = code;
  }
}

/** A PlanError whose message is a text of the workbook catalogue, in both languages. */
export function planError(code: PlanErrorCode, text: (m: PlanErrorTexts) => string): PlanError {
  return new PlanError(code, text(PLANNER_MESSAGES.nl.planErrors), text(PLANNER_MESSAGES.en.planErrors));
}
