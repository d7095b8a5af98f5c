/** @jest-environment jsdom */
// The preview page: the real pane (the Office host on office.js) beside the simulated Excel's
// workbook drawn as Excel would, redrawn after every apply, undo, selection and edit.
import "./dom-setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import { createOfficeHost } from "../../src/excel/office-host";
import { exampleBook } from "../../src/preview/example-book";
import { PreviewPage } from "../../src/preview/PreviewPage";
import { startExcel, stopExcel } from "../office-js/harness";
import { click, openDialog, pickSchedule, type } from "./helpers";

afterEach(stopExcel);

/**
 * The sheet as drawn: rows of cell texts, header row (column letters) first. A plain DOM query:
 * a role query computes every element's accessibility, and waitFor repeats this many times (most
 * of the test's 15 CPU seconds); the table's role and name are checked by role once, below.
 */
function sheet(): string[][] {
  const table = document.querySelector('table[aria-label="Werkblad"]');
  if (!table) throw new Error("No table Werkblad");
  return Array.from(table.querySelectorAll("tr")).map((tr) =>
    Array.from(tr.querySelectorAll("th, td")).map((c) => c.textContent ?? ""),
  );
}

test("the Werkblad table shows column letters, row numbers and formatted cells, and follows the workbook", async () => {
  const { excel } = await startExcel();
  exampleBook(excel);
  render(<PreviewPage host={createOfficeHost()} excel={excel} lang="nl" />);
  await screen.findByText("Blad Gemeenten, A1:C16: 15 gemeenten.");
  expect(screen.getByRole("table", { name: "Werkblad" })).toBe(document.querySelector('table[aria-label="Werkblad"]'));
  const original = sheet();
  expect(original[0]).toEqual(["", "A", "B", "C", "D"]);
  expect(original[16]).toEqual(["16", "Weert", "GM0988", "50.020", ""]);
  expect(within(screen.getByRole("tablist", { name: "Werkbladen" })).getAllByRole("tab")).toHaveLength(2);

  await pickSchedule("nml-2023");
  const apply = screen.getByRole("button", { name: "Toepassen" });
  await waitFor(() => expect(apply.getAttribute("aria-disabled")).not.toBe("true"));
  click(apply);
  await screen.findByText(/Toegepast: \d+ cellen geschreven/);
  expect(sheet()[16].slice(0, 7)).toEqual(["16", "Weert", "GM0988", "50.020", "€ 4.002", "€ 3.501", "€ 7.503"]);
  expect(sheet()[17].slice(0, 2)).toEqual(["17", "Totaal"]);
  expect(screen.getByRole("tab", { name: "Verantwoording" })).toBeTruthy();

  // A cell edited on the page (as a user would in Excel) makes undo ask first.
  type(screen.getByRole("textbox", { name: "Cel" }), "E16");
  type(screen.getByRole("textbox", { name: "Nieuwe inhoud" }), "3600");
  click(screen.getByRole("button", { name: "Cel invullen" }));
  await waitFor(() => expect(sheet()[16][5]).toBe("€ 3.600"));
  const undo = screen.getByRole("button", { name: "Ongedaan maken" });
  await waitFor(() => expect(undo.getAttribute("aria-disabled")).not.toBe("true"));
  click(undo);
  const dialog = await openDialog();
  expect(within(dialog).getByText("E16")).toBeTruthy();
  click(within(dialog).getByRole("button", { name: "Toch herstellen", hidden: true }));
  await waitFor(() => expect(sheet()).toEqual(original));
  expect(within(screen.getByRole("tablist", { name: "Werkbladen" })).getAllByRole("tab")).toHaveLength(2);

  // A population emptied on the page is a finding after reading again; activating it selects the cell.
  type(screen.getByRole("textbox", { name: "Cel" }), "C3");
  type(screen.getByRole("textbox", { name: "Nieuwe inhoud" }), "");
  click(screen.getByRole("button", { name: "Cel invullen" }));
  click(screen.getByRole("button", { name: "Gegevens opnieuw lezen" }));
  click(await screen.findByRole("button", { name: /cel C3/ }));
  await screen.findByText("Selectie: Gemeenten!C3");
});

test("in English the page's own frame speaks English, from the preview catalogue", async () => {
  const { excel } = await startExcel();
  exampleBook(excel);
  render(<PreviewPage host={createOfficeHost()} excel={excel} lang="en" />);
  expect(screen.getByRole("heading", { level: 1, name: "Verdeelsleutel: preview without Excel" })).toBeTruthy();
  expect(screen.getByRole("link", { name: "Nederlands" }).getAttribute("href")).toBe("?lang=nl");
  expect(screen.getByRole("complementary", { name: "Task pane" })).toBeTruthy();
  expect(screen.getByRole("region", { name: "Workbook" })).toBeTruthy();
  expect(within(screen.getByRole("tablist", { name: "Sheets" })).getAllByRole("tab")).toHaveLength(2);
  type(screen.getByRole("textbox", { name: "Cell" }), "not a cell");
  click(screen.getByRole("button", { name: "Set cell" }));
  await screen.findByText("Write a cell address such as E16.");
});
