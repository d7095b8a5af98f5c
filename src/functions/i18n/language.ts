// The language of the worksheet functions' messages: Office's display language, set when the
// functions start. Apart from the catalogues, so that the registration loaded on opening holds it
// without them.
import type { Lang } from "../../allocation";

let current: Lang = "nl";

export function setFunctionsLanguage(lang: Lang): void {
  current = lang;
}

export function functionsLanguage(): Lang {
  return current;
}

/** Dutch for a Dutch display language ("nl-NL", "nl-BE"), English otherwise. */
export function languageOf(locale: string | undefined): Lang {
  return (locale ?? "").toLowerCase().startsWith("nl") ? "nl" : "en";
}
