// The euro number formats of amount cells, one style per language as the pane shows money
// (formatEuro): Dutch "€ 1.078,24" / "€ -1.078,24", English "€1,078.24" / "-€1,078.24" (Excel
// shows the locale's separators). Differences always carry their sign: "€ +270", "+€270".
import type { Lang } from "../allocation";

/** Dutch euro number format with cents: € 1.078,24. */
export const EURO_CENTS_FORMAT = "€ #,##0.00;€ -#,##0.00";
/** Dutch euro number format in whole euros: € 3.501. */
export const EURO_WHOLE_FORMAT = "€ #,##0;€ -#,##0";

/** The number part with `decimals` decimals: "#,##0", "#,##0.00". */
function digits(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** The euro format with exactly `decimals` decimals in the language's style; `signed` shows "+" too. */
export function euroNumberFormat(decimals: number, lang: Lang, signed = false): string {
  const n = digits(decimals);
  const zero = decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  if (lang === "en") return signed ? `+€${n};-€${n};€${zero}` : `€${n};-€${n}`;
  return signed ? `€ +${n};€ -${n};€ ${zero}` : `€ ${n};€ -${n}`;
}

/**
 * The euro format for a figure that may have more decimals than the unit (a found 3501.4 in a
 * whole-euro schedule): the unit's decimals, or exactly the figure's when it has more.
 */
export function euroFormatFor(value: string, decimals: 0 | 2, lang: Lang = "nl", signed = false): string {
  const point = value.indexOf(".");
  const have = point < 0 ? 0 : value.length - point - 1;
  return euroNumberFormat(Math.max(have, decimals), lang, signed);
}
