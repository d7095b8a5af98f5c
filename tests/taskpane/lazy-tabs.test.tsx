/** @jest-environment jsdom */
// The tabs other than Invullen are loaded when first opened: meanwhile a named progress indicator
// says so, then the tab's own controls appear; going back and forth keeps what was typed.
import "./dom-setup";
import { screen } from "@testing-library/react";
import { click, pickSchedule, renderPane, type } from "./helpers";

test("Controleren, Scenario and Schema's show a named loading state, then their content", async () => {
  await renderPane();
  await pickSchedule("nml-2023");
  click(screen.getByRole("tab", { name: "Controleren" }));
  expect(screen.getByRole("progressbar", { name: "Tabblad laden…" })).toBeTruthy();
  const tolerance = await screen.findByRole("textbox", { name: "Tolerantie in euro" });
  expect(screen.queryByRole("progressbar", { name: "Tabblad laden…" })).toBeNull();
  type(tolerance, "5");

  click(screen.getByRole("tab", { name: "Scenario" }));
  expect(screen.getByRole("progressbar", { name: "Tabblad laden…" })).toBeTruthy();
  await screen.findByRole("button", { name: "Opslaan als scenario" });

  click(screen.getByRole("tab", { name: "Schema's" }));
  expect(screen.getByRole("progressbar", { name: "Tabblad laden…" })).toBeTruthy();
  await screen.findByRole("button", { name: "Nieuw verdeelschema" });

  // Loaded once: back on Controleren at once, with the tolerance as typed.
  click(screen.getByRole("tab", { name: "Controleren" }));
  expect((screen.getByRole("textbox", { name: "Tolerantie in euro" }) as HTMLInputElement).value).toBe("5");
});
