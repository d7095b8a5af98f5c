// The report workbook of `verdeel verify --out REPORT.xlsx`: one sheet "Controle" with what was
// checked against what, the summary, and one row per mismatch.
import ExcelJS from "exceljs";
import { localize } from "../allocation";
import type { Schedule } from "../allocation/types";
import type { VerifyMismatchRow } from "../workbook";
import { tr, type Lang } from "./lang";
import { saveWorkbook } from "./xlsx-write";

export const CONTROL_SHEET = "Controle";


export interface ControlReportInput {
  lang: Lang;
  now: Date;
  book: string;
  sheet: string;
  schedule: Schedule;
  scheduleOrigin: string;
  tolerance: string;
  report: { checked: number; matched: number; mismatches: VerifyMismatchRow[]; sumOfDifferences: string };
  summary: string;
  version: string;
}

function euroFormat(schedule: Schedule): string {
  return schedule.rounding.unit === "cent" ? '"€" #,##0.00;"€" -#,##0.00' : '"€" #,##0;"€" -#,##0';
}

export async function writeControlReport(file: string, input: ControlReportInput): Promise<void> {
  const { lang, schedule, report } = input;
  const wb = new ExcelJS.Workbook();
  wb.creator = `verdeel ${input.version}`;
  wb.created = input.now;
  wb.modified = input.now;
  const ws = wb.addWorksheet(CONTROL_SHEET);
  ws.getColumn(1).width = 30;
  for (let c = 2; c <= 7; c++) ws.getColumn(c).width = 20;
  const fmt = euroFormat(schedule);
  const label = (r: number, text: string, value: string | number | Date, numFmt?: string): void => {
    const row = ws.getRow(r);
    row.getCell(1).value = text;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    if (numFmt) row.getCell(2).numFmt = numFmt;
  };
  ws.getCell("A1").value = tr(lang, "Controle van bijdragen", "Check of contributions");
  ws.getCell("A1").font = { bold: true, size: 14 };
  let r = 3;
  label(r++, tr(lang, "Datum", "Date"), input.now, "dd-mm-yyyy hh:mm");
  label(r++, tr(lang, "Werkmap", "Workbook"), input.book);
  label(r++, tr(lang, "Werkblad", "Sheet"), input.sheet);
  label(r++, tr(lang, "Verdeelsleutel", "Schedule"), `${schedule.id}: ${localize(schedule.title, lang)}`);
  label(r++, tr(lang, "Bron van de verdeelsleutel", "Source of the schedule"), schedule.source);
  label(r++, tr(lang, "Verdeelsleutel geladen uit", "Schedule loaded from"), input.scheduleOrigin === "bundled" ? tr(lang, "meegeleverd", "bundled") : input.scheduleOrigin);
  label(r++, tr(lang, "Tolerantie", "Tolerance"), Number(input.tolerance), fmt);
  label(r++, tr(lang, "Gecontroleerd", "Checked"), report.checked);
  label(r++, tr(lang, "Akkoord", "Matched"), report.matched);
  label(r++, tr(lang, "Afwijkingen", "Mismatches"), report.mismatches.length);
  label(r++, tr(lang, "Som van de verschillen", "Sum of differences"), Number(report.sumOfDifferences), fmt);
  label(r++, tr(lang, "Samenvatting", "Summary"), input.summary);
  label(r++, tr(lang, "Versie van verdeel", "verdeel version"), input.version);
  r++;
  const headers = [
    tr(lang, "Cel", "Cell"),
    tr(lang, "Rij", "Row"),
    tr(lang, "Gemeente", "Municipality"),
    tr(lang, "Onderdeel", "Component"),
    tr(lang, "Verwacht", "Expected"),
    tr(lang, "Gevonden", "Found"),
    tr(lang, "Verschil", "Difference"),
  ];
  const head = ws.getRow(r++);
  headers.forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).font = { bold: true };
  });
  if (report.mismatches.length === 0) {
    ws.getRow(r).getCell(1).value = tr(lang, "Geen afwijkingen.", "No mismatches.");
  }
  for (const m of report.mismatches) {
    const row = ws.getRow(r++);
    row.getCell(1).value = `${input.sheet}!${m.cell}`;
    row.getCell(2).value = m.row;
    row.getCell(3).value = m.name;
    row.getCell(4).value = m.component;
    row.getCell(5).value = Number(m.expected);
    row.getCell(5).numFmt = fmt;
    if (m.found !== null) {
      row.getCell(6).value = Number(m.found);
      row.getCell(6).numFmt = fmt;
    } else {
      row.getCell(6).value = tr(lang, "(geen getal)", "(no number)");
    }
    if (m.difference !== null) {
      row.getCell(7).value = Number(m.difference);
      row.getCell(7).numFmt = fmt;
    }
  }
  await saveWorkbook(wb, file);
}
