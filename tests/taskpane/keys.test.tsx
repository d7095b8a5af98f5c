/** @jest-environment jsdom */
// The pane with keys beyond population: the measures' columns in Gegevens (found by header,
// changeable), weights edited live (and said at once when they no longer add up to 1), a total
// with more decimals than the unit refused in the field, a row whose measure is bad named.
import "./dom-setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import { GOOI_MUNICIPALITIES } from "../../examples/make-weighted-example";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { add, div, frac, largestRemainder, mul, parseFraction, type Fraction } from "../allocation/reference";
import { chooseOption, chosenText, click, pickSchedule, previewRow, renderPane, savedChoices, type } from "./helpers";

type Gooi = (typeof GOOI_MUNICIPALITIES)[number];

/** A second area-like column whose figures differ from the first (not a multiple of it), in km². */
const otherArea = (m: Gooi, i: number): string => (Number(m.area) + 10 * (i + 1)).toFixed(2);

/** The example workbook's sheet, with an extra column "Totale oppervlakte" (a second area-like header). */
function gooiBook(extraArea = false): (excel: SimulatedExcel) => void {
  return (excel) => {
    const headers = ["Gemeente", "Gemeentecode", "Inwoners", "Woningen", "Oppervlakte (km²)", ...(extraArea ? ["Totale oppervlakte"] : [])];
    excel.addSheet("Gemeenten", [
      headers,
      ...GOOI_MUNICIPALITIES.map((m, i) => [m.name, m.code, m.population, m.dwellings, Number(m.area), ...(extraArea ? [Number(otherArea(m, i))] : [])]),
    ]);
    excel.select("Gemeenten", "A1");
  };
}

/** Whole euros of € 250.000 by the key, from the reference (fractions, plain largest remainder). */
function expected(weights: [string, string, string], area: (m: Gooi, i: number) => string = (m) => m.area): Map<string, string> {
  const of = [(m: Gooi): Fraction => frac(BigInt(m.population)), (m: Gooi) => frac(BigInt(m.dwellings)), (m: Gooi, i: number) => parseFraction(area(m, i))];
  const sums = of.map((f) => GOOI_MUNICIPALITIES.reduce((s, m, i) => add(s, f(m, i)), frac(0n)));
  const shares = GOOI_MUNICIPALITIES.map((m, i) => of.reduce((s, f, j) => add(s, mul(frac(250000n), mul(parseFraction(weights[j]), div(f(m, i), sums[j])))), frac(0n)));
  const units = largestRemainder(250000n, shares, GOOI_MUNICIPALITIES.map((m) => ({ name: m.name, code: m.code, population: m.population })));
  return new Map(GOOI_MUNICIPALITIES.map((m, i) => [m.name, `€ ${Number(units[i]).toLocaleString("nl-NL")}`]));
}

describe("a weighted key in the pane", () => {
  test("finds the measures' columns, shows every share, and moves them live when a weight changes", async () => {
    await renderPane({ book: gooiBook() });
    await pickSchedule("gooi-vechtstreek-voorbeeld");
    expect(chosenText(screen.getByRole("combobox", { name: "Kolom met woningen" }))).toBe("Woningen (kolom D)");
    expect(chosenText(screen.getByRole("combobox", { name: "Kolom met oppervlakte (km²)" }))).toBe("Oppervlakte (km²) (kolom E)");
    const agreed = expected(["0.5", "0.3", "0.2"]);
    await waitFor(() => expect(previewRow("Hilversum")[2]).toBe(agreed.get("Hilversum")));
    for (const m of GOOI_MUNICIPALITIES) expect(previewRow(m.name)[2]).toBe(agreed.get(m.name));

    const group = screen.getByRole("group", { name: "Aandeel" });
    type(within(group).getByRole("textbox", { name: "Gewicht inwoners" }), "0,6");
    // 0,6 + 0,3 + 0,2 = 1,1: said at once beside the weights, and nothing is computed with it.
    expect(within(group).getByRole("status").textContent).toBe("De gewichten zijn samen 1,1; ze moeten samen precies 1 zijn.");
    type(within(group).getByRole("textbox", { name: "Gewicht woningen" }), "0,2");
    expect(within(group).getByRole("status").textContent).toBe("De gewichten zijn samen 1.");
    const edited = expected(["0.6", "0.2", "0.2"]);
    await waitFor(() => expect(previewRow("Hilversum")[2]).toBe(edited.get("Hilversum")));
    for (const m of GOOI_MUNICIPALITIES) expect(previewRow(m.name)[2]).toBe(edited.get(m.name));
  });

  test("two area-like columns: no guess until the user chooses one", async () => {
    await renderPane({ book: gooiBook(true) });
    await pickSchedule("gooi-vechtstreek-voorbeeld");
    await screen.findByText(/meerdere kolommen lijken de oppervlakte te bevatten/);
    expect(chosenText(screen.getByRole("combobox", { name: "Kolom met oppervlakte (km²)" }))).toBe("Kies een kolom");
  });

  test("a total typed with more decimals than the unit is refused in the field, never rounded", async () => {
    await renderPane({ book: gooiBook() });
    await pickSchedule("gooi-vechtstreek-voorbeeld");
    const group = screen.getByRole("group", { name: "Aandeel" });
    type(within(group).getByRole("textbox", { name: /Totaal te verdelen/ }), "90000,49");
    expect(within(group).getByText(/rondt af op hele euro's; een totaal met centen wordt niet stilzwijgend afgerond/)).toBeTruthy();
  });
});

/** A schedule of the user's own: € 100.000 by fixed percentages over the seven municipalities. */
const PERCENTAGES: Record<string, string> = { Blaricum: "5", "Gooise Meren": "20", Hilversum: "30", Huizen: "15", Laren: "5", Weesp: "10", Wijdemeren: "15" };
const OWN_PERCENTAGES = {
  id: "gooi-vaste-percentages",
  title: "Gooi vaste percentages",
  region: "Gooi en Vechtstreek",
  year: 2021,
  source: "test",
  rounding: { unit: "euro", mode: "half-up" },
  components: [{ id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "100000", percentages: PERCENTAGES }],
};

describe("measure columns, weights and percentages are kept in the document", () => {
  test("a measure's column, chosen in Gegevens, and edited weights come back when the workbook is opened again", async () => {
    const first = await renderPane({ book: gooiBook(true), saveDelayMs: 20 });
    await pickSchedule("gooi-vechtstreek-voorbeeld");
    const area = (): HTMLElement => screen.getByRole("combobox", { name: "Kolom met oppervlakte (km²)" });
    chooseOption("Kolom met oppervlakte (km²)", "Totale oppervlakte (kolom F)");
    const group = (): HTMLElement => screen.getByRole("group", { name: "Aandeel" });
    type(within(group()).getByRole("textbox", { name: "Gewicht inwoners" }), "0,6");
    type(within(group()).getByRole("textbox", { name: "Gewicht woningen" }), "0,2");
    await waitFor(() =>
      expect(savedChoices(first.excel)).toEqual({
        scheduleId: "gooi-vechtstreek-voorbeeld",
        measureColumns: { oppervlakte: "Totale oppervlakte" },
        weights: { aandeel: { inwoners: "0.6", woningen: "0.2" } },
      }),
    );
    const saved = savedChoices(first.excel);
    first.view.unmount();

    // The same document opened again: every choice is back, and the figures are computed with them.
    const second = await renderPane({ book: gooiBook(true), choices: saved });
    await waitFor(() => expect(chosenText(area())).toBe("Totale oppervlakte (kolom F)"));
    expect((within(group()).getByRole("textbox", { name: "Gewicht inwoners" }) as HTMLInputElement).value).toBe("0,6");
    expect((within(group()).getByRole("textbox", { name: "Gewicht woningen" }) as HTMLInputElement).value).toBe("0,2");
    expect((within(group()).getByRole("textbox", { name: "Gewicht oppervlakte" }) as HTMLInputElement).value).toBe("0,2");
    const want = expected(["0.6", "0.2", "0.2"], otherArea);
    await waitFor(() => expect(previewRow("Hilversum")[2]).toBe(want.get("Hilversum")));
    for (const m of GOOI_MUNICIPALITIES) expect(previewRow(m.name)[2]).toBe(want.get(m.name));
    // Opening saves nothing.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 150));
    });
    expect(second.excel.settingsWrites).toBe(0);
  });

  test("edited fixed percentages come back when the workbook is opened again", async () => {
    const first = await renderPane({ book: gooiBook(), saveDelayMs: 20, choices: { userSchedules: [OWN_PERCENTAGES] } });
    await pickSchedule("gooi-vaste-percentages");
    const group = (): HTMLElement => screen.getByRole("group", { name: "Bijdrage" });
    // The percentages are folded away under their heading.
    const unfold = (): void => click(within(group()).getByRole("button", { name: "Percentages (7 gemeenten)" }));
    unfold();
    type(within(group()).getByRole("textbox", { name: "Percentage Hilversum (%)" }), "32,5");
    type(within(group()).getByRole("textbox", { name: "Percentage Huizen (%)" }), "12,5");
    await waitFor(() => expect(savedChoices(first.excel)?.percentages).toEqual({ bijdrage: { Hilversum: "32.5", Huizen: "12.5" } }));
    const saved = savedChoices(first.excel);
    first.view.unmount();

    await renderPane({ book: gooiBook(), choices: saved });
    unfold();
    expect(within(group()).getByRole("status").textContent).toBe("De percentages zijn samen 100.");
    expect((within(group()).getByRole("textbox", { name: "Percentage Hilversum (%)" }) as HTMLInputElement).value).toBe("32,5");
    expect((within(group()).getByRole("textbox", { name: "Percentage Huizen (%)" }) as HTMLInputElement).value).toBe("12,5");
    expect((within(group()).getByRole("textbox", { name: "Percentage Laren (%)" }) as HTMLInputElement).value).toBe("5");
    // € 100.000 × percentage, computed by hand: 32,5 % is € 32.500, 12,5 % € 12.500 (no remainders).
    await waitFor(() => expect(previewRow("Hilversum")[2]).toBe("€ 32.500"));
    expect(previewRow("Huizen")[2]).toBe("€ 12.500");
    expect(previewRow("Laren")[2]).toBe("€ 5.000");
  });

  test("saved weights and percentages that no longer fit the schedule are ignored", async () => {
    await renderPane({
      book: gooiBook(),
      choices: {
        scheduleId: "gooi-vechtstreek-voorbeeld",
        weights: { aandeel: { inwoners: "veel", bestaat: "0.1" }, ander: { woningen: "0.4" } },
        percentages: { aandeel: { Hilversum: "40" } },
      },
    });
    const group = screen.getByRole("group", { name: "Aandeel" });
    expect((within(group).getByRole("textbox", { name: "Gewicht inwoners" }) as HTMLInputElement).value).toBe("0,5");
    const agreed = expected(["0.5", "0.3", "0.2"]);
    await waitFor(() => expect(previewRow("Hilversum")[2]).toBe(agreed.get("Hilversum")));
  });
});

describe("a sheet without a population column, for a schedule that does not use it", () => {
  const PER_DWELLING = {
    id: "per-woning",
    title: "Per woning",
    region: "R",
    year: 2025,
    source: "test",
    rounding: { unit: "cent", mode: "half-up" },
    components: [{ id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" }],
  };
  const dwellings = (excel: SimulatedExcel): void => {
    excel.addSheet("Gemeenten", [["Gemeente", "Woningen"], ["Beesel", 6121], ["Venlo", 47003], ["Weert", 22817]]);
    excel.select("Gemeenten", "A1");
  };

  test("Gemeente + Woningen: the preview shows the amounts per dwelling, and Toepassen writes them", async () => {
    const { excel } = await renderPane({ book: dwellings, choices: { userSchedules: [PER_DWELLING] } });
    await pickSchedule("per-woning");
    // € 1,25 per dwelling: 125 cents × n, by hand.
    await waitFor(() => expect(previewRow("Venlo")).toEqual(["Venlo", "", "€ 58.753,75"]));
    expect(previewRow("Beesel")).toEqual(["Beesel", "", "€ 7.651,25"]);
    expect(chosenText(screen.getByRole("combobox", { name: "Kolom met woningen" }))).toBe("Woningen (kolom B)");
    const apply = screen.getByRole("button", { name: "Toepassen" });
    await waitFor(() => expect(apply.getAttribute("aria-disabled")).not.toBe("true"));
    click(apply);
    await screen.findByText(/Toegepast/);
    expect(excel.cell("Gemeenten", "C1").v).toBe("Bijdrage per woning 2025");
    expect(["C2", "C3", "C4"].map((a) => excel.cell("Gemeenten", a).v)).toEqual([7651.25, 58753.75, 28521.25]);
  });
});

describe("Controleren with a weighted key", () => {
  test("checks each share against the key: the one figure that is € 1 off is named, the others are right", async () => {
    const agreed = expected(["0.5", "0.3", "0.2"]);
    const figure = (name: string): number => Number((agreed.get(name) as string).replace(/[€ .]/g, ""));
    await renderPane({
      book: (excel) => {
        excel.addSheet("Gemeenten", [
          ["Gemeente", "Gemeentecode", "Inwoners", "Woningen", "Oppervlakte (km²)", "Bijdrage aandeel 2021"],
          ...GOOI_MUNICIPALITIES.map((m) => [m.name, m.code, m.population, m.dwellings, Number(m.area), figure(m.name) + (m.name === "Laren" ? 1 : 0)]),
        ]);
        excel.select("Gemeenten", "A1");
      },
    });
    await pickSchedule("gooi-vechtstreek-voorbeeld");
    click(screen.getByRole("tab", { name: "Controleren" }));
    const button = await screen.findByRole("button", { name: "Controleren" });
    await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true"));
    click(button);
    const outcome = await screen.findByRole("region", { name: "Uitkomst van de controle" });
    expect(within(outcome).getByText("7 bedragen gecontroleerd: 6 juist, 1 onjuist. Som van de verschillen: € +1.")).toBeTruthy();
    const table = within(outcome).getByRole("table", { name: /afwijking/ });
    const rows = within(table).getAllByRole("row").slice(1).map((tr) => within(tr).getAllByRole("cell").map((c) => c.textContent ?? ""));
    expect(rows).toEqual([["F6", "Laren", "Aandeel", agreed.get("Laren"), `€ ${(figure("Laren") + 1).toLocaleString("nl-NL")}`, "€ +1"]]);
  });
});

describe("Scenario with weights and percentages", () => {
  test("a weight edit shows every municipality's share by the new key beside the agreed one, live", async () => {
    await renderPane({ book: gooiBook() });
    await pickSchedule("gooi-vechtstreek-voorbeeld");
    const group = screen.getByRole("group", { name: "Aandeel" });
    type(within(group).getByRole("textbox", { name: "Gewicht inwoners" }), "0,4");
    type(within(group).getByRole("textbox", { name: "Gewicht oppervlakte" }), "0,3");
    click(screen.getByRole("tab", { name: "Scenario" }));
    const table = await screen.findByRole("table", { name: "Scenario tegenover vastgesteld" });
    const agreed = expected(["0.5", "0.3", "0.2"]);
    const edited = expected(["0.4", "0.3", "0.3"]);
    const euros = (text: string | undefined): number => Number((text as string).replace(/[€ .]/g, ""));
    const rows = new Map(
      within(table)
        .getAllByRole("row")
        .slice(1)
        .map((tr) => within(tr).getAllByRole("cell").map((c) => c.textContent ?? ""))
        .map((cells) => [cells[0], cells.slice(1)]),
    );
    for (const m of GOOI_MUNICIPALITIES) {
      const d = euros(edited.get(m.name)) - euros(agreed.get(m.name));
      expect(rows.get(m.name)).toEqual([edited.get(m.name), agreed.get(m.name), d === 0 ? "€ 0" : `€ ${d > 0 ? "+" : "-"}${Math.abs(d).toLocaleString("nl-NL")}`]);
    }
    // Both keys split the same € 250.000.
    expect(rows.get("Totaal")).toEqual(["€ 250.000", "€ 250.000", "€ 0"]);
  });
});
