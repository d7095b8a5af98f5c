// The preview page's Excel: Microsoft's office.js, unmodified, loaded from node_modules (the
// preview server and the dev server serve node_modules/@microsoft/office-js/dist as office-js/),
// in front of the simulated Excel, reached through an emulated Excel for Windows at
// window.external. Only the preview page loads this; the add-in's production build never
// contains office.js or the simulation.
import { installExcelBridge, readMemberTables, SimulatedExcel, type BridgeTarget, type ExcelHostInfo, type WireExchange } from "../simulated-excel";

/** Where the page finds office.js (relative to the page). */
export const OFFICE_JS_PATH = "office-js/";

/** Before the workbook exists: the document's settings (office.js reads them as it starts), and no request answered. */
function openingDocument(settings: Record<string, string>): BridgeTarget {
  return {
    answer: () => {
      throw new Error("preview: the simulated Excel is not ready yet");
    },
    readSettings: () => ({ ...settings }),
    writeSettings: () => {
      throw new Error("preview: the simulated Excel is not ready yet");
    },
  };
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`preview: ${src} did not load (is the page served by scripts/serve-preview.js or the dev server?)`));
    document.head.appendChild(script);
  });
}

/** Logs each request and answer in the page's console (?debug=wire). */
function logWire(x: WireExchange): void {
  const answer = x.status === 0 ? (JSON.parse(x.response) as unknown) : `status ${x.status}`;
  console.debug("[simulated Excel] request", JSON.parse(x.request), "answer", answer);
}

/**
 * Emulates Excel, loads office.js and waits for Office.onReady; resolves with the simulated Excel
 * that answers it (empty: the caller builds the workbook).
 */
export async function startSimulatedExcel(
  host: ExcelHostInfo,
  options: { debugWire?: boolean; debugBuild?: boolean; settings?: Record<string, string> } = {},
): Promise<SimulatedExcel> {
  const settings = options.settings ?? {};
  let target: BridgeTarget = openingDocument(settings);
  installExcelBridge(window, host, () => target);
  await loadScript(`${OFFICE_JS_PATH}${options.debugBuild ? "office.debug.js" : "office.js"}`);
  await Office.onReady();
  const excel = new SimulatedExcel(readMemberTables(Excel as unknown as Record<string, unknown>), { apiSets: host.apiSets });
  excel.settings = { ...settings };
  if (options.debugWire) excel.onWire = logWire;
  target = excel;
  return excel;
}
