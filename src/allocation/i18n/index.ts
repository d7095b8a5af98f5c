// The domain words in the language asked for.
import type { Lang } from "../types";
import { en } from "./en";
import { nl } from "./nl";
import type { DomainWords } from "./types";

export type { DomainWords } from "./types";

/** The domain words of each language, for tests that compare the two. */
export const DOMAIN_WORDS: Record<Lang, DomainWords> = { nl, en };

export function domainWords(lang: Lang): DomainWords {
  return DOMAIN_WORDS[lang];
}
