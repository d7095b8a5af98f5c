// The allocation core's catalogues in the language asked for: the domain words, and the messages
// of its errors.
import type { Lang } from "../types";
import { en, messagesEn } from "./en";
import { messagesNl, nl } from "./nl";
import type { AllocationMessages, DomainWords } from "./types";

export type { AllocationMessages, DomainWords, MeasureProblem, OverrideTarget } from "./types";

/** The domain words of each language, for tests that compare the two. */
export const DOMAIN_WORDS: Record<Lang, DomainWords> = { nl, en };

/** The core's messages in each language. */
export const ALLOCATION_MESSAGES: Record<Lang, AllocationMessages> = { nl: messagesNl, en: messagesEn };

export function domainWords(lang: Lang): DomainWords {
  return DOMAIN_WORDS[lang];
}
