/** @jest-environment jsdom */
// The user's choices are saved in the document when they make them (debounced, never during an
// apply) and restored when the pane opens again.
import "./dom-setup";
import { act, screen, waitFor } from "@testing-library/react";
import { budgetLineField, click, cellValue, chooseOption, chosenText, pickSchedule, previewRow, rateField, renderPane, savedChoices, type } from "./helpers";

describe("choices saved in the document", () => {
  test("schedule, rates, budget lines and columns are saved as the user makes them", async () => {
    const { excel } = await renderPane({ saveDelayMs: 20 });
    expect(excel.settingsWrites).toBe(0); // opening saves nothing
    await pickSchedule("nml-2023");
    await waitFor(() => expect(savedChoices(excel)).toEqual({ scheduleId: "nml-2023" }));
    type(rateField("Uitbreiding"), "0,0");
    type(rateField("Uitbreiding"), "0,09");
    type(budgetLineField("Uitbreiding"), "56814/44320");
    await waitFor(() =>
      expect(savedChoices(excel)).toEqual({
        scheduleId: "nml-2023",
        rates: { uitbreiding: "0.09" },
        budgetLines: { uitbreiding: "56814/44320" },
      }),
    );
    // Debounced: the keystrokes above were saved in far fewer calls than there were changes.
    expect(excel.settingsWrites).toBeLessThanOrEqual(3);
    // A column chosen by hand is remembered by its header.
    const names = chooseOption("Kolom met gemeenten", "Gemeentecode (kolom B)");
    expect(chosenText(names)).toBe("Gemeentecode (kolom B)");
    await waitFor(() => expect(savedChoices(excel)?.nameColumn).toBe("Gemeentecode"));
    await waitFor(() => expect(previewRow("GM0988")[0]).toBe("GM0988"));
  });

  test("a pending save is made before Toepassen, never while the host writes", async () => {
    const { excel, savesDuringAction } = await renderPane({ saveDelayMs: 60_000 });
    await pickSchedule("nml-2023");
    type(rateField("Uitbreiding"), "0,09");
    await waitFor(() => expect(previewRow("Weert")[3]).toBe("€ 4.502"));
    expect(excel.settingsWrites).toBe(0); // still waiting for the (long) delay
    const apply = screen.getByRole("button", { name: "Toepassen" });
    await waitFor(() => expect(apply.getAttribute("aria-disabled")).not.toBe("true"));
    click(apply);
    await screen.findByText(/Toegepast/);
    expect(excel.settingsWrites).toBe(1);
    expect(savesDuringAction()).toBe(0);
    expect(savedChoices(excel)?.rates).toEqual({ uitbreiding: "0.09" });
  });

  test("a new pane on the same document restores every choice, and opening saves nothing", async () => {
    const { excel } = await renderPane({
      choices: { scheduleId: "nml-2023", rates: { uitbreiding: "0.09" }, budgetLines: { uitbreiding: "56814/44320" } },
    });
    const select = screen.getByRole("combobox", { name: "Verdeelschema" });
    await waitFor(() => expect(chosenText(select).startsWith("nml-2023 — ")).toBe(true));
    expect(rateField("Uitbreiding").value).toBe("0,09");
    expect(budgetLineField("Uitbreiding").value).toBe("56814/44320");
    expect(budgetLineField("Basis").value).toBe("");
    await waitFor(() => expect(previewRow("Weert")).toEqual(["Weert", "50.020", "€ 4.002", "€ 4.502", "€ 8.504"]));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 150));
    });
    expect(excel.settingsWrites).toBe(0);
    // And they are what Toepassen writes.
    const apply = screen.getByRole("button", { name: "Toepassen" });
    await waitFor(() => expect(apply.getAttribute("aria-disabled")).not.toBe("true"));
    click(apply);
    await screen.findByText(/Toegepast/);
    expect(cellValue(excel, "Gemeenten", "E16")).toBe(4502);
    // Only the extension has a budget line, so only it has a budget-line column.
    expect(cellValue(excel, "Gemeenten", "G1")).toBe("Begrotingspost uitbreiding");
    expect(cellValue(excel, "Gemeenten", "G16")).toBe("56814/44320");
    expect(cellValue(excel, "Gemeenten", "H1")).toBeNull();
  });

  test("saved choices that no longer fit are ignored: unknown schedule, unknown component, bad rate", async () => {
    const first = await renderPane({
      choices: {
        scheduleId: "nml-2023",
        rates: { uitbreiding: "veel", extra: "0.5", basis: "0.08" },
        budgetLines: { extra: "1" },
      },
    });
    await waitFor(() => expect(previewRow("Weert")).toEqual(["Weert", "50.020", "€ 4.002", "€ 3.501", "€ 7.503"]));
    expect(rateField("Uitbreiding").value).toBe("0,07");
    expect(rateField("Basis").value).toBe("0,08");
    expect(screen.queryByText(/vastgesteld/)).toBeNull();
    first.view.unmount();

    await renderPane({ choices: { scheduleId: "bestaat-niet" } });
    expect(chosenText(screen.getByRole("combobox", { name: "Verdeelschema" }))).toBe("Kies een verdeelschema");
    expect(screen.getByText("Kies een verdeelschema om de bijdragen te zien.")).toBeTruthy();
  });
});
