// Shared setup for the Office.js host tests: the simulated Excel behind Microsoft's office.js
// (tests/office-js/), installed as the globals, and plans made by the real workbook layer and
// allocation core from what the host read.
import { allocate } from "../../src/allocation";
import type { Schedule } from "../../src/allocation/types";
import { createOfficeHost } from "../../src/excel/office-host";
import type { InputRead, WorkbookHost } from "../../src/host";
import type { OfficeHostOptions } from "../../src/excel/host-options";
import { findSchedule } from "../../src/schedules";
import type { CellInput, SimulatedExcel } from "../../src/simulated-excel";
import { detectTable, planApply, toMunicipalities } from "../../src/workbook";
import type { DetectedTable, Grid, WritePlan } from "../../src/workbook/types";
import { startExcel, stopExcel, type ExcelHarness, type ExcelOptions } from "../office-js/harness";

/** 1 March 2024, 10:00 local time (the audit shows local time). */
export const NOW = new Date(2024, 2, 1, 10, 0);

export function schedule(id: string): Schedule {
  const s = findSchedule(id);
  if (!s) throw new Error(`no schedule ${id}`);
  return s;
}

/** Noord- en Midden-Limburg as in the example workbook (Beesel and Weert as in the seeds). */
export const NML_ROWS: CellInput[][] = [
  ["Gemeente", "Gemeentecode", "Inwoners"],
  ["Beesel", "GM0889", 13478],
  ["Bergen (L.)", "GM0893", 13100],
  ["Gennep", "GM0907", 17200],
  ["Horst aan de Maas", "GM1507", 42800],
  ["Leudal", "GM1640", 36300],
  ["Maasgouw", "GM1641", 23800],
  ["Mook en Middelaar", "GM0944", 7800],
  ["Nederweert", "GM0946", 17300],
  ["Peel en Maas", "GM1894", 43800],
  ["Roerdalen", "GM1669", 20700],
  ["Roermond", "GM0957", 58700],
  ["Venlo", "GM0983", 102300],
  ["Venray", "GM0984", 44700],
  ["Weert", "GM0988", 50020],
  ["Echt-Susteren", "GM1711", 31700],
];

/** A header and `n` municipalities with distinct names, codes and populations. */
export function manyRows(n: number): CellInput[][] {
  const rows: CellInput[][] = [["Gemeente", "Gemeentecode", "Inwoners"]];
  for (let i = 1; i <= n; i++) rows.push([`Gemeente ${i}`, `GM${String(i).padStart(4, "0")}`, 1000 + ((i * 7919) % 90000)]);
  return rows;
}

export interface Setup {
  excel: SimulatedExcel;
  host: WorkbookHost;
  harness: ExcelHarness;
}

/** A simulated Excel with one sheet "Gemeenten" (A1 selected) behind office.js, and a host on it. */
export async function setup(rows: CellInput[][] = NML_ROWS, options: ExcelOptions = {}, hostOptions: OfficeHostOptions = {}): Promise<Setup> {
  const harness = await startExcel(options);
  harness.excel.addSheet("Gemeenten", rows);
  harness.excel.select("Gemeenten", "A1");
  return { excel: harness.excel, host: createOfficeHost(hostOptions), harness };
}

export const teardown = stopExcel;

export function detect(grid: Grid): DetectedTable {
  const r = detectTable(grid);
  if (!r.table) throw new Error(`nothing detected: ${JSON.stringify(r.findings.slice(0, 3))}`);
  return r.table;
}

/** The real path: the grid the host read -> detect -> allocate -> planApply. */
export function planFor(input: InputRead, scheduleId = "nml-2023", budgetLines: Record<string, string> = {}): WritePlan {
  const table = detect(input.grid);
  const s = schedule(scheduleId);
  const allocation = allocate(s, toMunicipalities(table));
  const lines: Record<string, string> = {};
  for (const c of s.components) if (c.budgetLine) lines[c.id] = c.budgetLine;
  return planApply({ grid: input.grid, table, allocation, budgetLines: { ...lines, ...budgetLines }, lang: "nl", toolVersion: "0.1.0-test", now: NOW });
}

/** Syncs (requests of the add-in, not office.js's clean-up requests) one host call takes. */
export async function countSyncs<T>(excel: SimulatedExcel, f: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = excel.stats.syncs;
  const result = await f();
  return { result, syncs: excel.stats.syncs - before };
}
