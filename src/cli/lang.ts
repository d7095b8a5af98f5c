// Language of the user-visible text: Dutch unless VERDEEL_LANG says English.

import type { Lang } from "../allocation";

export type { Lang };

export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const value = (env.VERDEEL_LANG ?? "").trim().toLowerCase();
  return value === "en" || value.startsWith("en_") || value.startsWith("en-") ? "en" : "nl";
}

const COUNT_FORMATS: Record<Lang, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
};

/** A whole number with Dutch (13.478) or English (13,478) grouping (one formatter, reused: fast). */
export function formatCount(n: number, lang: Lang): string {
  return COUNT_FORMATS[lang].format(n);
}
