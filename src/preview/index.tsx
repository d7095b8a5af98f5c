/// <reference types="office-js" />
// The preview page's entry (preview.html): the production Office host on Microsoft's office.js,
// with the simulated Excel behind it holding the example workbook, and the real task pane.
//   ?lang=en           English pane and sheet (default: Dutch)
//   ?rows=342          a synthetic workbook of that many municipalities instead (for measuring)
//   ?example=controle  the controle example (contributions filled in, one wrong) instead
//   ?example=gooi      the six Gooi en Vechtstreek municipalities (CBS 1-1-2020) instead
//   ?debug=wire        every request office.js sends, and the answer, in the console (office.js's debug build)
import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../excel/office-host";
import { checkRequirements } from "../excel/requirements";
import type { Lang } from "../host";
import { bookFor } from "./example-book";
import { startSimulatedExcel } from "./office-boot";
import { PreviewPage } from "./PreviewPage";

/** The Excel the preview emulates: ExcelApi 1.15, the newest set office.js 1.1.110 knows. */
export const PREVIEW_EXCEL_API = "1.15";

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const lang: Lang = params.get("lang") === "en" ? "en" : "nl";
  const debugWire = params.get("debug") === "wire";
  document.documentElement.lang = lang;
  const container = document.getElementById("container");
  if (!container) throw new Error("preview.html has no #container");
  const excel = await startSimulatedExcel({ displayLanguage: lang === "nl" ? "nl-NL" : "en-US", apiSets: { ExcelApi: PREVIEW_EXCEL_API } }, { debugWire, debugBuild: debugWire });
  bookFor(excel, params);
  const requirements = checkRequirements();
  if (!requirements.ok) throw new Error(`preview: the emulated Excel lacks ${requirements.missing.join(", ")}`);
  const host = createOfficeHost();
  // For people poking around in the console, and for the bench: the simulated Excel and the host.
  (window as unknown as { verdeelPreview: unknown }).verdeelPreview = { excel, host };
  createRoot(container).render(<PreviewPage host={host} excel={excel} lang={lang} />);
}

start().catch((e: unknown) => {
  console.error(e);
  const container = document.getElementById("container");
  if (container) container.textContent = `Het voorbeeld kon niet starten / The preview could not start: ${e instanceof Error ? e.message : String(e)}`;
});
