// The euro number formats of amount cells (Excel shows the locale's separators).

/** Euro number format with cents: € 1.078,24. */
export const EURO_CENTS_FORMAT = "€ #,##0.00;€ -#,##0.00";
/** Euro number format in whole euros: € 3.501. */
export const EURO_WHOLE_FORMAT = "€ #,##0;€ -#,##0";

/**
 * The euro format for a figure that may have more decimals than the unit (a found 3501.4 in a
 * whole-euro schedule): the unit's format, or one with exactly the figure's decimals.
 */
export function euroFormatFor(value: string, decimals: 0 | 2): string {
  const point = value.indexOf(".");
  const have = point < 0 ? 0 : value.length - point - 1;
  if (have <= decimals) return decimals === 2 ? EURO_CENTS_FORMAT : EURO_WHOLE_FORMAT;
  const zeros = "0".repeat(have);
  return `€ #,##0.${zeros};€ -#,##0.${zeros}`;
}
