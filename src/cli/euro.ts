// Amounts for people (€ 1.078,24) and for machines ("1078.24").
import { formatEuro, formatEuroDifference, unitDecimals } from "../allocation";
import { Decimal } from "../allocation/decimal";
import type { RoundingUnit } from "../allocation/types";
import type { Lang } from "./lang";

/** A decimal string with as many decimals as the rounding unit has: "1078.24", "3501". */
export function amountString(amount: Decimal, unit: RoundingUnit): string {
  return amount.toFixed(unit === "cent" ? 2 : 0);
}

/** € 1.078,24 (Dutch) or €1,078.24 (English), as the allocation layer formats money. */
export function euro(amount: string, unit: RoundingUnit, lang: Lang): string {
  return formatEuro(amount, lang, unit);
}

/** The unit, or none when the figure has more decimals than the unit: a found 3501,4 is never shown as € 3.501. */
function shownUnit(amount: string, unit: RoundingUnit): RoundingUnit | undefined {
  return new Decimal(amount).decimalPlaces() > unitDecimals(unit) ? undefined : unit;
}

/** A figure found in a workbook: the unit's decimals, all of its own when it has more. */
export function euroFound(amount: string, unit: RoundingUnit, lang: Lang): string {
  return formatEuro(amount, lang, shownUnit(amount, unit));
}

/** A difference with its sign, the Dutch way (€ +270, € -14) or the English (+€270, -€14); decimals as euroFound. */
export function euroDifference(amount: string, unit: RoundingUnit, lang: Lang): string {
  return formatEuroDifference(amount, lang, shownUnit(amount, unit));
}
