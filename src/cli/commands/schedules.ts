// verdeel schedules [--json]: the bundled schedules.
import { localize } from "../../allocation";
import type { Component } from "../../allocation/types";
import { bundledSchedules } from "../../schedules";
import type { ParsedArgs } from "../args";
import type { CliContext } from "../context";
import { EXIT_OK } from "../errors";
import { tr, type Lang } from "../lang";
import { renderTable } from "../text-table";

function describeComponent(c: Component, lang: Lang): string {
  const label = localize(c.label, lang);
  switch (c.kind) {
    case "per-inhabitant":
      return `${c.id} (${label}): ${tr(lang, "per inwoner", "per inhabitant")} ${c.rate}`;
    case "share-of-total": {
      const key = c.key ? ` (${c.key.map((k) => `${k.measure} ${k.weight}`).join(" + ")})` : "";
      return `${c.id} (${label}): ${tr(lang, "aandeel in totaal", "share of total")} ${c.total}${key}`;
    }
    case "fixed-percentage":
      return `${c.id} (${label}): ${tr(lang, "vaste percentages van", "fixed percentages of")} ${c.total}`;
    case "per-unit":
      return `${c.id} (${label}): ${tr(lang, `per eenheid ${c.measure}`, `per unit of ${c.measure}`)} ${c.rate}`;
    case "fixed-amount":
      return `${c.id} (${label}): ${tr(lang, "vaste bedragen", "fixed amounts")}`;
  }
}

export async function runSchedules(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const schedules = bundledSchedules();
  const { lang } = ctx;
  if (args.json) {
    ctx.io.stdout.write(JSON.stringify(schedules, null, 2) + "\n");
    return EXIT_OK;
  }
  const rows = schedules.map((s) => [
    s.id,
    String(s.year),
    s.region,
    localize(s.title, lang),
    s.components.map((c) => describeComponent(c, lang)).join("; "),
    s.rounding.unit === "cent" ? tr(lang, "centen", "cents") : tr(lang, "hele euro's", "whole euros"),
  ]);
  ctx.io.stdout.write(
    renderTable(
      [
        { header: "ID" },
        { header: tr(lang, "Jaar", "Year") },
        { header: tr(lang, "Regio", "Region") },
        { header: tr(lang, "Titel", "Title") },
        { header: tr(lang, "Onderdelen", "Components") },
        { header: tr(lang, "Afronding", "Rounding") },
      ],
      rows,
    ),
  );
  ctx.io.stdout.write(
    tr(
      lang,
      `\n${schedules.length} verdeelsleutels. Gebruik: verdeel apply BOOK.xlsx --schedule ID\n`,
      `\n${schedules.length} schedules. Use: verdeel apply BOOK.xlsx --schedule ID\n`,
    ),
  );
  return EXIT_OK;
}
