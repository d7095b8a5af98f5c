// `verdeel schedules` as text: the kinds beyond population (a weighted key with its weights, fixed
// percentages, an amount per unit with its measure, fixed amounts) in lines of at most 100
// characters, a component's continuation lines indented under it.
import { describeSchedule } from "../../src/cli/commands/schedules";
import { parseSchedule } from "../../src/allocation";

const LIMBURG = ["Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Mook en Middelaar", "Peel en Maas", "Venlo", "Venray", "Echt-Susteren", "Leudal", "Maasgouw", "Nederweert", "Roerdalen", "Roermond", "Weert"];

const schedule = parseSchedule({
  id: "gr-voorbeeld",
  title: { nl: "Gemeenschappelijke regeling", en: "Joint arrangement" },
  region: "Noord- en Midden-Limburg",
  year: 2025,
  source: "test",
  rounding: { unit: "euro", mode: "half-up" },
  components: [
    { id: "aandeel", label: { nl: "Aandeel", en: "Share" }, kind: "share-of-total", total: "250000", key: [{ measure: "inwoners", weight: "0.5" }, { measure: "woningen", weight: "0.375" }, { measure: "clienten", weight: "0.125" }] },
    // 14 × 6,25 % + 12,5 % = 100 %
    { id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "1200000", percentages: Object.fromEntries(LIMBURG.map((name) => [name, name === "Weert" ? "12.5" : "6.25"])) },
    { id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" },
    { id: "km", label: "Per km²", kind: "per-unit", measure: "oppervlakte", rate: "10" },
    { id: "client", label: "Per cliënt", kind: "per-unit", measure: "clienten", rate: "412.5" },
    { id: "vast", label: "Vast", kind: "fixed-amount", amounts: { Venlo: "25000", Weert: "12500" } },
  ],
});

test("in Dutch", () => {
  const lines = describeSchedule(schedule, "nl");
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  const text = lines.join("\n");
  expect(text).toContain("  - aandeel (Aandeel): aandeel in € 250.000 naar 50 % inwoners + 37,5 % woningen + 12,5 % clienten\n");
  // every municipality's percentage, continued under the component
  const start = lines.findIndex((l) => l.startsWith("  - bijdrage (Bijdrage): € 1.200.000 naar vaste percentages: Beesel 6,25 %, Bergen (L.) 6,25 %"));
  expect(start).toBeGreaterThan(0);
  const continued = lines.slice(start + 1).filter((_l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith("    ")));
  expect(continued.length).toBeGreaterThan(0);
  expect([lines[start], ...continued].join(" ").replace(/\s+/g, " ")).toContain("Roermond 6,25 %, Weert 12,5 %");
  expect(text).toContain("  - woning (Per woning): € 1,25 per woning");
  expect(text).toContain("  - km (Per km²): € 10,00 per km²");
  expect(text).toContain("  - client (Per cliënt): € 412,50 per eenheid clienten");
  expect(text).toContain("  - vast (Vast): vaste bedragen: Venlo € 25.000, Weert € 12.500");
});

test("in English", () => {
  const lines = describeSchedule(schedule, "en");
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  const text = lines.join("\n");
  expect(text).toContain("  - aandeel (Share): share of €250,000 by 50 % inhabitants + 37.5 % dwellings + 12.5 % clienten\n");
  expect(text).toContain("  - bijdrage (Bijdrage): €1,200,000 by fixed percentages: Beesel 6.25 %,");
  expect(text).toContain("  - woning (Per woning): €1.25 per dwelling");
  expect(text).toContain("  - client (Per cliënt): €412.50 per unit of clienten");
});
