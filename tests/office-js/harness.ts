// A simulated Excel with office.js in front of it, installed as the global `Excel` and `Office`
// the Office host uses: what every host test and task pane test starts from.
//
//   const { excel } = await startExcel({ apiVersion: "1.9" });
//   excel.addSheet("Gemeenten", rows);  … createOfficeHost() … excel.cell("Gemeenten", "D2")
import { SimulatedExcel, type SimulationOptions } from "../../src/simulated-excel";
import { officeJs, type OfficeJs } from "./office-jsdom";

export interface ExcelOptions extends Omit<SimulationOptions, "apiSets"> {
  /** Highest ExcelApi requirement set (default "1.9", the manifest's). */
  apiVersion?: string;
  /** Other requirement sets, name -> highest version. */
  otherSets?: Record<string, string>;
  /** Office's display language (default "nl-NL"). */
  displayLanguage?: string;
}

export interface ExcelHarness {
  excel: SimulatedExcel;
  office: OfficeJs;
  /**
   * The options of every Excel.run, in order. office.js 1.1.110 stops at ExcelApi 1.15 and
   * ignores Excel.run({ mergeUndoGroup: true }) (ExcelApi 1.20): it sends nothing for it, so the
   * harness records the options the host passes. This is the one behaviour checked beside the wire.
   */
  runs: { options: unknown }[];
  /** Reopens the document: office.js reads the settings the file holds again. */
  reopen(): Promise<void>;
}

let current: ExcelHarness | undefined;
const globals = globalThis as unknown as Record<string, unknown>;

function refreshSettings(office: OfficeJs): Promise<void> {
  return new Promise((resolve, reject) => {
    office.Office.context.document.settings.refreshAsync((r) => (String(r.status) === "succeeded" ? resolve() : reject(new Error(r.error?.message))));
  });
}

/** A fresh simulated Excel (empty workbook) behind office.js, and the globals installed. */
export async function startExcel(options: ExcelOptions = {}): Promise<ExcelHarness> {
  const { apiVersion = "1.9", otherSets = {}, displayLanguage = "nl-NL", ...simulation } = options;
  const apiSets = { ExcelApi: apiVersion, ...otherSets };
  const office = await officeJs({ displayLanguage, apiSets });
  const excel = new SimulatedExcel(office.members, { ...simulation, apiSets });
  office.use(excel);
  await refreshSettings(office);
  const runs: { options: unknown }[] = [];
  const real = office.Excel;
  const recording = Object.create(real) as Record<string, unknown>;
  recording.run = (...args: unknown[]) => {
    runs.push({ options: typeof args[0] === "function" ? undefined : (JSON.parse(JSON.stringify(args[0])) as unknown) });
    return (real.run as (...a: unknown[]) => unknown)(...args);
  };
  globals.Excel = recording;
  globals.Office = office.Office;
  current = { excel, office, runs, reopen: () => refreshSettings(office) };
  return current;
}

/** Removes the globals (after each test). */
export function stopExcel(): void {
  delete globals.Excel;
  delete globals.Office;
  current = undefined;
}

export function currentExcel(): ExcelHarness {
  if (!current) throw new Error("no simulated Excel started");
  return current;
}
