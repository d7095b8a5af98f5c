/** @jest-environment jsdom */
// Components: added from the menu (also "vaste voet + per inwoner" as two), a pasted list of
// municipalities with one amount, moved up and down, removed; the focus goes where the user is.
import "../dom-setup";
import { screen, within } from "@testing-library/react";
import { allocate, Decimal, formatEuro } from "../../../src/allocation";
import { click, componentGroup, message, renderEditor, textbox, type } from "./ui";

function headings(): string[] {
  return screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent ?? "");
}

function addFromMenu(item: string): void {
  click(screen.getByRole("button", { name: "Onderdeel toevoegen" }));
  click(screen.getByRole("menuitem", { name: item }));
}

describe("components", () => {
  test("the menu adds each kind with a free id, and the focus goes to the new component", () => {
    renderEditor();
    addFromMenu("Aandeel in een vast totaal");
    addFromMenu("Vast bedrag per gemeente");
    addFromMenu("Per inwoner");
    expect(headings()).toEqual([
      "Onderdeel 1: Basis",
      "Onderdeel 2: Aandeel",
      "Onderdeel 3: Vast bedrag",
      "Onderdeel 4: Per inwoner",
    ]);
    expect((within(componentGroup("Aandeel")).getByRole("combobox", { name: "Soort" }) as HTMLSelectElement).value).toBe(
      "share-of-total",
    );
    expect(textbox(/^Id van het onderdeel/, componentGroup("Vast bedrag")).value).toBe("vast-bedrag");
    expect(document.activeElement).toBe(within(componentGroup("Per inwoner")).getByRole("combobox", { name: "Soort" }));
  });

  test("vaste voet + per inwoner: a fixed amount for each municipality pasted as a list, plus a rate; allocate adds both", () => {
    const { onSave } = renderEditor();
    type(textbox("Id"), "voorbeeld-vaste-voet");
    type(textbox(/^Titel \(Nederlands\)/), "Vaste voet plus per inwoner");
    type(textbox(/^Regio/), "Gooi en Vechtstreek");
    type(textbox(/^Jaar/), "2023");
    type(textbox(/^Bron/), "Voorbeeld");
    click(screen.getByRole("button", { name: "Onderdeel Basis verwijderen" }));
    addFromMenu("Vaste voet + per inwoner");
    expect(headings()).toEqual(["Onderdeel 1: Vaste voet", "Onderdeel 2: Per inwoner"]);
    const base = componentGroup("Vaste voet");
    expect(within(base).getByText(/Nog geen gemeenten/)).toBeTruthy();
    type(textbox(/^Gemeenten, één per regel/, base), "Blaricum\nHuizen\nLaren\tnul\n\n");
    type(textbox(/^Bedrag voor elke gemeente/, base), "2500");
    click(within(base).getByRole("button", { name: "Gemeenten toevoegen" }));
    expect(within(base).getByRole("status").textContent).toBe("3 rijen toegevoegd.");
    const laren = within(base).getByRole("group", { name: "Rij 3: Laren" });
    expect(message(textbox(/^Bedrag/, laren))).toContain('"nul" is geen bedrag');
    type(textbox(/^Bedrag/, laren), "2500");
    type(textbox(/^Tarief per inwoner/, componentGroup("Per inwoner")), "0,05");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const schedule = onSave.mock.calls[0][0];
    expect(schedule.components).toEqual([
      {
        id: "vaste-voet",
        label: { nl: "Vaste voet", en: "Fixed base" },
        kind: "fixed-amount",
        amounts: { Blaricum: "2500", Huizen: "2500", Laren: "2500" },
      },
      { id: "per-inwoner", label: { nl: "Per inwoner", en: "Per inhabitant" }, kind: "per-inhabitant", rate: "0.05" },
    ]);
    const municipalities = [
      { name: "Blaricum", population: 11536 },
      { name: "Huizen", population: 41273 },
      { name: "Laren", population: 11274 },
    ];
    const result = allocate(schedule, municipalities);
    // The total per municipality is the sum of its parts: 2.500 + population × 0,05 (whole cents here).
    expect(result.totals.map((t) => t.toFixed(2))).toEqual(
      municipalities.map((m) => new Decimal("2500").plus(new Decimal(m.population).times("0.05")).toFixed(2)),
    );
    expect(formatEuro(result.totals[0], "nl", "cent")).toBe("€ 3.076,80");
  });

  test("an empty pasted list says so and adds nothing", () => {
    renderEditor();
    addFromMenu("Vast bedrag per gemeente");
    const group = componentGroup("Vast bedrag");
    click(within(group).getByRole("button", { name: "Gemeenten toevoegen" }));
    expect(within(group).getByRole("status").textContent).toBe("Geen gemeenten gevonden in de lijst.");
    expect(within(group).queryAllByRole("group", { name: /^Rij / })).toHaveLength(0);
  });

  test("move up and down keeps the focus on the button; the ends are marked disabled but stay reachable", () => {
    renderEditor();
    addFromMenu("Aandeel in een vast totaal");
    const down = screen.getByRole("button", { name: "Onderdeel Basis omlaag" });
    expect(screen.getByRole("button", { name: "Onderdeel Basis omhoog" }).getAttribute("aria-disabled")).toBe("true");
    click(down);
    expect(headings()).toEqual(["Onderdeel 1: Aandeel", "Onderdeel 2: Basis"]);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Onderdeel Basis omlaag" }));
    expect(screen.getByRole("button", { name: "Onderdeel Basis omlaag" }).getAttribute("aria-disabled")).toBe("true");
    click(screen.getByRole("button", { name: "Onderdeel Basis omlaag" }));
    expect(headings()).toEqual(["Onderdeel 1: Aandeel", "Onderdeel 2: Basis"]);
    click(screen.getByRole("button", { name: "Onderdeel Basis omhoog" }));
    expect(headings()).toEqual(["Onderdeel 1: Basis", "Onderdeel 2: Aandeel"]);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Onderdeel Basis omhoog" }));
  });

  test("a message follows its component when it moves", () => {
    renderEditor();
    addFromMenu("Per inwoner");
    const rate = textbox(/^Tarief per inwoner/, componentGroup("Per inwoner"));
    type(rate, "abc");
    click(screen.getByRole("button", { name: "Onderdeel Per inwoner omhoog" }));
    expect(headings()).toEqual(["Onderdeel 1: Per inwoner", "Onderdeel 2: Basis"]);
    expect(message(textbox(/^Tarief per inwoner/, componentGroup("Per inwoner")))).toContain('"abc" is geen bedrag');
    expect(message(textbox(/^Tarief per inwoner/, componentGroup("Basis")))).toBe("");
  });
});
