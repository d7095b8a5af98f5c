// CBS StatLine exports built for the tests, in the forms budget officers get them: the CSV of
// Regionale kerncijfers Nederland (70072ned) as downloaded in the 2020 layout (quoted fields with
// leading spaces, whole numbers, decimal point) and the 2025 layout (decimal commas), with
// `Nederland` first, landsdelen, provinces and COROP areas, and every municipality that ever
// existed (empty fields for the ones that did not exist in the period); an export with two
// periods; and the same lines pasted into a sheet split into columns or one line per cell.
// The figures are the builder's own numbers, so a test can compute what to expect from them.
// Populations of Gooi en Vechtstreek on 1-1-2020 are CBS's (domain.md); every other figure is
// illustrative.
import type { CellValue } from "../../src/workbook/types";

export interface Figures {
  population: number;
  dwellings: number;
  /** km², two decimals, in hundredths (4637 = 46.37 km²). */
  areaHundredths: number;
}

export interface Region {
  name: string;
  code: string;
  /** Figures per period ("2020"), or absent when the region did not exist then. */
  figures: Record<string, Figures | undefined>;
  kind?: "NL" | "LD" | "PV" | "CR";
}

const f = (population: number, dwellings: number, areaHundredths: number): Figures => ({ population, dwellings, areaHundredths });

/** The regions of the test exports, in CBS's order: Nederland, landsdelen, provinces, COROP, municipalities. */
export const REGIONS: Region[] = [
  { name: "Nederland", code: "NL01", kind: "NL", figures: { "2020": f(17407585, 7891786, 4154317), "2024": f(17942942, 8123000, 4154317), "2025": f(18044027, 8170000, 4154317) } },
  { name: "West-Nederland (LD)", code: "LD03", kind: "LD", figures: { "2020": f(8300000, 3800000, 1100000), "2024": f(8500000, 3900000, 1100000), "2025": f(8550000, 3910000, 1100000) } },
  { name: "Noord-Holland (PV)", code: "PV27", kind: "PV", figures: { "2020": f(2879527, 1300000, 400000), "2024": f(2950000, 1330000, 400000), "2025": f(2960000, 1340000, 400000) } },
  { name: "Het Gooi en Vechtstreek (CR)", code: "CR24", kind: "CR", figures: { "2020": f(257096, 115000, 40000), "2024": f(268000, 118000, 40000), "2025": f(270000, 119000, 40000) } },
  { name: "Aalburg", code: "GM0738", figures: {} },
  { name: "Blaricum", code: "GM0376", figures: { "2020": f(11536, 4702, 1121), "2024": f(12500, 5050, 1121), "2025": f(12640, 5101, 1121) } },
  { name: "Bussum", code: "GM0381", figures: {} },
  { name: "Gooise Meren", code: "GM1942", figures: { "2020": f(58041, 26044, 7522), "2024": f(60110, 26890, 7522), "2025": f(60400, 27010, 7522) } },
  { name: "Groningen (gemeente)", code: "GM0014", figures: { "2020": f(231299, 125000, 19788), "2024": f(243000, 131000, 19788), "2025": f(245000, 132000, 19788) } },
  { name: "Hilversum", code: "GM0402", figures: { "2020": f(90883, 41321, 4637), "2024": f(93000, 42200, 4637), "2025": f(93500, 42400, 4637) } },
  { name: "Huizen", code: "GM0406", figures: { "2020": f(41273, 18110, 5590), "2024": f(41100, 18200, 5590), "2025": f(41080, 18220, 5590) } },
  { name: "Laren", code: "GM0417", figures: { "2020": f(11274, 4606, 1242), "2024": f(11700, 4700, 1242), "2025": f(11750, 4720, 1242) } },
  { name: "Muiden", code: "GM0424", figures: {} },
  { name: "Naarden", code: "GM0425", figures: {} },
  { name: "Weesp", code: "GM0457", figures: { "2020": f(19729, 8530, 2236) } },
  { name: "Wijdemeren", code: "GM1696", figures: { "2020": f(24360, 10040, 7368), "2024": f(24900, 10300, 7368), "2025": f(25000, 10330, 7368) } },
];

export const POPULATION_HEADER = "Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)";
export const DWELLINGS_HEADER = "Bouwen en wonen/Woningvoorraad/Voorraad op 1 januari (aantal)";
export const AREA_HEADER = "Milieu en bodemgebruik/Bodemgebruik/Oppervlakte/Totale oppervlakte (km²)";
export const DENSITY_HEADER = "Bevolking/Bevolkingsdichtheid (aantal inwoners per km²)";
export const CODE_HEADER = "Regioaanduiding/Codering (code)";

export type Layout = "2020" | "2025";

/** The municipalities that existed in a period: what a correct reading charges, in file order. */
export function municipalitiesIn(period: string): { name: string; code: string; figures: Figures }[] {
  return REGIONS.filter((r) => r.kind === undefined && r.figures[period] !== undefined).map((r) => ({
    name: r.name.replace(" (gemeente)", ""),
    code: r.code,
    figures: r.figures[period] as Figures,
  }));
}

/** The municipalities without figures in a period (former ones). */
export function formerIn(period: string): string[] {
  return REGIONS.filter((r) => r.kind === undefined && r.figures[period] === undefined).map((r) => r.name);
}

function areaText(hundredths: number, layout: Layout): string {
  const text = (hundredths / 100).toFixed(2);
  return layout === "2025" ? text.replace(".", ",") : text;
}

function quoted(text: string, layout: Layout, width = 0): string {
  // The 2020 layout right-aligns numbers with spaces inside the quotes.
  return `"${layout === "2020" ? text.padStart(width) : text}"`;
}

/** The lines of an export: header first, then one line per region and period (regions first, as CBS sorts them). */
export function exportLines(layout: Layout, periods: string[], options: { code?: boolean; periodFirst?: boolean } = {}): string[] {
  const head = [
    options.periodFirst ? "Perioden" : "Regio's",
    options.periodFirst ? "Regio's" : "Perioden",
    ...(options.code ? [CODE_HEADER] : []),
    POPULATION_HEADER,
    DENSITY_HEADER,
    DWELLINGS_HEADER,
    AREA_HEADER,
  ];
  const lines = [head.map((h) => `"${h}"`).join(";")];
  for (const r of REGIONS) {
    for (const period of periods) {
      const x = r.figures[period];
      const regionField = `"${r.name}"`;
      const periodField = `"${period}"`;
      const codeField = options.code ? [x ? quoted(r.code.padEnd(10), layout) : quoted("", layout, 10)] : [];
      const figures = x
        ? [
            quoted(String(x.population), layout, 10),
            quoted(String(Math.round((x.population * 100) / x.areaHundredths)), layout, 10),
            quoted(String(x.dwellings), layout, 10),
            quoted(areaText(x.areaHundredths, layout), layout, 10),
          ]
        : [quoted("", layout, 10), quoted("", layout, 10), quoted("", layout, 10), quoted("", layout, 10)];
      const first = options.periodFirst ? [periodField, regionField] : [regionField, periodField];
      lines.push([...first, ...codeField, ...figures].join(";"));
    }
  }
  return lines;
}

/** The file as downloaded: UTF-8 with BOM, CRLF line ends, a final CRLF. */
export function exportBytes(lines: string[]): Uint8Array {
  return new TextEncoder().encode("\uFEFF" + lines.join("\r\n") + "\r\n");
}

/** Split CSV fields the way the tests build them (no separator inside quotes). */
function fieldsOf(line: string): string[] {
  return line.split(";").map((x) => x.replace(/^"|"$/g, ""));
}

/** Pasted split into columns, as Excel shows it: numbers as numbers, text trimmed, empty cells empty. */
export function pastedSplit(lines: string[], decimalComma: boolean): CellValue[][] {
  return lines.map((line, i) =>
    fieldsOf(line).map((raw): CellValue => {
      const t = raw.trim();
      if (t === "") return null;
      if (i > 0 && /^\d+$/.test(t)) return Number(t);
      if (i > 0 && (decimalComma ? /^\d+,\d+$/ : /^\d+\.\d+$/).test(t)) return Number(t.replace(",", "."));
      // Text keeps its spaces, as in Excel (CBS pads codes: "GM0376    ").
      return raw;
    }),
  );
}

/** Pasted without splitting: every line whole in one cell of column A (the first with its BOM). */
export function pastedUnsplit(lines: string[]): CellValue[][] {
  return lines.map((line, i) => [i === 0 ? "\uFEFF" + line : line]);
}
