/** @jest-environment jsdom */
// English when Office's display language is not Dutch: texts, amounts (€7,503), headers written.
import "./dom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { chosenText, click, cellValue, openDialog, pickSchedule, previewRow, rateField, renderPane, type } from "./helpers";

describe("the task pane in English", () => {
  test("shows English texts and English number formats, and accepts 0.09 and 0,09", async () => {
    await renderPane({ lang: "en" });
    expect(screen.getByRole("heading", { name: "Data" })).toBeTruthy();
    expect(screen.getByText("Sheet Gemeenten, A1:C16: 15 municipalities.")).toBeTruthy();
    expect(screen.getByText("Cannot apply yet: choose a schedule first.")).toBeTruthy();
    await pickSchedule("nml-2023", "Schedule");
    expect(chosenText(screen.getByRole("combobox", { name: "Schedule" }))).toContain(
      "care coordination human trafficking",
    );
    const table = screen.getByRole("table", { name: "Preview of the contributions" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Municipality", "Population", "Base", "Extension", "Total"]);
    await waitFor(() =>
      expect(previewRow("Weert", "Preview of the contributions")).toEqual(["Weert", "50,020", "€4,002", "€3,501", "€7,503"]),
    );
    const rate = rateField("Extension");
    expect(rate.value).toBe("0.07");
    type(rate, "0.09");
    await waitFor(() => expect(previewRow("Weert", "Preview of the contributions")[3]).toBe("€4,502"));
    expect(within(screen.getByRole("group", { name: "Extension" })).getAllByText("agreed €0.07").length).toBeGreaterThan(0);
    type(rate, "0,09");
    await waitFor(() => expect(previewRow("Weert", "Preview of the contributions")[4]).toBe("€8,504"));
  });

  test("applies with English headers and asks in English before overwriting", async () => {
    const { excel } = await renderPane({ lang: "en" });
    await pickSchedule("nml-2023", "Schedule");
    const apply = (): HTMLElement => screen.getByRole("button", { name: "Apply" });
    await waitFor(() => expect(apply().getAttribute("aria-disabled")).not.toBe("true"));
    click(apply());
    await screen.findByText(/Applied: \d+ cells written/);
    expect(cellValue(excel, "Gemeenten", "D1")).toBe("Contribution base 2023");
    expect(cellValue(excel, "Gemeenten", "A17")).toBe("Total");
    await waitFor(() => expect(apply().getAttribute("aria-disabled")).not.toBe("true"));
    click(apply());
    const dialog = await openDialog();
    expect(within(dialog).getByText("These cells already hold data:")).toBeTruthy();
    click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    await screen.findByText("Nothing written.");
    expect(screen.getByRole("button", { name: "Undo" }).getAttribute("aria-disabled")).not.toBe("true");
  });
});
