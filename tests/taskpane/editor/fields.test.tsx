/** @jest-environment jsdom */
// Every field of the editor shows its own message, in Dutch, as the user types: the command's
// schema messages (and the editor's own few), on the field they are about and nowhere else.
import "../dom-setup";
import { screen, within } from "@testing-library/react";
import { blur, click, componentGroup, description, message, renderEditor, textbox, type } from "./ui";

function invalidFields(): string[] {
  return Array.from(document.querySelectorAll('[aria-invalid="true"]')).map((el) => el.getAttribute("data-field") ?? "?");
}

describe("the schedule's own fields", () => {
  test("no message before the user has been in a field; then the message on that field only", () => {
    renderEditor();
    expect(invalidFields()).toEqual([]);
    const id = textbox("Id");
    type(id, "Gooi En");
    expect(message(id)).toBe('"Gooi En" is geen geldige id: kleine letters, cijfers en -, bijvoorbeeld "nml-2023".');
    expect(description(id)).toContain("Kleine letters, cijfers en -, bijvoorbeeld gooi-vechtstreek-2023.");
    expect(invalidFields()).toEqual(["id"]);
    type(id, "nml-2023");
    expect(message(id)).toBe(
      '"nml-2023" is al de id van een meegeleverd verdeelschema; kies een andere, bijvoorbeeld nml-2023-eigen.',
    );
    type(id, "gooi-vechtstreek-2023");
    expect(message(id)).toBe("");
  });

  test.each([
    [/^Titel \(Nederlands\)/, "Mag niet leeg zijn."],
    [/^Regio/, "Mag niet leeg zijn."],
    [/^Bron/, "Mag niet leeg zijn."],
  ])("%s: left empty", (name, expected) => {
    renderEditor();
    const field = textbox(name);
    type(field, "x");
    expect(message(field)).toBe("");
    type(field, " ");
    expect(message(field)).toBe(expected);
    expect(invalidFields()).toHaveLength(1);
  });

  test("the year: missing, not a number, out of range; a field left without typing shows its message too", () => {
    renderEditor();
    const year = textbox(/^Jaar/);
    expect(year.value).toBe(String(new Date().getFullYear()));
    type(year, "");
    expect(message(year)).toBe("Ontbreekt (verplicht veld).");
    type(year, "twintig");
    expect(message(year)).toBe("Moet een getal zijn, niet tekst.");
    type(year, "1800");
    expect(message(year)).toBe("Moet minstens 1900 zijn.");
    const region = textbox(/^Regio/);
    blur(region);
    expect(message(region)).toBe("Mag niet leeg zijn.");
  });

  test("the optional fields and the rounding never block, and a title in English alone is not enough", () => {
    renderEditor();
    type(textbox(/^Titel \(Engels/), "Title");
    type(textbox(/^Peildatum inwoners/), "CBS, 1 januari 2023");
    type(textbox(/^Toelichting/), "Illustratief.");
    click(screen.getByRole("radio", { name: "hele euro's" }));
    click(screen.getByRole("radio", { name: /naar even/ }));
    expect(invalidFields()).toEqual([]);
    blur(textbox(/^Titel \(Nederlands\)/));
    expect(message(textbox(/^Titel \(Nederlands\)/))).toBe("Mag niet leeg zijn.");
  });
});

describe("a component's fields", () => {
  test("id, name and rate: the schema's messages, and the editor's for text that is not an amount", () => {
    renderEditor();
    const group = componentGroup("Basis");
    const id = textbox(/^Id van het onderdeel/, group);
    type(id, "Basis");
    expect(message(id)).toBe(
      '"Basis" is geen geldige id: kleine letters, cijfers en -, beginnend met een letter (bijvoorbeeld "basis").',
    );
    const label = textbox(/^Naam \(Nederlands\)/, group);
    type(label, "");
    expect(message(label)).toBe("Mag niet leeg zijn.");
    expect(screen.getByRole("group", { name: "Onderdeel 1: (zonder naam)" })).toBe(group);
    const rate = textbox(/^Tarief per inwoner/, group);
    type(rate, "-0,05");
    expect(message(rate)).toBe("Mag niet negatief zijn (-0.05).");
    type(rate, "90.000");
    expect(message(rate)).toBe(
      '"90.000" is geen bedrag; schrijf bijvoorbeeld 0,08 of 0.08, zonder € en zonder scheidingsteken voor duizendtallen (90000).',
    );
    type(rate, "0,123456789012");
    expect(message(rate)).toBe("Heeft meer dan 10 decimalen (0.123456789012).");
    type(rate, "0,07");
    expect(message(rate)).toBe("");
    type(rate, "0.07");
    expect(message(rate)).toBe("");
    expect(invalidFields()).toEqual(["k1.id", "k1.label.nl"]);
  });

  test("a second component with the same id is named on the second", () => {
    renderEditor();
    click(screen.getByRole("button", { name: "Onderdeel toevoegen" }));
    click(screen.getByRole("menuitem", { name: "Per inwoner" }));
    const second = componentGroup("Per inwoner");
    const id = textbox(/^Id van het onderdeel/, second);
    type(id, "basis");
    expect(message(id)).toBe('"basis" komt al voor bij components[0]; elke id moet uniek zijn.');
    expect(message(textbox(/^Id van het onderdeel/, componentGroup("Basis")))).toBe("");
  });

  test("the total of a share of a fixed total", () => {
    renderEditor();
    const group = componentGroup("Basis");
    const kind = within(group).getByRole("combobox", { name: "Soort" }) as HTMLSelectElement;
    type(kind, "share-of-total");
    const total = textbox(/^Totaal te verdelen/, group);
    blur(total);
    expect(message(total)).toBe("Vul een bedrag in, bijvoorbeeld 0,08.");
    type(total, "90.000");
    expect(message(total)).toContain('"90.000" is geen bedrag');
    type(total, "90000");
    expect(message(total)).toBe("");
    expect(within(group).queryByRole("textbox", { name: /^Tarief/ })).toBeNull();
  });

  test("fixed amounts: the list, a row's name and amount, a duplicate, the rounding unit's decimals", () => {
    renderEditor();
    const group = componentGroup("Basis");
    type(within(group).getByRole("combobox", { name: "Soort" }), "fixed-amount");
    click(within(group).getByRole("button", { name: "Rij toevoegen" }));
    const row1 = within(group).getByRole("group", { name: "Rij 1" });
    expect(document.activeElement).toBe(textbox(/^Gemeente of CBS-code/, row1));
    blur(textbox(/^Gemeente of CBS-code/, row1));
    expect(message(textbox(/^Gemeente of CBS-code/, row1))).toBe("De sleutel moet een CBS-code of gemeentenaam zijn.");
    type(textbox(/^Gemeente of CBS-code/, row1), "Weert");
    expect(message(textbox(/^Gemeente of CBS-code/, row1))).toBe("");
    type(textbox(/^Bedrag/, row1), "100,505");
    expect(message(textbox(/^Bedrag/, row1))).toContain('"100,505" is geen bedrag');
    type(textbox(/^Bedrag/, row1), "100,5055");
    expect(message(textbox(/^Bedrag/, row1))).toBe("Heeft meer dan 2 decimalen (100.5055).");
    type(textbox(/^Bedrag/, row1), "100,50");
    expect(message(textbox(/^Bedrag/, row1))).toBe("");
    click(screen.getByRole("radio", { name: "hele euro's" }));
    expect(message(textbox(/^Bedrag/, within(group).getByRole("group", { name: "Rij 1: Weert" })))).toBe(
      "Heeft meer dan 0 decimalen (100.50).",
    );
    click(within(group).getByRole("button", { name: "Rij toevoegen" }));
    const row2 = within(group).getByRole("group", { name: "Rij 2" });
    type(textbox(/^Gemeente of CBS-code/, row2), "WEERT");
    expect(message(textbox(/^Gemeente of CBS-code/, row2))).toBe(
      '"WEERT" staat al in een eerdere rij; elke gemeente mag één keer voorkomen.',
    );
    click(within(group).getByRole("button", { name: "Rij 1 (Weert) verwijderen" }));
    click(within(group).getByRole("button", { name: "Rij 1 (WEERT) verwijderen" }));
    const list = within(group).getByRole("group", { name: "Gemeenten en bedragen" });
    expect(message(list)).toBe("Moet minstens één gemeente met bedrag bevatten.");
  });

  test("the period: the whole year to start with, then each date's message on its date", () => {
    renderEditor();
    const group = componentGroup("Basis");
    type(textbox(/^Jaar/), "2023");
    click(within(group).getByRole("checkbox", { name: "Geldt voor een deel van het jaar" }));
    const from = within(group).getByLabelText(/^Van/) as HTMLInputElement;
    const to = within(group).getByLabelText(/^Tot en met/) as HTMLInputElement;
    expect([from.value, to.value]).toEqual(["2023-01-01", "2023-12-31"]);
    expect(message(from)).toBe("");
    type(from, "2023-04-02");
    type(within(group).getByRole("combobox", { name: "Omrekenen naar de periode" }), "months");
    expect(message(from)).toBe(
      'Moet de eerste dag van een maand zijn bij prorate "months"; gebruik prorate "days" voor een deel van een maand.',
    );
    type(from, "2023-04-01");
    expect(message(from)).toBe("");
    type(to, "2023-03-31");
    expect(message(to)).toBe("Ligt vóór from (2023-04-01).");
    type(to, "2023-12-31");
    type(from, "2022-04-01");
    expect(message(to)).toBe("Moet in hetzelfde kalenderjaar liggen als from; splits de periode per jaar.");
    type(to, "2022-12-31");
    expect(message(from)).toBe("Ligt niet in het jaar van de verdeelsleutel (2023).");
    type(from, "");
    expect(message(from)).toBe('Moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld "2019-04-01".');
  });

  test("no component at all: the message on the list of components", () => {
    renderEditor();
    click(screen.getByRole("button", { name: "Onderdeel Basis verwijderen" }));
    const section = screen.getByRole("region", { name: "Onderdelen" });
    expect(within(section).getByText("Moet minstens één onderdeel bevatten.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Onderdeel toevoegen" }));
  });
});
