/** @jest-environment jsdom */
// Opslaan and Annuleren: onSave only with a valid schedule whose id is not a bundled one; an
// existing schedule comes into the form and back unchanged.
import "../dom-setup";
import { screen } from "@testing-library/react";
import { scheduleToJson } from "../../../src/allocation";
import { findSchedule } from "../../../src/schedules";
import { FULL } from "./helpers";
import { click, componentGroup, message, renderEditor, textbox, type } from "./ui";

describe("Opslaan", () => {
  test("an empty new form: not saved, every message shown, the focus on the first field with one", () => {
    const { onSave } = renderEditor();
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("Niet opgeslagen: 5 meldingen. Zie de velden met een melding.")).toBeTruthy();
    expect(message(textbox("Id"))).toBe('"" is geen geldige id: kleine letters, cijfers en -, bijvoorbeeld "nml-2023".');
    expect(message(textbox(/^Titel \(Nederlands\)/))).toBe("Mag niet leeg zijn.");
    expect(message(textbox(/^Regio/))).toBe("Mag niet leeg zijn.");
    expect(message(textbox(/^Bron/))).toBe("Mag niet leeg zijn.");
    expect(message(textbox(/^Tarief per inwoner/, componentGroup("Basis")))).toBe("Vul een bedrag in, bijvoorbeeld 0,08.");
    expect(document.activeElement).toBe(textbox("Id"));
  });

  test("an existing schedule loads into the form and is saved back unchanged", () => {
    const { onSave } = renderEditor({ initial: FULL });
    expect(screen.getByRole("heading", { name: "Verdeelschema proef-2022 bewerken" })).toBeTruthy();
    expect(textbox(/^Tarief per inwoner/, componentGroup("Basis")).value).toBe("0,08");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(scheduleToJson(onSave.mock.calls[0][0])).toBe(scheduleToJson(FULL));
  });

  test("a bundled schedule as the start: not saved under its own id, saved under a new one", () => {
    const nml = findSchedule("nml-2023");
    if (!nml) throw new Error("nml-2023 is bundled");
    const { onSave } = renderEditor({ initial: nml });
    expect(message(textbox("Id"))).toBe(
      '"nml-2023" is al de id van een meegeleverd verdeelschema; kies een andere, bijvoorbeeld nml-2023-eigen.',
    );
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("Niet opgeslagen: 1 melding. Zie het veld met de melding.")).toBeTruthy();
    type(textbox("Id"), "nml-2023-eigen");
    type(textbox(/^Tarief per inwoner/, componentGroup("Uitbreiding")), "0,09");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0][0];
    expect(saved.id).toBe("nml-2023-eigen");
    expect(saved.components.map((c) => (c.kind === "per-inhabitant" ? c.rate : ""))).toEqual(["0.08", "0.09"]);
    expect(screen.queryByText(/Niet opgeslagen/)).toBeNull();
  });

  test("an invalid field blocks saving until it is fixed", () => {
    const { onSave } = renderEditor({ initial: FULL });
    const rate = textbox(/^Tarief per inwoner/, componentGroup("Basis"));
    type(rate, "0,0x");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(rate);
    type(rate, "0,1");
    click(screen.getByRole("button", { name: "Opslaan" }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  test("Annuleren calls onCancel and saves nothing", () => {
    const { onSave, onCancel } = renderEditor({ initial: FULL });
    click(screen.getByRole("button", { name: "Annuleren" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });
});
