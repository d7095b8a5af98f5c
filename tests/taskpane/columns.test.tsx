/** @jest-environment jsdom */
// Columns: detection never guesses between two population columns; the user chooses one.
import "./dom-setup";
import { screen, waitFor } from "@testing-library/react";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { chooseOption, chosenText, pickSchedule, previewRow, renderPane, savedChoices } from "./helpers";

function twoPopulations(excel: SimulatedExcel): void {
  excel.addSheet("Blad1", [
    ["Gemeente", "Inwoners 2022", "Inwoners 2023"],
    ["Beesel", 13400, 13478],
    ["Weert", 50000, 50020],
  ]);
}

// Detection computes with the first candidate (B) tentatively, with an error, and shows no column
// as chosen; choosing B explicitly counts as a choice.
test("two population columns: an error until the user picks one, then the preview uses it", async () => {
  const { excel } = await renderPane({ book: twoPopulations, saveDelayMs: 20 });
  await pickSchedule("nml-2023");
  const apply = screen.getByRole("button", { name: "Toepassen" });
  expect(apply.getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByRole("button", { name: /A1:C1.*Inwoners 2022.*Inwoners 2023/ })).toBeTruthy();

  const population = screen.getByRole("combobox", { name: "Kolom met inwoners" });
  expect(chosenText(population)).toBe("Kies een kolom");
  chooseOption("Kolom met inwoners", "Inwoners 2022 (kolom B)");
  await waitFor(() => expect(previewRow("Weert")).toEqual(["Weert", "50.000", "€ 4.000", "€ 3.500", "€ 7.500"]));
  await waitFor(() => expect(apply.getAttribute("aria-disabled")).not.toBe("true"));
  await waitFor(() => expect(savedChoices(excel)?.populationColumn).toBe("Inwoners 2022"));

  chooseOption("Kolom met inwoners", "Inwoners 2023 (kolom C)");
  await waitFor(() => expect(previewRow("Weert")).toEqual(["Weert", "50.020", "€ 4.002", "€ 3.501", "€ 7.503"]));
  expect(chosenText(population)).toBe("Inwoners 2023 (kolom C)");
});
