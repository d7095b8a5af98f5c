/** @jest-environment jsdom */
// The Office entry (src/taskpane/index.tsx): after Office.onReady it checks the requirement sets
// and shows either the pane or a plain message naming what this Excel lacks. `Office` is the
// global office.js provides; here a stand-in with just what the entry and its checks read.
import "./dom-setup";
import { screen } from "@testing-library/react";

type ReadyInfo = { host: string | null; platform: string | null };

function installOffice(options: { host: string | null; language: string; supported: (version: string) => boolean }): void {
  const office = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: options.language,
      requirements: { isSetSupported: (_set: string, version: string) => options.supported(version) },
      document: { settings: { get: () => null, set: () => undefined, saveAsync: () => undefined } },
    },
    onReady: (cb: (info: ReadyInfo) => void) => {
      cb({ host: options.host, platform: null });
      return Promise.resolve({ host: options.host, platform: null });
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
}

/**
 * Runs the entry as the page would. It is a module with side effects, loaded afresh per test
 * (isolateModules), so it renders with its own copy of React: not inside RTL's act(). The
 * queries below wait for the result instead.
 */
async function loadEntry(): Promise<void> {
  document.body.innerHTML = '<div id="container"><p role="status">Verdeelsleutel wordt geladen…</p></div>';
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
  delete (globalThis as unknown as { Office?: unknown }).Office;
  document.body.innerHTML = "";
});

test("Excel without ExcelApi 1.9: a Dutch message that names the missing set, and no pane", async () => {
  installOffice({ host: "Excel", language: "nl-NL", supported: () => false });
  await loadEntry();
  expect(await screen.findByText("Deze versie van Excel is te oud")).toBeTruthy();
  expect(screen.getByText(/Verdeelsleutel heeft ExcelApi 1\.9 nodig/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Toepassen" })).toBeNull();
});

test("the same in English when Office speaks English", async () => {
  installOffice({ host: "Excel", language: "en-US", supported: () => false });
  await loadEntry();
  expect(await screen.findByText("This version of Excel is too old")).toBeTruthy();
  expect(screen.getByText(/Verdeelsleutel needs ExcelApi 1\.9/)).toBeTruthy();
});

test("opened outside Excel: says to open it from Excel", async () => {
  installOffice({ host: null, language: "nl-NL", supported: () => true });
  await loadEntry();
  expect(await screen.findByText(/Open Verdeelsleutel vanuit Excel/)).toBeTruthy();
});

test("a new enough Excel gets the pane, talking to Excel through the Office host", async () => {
  installOffice({ host: "Excel", language: "nl-NL", supported: (v) => Number(v) <= 1.9 });
  const run = jest.fn(() => Promise.reject(new Error("Excel.run is niet beschikbaar in deze test")));
  (globalThis as unknown as { Excel: unknown }).Excel = { run };
  try {
    await loadEntry();
    expect(await screen.findByRole("button", { name: "Toepassen" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Verdeelschema" })).toBeTruthy();
    // The pane asked the Office host for the input, which went to Excel.run.
    expect(run).toHaveBeenCalled();
    expect(await screen.findByText(/De gegevens konden niet worden gelezen/)).toBeTruthy();
  } finally {
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
  }
});
