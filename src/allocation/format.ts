// Money and text for people: "€ 1.078,24" in Dutch, "€1,078.24" in English; decimals typed
// by a user ("0,07" or "0.07"); the language of a Localized text.
import { Decimal, toDecimal } from "./decimal";
import { unitDecimals } from "./round";
import type { Lang, Localized, RoundingUnit } from "./types";

function group(integer: string, separator: string): string {
  let out = "";
  for (let end = integer.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = integer.slice(start, end) + (out ? separator + out : "");
  }
  return out;
}

/**
 * Formats an amount in euros. With a unit: exactly its decimals (cent → 2, euro → 0), rounded
 * half away from zero for display. Without: at least 2 decimals, more when the amount has them.
 * Dutch: "€ 1.078,24", "€ 7.503", "€ -3,00". English: "€1,078.24", "€7,503", "-€3.00".
 * The space after € is an ordinary space.
 */
export function formatEuro(amount: Decimal | string, lang: Lang, unit?: RoundingUnit): string {
  const d = typeof amount === "string" ? toDecimal(amount) : new Decimal(amount);
  const decimals = unit ? unitDecimals(unit) : Math.max(2, d.decimalPlaces());
  const fixed = d.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-") && /[1-9]/.test(fixed);
  const [integer, fraction] = fixed.replace(/^-/, "").split(".");
  const sign = negative ? "-" : "";
  if (lang === "en") return `${sign}€${group(integer, ",")}${fraction ? "." + fraction : ""}`;
  return `€ ${sign}${group(integer, ".")}${fraction ? "," + fraction : ""}`;
}

/**
 * A difference in euros, its sign always shown, in the language's own place: Dutch "€ +270",
 * "€ -14", "€ 0" (the sign after the euro sign, as nl-NL and Excel's Dutch currency format put a
 * minus); English "+€270", "-€14", "€0". Decimals as formatEuro.
 */
export function formatEuroDifference(amount: Decimal | string, lang: Lang, unit?: RoundingUnit): string {
  const text = formatEuro(amount, lang, unit);
  if (/^-|€ -/.test(text) || !/[1-9]/.test(text)) return text;
  return lang === "nl" ? text.replace("€ ", "€ +") : `+${text}`;
}

const USER_DECIMAL = /^(-?)(\d+)(?:[.,](\d+))?$/;

/**
 * A decimal typed by a user, with a comma or a point as the decimal separator: "0,07" and
 * "0.07" → "0.07"; "90000" → "90000". Returns null for anything else, including thousands
 * separators ("1.078,24") and text that reads as a thousands group ("90.000", "1,078"), which
 * would otherwise be taken for 90 or 1.078.
 */
export function parseUserDecimal(text: string): string | null {
  const m = USER_DECIMAL.exec(text.trim());
  if (!m) return null;
  const [, minus, digits, fraction] = m;
  const integer = digits.replace(/^0+(?=\d)/, "");
  if (fraction !== undefined && fraction.length === 3 && integer !== "0" && integer.length <= 3) return null;
  const zero = /^0+$/.test(integer) && (fraction === undefined || /^0+$/.test(fraction));
  return `${minus && !zero ? "-" : ""}${integer}${fraction !== undefined ? "." + fraction : ""}`;
}

/** The text in the language asked for; Dutch when there is no English. */
export function localize(text: Localized, lang: Lang): string {
  if (typeof text === "string") return text;
  return lang === "en" && text.en ? text.en : text.nl;
}
