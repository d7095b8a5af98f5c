// verdeel schedules [--json]: the bundled schedules, one block each, in lines that fit a
// terminal of 100 columns; amounts as the reader writes them (€ 0,08; € 100.000).
import { formatEuro, localize } from "../../allocation";
import type { Component, Schedule } from "../../allocation/types";
import { bundledSchedules } from "../../schedules";
import type { ParsedArgs } from "../args";
import type { CliContext } from "../context";
import { EXIT_OK } from "../errors";
import { tr, type Lang } from "../lang";
import { wrapText } from "../text-table";

function describeComponent(c: Component, schedule: Schedule, lang: Lang): string {
  const label = `${c.id} (${localize(c.label, lang)})`;
  switch (c.kind) {
    case "per-inhabitant":
      return `${label}: ${formatEuro(c.rate, lang)} ${tr(lang, "per inwoner", "per inhabitant")}`;
    case "share-of-total": {
      const total = formatEuro(c.total, lang, schedule.rounding.unit);
      if (!c.key) return `${label}: ${tr(lang, "aandeel in", "share of")} ${total} ${tr(lang, "naar inwonertal", "by population")}`;
      const key = c.key.map((k) => `${k.measure} ${k.weight}`).join(" + ");
      return `${label}: ${tr(lang, "aandeel in", "share of")} ${total} ${tr(lang, "naar", "by")} ${key}`;
    }
    case "fixed-percentage":
      return `${label}: ${tr(lang, "vaste percentages van", "fixed percentages of")} ${formatEuro(c.total, lang, schedule.rounding.unit)}`;
    case "per-unit":
      return `${label}: ${formatEuro(c.rate, lang)} ${tr(lang, `per eenheid ${c.measure}`, `per unit of ${c.measure}`)}`;
    case "fixed-amount":
      return `${label}: ${tr(lang, "vaste bedragen", "fixed amounts")}`;
  }
}

function describeSchedule(s: Schedule, lang: Lang): string[] {
  const rounding = s.rounding.unit === "cent" ? tr(lang, "op centen", "to cents") : tr(lang, "op hele euro's", "to whole euros");
  return [
    ...wrapText(`${s.id} · ${s.region} · ${s.year} · ${rounding}`),
    ...wrapText(localize(s.title, lang), undefined, "  "),
    ...s.components.flatMap((c) => wrapText(describeComponent(c, s, lang), undefined, "  - ")),
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
