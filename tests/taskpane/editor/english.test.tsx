/** @jest-environment jsdom */
// The editor in English: labels, the schema's English messages (messageEn) on their fields,
// the editor's own messages, and the import dialog's messages.
import "../dom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { click, componentGroup, message, renderEditor, textbox, type } from "./ui";

describe("the editor in English", () => {
  test("labels and field messages in English; 0.07 and 0,07 both accepted", () => {
    const { onSave } = renderEditor({ lang: "en" });
    expect(screen.getByRole("heading", { name: "New schedule" })).toBeTruthy();
    const id = textbox("Id");
    type(id, "Gooi En");
    expect(message(id)).toBe('"Gooi En" is not a valid id: lower-case letters, digits and -, e.g. "nml-2023".');
    type(id, "nhn-2020");
    expect(message(id)).toBe('"nhn-2020" is already the id of a bundled schedule; choose another, e.g. nhn-2020-own.');
    const year = textbox(/^Year/);
    type(year, "2300");
    expect(message(year)).toBe("Must be at most 2200.");
    const group = componentGroup("Base");
    expect(within(group).getByRole("heading", { name: "Component 1: Base" })).toBeTruthy();
    const rate = textbox(/^Rate per inhabitant/, group);
    type(rate, "-0.05");
    expect(message(rate)).toBe("Must not be negative (-0.05).");
    type(rate, "1,078.24");
    expect(message(rate)).toBe(
      '"1,078.24" is not an amount; write e.g. 0.08 or 0,08, without € and without a thousands separator (90000).',
    );
    type(rate, "0,07");
    expect(message(rate)).toBe("");
    click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("Not saved: 5 problems. See the fields with a message.")).toBeTruthy();
    expect(message(textbox(/^Region/))).toBe("Must not be empty.");
    expect(screen.getByRole("button", { name: "Remove component Base" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Move component Base down" }).getAttribute("aria-disabled")).toBe("true");
  });

  test("the period's messages in English", () => {
    renderEditor({ lang: "en" });
    type(textbox(/^Year/), "2022");
    const group = componentGroup("Base");
    click(within(group).getByRole("checkbox", { name: "Applies to part of the year" }));
    type(within(group).getByRole("combobox", { name: "Pro-rate to the period" }), "months");
    type(within(group).getByLabelText(/^To \(inclusive\)/), "2022-12-30");
    expect(message(within(group).getByLabelText(/^To \(inclusive\)/))).toBe(
      'Must be the last day of a month with prorate "months"; use prorate "days" for part of a month.',
    );
  });

  test("an import that fails, in English, naming the field", async () => {
    renderEditor({ lang: "en" });
    click(screen.getByRole("button", { name: "Import (JSON)" }));
    const d = await waitFor(() => screen.getByRole("dialog", { name: "Import a schedule", hidden: true }));
    type(
      within(d).getByRole("textbox", { name: /^Or paste the JSON here/, hidden: true }),
      JSON.stringify({
        id: "x",
        title: "X",
        region: "R",
        year: 2023,
        source: "S",
        rounding: { unit: "cents", mode: "half-up" },
        components: [],
      }),
    );
    click(within(d).getByRole("button", { name: "Read pasted text", hidden: true }));
    expect(within(d).getByText("Not imported: 2 problems.")).toBeTruthy();
    expect(within(d).getByText('pasted text, rounding.unit: "cents" is not allowed; choose from "cent", "euro".')).toBeTruthy();
    expect(within(d).getByText("pasted text, components: must contain at least one component.")).toBeTruthy();
  });
});
