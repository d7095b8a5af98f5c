// verdeel schedules [--json]: the bundled schedules, one block each, in lines that fit a
// terminal of 100 columns; amounts as the reader writes them (€ 0,08; € 100.000); a weighted key
// with its weights (50 % inwoners + 30 % woningen), fixed percentages and fixed amounts with every
// municipality's figure, an amount per unit with its measure (€ 1,25 per woning).
import { Decimal, domainWords, formatEuro, localize } from "../../allocation";
import type { Component, Schedule } from "../../allocation/types";
import { bundledSchedules } from "../../schedules";
import { formatDecimalText } from "../../workbook/text-format";
import type { ParsedArgs } from "../args";
import type { CliContext } from "../context";
import { EXIT_OK } from "../errors";
import { cliMessages } from "../i18n";
import type { Lang } from "../lang";
import { wrapText } from "../text-table";

/** A decimal string times 100, as people write a percentage: "0.125" -> "12,5 %" ("12.5 %" in English). */
function percent(fraction: string, lang: Lang): string {
  return `${formatDecimalText(new Decimal(fraction).times(100).toFixed(), lang)} %`;
}

function describeComponent(c: Component, schedule: Schedule, lang: Lang): string {
  const t = cliMessages(lang);
  const words = domainWords(lang);
  const label = `${c.id} (${localize(c.label, lang)})`;
  const money = (amount: string): string => formatEuro(amount, lang, schedule.rounding.unit);
  switch (c.kind) {
    case "per-inhabitant":
      return `${label}: ${formatEuro(c.rate, lang)} ${t.perInhabitant}`;
    case "share-of-total": {
      if (!c.key) return `${label}: ${t.shareByPopulation(money(c.total))}`;
      const key = c.key.map((k) => `${percent(k.weight, lang)} ${words.measurePlural(k.measure)}`).join(" + ");
      return `${label}: ${t.shareByKey(money(c.total), key)}`;
    }
    case "fixed-percentage": {
      const shares = Object.entries(c.percentages).map(([who, p]) => `${who} ${formatDecimalText(new Decimal(p).toFixed(), lang)} %`);
      return `${label}: ${t.byPercentages(money(c.total), shares.join(", "))}`;
    }
    case "per-unit":
      return `${label}: ${formatEuro(c.rate, lang)} per ${words.measureUnit(c.measure)}`;
    case "fixed-amount": {
      const amounts = Object.entries(c.amounts).map(([who, a]) => `${who} ${money(a)}`);
      return `${label}: ${t.fixedAmounts(amounts.join(", "))}`;
    }
  }
}

/** One schedule as a block of lines of at most 100 characters. */
export function describeSchedule(s: Schedule, lang: Lang): string[] {
  return [
    ...wrapText(`${s.id} · ${s.region} · ${s.year} · ${domainWords(lang).roundedTo[s.rounding.unit]}`),
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
    cliMessages(lang).schedulesFooter(schedules.length),
  );
  return EXIT_OK;
}
