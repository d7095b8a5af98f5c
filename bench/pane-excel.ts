// The Excel the bench opens the production taskpane.html in: Excel for Windows emulated at
// window.external (the simulated Excel behind Microsoft's office.js, as on the preview page), with
// the example workbook. The bench builds this file on its own and injects it before any script of
// the page runs (Playwright's addInitScript), the way Excel is there before the add-in's page
// loads; taskpane.html and its scripts are the production build, unchanged. It also notes when
// the pane's Verdeelschema combobox first exists (window.verdeelBench.paneReady).
import { exampleBook } from "../src/preview/example-book";
import { installExcelBridge, readMemberTables, SimulatedExcel, type BridgeTarget } from "../src/simulated-excel";

/** The Excel the preview page emulates (src/preview/index.tsx): ExcelApi 1.15, the newest office.js 1.1.110 knows. */
const API_SETS = { ExcelApi: "1.15" };

/** Before office.js has loaded Excel's namespace: an empty document's settings, no request answered. */
const opening: BridgeTarget = {
  answer: () => ({ status: 5103, body: "" }),
  readSettings: () => ({}),
  writeSettings: () => undefined,
};

let excel: SimulatedExcel | undefined;
/** The simulated Excel, made from office.js's member tables once office.js has defined them. */
function target(): BridgeTarget {
  const namespace = (window as unknown as { Excel?: Record<string, unknown> }).Excel;
  if (!excel && namespace) excel = exampleBook(new SimulatedExcel(readMemberTables(namespace), { apiSets: API_SETS }));
  return excel ?? opening;
}

installExcelBridge(window, { displayLanguage: "nl-NL", apiSets: API_SETS }, target);

/** The first moment the combobox named Verdeelschema exists (performance.now(), ms from navigation). */
const bench: { paneReady?: number } = {};
(window as unknown as { verdeelBench: typeof bench }).verdeelBench = bench;

function isScheduleCombobox(el: Element): boolean {
  const ids = el.getAttribute("aria-labelledby")?.split(/\s+/) ?? [];
  const labelled = ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
  const labels = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? Array.from(el.labels ?? []).map((l) => l.textContent ?? "") : [];
  return [labelled, ...labels].some((text) => text.trim().startsWith("Verdeelschema"));
}

const observer = new MutationObserver(() => {
  // Fluent's Combobox (an input with role combobox) in older builds, a native select (role combobox) now.
  if (Array.from(document.querySelectorAll('[role="combobox"], select')).some(isScheduleCombobox)) {
    bench.paneReady = performance.now();
    observer.disconnect();
  }
});
observer.observe(document, { childList: true, subtree: true });
