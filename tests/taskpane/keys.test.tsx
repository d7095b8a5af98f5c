/** @jest-environment jsdom */
// The pane with keys beyond population: the measures' columns in Gegevens (found by header,
// changeable), weights edited live (and said at once when they no longer add up to 1), a total
// with more decimals than the unit refused in the field, a row whose measure is bad named.
import "./dom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { GOOI_MUNICIPALITIES } from "../../examples/make-weighted-example";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { add, div, frac, largestRemainder, mul, parseFraction, type Fraction } from "../allocation/reference";
import { pickSchedule, previewRow, renderPane, type } from "./helpers";

/** The example workbook's sheet, with an extra column "Oppervlakte land" (a second area-like header). */
function gooiBook(extraArea = false): (excel: SimulatedExcel) => void {
  return (excel) => {
    const headers = ["Gemeente", "Gemeentecode", "Inwoners", "Woningen", "Oppervlakte (km²)", ...(extraArea ? ["Totale oppervlakte"] : [])];
    excel.addSheet("Gemeenten", [
      headers,
      ...GOOI_MUNICIPALITIES.map((m) => [m.name, m.code, m.population, m.dwellings, Number(m.area), ...(extraArea ? [Number(m.area) * 2] : [])]),
    ]);
    excel.select("Gemeenten", "A1");
  };
}

/** Whole euros of € 250.000 by the key, from the reference (fractions, plain largest remainder). */
function expected(weights: [string, string, string]): Map<string, string> {
  const of = [(m: (typeof GOOI_MUNICIPALITIES)[number]): Fraction => frac(BigInt(m.population)), (m: (typeof GOOI_MUNICIPALITIES)[number]) => frac(BigInt(m.dwellings)), (m: (typeof GOOI_MUNICIPALITIES)[number]) => parseFraction(m.area)];
  const sums = of.map((f) => GOOI_MUNICIPALITIES.reduce((s, m) => add(s, f(m)), frac(0n)));
  const shares = GOOI_MUNICIPALITIES.map((m) => of.reduce((s, f, j) => add(s, mul(frac(250000n), mul(parseFraction(weights[j]), div(f(m), sums[j])))), frac(0n)));
  const units = largestRemainder(250000n, shares, GOOI_MUNICIPALITIES.map((m) => ({ name: m.name, code: m.code, population: m.population })));
  return new Map(GOOI_MUNICIPALITIES.map((m, i) => [m.name, `€ ${Number(units[i]).toLocaleString("nl-NL")}`]));
}

describe("a weighted key in the pane", () => {
  test("finds the measures' columns, shows every share, and moves them live when a weight changes", async () => {
    await renderPane({ book: gooiBook() });
    await pickSchedule("gooi-vechtstreek-voorbeeld");
    expect((screen.getByRole("combobox", { name: "Kolom met woningen" }) as HTMLButtonElement).textContent).toBe("Woningen (kolom D)");
    expect((screen.getByRole("combobox", { name: "Kolom met oppervlakte (km²)" }) as HTMLButtonElement).textContent).toBe("Oppervlakte (km²) (kolom E)");
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
    expect(screen.getByRole("combobox", { name: "Kolom met oppervlakte (km²)" }).textContent).toBe("Kies een kolom");
  });

  test("a total typed with more decimals than the unit is refused in the field, never rounded", async () => {
    await renderPane({ book: gooiBook() });
    await pickSchedule("gooi-vechtstreek-voorbeeld");
    const group = screen.getByRole("group", { name: "Aandeel" });
    type(within(group).getByRole("textbox", { name: /Totaal te verdelen/ }), "90000,49");
    expect(within(group).getByText(/rondt af op hele euro's; een totaal met centen wordt niet stilzwijgend afgerond/)).toBeTruthy();
  });
});
