/// <reference types="office-js" />
// The preview page's entry (preview.html): the production Office host on Microsoft's office.js,
// with the simulated Excel behind it holding the example workbook, and the real task pane.
//   ?lang=en           English pane and sheet (default: Dutch)
//   ?rows=342          a synthetic workbook of that many municipalities instead (for measuring)
//   ?example=controle  the controle example (contributions filled in, one wrong) instead, nml-2023 chosen
//   ?example=gooi      the six Gooi en Vechtstreek municipalities (CBS 1-1-2020) instead
//   ?select=F25        that cell selected when the workbook opens (default A1)
//   ?debug=wire        every request office.js sends, and the answer, in the console (office.js's debug build)
// Formulas typed into the sheet may call the worksheet functions (VERDEEL.*): worksheet-functions.ts.
import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../excel/office-host";
import { checkRequirements } from "../excel/requirements";
import { CHOICES_KEY } from "../excel/settings";
import type { Lang } from "../host";
import { bookFor } from "./example-book";
import { startSimulatedExcel } from "./office-boot";
import { PreviewPage } from "./PreviewPage";
import { useWorksheetFunctions } from "./worksheet-functions";

/** The Excel the preview emulates: ExcelApi 1.15, the newest set office.js 1.1.110 knows. */
export const PREVIEW_EXCEL_API = "1.15";

/**
 * The document settings the example opens with. The controle example's figures are nml-2023's:
 * chosen already, as a workbook that was filled in would remember (office.js keeps each setting
 * as JSON; the host's value is itself a JSON text).
 */
function openingSettings(params: URLSearchParams): Record<string, string> {
  return params.get("example") === "controle" ? { [CHOICES_KEY]: JSON.stringify(JSON.stringify({ scheduleId: "nml-2023" })) } : {};
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const lang: Lang = params.get("lang") === "en" ? "en" : "nl";
  const debugWire = params.get("debug") === "wire";
  document.documentElement.lang = lang;
  const container = document.getElementById("container");
  if (!container) throw new Error("preview.html has no #container");
  const excel = await startSimulatedExcel(
    { displayLanguage: lang === "nl" ? "nl-NL" : "en-US", apiSets: { ExcelApi: PREVIEW_EXCEL_API } },
    { debugWire, debugBuild: debugWire, settings: openingSettings(params) },
  );
  bookFor(excel, params);
  await useWorksheetFunctions(excel);
  const select = params.get("select");
  if (select && /^[A-Za-z]{1,3}[1-9]\d{0,6}$/.test(select)) excel.select(excel.book.activeSheet, select.toUpperCase());
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
