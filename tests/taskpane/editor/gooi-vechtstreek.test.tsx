/** @jest-environment jsdom */
// The Gooi en Vechtstreek case (seed 004: a pilot becoming structural, no figures yet), built
// from scratch in the editor as a fixed total split by population. The total is illustrative
// (the paper states none); the populations are CBS 1-1-2020 from the domain brief, without
// Weesp (part of Amsterdam since 24-3-2022). The expected figures are computed here through
// the allocation core, independently of the schedule the editor made.
import "../dom-setup";
import { readFileSync } from "fs";
import { join } from "path";
import { screen, within } from "@testing-library/react";
import { allocate, apportion, Decimal, formatEuro, parseSchedule, scheduleToJson } from "../../../src/allocation";
import type { Municipality, Schedule } from "../../../src/allocation/types";
import { click, componentGroup, renderEditor, textbox, type } from "./ui";

const GOOI_EN_VECHTSTREEK: (Municipality & { population: number })[] = [
  { name: "Blaricum", population: 11536 },
  { name: "Gooise Meren", population: 58041 },
  { name: "Hilversum", population: 90883 },
  { name: "Huizen", population: 41273 },
  { name: "Laren", population: 11274 },
  { name: "Wijdemeren", population: 24360 },
];

const TOTAL = "50000";

function expectedShares(total: string): string[] {
  const { amounts } = apportion(
    new Decimal(total),
    GOOI_EN_VECHTSTREEK.map((m) => m.population),
    new Decimal("0.01"),
    GOOI_EN_VECHTSTREEK.map((m) => ({ population: m.population, name: m.name })),
  );
  return amounts.map((a) => a.toFixed(2));
}

function buildInEditor(): Schedule {
  const { onSave, view } = renderEditor();
  type(textbox("Id"), "gooi-vechtstreek-2023");
  type(textbox(/^Titel \(Nederlands\)/), "Gooi en Vechtstreek: zorgcoördinatie mensenhandel (illustratief)");
  type(textbox(/^Titel \(Engels/), "Gooi en Vechtstreek: care coordination human trafficking (illustrative)");
  type(textbox(/^Regio/), "Gooi en Vechtstreek");
  type(textbox(/^Jaar/), "2023");
  type(
    textbox(/^Bron/),
    "Regio Gooi en Vechtstreek, voorstel Naar inbedding aanpak Mensenhandel, kenmerk 22.0000398, 14 januari 2022",
  );
  type(textbox(/^Peildatum inwoners/), "CBS, 1 januari 2020 (illustratief)");
  type(
    textbox(/^Toelichting/),
    "Het voorstel noemt nog geen bedrag: € 50.000 is illustratief. Verdeeld naar inwoners, op centen.",
  );
  const group = componentGroup("Basis");
  type(within(group).getByRole("combobox", { name: "Soort" }), "share-of-total");
  type(textbox(/^Id van het onderdeel/, group), "aandeel");
  type(textbox(/^Naam \(Nederlands\)/, group), "Aandeel");
  type(textbox(/^Naam \(Engels/, group), "Share");
  type(textbox(/^Totaal te verdelen/, group), TOTAL);
  click(screen.getByRole("button", { name: "Opslaan" }));
  expect(onSave).toHaveBeenCalledTimes(1);
  view.unmount();
  return onSave.mock.calls[0][0];
}

describe("Gooi en Vechtstreek: a fixed total split by population, built in the editor", () => {
  test("the schedule is the command's format, and allocate gives each municipality its share, adding up exactly", () => {
    const schedule = buildInEditor();
    expect(parseSchedule(JSON.parse(scheduleToJson(schedule)))).toEqual(schedule);
    expect(schedule).toMatchObject({
      id: "gooi-vechtstreek-2023",
      region: "Gooi en Vechtstreek",
      year: 2023,
      populationDate: "CBS, 1 januari 2020 (illustratief)",
      rounding: { unit: "cent", mode: "half-up" },
      components: [{ id: "aandeel", label: { nl: "Aandeel", en: "Share" }, kind: "share-of-total", total: "50000" }],
    });
    const result = allocate(schedule, GOOI_EN_VECHTSTREEK);
    const amounts = result.components[0].amounts.map((a) => a.toFixed(2));
    expect(amounts).toEqual(expectedShares(TOTAL));
    expect(result.grandTotal.toFixed(2)).toBe("50000.00");
    // Each share is within one cent of population × total / total population.
    const people = GOOI_EN_VECHTSTREEK.reduce((s, m) => s + m.population, 0);
    GOOI_EN_VECHTSTREEK.forEach((m, i) => {
      const exact = new Decimal(TOTAL).times(m.population).div(people);
      expect(result.components[0].amounts[i].minus(exact).abs().lte("0.01")).toBe(true);
    });
    // Hilversum, the largest, pays most; the amounts as the pane shows them.
    expect(formatEuro(result.components[0].amounts[2], "nl", "cent")).toMatch(/^€ 19\.\d{3},\d{2}$/);
  });

  test("starting on 1 July, pro-rated by months: half the total is split", () => {
    const schedule = buildInEditor();
    const { onSave } = renderEditor({ initial: schedule });
    const group = componentGroup("Aandeel");
    click(within(group).getByRole("checkbox", { name: "Geldt voor een deel van het jaar" }));
    type(within(group).getByLabelText(/^Van/), "2023-07-01");
    type(within(group).getByRole("combobox", { name: "Omrekenen naar de periode" }), "months");
    type(textbox("Id"), "gooi-vechtstreek-2023-juli");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const halfYear = onSave.mock.calls[0][0];
    expect(halfYear.components[0].period).toEqual({ from: "2023-07-01", to: "2023-12-31", prorate: "months" });
    const result = allocate(halfYear, GOOI_EN_VECHTSTREEK);
    expect(result.components[0].periodFactor.toString()).toBe("0.5");
    expect(result.components[0].amounts.map((a) => a.toFixed(2))).toEqual(expectedShares("25000"));
    expect(result.grandTotal.toFixed(2)).toBe("25000.00");
  });

  test("docs/schedule-editor.md shows the figures allocate gives, in the table and for the half year", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/schedule-editor.md"), "utf8");
    const schedule = buildInEditor();
    const year = allocate(schedule, GOOI_EN_VECHTSTREEK);
    const people = GOOI_EN_VECHTSTREEK.reduce((sum, m) => sum + m.population, 0);
    GOOI_EN_VECHTSTREEK.forEach((m, i) => {
      const row = doc.split("\n").find((line) => line.trim().startsWith(`| ${m.name} |`));
      const exact = new Decimal(TOTAL).times(m.population).div(people).toFixed(4);
      expect(
        row
          ?.trim()
          .split("|")
          .map((cell) => cell.trim()),
      ).toEqual([
        "",
        m.name,
        m.population.toLocaleString("nl-NL"),
        formatEuro(exact, "nl").replace("€ ", ""),
        formatEuro(year.components[0].amounts[i], "nl", "cent"),
        "",
      ]);
    });
    const leftOver = doc.slice(doc.indexOf("largest remainders ("), doc.indexOf("| Gemeente |"));
    for (const i of year.components[0].extraUnitTo ?? []) expect(leftOver).toContain(GOOI_EN_VECHTSTREEK[i].name);
    expect(year.components[0].extraUnitTo).toHaveLength(2);
    expect(doc).toContain(`| **Totaal** | 237.367 | 50.000 | **${formatEuro(year.grandTotal, "nl", "cent")}** |`);
    const half = allocate(
      {
        ...schedule,
        components: [{ ...schedule.components[0], period: { from: "2023-07-01", to: "2023-12-31", prorate: "months" } }],
      },
      GOOI_EN_VECHTSTREEK,
    );
    const step7 = doc.slice(doc.indexOf("**Starting mid-year.**"), doc.indexOf("**With a vaste voet.**")).replace(/\s+/g, " ");
    GOOI_EN_VECHTSTREEK.forEach((m, i) =>
      expect(step7).toContain(`${m.name} ${formatEuro(half.components[0].amounts[i], "nl", "cent")}`),
    );
    expect(step7).toContain(`${formatEuro(half.grandTotal, "nl", "cent")} is split`);
  });
});
