// verdeel schedules [--json]: the bundled schedules, one block each, in lines that fit a
// terminal of 100 columns; amounts as the reader writes them (€ 0,08; € 100.000); a weighted key
// with its weights (50 % inwoners + 30 % woningen), fixed percentages and fixed amounts with every
// municipality's figure, an amount per unit with its measure (€ 1,25 per woning).
import { Decimal, formatEuro, localize } from "../../allocation";
import type { Component, Schedule } from "../../allocation/types";
import { bundledSchedules } from "../../schedules";
import { formatDecimalText } from "../../workbook/text-format";
import type { ParsedArgs } from "../args";
import type { CliContext } from "../context";
import { EXIT_OK } from "../errors";
import { tr, type Lang } from "../lang";
import { wrapText } from "../text-table";

/** A measure in a key ("woningen") and as the unit of an amount per unit ("per woning"). */
const MEASURE_WORDS: Record<string, Record<Lang, [string, string]>> = {
  inwoners: { nl: ["inwoners", "inwoner"], en: ["inhabitants", "inhabitant"] },
  woningen: { nl: ["woningen", "woning"], en: ["dwellings", "dwelling"] },
  huishoudens: { nl: ["huishoudens", "huishouden"], en: ["households", "household"] },
  oppervlakte: { nl: ["oppervlakte", "km²"], en: ["area", "km²"] },
};

/** A decimal string times 100, as people write a percentage: "0.125" -> "12,5 %" ("12.5 %" in English). */
function percent(fraction: string, lang: Lang): string {
  return `${formatDecimalText(new Decimal(fraction).times(100).toFixed(), lang)} %`;
}

function describeComponent(c: Component, schedule: Schedule, lang: Lang): string {
  const label = `${c.id} (${localize(c.label, lang)})`;
  const money = (amount: string): string => formatEuro(amount, lang, schedule.rounding.unit);
  switch (c.kind) {
    case "per-inhabitant":
      return `${label}: ${formatEuro(c.rate, lang)} ${tr(lang, "per inwoner", "per inhabitant")}`;
    case "share-of-total": {
      if (!c.key) return `${label}: ${tr(lang, "aandeel in", "share of")} ${money(c.total)} ${tr(lang, "naar inwonertal", "by population")}`;
      const key = c.key.map((k) => `${percent(k.weight, lang)} ${MEASURE_WORDS[k.measure]?.[lang][0] ?? k.measure}`).join(" + ");
      return `${label}: ${tr(lang, "aandeel in", "share of")} ${money(c.total)} ${tr(lang, "naar", "by")} ${key}`;
    }
    case "fixed-percentage": {
      const shares = Object.entries(c.percentages).map(([who, p]) => `${who} ${formatDecimalText(new Decimal(p).toFixed(), lang)} %`);
      return `${label}: ${money(c.total)} ${tr(lang, "naar vaste percentages", "by fixed percentages")}: ${shares.join(", ")}`;
    }
    case "per-unit": {
      const unit = MEASURE_WORDS[c.measure]?.[lang][1] ?? tr(lang, `eenheid ${c.measure}`, `unit of ${c.measure}`);
      return `${label}: ${formatEuro(c.rate, lang)} per ${unit}`;
    }
    case "fixed-amount": {
      const amounts = Object.entries(c.amounts).map(([who, a]) => `${who} ${money(a)}`);
      return `${label}: ${tr(lang, "vaste bedragen", "fixed amounts")}: ${amounts.join(", ")}`;
    }
  }
}

/** One schedule as a block of lines of at most 100 characters. */
export function describeSchedule(s: Schedule, lang: Lang): string[] {
  const rounding = s.rounding.unit === "cent" ? tr(lang, "op centen", "to cents") : tr(lang, "op hele euro's", "to whole euros");
  return [
    ...wrapText(`${s.id} · ${s.region} · ${s.year} · ${rounding}`),
    ...wrapText(localize(s.title, lang), undefined, "  "),
    ...s.components.flatMap((c) => wrapText(describeComponent(c, s, lang), undefined, "  - ", "    ")),
  ];
}

export async function runSchedules(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const schedules = bundledSchedules();
  const { lang } = ctx;
  if (args.json) {
    ctx.io.stdout.write(JSON.stringify(schedules, null, 2) + "\n");
    return EXIT_OK;
  }
  const blocks = schedules.map((s) => describeSchedule(s, lang).join("\n"));
  ctx.io.stdout.write(blocks.join("\n\n") + "\n");
  ctx.io.stdout.write(
    tr(
      lang,
      `\n${schedules.length} verdeelsleutels. Gebruik: verdeel apply WERKMAP.xlsx --schedule ID\n`,
      `\n${schedules.length} schedules. Use: verdeel apply BOOK.xlsx --schedule ID\n`,
    ),
  );
  return EXIT_OK;
}
