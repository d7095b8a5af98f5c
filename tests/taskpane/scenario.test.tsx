/** @jest-environment jsdom */
// Scenario in the task pane: a rate edit shows every municipality's new amount beside the agreed
// one and the difference; saving writes extra columns beside the agreed ones (never over them),
// with the same figures the comparison showed, as numbers or as formulas on a Tarieven block.
import "./dom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { NML_MUNICIPALITIES } from "../../src/preview/example-data";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { click, openDialog, pickSchedule, rateField, renderPane, type } from "./helpers";

/** Whole euros, half up, in integers: independent of the allocation code. */
const euros = (population: number, cents: number): number => Math.floor((population * cents + 50) / 100);
const nl = (n: number): string => n.toLocaleString("nl-NL");

function comparisonRow(name: string): string[] {
  const table = screen.getByRole("table", { name: "Scenario tegenover vastgesteld" });
  for (const tr of within(table).getAllByRole("row").slice(1)) {
    const cells = within(tr).getAllByRole("cell").map((c) => c.textContent ?? "");
    if (cells[0] === name) return cells;
  }
  throw new Error(`no row ${name}`);
}

/** Header row texts of Gemeenten, A1 onwards. */
function headers(excel: SimulatedExcel): string[] {
  const ws = excel.sheet("Gemeenten");
  const out: string[] = [];
  for (let c = 0; c <= (ws.usedRect(true)?.right ?? 0); c++) out.push(String(ws.get(0, c)?.v ?? ""));
  return out;
}

function columnOf(excel: SimulatedExcel, header: string): number {
  const i = headers(excel).indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${headers(excel).join(" | ")}`);
  return i;
}

async function scenarioWithExtension(rate: string): Promise<void> {
  await pickSchedule("nml-2023");
  type(rateField("Uitbreiding"), rate);
  click(screen.getByRole("tab", { name: "Scenario" }));
  await screen.findByRole("table", { name: "Scenario tegenover vastgesteld" });
}

/** Saves the scenario and waits until the pane is done with it (and has read the sheet again). */
async function save(excel: SimulatedExcel, header: string): Promise<void> {
  const button = (): HTMLElement => screen.getByRole("button", { name: "Opslaan als scenario" });
  await waitFor(() => expect(button().getAttribute("aria-disabled")).not.toBe("true"));
  click(button());
  // Busy while the host writes and the pane reads again; enabled once both are done.
  await waitFor(() => {
    expect(headers(excel)).toContain(header);
    expect(button().getAttribute("aria-disabled")).not.toBe("true");
  });
}

const EXT_09 = "Bijdrage uitbreiding 2023 (scenario € 0,09)";

describe("Scenario", () => {
  test("shows the new amount, the agreed amount and the difference per municipality and in total", async () => {
    await renderPane();
    await scenarioWithExtension("0,09");
    expect(comparisonRow("Weert")).toEqual(["Weert", "€ 8.504", "€ 7.503", "€ +1.001"]);
    const agreed = NML_MUNICIPALITIES.reduce((s, m) => s + euros(m.population, 8) + euros(m.population, 7), 0);
    const scenario = NML_MUNICIPALITIES.reduce((s, m) => s + euros(m.population, 8) + euros(m.population, 9), 0);
    expect(comparisonRow("Totaal")).toEqual(["Totaal", `€ ${nl(scenario)}`, `€ ${nl(agreed)}`, `€ +${nl(scenario - agreed)}`]);
    // Live: another edit moves every figure at once.
    type(rateField("Uitbreiding"), "0,05");
    await waitFor(() => expect(comparisonRow("Weert")).toEqual(["Weert", "€ 6.503", "€ 7.503", "€ -1.000"]));
  });

  test("saving writes the figures the comparison showed in new columns named after the rate", async () => {
    const { excel } = await renderPane();
    await scenarioWithExtension("0,09");
    const shown = NML_MUNICIPALITIES.map((m) => comparisonRow(m.name)[1]);
    await save(excel, EXT_09);
    const total = columnOf(excel, "Bijdrage totaal 2023 (scenario uitbreiding € 0,09)");
    const extension = columnOf(excel, "Bijdrage uitbreiding 2023 (scenario € 0,09)");
    NML_MUNICIPALITIES.forEach((m, i) => {
      const ws = excel.sheet("Gemeenten");
      expect(`€ ${nl(ws.get(i + 1, total)!.v as number)}`).toBe(shown[i]);
      expect(ws.get(i + 1, extension)!.v).toBe(euros(m.population, 9));
    });
  });

  test("scenario columns never overwrite the agreed ones; two scenarios stand side by side", async () => {
    const { excel } = await renderPane();
    await pickSchedule("nml-2023");
    const apply = screen.getByRole("button", { name: "Toepassen" });
    await waitFor(() => expect(apply.getAttribute("aria-disabled")).not.toBe("true"));
    click(apply);
    await waitFor(() => expect(headers(excel)).toContain("Bijdrage totaal 2023"));
    const agreedColumns = ["Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"].map((h) => columnOf(excel, h));
    const agreedBefore = agreedColumns.map((c) => NML_MUNICIPALITIES.map((_m, i) => excel.sheet("Gemeenten").get(i + 1, c)?.v));

    type(rateField("Uitbreiding"), "0,09");
    click(screen.getByRole("tab", { name: "Scenario" }));
    await save(excel, EXT_09);
    type(rateField("Uitbreiding"), "0,10");
    await save(excel, "Bijdrage uitbreiding 2023 (scenario € 0,10)");

    const agreedAfter = agreedColumns.map((c) => NML_MUNICIPALITIES.map((_m, i) => excel.sheet("Gemeenten").get(i + 1, c)?.v));
    expect(agreedAfter).toEqual(agreedBefore);
    const h = headers(excel);
    expect(h).toContain("Bijdrage uitbreiding 2023 (scenario € 0,09)");
    expect(h).toContain("Bijdrage uitbreiding 2023 (scenario € 0,10)");
    expect(columnOf(excel, EXT_09)).toBeGreaterThan(Math.max(...agreedColumns));
  });

  test("saving the same scenario again asks before overwriting its own columns", async () => {
    const { excel } = await renderPane();
    await scenarioWithExtension("0,09");
    await save(excel, EXT_09);
    click(screen.getByRole("button", { name: "Opslaan als scenario" }));
    const dialog = await openDialog();
    expect(within(dialog).getByText(/bevatten al gegevens/)).toBeTruthy();
  });

  test("formula mode writes formulas on a Tarieven block that give the same figures as value mode", async () => {
    const { excel } = await renderPane();
    await scenarioWithExtension("0,09");
    click(screen.getByRole("checkbox", { name: /als formules/ }));
    await save(excel, EXT_09);
    const ws = excel.sheet("Gemeenten");
    const extension = columnOf(excel, EXT_09);
    const weert = ws.get(15, extension)!;
    expect(weert.f).toMatch(/^=ROUND\(.*C16\*Tarieven!\$[A-Z]+\$\d+.*,0\)$/);
    expect(weert.v).toBe(euros(50020, 9));
    const tarieven = excel.sheet("Tarieven");
    expect(tarieven.entries().some((e) => e.cell.v === 0.09)).toBe(true);
  });

  test("a scenario that cannot be saved says why, naming Opslaan als scenario (not Toepassen)", async () => {
    await renderPane();
    click(screen.getByRole("tab", { name: "Scenario" }));
    expect(await screen.findByText("Opslaan als scenario kan nog niet: kies eerst een verdeelschema.")).toBeTruthy();
    await pickSchedule("nml-2023");
    type(rateField("Uitbreiding"), "0,0x");
    expect(await screen.findByText("Opslaan als scenario kan niet: het bedrag bij Uitbreiding is ongeldig.")).toBeTruthy();
    expect(screen.queryByText(/Toepassen kan/)).toBeNull();
    expect(screen.getByRole("button", { name: "Opslaan als scenario" }).getAttribute("aria-disabled")).toBe("true");
  });

  test("Terug naar vastgesteld drops the edits: the rate field shows the agreed rate again", async () => {
    await renderPane();
    await scenarioWithExtension("0,09");
    click(screen.getByRole("button", { name: "Terug naar vastgesteld" }));
    await waitFor(() => expect(rateField("Uitbreiding").value).toBe("0,07"));
    expect(screen.getByText("Nog geen tarief gewijzigd: het scenario is gelijk aan het vastgestelde schema.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Opslaan als scenario" }).getAttribute("aria-disabled")).toBe("true");
  });
});
