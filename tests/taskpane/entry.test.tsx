/** @jest-environment jsdom */
// The Office entry (src/taskpane/index.tsx): after Office.onReady it checks the requirement sets
// and shows either the pane or a plain message naming what this Excel lacks. On Microsoft's
// office.js: behind the simulated Excel with the requirement sets and language of the case, or
// in a page opened outside Office.
import "./dom-setup";
import { screen } from "@testing-library/react";
import { exampleBook } from "../../src/preview/example-book";
import { startExcel, stopExcel } from "../office-js/harness";
import { officeJs } from "../office-js/office-jsdom";

/**
 * Runs the entry as the page would. It is a module with side effects, loaded afresh per test
 * (isolateModules), so it renders with its own copy of React: not inside RTL's act(). The
 * queries below wait for the result instead.
 */
async function loadEntry(): Promise<void> {
  document.body.innerHTML = '<main id="container"><p role="status">Verdeelsleutel wordt geladen…</p></main>';
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a side-effect module, loaded afresh per test
    require("../../src/taskpane/index");
  });
}

const actEnvironment = globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let previousActEnvironment: boolean | undefined;
beforeEach(() => {
  previousActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = previousActEnvironment;
  stopExcel();
  document.body.innerHTML = "";
});

test("Excel without ExcelApi 1.9: a Dutch message that names the missing set, and no pane", async () => {
  await startExcel({ apiVersion: "1.8", displayLanguage: "nl-NL" });
  await loadEntry();
  expect(await screen.findByText("Deze versie van Excel is te oud")).toBeTruthy();
  expect(screen.getByText(/Verdeelsleutel heeft ExcelApi 1\.9 nodig/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Toepassen" })).toBeNull();
});

test("the same in English when Office speaks English", async () => {
  await startExcel({ apiVersion: "1.8", displayLanguage: "en-US" });
  await loadEntry();
  expect(await screen.findByText("This version of Excel is too old")).toBeTruthy();
  expect(screen.getByText(/Verdeelsleutel needs ExcelApi 1\.9/)).toBeTruthy();
});

test("opened outside Excel: says to open it from Excel (in English: outside Office there is no display language)", async () => {
  (globalThis as unknown as { Office: unknown }).Office = (await officeJs()).Office;
  await loadEntry();
  expect(await screen.findByText(/Open Verdeelsleutel from Excel/)).toBeTruthy();
});

test("a new enough Excel gets the pane, talking to Excel through the Office host", async () => {
  const { excel } = await startExcel({ apiVersion: "1.9", displayLanguage: "nl-NL" });
  exampleBook(excel);
  await loadEntry();
  expect(await screen.findByRole("button", { name: "Toepassen" })).toBeTruthy();
  expect(screen.getByRole("combobox", { name: "Verdeelschema" })).toBeTruthy();
  // The pane asked the Office host for the input, which office.js sent to Excel.
  expect(await screen.findByText("Blad Gemeenten, A1:C16: 15 gemeenten.")).toBeTruthy();
  expect(excel.stats.syncs).toBeGreaterThanOrEqual(2);
});
