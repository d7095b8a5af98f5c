// Helpers for the command's end-to-end tests: real .xlsx files in a temp folder, the command
// run in-process, files read back with exceljs.
import { createHash } from "node:crypto";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, Grid } from "../../src/workbook/types";

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "verdeel-cli-"));
}

export type Row = (ExcelJS.CellValue | undefined)[];

/** Writes a one-sheet workbook; `build` may change the sheet further. */
export async function writeBook(
  file: string,
  rows: Row[],
  build?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void>,
  sheetName = "Gemeenten",
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== undefined) row.getCell(j + 1).value = v;
    });
  });
  if (build) await build(ws, wb);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export function exists(file: string): boolean {
  return existsSync(file);
}

/** The value of a cell, with formulas as {formula, result} like exceljs. */
export function value(ws: ExcelJS.Worksheet, address: string): ExcelJS.CellValue {
  return ws.getCell(address).value;
}

/** All files in a folder (to prove nothing else was written). */
export async function listDir(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

/** Populations for the 17 NHN municipalities of 2019: illustrative round figures. */
export const NHN_2019: [string, number][] = [
  ["Alkmaar", 109000],
  ["Bergen (NH)", 30000],
  ["Castricum", 36000],
  ["Den Helder", 56000],
  ["Drechterland", 19700],
  ["Enkhuizen", 18500],
  ["Heerhugowaard", 56000],
  ["Heiloo", 23000],
  ["Hollands Kroon", 48000],
  ["Hoorn", 73000],
  ["Koggenland", 23000],
  ["Langedijk", 28000],
  ["Medemblik", 45000],
  ["Opmeer", 11700],
  ["Schagen", 46000],
  ["Stede Broec", 21800],
  ["Texel", 13600],
];

/**
 * Makes an exceljs-written table look as Excel writes it: Excel leaves out headerRowCount="1"
 * and hiddenButton="0" (the defaults), which exceljs 4.4 then misreads on load.
 */
export async function likeExcelWroteIt(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/ headerRowCount="1"/, "").replace(/ hiddenButton="0"/g, ""));
  }
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/** A workbook whose sheet Gemeenten holds one Excel table (Gemeente, Inwoners at A1), as Excel writes it. */
export async function writeTableBook(file: string, tableName: string, rows: [string, number][]): Promise<void> {
  await writeBook(file, [], (ws) => {
    ws.addTable({
      name: tableName,
      ref: "A1",
      columns: [{ name: "Gemeente", filterButton: true }, { name: "Inwoners", filterButton: true }],
      rows,
    });
  });
  await likeExcelWroteIt(file);
}

/** A 1×1 PNG. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/** A workbook with most of what a copy has to keep. */
export function richBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2023, 10, 1, 9, 30));
  wb.modified = new Date(Date.UTC(2023, 10, 2, 10, 45));
  const ws = wb.addWorksheet("Gemeenten", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addTable({
    name: "Inwoners",
    ref: "A1",
    columns: [{ name: "Gemeente", filterButton: true }, { name: "Inwoners", filterButton: true }],
    rows: [
      ["Beesel", 13478],
      ["Weert €", 50020],
    ],
  });
  ws.getCell("B2").numFmt = "#,##0";
  ws.getCell("D1").value = { formula: "SUM(B2:B3)", result: 63498 };
  ws.getCell("D2").value = { formula: "B2*2", result: 26956 };
  ws.getCell("D3").value = { sharedFormula: "D2", result: 100040 };
  ws.getCell("F1").value = "Samengevoegd";
  ws.mergeCells("F1:G2");
  ws.getCell("F1").font = { bold: true, color: { argb: "FFAA0000" } };
  ws.getCell("F1").note = "Een opmerking";
  ws.getCell("H1").value = { text: "CBS", hyperlink: "https://www.cbs.nl/" };
  ws.getCell("I2").dataValidation = { type: "whole", operator: "greaterThan", formulae: [0] };
  ws.addConditionalFormatting({
    ref: "B2:B3",
    rules: [{ type: "cellIs", operator: "greaterThan", formulae: [20000], priority: 1, style: { font: { italic: true } } }],
  });
  ws.getColumn(1).width = 24;
  const image = wb.addImage({ base64: `data:image/png;base64,${PNG}`, extension: "png" });
  ws.addImage(image, "K2:L4");
  const hidden = wb.addWorksheet("Verborgen", { state: "hidden" });
  hidden.getCell("A1").value = "=geen formule";
  hidden.getCell("A2").value = new Date(Date.UTC(2023, 0, 1));
  wb.definedNames.add("Gemeenten!$A$2:$A$3", "Namen");
  return wb;
}

/**
 * A sheet read by exceljs (not the command's reader) as the workbook layer's Grid: values only,
 * a formula cell giving its cached result. For computing expected figures independently.
 */
export function exceljsGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      let v: unknown = cell.value;
      if (v && typeof v === "object" && "result" in v) v = (v as { result: unknown }).result;
      if (v && typeof v === "object" && "richText" in v) v = (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join("");
      line[c - 1] = (v ?? null) as CellValue;
    });
    for (let c = 0; c < line.length; c++) line[c] ??= null;
    values[r - 1] = line;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { sheet: ws.name, top: 0, left: 0, values };
}

/**
 * The audit sheet as both hosts lay it out (src/workbook/audit-layout.ts): row 1 holds the
 * labels, then one row per action; each row as label -> value (empty cells left out).
 */
export function auditRecords(ws: ExcelJS.Worksheet): Record<string, string>[] {
  const header = new Map<number, string>();
  ws.getRow(1).eachCell((cell, col) => header.set(col, String(cell.value)));
  const records: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const record: Record<string, string> = {};
    row.eachCell((cell, col) => {
      record[header.get(col) ?? `(column ${col})`] = String(cell.value);
    });
    records.push(record);
  });
  return records;
}

/** A moment as the audit sheet shows it in Dutch, local time: "1-3-2024 10:30" (computed here, not by the product). */
export function dutchLocalTime(d: Date): string {
  return `${d.getDate()}-${d.getMonth() + 1}-${d.getFullYear()} ${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}
