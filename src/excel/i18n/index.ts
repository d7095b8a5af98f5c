// The Office host's catalogue in the language asked for.
import type { Lang } from "../../allocation";
import { en } from "./en";
import { nl } from "./nl";
import type { ExcelHostMessages } from "./types";

export type { ExcelHostMessages } from "./types";

/** Both catalogues, for the test that compares them. */
export const EXCEL_HOST_MESSAGES: Record<Lang, ExcelHostMessages> = { nl, en };

export function excelHostMessages(lang: Lang): ExcelHostMessages {
  return EXCEL_HOST_MESSAGES[lang];
}
