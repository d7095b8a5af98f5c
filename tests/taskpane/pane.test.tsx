/** @jest-environment jsdom */
// The task pane on the example workbook (the Office host on office.js and the simulated Excel):
// pick a schedule, see every amount, edit a rate, apply, answer the host's questions, undo back
// to the original workbook.
import "./dom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { AUDIT_SHEET, EURO_WHOLE_FORMAT } from "../../src/workbook";
import { NML_MUNICIPALITIES } from "../../src/preview/example-data";
import { auditRows, chosenText, click, cellValue, openDialog, pickSchedule, previewRow, rateField, renderPane, type } from "./helpers";

const WEERT_ROW = 16; // Excel row of Weert: header in 1, Beesel in 2, Weert last of 15
const TOTALS_ROW = 17;

/** nml-2023 computed here in integers, independently of the allocation code: whole euros, half up. */
const euros = (population: number, cents: number): number => Math.floor((population * cents + 50) / 100);
const BASIS_TOTAL = NML_MUNICIPALITIES.reduce((s, m) => s + euros(m.population, 8), 0);
const EXTENSION_TOTAL = NML_MUNICIPALITIES.reduce((s, m) => s + euros(m.population, 7), 0);
const GRAND_TOTAL = BASIS_TOTAL + EXTENSION_TOTAL;
const POPULATION_TOTAL = NML_MUNICIPALITIES.reduce((s, m) => s + m.population, 0);
const nlNumber = (n: number): string => n.toLocaleString("nl-NL");

function applyButton(): HTMLElement {
  return screen.getByRole("button", { name: "Toepassen" });
}
function undoButton(): HTMLElement {
  return screen.getByRole("button", { name: "Ongedaan maken" });
}
async function waitEnabled(button: () => HTMLElement): Promise<void> {
  await waitFor(() => expect(button().getAttribute("aria-disabled")).not.toBe("true"));
}
async function status(text: RegExp): Promise<void> {
  await screen.findByText(text);
}

describe("the task pane, Dutch, on the example workbook", () => {
  test("shows the detected table and the columns it found", async () => {
    await renderPane();
    expect(screen.getByText("Blad Gemeenten, A1:C16: 15 gemeenten.")).toBeTruthy();
    expect(chosenText(screen.getByRole("combobox", { name: "Kolom met gemeenten" }))).toBe("Gemeente (kolom A)");
    expect(chosenText(screen.getByRole("combobox", { name: "Kolom met inwoners" }))).toBe("Inwoners (kolom C)");
    // Nothing chosen yet: Toepassen says why it waits.
    expect(applyButton().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Toepassen kan nog niet: kies eerst een verdeelschema.")).toBeTruthy();
    expect(undoButton().getAttribute("aria-disabled")).toBe("true");
  });

  test("picking nml-2023 shows the schedule and every municipality's amounts with the totals", async () => {
    await renderPane();
    await pickSchedule("nml-2023");
    await waitFor(() => expect(previewRow("Weert")).toEqual(["Weert", "50.020", "€ 4.002", "€ 3.501", "€ 7.503"]));
    expect(previewRow("Beesel")).toEqual(["Beesel", "13.478", "€ 1.078", "€ 943", "€ 2.021"]);
    // 15 municipalities plus the totals row, every one with its figures.
    const table = screen.getByRole("table", { name: "Voorbeeld van de bijdragen" });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 15 + 1);
    // Totals: Σ population; basis Σ round(p×0,08), uitbreiding Σ round(p×0,07), each rounded per row.
    expect(GRAND_TOTAL).toBe(78479);
    expect(previewRow("Totaal")).toEqual([
      "Totaal",
      nlNumber(POPULATION_TOTAL),
      `€ ${nlNumber(BASIS_TOTAL)}`,
      `€ ${nlNumber(EXTENSION_TOTAL)}`,
      `€ ${nlNumber(GRAND_TOTAL)}`,
    ]);
    expect(screen.getByText(`15 gemeenten, totaal € ${nlNumber(GRAND_TOTAL)}.`)).toBeTruthy();
    // Region, year and source of the chosen schedule.
    expect(screen.getByText("Noord- en Midden-Limburg")).toBeTruthy();
    expect(screen.getByText("2023")).toBeTruthy();
    expect(screen.getByText(/B&W-voorstel Weert DJ-1590409/)).toBeTruthy();
    await waitEnabled(applyButton);
  });

  test("a rate edit recomputes the preview at once, 0,09 and 0.09 alike, with the agreed rate beside it", async () => {
    await renderPane();
    await pickSchedule("nml-2023");
    const rate = rateField("Uitbreiding");
    expect(rate.value).toBe("0,07");
    type(rate, "0,09");
    // 50.020 × 0,09 = 4.501,80 -> € 4.502 (whole euros); total 4.002 + 4.502.
    await waitFor(() => expect(previewRow("Weert")).toEqual(["Weert", "50.020", "€ 4.002", "€ 4.502", "€ 8.504"]));
    const group = screen.getByRole("group", { name: "Uitbreiding" });
    expect(within(group).getAllByText("vastgesteld € 0,07").length).toBeGreaterThan(0);
    // The edit is named on the column's header and above the table, not only in the rate field.
    expect(screen.getByRole("columnheader", { name: /^Uitbreiding gewijzigd €\s0,09$/ })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Voorbeeld met gewijzigd tarief" })).toBeTruthy();
    expect(
      screen.getByText("Niet de vastgestelde bedragen: uitbreiding € 0,09 (vastgesteld € 0,07). Toepassen zet de wijziging ook in de kolomkoppen."),
    ).toBeTruthy();
    type(rate, "0.09");
    await waitFor(() => expect(previewRow("Weert")[3]).toBe("€ 4.502"));
    // Not an amount: said so, the preview keeps the last valid figures, Toepassen waits.
    type(rate, "0,0x");
    expect(await within(group).findByText(/Schrijf een bedrag als 0,07 of 0.07/)).toBeTruthy();
    expect(previewRow("Weert")[3]).toBe("€ 4.502");
    await waitFor(() => expect(applyButton().getAttribute("aria-disabled")).toBe("true"));
    expect(screen.getByText("Toepassen kan niet: het bedrag bij Uitbreiding is ongeldig.")).toBeTruthy();
    // Back to the agreed rate with one button.
    click(within(group).getByRole("button", { name: "Vastgesteld tarief Uitbreiding terugzetten" }));
    await waitFor(() => expect(previewRow("Weert")).toEqual(["Weert", "50.020", "€ 4.002", "€ 3.501", "€ 7.503"]));
    expect(rate.value).toBe("0,07");
    await waitEnabled(applyButton);
  });

  test("Toepassen writes the columns, totals and an audit row into the sheet; no budget line, no budget-line column", async () => {
    const { excel } = await renderPane();
    await pickSchedule("nml-2023");
    await waitEnabled(applyButton);
    click(applyButton());
    await status(/Toegepast: \d+ cellen geschreven \(nml-2023 op Gemeenten!D1:F17\)/);
    expect(cellValue(excel, "Gemeenten", "D1")).toBe("Bijdrage basis 2023");
    expect(cellValue(excel, "Gemeenten", "E1")).toBe("Bijdrage uitbreiding 2023");
    expect(cellValue(excel, "Gemeenten", "F1")).toBe("Bijdrage totaal 2023");
    expect(cellValue(excel, "Gemeenten", "G1")).toBeNull();
    expect(excel.cell("Gemeenten", `D${WEERT_ROW}`)).toEqual({ v: 4002, nf: EURO_WHOLE_FORMAT });
    expect(excel.cell("Gemeenten", `E${WEERT_ROW}`)).toEqual({ v: 3501, nf: EURO_WHOLE_FORMAT });
    expect(excel.cell("Gemeenten", `F${WEERT_ROW}`)).toEqual({ v: 7503, nf: EURO_WHOLE_FORMAT });
    expect(cellValue(excel, "Gemeenten", `A${TOTALS_ROW}`)).toBe("Totaal");
    expect(cellValue(excel, "Gemeenten", `D${TOTALS_ROW}`)).toBe(BASIS_TOTAL);
    expect(cellValue(excel, "Gemeenten", `E${TOTALS_ROW}`)).toBe(EXTENSION_TOTAL);
    expect(cellValue(excel, "Gemeenten", `F${TOTALS_ROW}`)).toBe(GRAND_TOTAL);
    // The note under the table is untouched.
    expect(String(cellValue(excel, "Gemeenten", "A18"))).toMatch(/^Bron: Beesel/);
    // One audit row on Verantwoording (labels in row 1), with the schedule, its source and the rates used.
    expect(excel.book.sheet(AUDIT_SHEET)).toBeDefined();
    const audit = auditRows(excel);
    expect(audit).toHaveLength(1);
    expect(audit[0]["Schema"]).toBe(
      "nml-2023 — Noord- en Midden-Limburg: zorgcoördinatie mensenhandel vanaf 2023 (€ 0,15 per inwoner)",
    );
    expect(audit[0]["Bron"]).toMatch(/^B&W-voorstel Weert DJ-1590409/);
    expect(audit[0]["Tarief uitbreiding"]).toBe("€ 0,07 per inwoner");
    expect(audit[0]["Rijen"]).toBe("15");
    expect(audit[0]["Versie"]).toBe("0.1.0");
    // The pane read the sheet again and can undo.
    await waitEnabled(undoButton);
    expect(screen.getByText("1 actie kan ongedaan worden gemaakt.")).toBeTruthy();
  });

  test("a second apply asks before overwriting; yes writes the edited rate; undo twice restores the original exactly", async () => {
    const { excel } = await renderPane();
    const original = excel.snapshot();
    await pickSchedule("nml-2023");
    await waitEnabled(applyButton);
    click(applyButton());
    await status(/Toegepast/);
    await waitEnabled(applyButton);
    const afterFirst = excel.snapshot();

    type(rateField("Uitbreiding"), "0,09");
    await waitFor(() => expect(previewRow("Weert")[3]).toBe("€ 4.502"));
    click(applyButton());
    const dialog = await openDialog();
    expect(within(dialog).getByText("Cellen overschrijven?")).toBeTruthy();
    expect(within(dialog).getByText("Deze cellen bevatten al gegevens:")).toBeTruthy();
    // The filled cells, as ranges: the amounts and totals, and the headers of the extension and
    // the total, which now name the edit. The question says the figures are not the agreed ones.
    expect(
      within(dialog)
        .getAllByRole("listitem", { hidden: true })
        .map((li) => li.textContent),
    ).toEqual(["D2:D17", "E1:E17", "F1:F17"]);
    expect(within(dialog).getByText("Let op: gewijzigd tarief, niet vastgesteld: uitbreiding € 0,09 (vastgesteld € 0,07).")).toBeTruthy();
    expect(excel.snapshot()).toEqual(afterFirst); // nothing written before the yes
    click(within(dialog).getByRole("button", { name: "Overschrijven", hidden: true }));
    await status(/Toegepast/);
    expect(cellValue(excel, "Gemeenten", `E${WEERT_ROW}`)).toBe(4502);
    expect(cellValue(excel, "Gemeenten", `F${WEERT_ROW}`)).toBe(8504);
    expect(cellValue(excel, "Gemeenten", "E1")).toBe("Bijdrage uitbreiding 2023 (gewijzigd € 0,09)");
    expect(cellValue(excel, "Gemeenten", "F1")).toBe("Bijdrage totaal 2023 (gewijzigd uitbreiding € 0,09)");
    const audit = auditRows(excel);
    expect(audit).toHaveLength(2);
    expect(audit[1]["Tarief uitbreiding"]).toBe("€ 0,09 per inwoner (gewijzigd; vastgesteld € 0,07)");
    await screen.findByText("2 acties kunnen ongedaan worden gemaakt.");

    // The buttons wait for the re-read after an action.
    await waitEnabled(undoButton);
    click(undoButton());
    await status(/Ongedaan gemaakt: nml-2023 op Gemeenten!D1:F17 is hersteld/);
    await waitFor(() => expect(excel.snapshot()).toEqual(afterFirst));
    await screen.findByText("1 actie kan ongedaan worden gemaakt.");
    await waitEnabled(undoButton);
    click(undoButton());
    await waitFor(() => expect(excel.snapshot()).toEqual(original));
    expect(excel.book.sheet(AUDIT_SHEET)).toBeUndefined();
    await waitFor(() => expect(undoButton().getAttribute("aria-disabled")).toBe("true"));
    expect(screen.getByText("Er is nog niets om ongedaan te maken.")).toBeTruthy();
  });

  test("Annuleren in the overwrite question writes nothing", async () => {
    const { excel } = await renderPane();
    await pickSchedule("nml-2023");
    await waitEnabled(applyButton);
    click(applyButton());
    await status(/Toegepast/);
    await waitEnabled(applyButton);
    const before = excel.snapshot();
    click(applyButton());
    const dialog = await openDialog();
    click(within(dialog).getByRole("button", { name: "Annuleren", hidden: true }));
    await status(/Niets geschreven/);
    expect(excel.snapshot()).toEqual(before);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  });

  test("undo after the user edited a written cell asks first, names the cell, and restores anyway on yes", async () => {
    const { excel } = await renderPane();
    const original = excel.snapshot();
    await pickSchedule("nml-2023");
    await waitEnabled(applyButton);
    click(applyButton());
    await status(/Toegepast/);
    excel.type("Gemeenten", "E16", 3600);
    await waitEnabled(undoButton);
    click(undoButton());
    const dialog = await openDialog();
    expect(within(dialog).getByText("Toch herstellen?")).toBeTruthy();
    expect(within(dialog).getByText("E16")).toBeTruthy();
    expect(cellValue(excel, "Gemeenten", "E16")).toBe(3600); // nothing restored yet
    click(within(dialog).getByRole("button", { name: "Toch herstellen", hidden: true }));
    await status(/Ongedaan gemaakt/);
    expect(excel.snapshot()).toEqual(original);
  });

  test("a filter that appears after reading: the pane offers to clear and restore it, then writes", async () => {
    const { excel } = await renderPane();
    await pickSchedule("nml-2023");
    await waitEnabled(applyButton);
    // The user filters Horst aan de Maas (row 5) out.
    excel.setAutoFilter("Gemeenten", "A1:C16", { 0: { filterOn: "Custom", criterion1: "<>Horst aan de Maas" } });
    const filtered = excel.dump("Gemeenten");
    expect(filtered.hiddenRows).toEqual([4]);
    click(applyButton());
    const dialog = await openDialog();
    expect(within(dialog).getByText("Filter tijdelijk opheffen?")).toBeTruthy();
    expect(cellValue(excel, "Gemeenten", "D1")).toBeNull();
    click(within(dialog).getByRole("button", { name: "Filter opheffen en schrijven", hidden: true }));
    await status(/Toegepast/);
    expect(excel.filterClears).toBe(1);
    expect(cellValue(excel, "Gemeenten", `F${WEERT_ROW}`)).toBe(7503);
    // Horst got its amounts too, and the filter is back as the user had it.
    const horst = NML_MUNICIPALITIES[3].population;
    expect(cellValue(excel, "Gemeenten", "F5")).toBe(euros(horst, 8) + euros(horst, 7));
    const after = excel.dump("Gemeenten");
    expect(after.autoFilter).toEqual(filtered.autoFilter);
    expect(after.hiddenRows).toEqual([4]);
  });

  test("a sheet protected after reading: a message says so and nothing is written", async () => {
    const { excel } = await renderPane();
    await pickSchedule("nml-2023");
    await waitEnabled(applyButton);
    const before = excel.snapshot();
    excel.sheet("Gemeenten").protected = true;
    click(applyButton());
    await status(/Het blad Gemeenten is beveiligd: er is niets geschreven/);
    excel.sheet("Gemeenten").protected = false;
    expect(excel.snapshot()).toEqual(before);
  });

  test("a protected sheet seen when reading is a finding, and Toepassen says why it cannot run", async () => {
    const { excel } = await renderPane();
    excel.sheet("Gemeenten").protected = true;
    click(screen.getByRole("button", { name: "Gegevens opnieuw lezen" }));
    await pickSchedule("nml-2023");
    await screen.findByText(/beveiligd/, { selector: "button, span, p, div" });
    await waitFor(() => expect(applyButton().getAttribute("aria-disabled")).toBe("true"));
    expect(screen.getByText("Toepassen kan niet: los eerst de fout in de gegevens op.")).toBeTruthy();
  });
});
