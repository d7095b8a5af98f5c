// Opening an .xlsx file with exceljs, with a message naming the file when it cannot be read.
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { CliError } from "./errors";
import { tr, type Lang } from "./lang";
import { repairLoadedTables } from "./xlsx-tables";
import { loadXlsx } from "./xlsx-unzip";

/** The first bytes of a zip file; every .xlsx is one. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: an old .xls, or an .xlsx encrypted with a password. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function readWorkbook(file: string, shown: string, lang: Lang): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) {
      throw new CliError(tr(lang, `${shown} is een map, geen .xlsx-bestand.`, `${shown} is a folder, not an .xlsx file.`));
    }
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new CliError(tr(lang, `Bestand ${shown} bestaat niet.`, `File ${shown} does not exist.`));
    }
    throw new CliError(tr(lang, `Kan ${shown} niet lezen (${code ?? String(e)}).`, `Cannot read ${shown} (${code ?? String(e)}).`));
  }
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new CliError(
      tr(
        lang,
        `${shown} is geen .xlsx-werkmap: het is een oud .xls-bestand of een met een wachtwoord versleutelde werkmap. Sla het in Excel op als .xlsx zonder wachtwoord.`,
        `${shown} is not an .xlsx workbook: it is an old .xls file or a password-encrypted workbook. Save it in Excel as .xlsx without a password.`,
      ),
    );
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new CliError(tr(lang, `${shown} is geen .xlsx-werkmap (leeg, beschadigd of een ander soort bestand).`, `${shown} is not an .xlsx workbook (empty, damaged or another kind of file).`));
  }
  const wb = new ExcelJS.Workbook();
  try {
    await loadXlsx(wb, data);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(tr(lang, `${shown} is geen leesbare .xlsx-werkmap (${why}).`, `${shown} is not a readable .xlsx workbook (${why}).`));
  }
  if (wb.worksheets.length === 0) {
    throw new CliError(tr(lang, `${shown} bevat geen werkbladen.`, `${shown} contains no worksheets.`));
  }
  repairLoadedTables(wb);
  return wb;
}

export function isVisible(ws: ExcelJS.Worksheet): boolean {
  return ws.state !== "hidden" && ws.state !== "veryHidden";
}

/** The sheet the user named with --sheet (exact name first, then case-insensitive). */
export function sheetByName(wb: ExcelJS.Workbook, name: string, shown: string, lang: Lang): ExcelJS.Worksheet {
  const exact = wb.worksheets.find((ws) => ws.name === name);
  if (exact) return exact;
  const folded = wb.worksheets.filter((ws) => ws.name.toLowerCase() === name.trim().toLowerCase());
  if (folded.length === 1) return folded[0];
  const list = wb.worksheets.map((ws) => `"${ws.name}"`).join(", ");
  throw new CliError(
    tr(lang, `${shown} heeft geen werkblad "${name}". Werkbladen: ${list}.`, `${shown} has no sheet "${name}". Sheets: ${list}.`),
  );
}
