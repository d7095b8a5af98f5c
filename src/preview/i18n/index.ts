// The preview page's catalogue in the language asked for.
import type { Lang } from "../../allocation";
import { en } from "./en";
import { nl } from "./nl";
import type { PreviewMessages } from "./types";

export type { PreviewMessages } from "./types";

/** Both catalogues, for the test that compares them. */
export const PREVIEW_MESSAGES: Record<Lang, PreviewMessages> = { nl, en };

export function previewMessages(lang: Lang): PreviewMessages {
  return PREVIEW_MESSAGES[lang];
}
