// The workbook layer's catalogue in the language asked for.
import type { Lang } from "../../allocation";
import { en } from "./en";
import { nl } from "./nl";
import type { WorkbookMessages } from "./types";

export type { ControleTexts, HeaderTexts, EditWord, RatesTexts, WorkbookMessages } from "./types";

/** Both catalogues, for the test that compares them. */
export const WORKBOOK_MESSAGES: Record<Lang, WorkbookMessages> = { nl, en };

export function workbookMessages(lang: Lang): WorkbookMessages {
  return WORKBOOK_MESSAGES[lang];
}
