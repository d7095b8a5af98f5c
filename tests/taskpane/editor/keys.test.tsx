/** @jest-environment jsdom */
// The editor builds the kinds beyond population: a share of a total by a weighted key, fixed
// percentages and an amount per unit; weights that do not add up to 1 are named at the field,
// and the bundled weighted key opens, round-trips and saves unchanged.
import "../dom-setup";
import { screen, within } from "@testing-library/react";
import { findSchedule } from "../../../src/schedules";
import { click, componentGroup, message, renderEditor, textbox, type } from "./ui";

function fillGeneral(): void {
  type(textbox("Id"), "gr-2025");
  type(textbox(/^Titel \(Nederlands\)/), "GR 2025");
  type(textbox(/^Regio/), "Regio");
  type(textbox(/^Jaar/), "2025");
  type(textbox(/^Bron/), "Gemeenschappelijke regeling, artikel 30");
}

describe("the editor with keys beyond population", () => {
  test("a share of a total by a weighted key: measures and weights, their sum said at once, saved as the format's key", () => {
    const { onSave } = renderEditor();
    fillGeneral();
    const group = componentGroup("Basis");
    type(within(group).getByRole("combobox", { name: "Soort" }), "share-of-total");
    type(textbox(/^Id van het onderdeel/, group), "aandeel");
    type(textbox(/^Totaal te verdelen/, group), "250000");
    click(within(group).getByRole("radio", { name: /Een gewogen sleutel/ }));
    const rows = within(group).getAllByRole("group", { name: /^Maatstaf \d/ });
    expect(rows.map((r) => textbox(/^Maatstaf/, r).value)).toEqual(["inwoners", "woningen", "oppervlakte"]);
    type(textbox("Gewicht", rows[0]), "0,5");
    type(textbox("Gewicht", rows[1]), "0,3");
    type(textbox("Gewicht", rows[2]), "0,3");
    expect(within(group).getByRole("status").textContent).toBe("Samen 1,1; de gewichten moeten samen precies 1 zijn.");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).not.toHaveBeenCalled();
    type(textbox("Gewicht", rows[2]), "0,2");
    expect(within(group).getByRole("status").textContent).toBe("Samen 1: klopt.");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].components[0]).toEqual({
      id: "aandeel",
      label: { nl: "Basis", en: "Base" },
      kind: "share-of-total",
      total: "250000",
      key: [
        { measure: "inwoners", weight: "0.5" },
        { measure: "woningen", weight: "0.3" },
        { measure: "oppervlakte", weight: "0.2" },
      ],
    });
  });

  test("fixed percentages (rows of municipality and percentage) and an amount per dwelling", () => {
    const { onSave } = renderEditor();
    fillGeneral();
    const group = componentGroup("Basis");
    type(within(group).getByRole("combobox", { name: "Soort" }), "fixed-percentage");
    type(textbox(/^Totaal te verdelen/, group), "1200000");
    click(within(group).getByRole("button", { name: "Rij toevoegen" }));
    click(within(group).getByRole("button", { name: "Rij toevoegen" }));
    const rows = within(group).getAllByRole("group", { name: /^Rij \d/ });
    type(textbox(/^Gemeente of CBS-code/, rows[0]), "Venlo");
    type(textbox(/^Percentage/, rows[0]), "30");
    type(textbox(/^Gemeente of CBS-code/, rows[1]), "Weert");
    type(textbox(/^Percentage/, rows[1]), "70,5");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(message(textbox(/^Percentage/, rows[1]))).toBe("");
    expect(screen.getByText(/De percentages tellen op tot 100.5; samen moeten ze precies 100 zijn./)).toBeTruthy();
    type(textbox(/^Percentage/, rows[1]), "70");
    click(screen.getByRole("button", { name: "Onderdeel toevoegen" }));
    click(screen.getByRole("menuitem", { name: "Per eenheid (woning, km², …)" }));
    const perUnit = componentGroup("Per woning");
    expect(textbox(/^Maatstaf/, perUnit).value).toBe("woningen");
    type(textbox(/^Bedrag per eenheid/, perUnit), "1,25");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].components.map((c) => ({ ...c, label: undefined }))).toEqual([
      { id: "basis", label: undefined, kind: "fixed-percentage", total: "1200000", percentages: { Venlo: "30", Weert: "70" } },
      { id: "per-woning", label: undefined, kind: "per-unit", measure: "woningen", rate: "1.25" },
    ]);
  });

  test("the bundled weighted key opens with its rows and saves unchanged", () => {
    const bundled = findSchedule("gooi-vechtstreek-voorbeeld")!;
    const { onSave } = renderEditor({ initial: bundled, existingIds: [] });
    const group = componentGroup("Aandeel");
    expect(within(group).getAllByRole("group", { name: /^Maatstaf \d/ }).map((r) => textbox("Gewicht", r).value)).toEqual(["0,5", "0,3", "0,2"]);
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).toHaveBeenCalledWith(bundled);
  });
});
