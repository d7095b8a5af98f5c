/** @jest-environment jsdom */
// Findings: every bad cell is listed with its address; activating one selects that cell in the
// sheet; with errors Toepassen says why it cannot run, and reading again after a fix clears them.
import "./dom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { exampleBook } from "../../src/preview/example-book";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { click, pickSchedule, previewRow, renderPane, selection } from "./helpers";

function bookWithErrors(excel: SimulatedExcel): void {
  excel.addSheet("Gemeenten", [
    ["Gemeente", "Gemeentecode", "Inwoners"],
    ["Beesel", "GM0889", 13478],
    ["Venlo", "GM0983", "102.000"],
    ["Weert", "GM0988", 50020],
    ["Weert", "GM0988", 50020],
  ]);
}

function applyButton(): HTMLElement {
  return screen.getByRole("button", { name: "Toepassen" });
}

describe("findings in the task pane", () => {
  test("lists each finding with its cell, and Toepassen waits for the errors to be solved", async () => {
    await renderPane({ book: bookWithErrors });
    await pickSchedule("nml-2023");
    const section = screen.getByRole("region", { name: "2 meldingen" });
    const list = within(section).getByRole("list");
    const items = within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^fout.*C3/);
    expect(items[0]).toContain('"102.000"');
    expect(items[1]).toMatch(/^fout.*B5.*twee keer/);
    expect(within(section).getByText("2 fouten in de gegevens: er wordt niets geschreven tot ze zijn opgelost.")).toBeTruthy();
    // Only the good rows are in the preview; nothing can be written.
    expect(previewRow("Beesel")).toEqual(["Beesel", "13.478", "€ 1.078", "€ 943", "€ 2.021"]);
    expect(applyButton().getAttribute("aria-disabled")).toBe("true");
    expect(applyButton().getAttribute("aria-describedby")).toBeTruthy();
    expect(screen.getByText("Toepassen kan niet: los eerst de 2 fouten in de gegevens op.")).toBeTruthy();
  });

  test("activating a finding selects its cell in the workbook (keyboard reachable: a button)", async () => {
    const { excel } = await renderPane({ book: bookWithErrors });
    const link = screen.getByRole("button", { name: /C3/ });
    expect(link.tagName).toBe("BUTTON");
    click(link);
    await waitFor(() => expect(excel.selections).toEqual([{ sheet: "Gemeenten", address: "C3" }]));
    expect(selection(excel)).toEqual({ sheet: "Gemeenten", address: "C3" });
    click(screen.getByRole("button", { name: /B5/ }));
    await waitFor(() => expect(excel.selections[1]).toEqual({ sheet: "Gemeenten", address: "B5" }));
  });

  test("after fixing the cells, reading again clears the findings and Toepassen can run", async () => {
    const { excel } = await renderPane({ book: bookWithErrors });
    await pickSchedule("nml-2023");
    excel.type("Gemeenten", "C3", 102000);
    excel.type("Gemeenten", "A5", null);
    excel.type("Gemeenten", "B5", null);
    excel.type("Gemeenten", "C5", null);
    click(screen.getByRole("button", { name: "Gegevens opnieuw lezen" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: /meldingen?$/ })).toBeNull());
    await waitFor(() => expect(applyButton().getAttribute("aria-disabled")).not.toBe("true"));
    expect(previewRow("Venlo")).toEqual(["Venlo", "102.000", "€ 8.160", "€ 7.140", "€ 15.300"]);
  });

  test("the example workbook's source note is recognised and reported as information, not an error", async () => {
    // An empty cell away from the table is selected: Excel's used range is read, the note in A18 with it.
    await renderPane({
      book: (excel) => {
        exampleBook(excel);
        excel.select("Gemeenten", "F25");
      },
    });
    const section = screen.getByRole("region", { name: "1 melding" });
    const item = within(section).getByRole("listitem");
    expect(item.textContent).toMatch(/^info.*A18/);
    expect(within(section).queryByText(/fouten? in de gegevens/)).toBeNull();
  });
});
