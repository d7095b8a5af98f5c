// The worksheet functions' texts before their code has loaded, in the language asked for.
import type { Lang } from "../../../allocation";
import { en } from "./en";
import { nl } from "./nl";
import type { LoadingMessages } from "./types";

export type { LoadingMessages } from "./types";

/** Both catalogues, for the test that compares them. */
export const LOADING_MESSAGES: Record<Lang, LoadingMessages> = { nl, en };

export function loadingMessages(lang: Lang): LoadingMessages {
  return LOADING_MESSAGES[lang];
}
