// Amounts for people (€ 1.078,24) and for machines ("1078.24").
import { formatEuro } from "../allocation";
import type { Decimal } from "../allocation/decimal";
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
