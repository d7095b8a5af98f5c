/** @jest-environment jsdom */
// Schedules made by the user in the pane: made in the Schema's tab, chosen at once, kept in the
// document's settings (they travel with the workbook), restored by a new pane on the same document,
// and an invalid saved entry skipped with its message instead of breaking the pane.
import "./dom-setup";
import * as fs from "node:fs";
import * as path from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import { parseSchedule } from "../../src/allocation";
import { chosenText, click, optionTexts, pickSchedule, previewRow, renderPane, savedChoices, type } from "./helpers";
import { OWN_SHARE } from "./own-schedule";

const SHARE = OWN_SHARE;

async function makeInEditor(): Promise<void> {
  click(screen.getByRole("tab", { name: "Schema's" }));
  click(await screen.findByRole("button", { name: "Nieuw verdeelschema" }));
  const id = await screen.findByRole("textbox", { name: "Id" });
  type(id, "eigen-aandeel");
  type(screen.getByRole("textbox", { name: /^Titel \(Nederlands\)/ }), "Eigen verdeling van € 10.000");
  type(screen.getByRole("textbox", { name: /^Regio/ }), "Noord- en Midden-Limburg");
  type(screen.getByRole("textbox", { name: /^Jaar/ }), "2024");
  type(screen.getByRole("textbox", { name: /^Bron/ }), "Testbesluit");
  const group = screen.getByRole("group", { name: /: Basis$/ });
  type(within(group).getByRole("combobox", { name: "Soort" }), "share-of-total");
  type(within(group).getByRole("textbox", { name: /^Id van het onderdeel/ }), "aandeel");
  type(within(group).getByRole("textbox", { name: /^Naam \(Nederlands\)/ }), "Aandeel");
  type(within(group).getByRole("textbox", { name: /^Totaal te verdelen/ }), "10000");
  click(screen.getByRole("button", { name: "Opslaan" }));
}

/** The bundled schedules as the list shows them ("id — Dutch title"), read from their files. */
function bundledOptionTexts(): string[] {
  const dir = path.join(__dirname, "../../src/schedules");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { id: string; title: string | { nl: string } })
    .map((j) => `${j.id} — ${typeof j.title === "string" ? j.title : j.title.nl}`);
}

describe("the schedule list", () => {
  test("without own schedules: a placeholder that cannot be chosen, then every bundled schedule, no groups", async () => {
    await renderPane();
    const select = screen.getByRole("combobox", { name: "Verdeelschema" });
    const [placeholder, ...rest] = within(select).getAllByRole("option") as HTMLOptionElement[];
    expect(placeholder.textContent).toBe("Kies een verdeelschema");
    expect(placeholder.disabled).toBe(true);
    expect(chosenText(select)).toBe("Kies een verdeelschema");
    expect(rest.map((o) => o.textContent).sort()).toEqual(bundledOptionTexts().sort());
    expect(within(select).queryAllByRole("group")).toEqual([]);
    await pickSchedule("nml-2022");
    // Once a schedule is chosen, the list holds only schedules.
    expect(optionTexts(select).sort()).toEqual(bundledOptionTexts().sort());
  });

  test("with own schedules: the bundled ones and the workbook's own in a group each, both choosable", async () => {
    await renderPane({ choices: { userSchedules: [SHARE] } });
    const select = screen.getByRole("combobox", { name: "Verdeelschema" });
    const groups = within(select).getAllByRole("group");
    expect(groups.map((g) => g.getAttribute("label"))).toEqual(["Meegeleverde verdeelschema's", "Eigen verdeelschema's in deze werkmap"]);
    expect(groups.map((g) => screen.getByRole("group", { name: g.getAttribute("label") ?? "" }))).toEqual(groups);
    expect(optionTexts(groups[0]).sort()).toEqual(bundledOptionTexts().sort());
    expect(optionTexts(groups[1])).toEqual(["eigen-aandeel — Eigen verdeling van € 10.000"]);
    await pickSchedule("eigen-aandeel");
    await waitFor(() => expect(previewRow("Totaal").at(-1)).toBe("€ 10.000"));
    await pickSchedule("nml-2023");
    expect(chosenText(select)).toMatch(/^nml-2023 — /);
  });
});

describe("the user's own schedules", () => {
  test("a schedule made in the editor is chosen at once, previewed, and kept in the document", async () => {
    const { excel } = await renderPane({ saveDelayMs: 10 });
    await makeInEditor();
    await screen.findByText(/Verdeelschema eigen-aandeel is in deze werkmap bewaard/);
    const select = screen.getByRole("combobox", { name: "Verdeelschema" });
    expect(chosenText(select)).toBe("eigen-aandeel — Eigen verdeling van € 10.000");
    await waitFor(() => expect(savedChoices(excel)?.userSchedules).toHaveLength(1));
    const saved = savedChoices(excel)!;
    expect(saved.scheduleId).toBe("eigen-aandeel");
    expect(parseSchedule(saved.userSchedules![0]).components[0]).toMatchObject({ kind: "share-of-total", total: "10000" });
    click(screen.getByRole("tab", { name: "Invullen" }));
    // The editor starts a schedule in cents (its default rounding).
    await waitFor(() => expect(previewRow("Totaal").at(-1)).toBe("€ 10.000,00"));
  });

  test("a new pane on the same document lists and restores the user's schedule", async () => {
    const { excel } = await renderPane({ choices: { scheduleId: "eigen-aandeel", userSchedules: [SHARE] } });
    const select = screen.getByRole("combobox", { name: "Verdeelschema" });
    await waitFor(() => expect(chosenText(select)).toBe("eigen-aandeel — Eigen verdeling van € 10.000"));
    click(screen.getByRole("tab", { name: "Schema's" }));
    expect(await screen.findByText("eigen-aandeel")).toBeTruthy();
    expect(excel.settingsWrites).toBe(0);
  });

  test("an invalid or clashing saved schedule is skipped with a message that names the field", async () => {
    const broken = { ...SHARE, id: "kapot", components: [{ ...SHARE.components[0], total: "veel" }] };
    const clash = { ...SHARE, id: "nml-2023" };
    await renderPane({ choices: { userSchedules: [broken, clash, SHARE] } });
    click(screen.getByRole("tab", { name: "Schema's" }));
    const warnings = await screen.findAllByText(/ongeldig en overgeslagen/);
    expect(warnings).toHaveLength(2);
    expect(warnings[0].textContent).toMatch(/components\[0\]\.total/);
    expect(warnings[1].textContent).toMatch(/nml-2023: deze id is al in gebruik/);
    expect(screen.getByText("eigen-aandeel")).toBeTruthy();
  });

  test("deleting a user schedule removes it from the document's settings", async () => {
    const { excel } = await renderPane({ choices: { userSchedules: [SHARE] }, saveDelayMs: 10 });
    click(screen.getByRole("tab", { name: "Schema's" }));
    click(await screen.findByRole("button", { name: "eigen-aandeel verwijderen" }));
    await screen.findByText("Verdeelschema eigen-aandeel is uit deze werkmap verwijderd.");
    await waitFor(() => expect(savedChoices(excel)?.userSchedules).toBeUndefined());
  });
});
