// Writes the example workbooks of examples/README.md with exceljs:
//   noord-midden-limburg.xlsx          the 15 municipalities of Noord- en Midden-Limburg
//   noord-midden-limburg-controle.xlsx the same with the nml-2023 contributions filled in,
//                                      one of them wrong on purpose (Venlo's "uitbreiding")
// Run: VERDEEL_UPDATE_EXAMPLES=1 npx jest tests/cli/examples.test.ts
// The files are deterministic: fixed workbook dates, and fixed dates inside the zip.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CONTROLE_ERROR, CONTROLE_FORMAT, EXAMPLE_NOTE, NML_MUNICIPALITIES, nml2023, populationOrigin } from "../src/preview/example-data";

// The figures themselves live in one pure module shared with the preview page.
export { CONTROLE_ERROR, NML_MUNICIPALITIES, nml2023, type ExampleMunicipality } from "../src/preview/example-data";

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 12, 0, 0));
const NOTE = EXAMPLE_NOTE;
const EURO_WHOLE = CONTROLE_FORMAT;

/** A workbook with fixed metadata and a sheet `Gemeenten` with these columns, headers bold. */
export function newWorkbook(columns: Partial<ExcelJS.Column>[]): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Verdeelsleutel";
  wb.lastModifiedBy = "Verdeelsleutel";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet("Gemeenten");
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  return { wb, ws };
}

function baseWorkbook(): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const { wb, ws } = newWorkbook([
    { header: "Gemeente", key: "name", width: 22 },
    { header: "Gemeentecode", key: "code", width: 14 },
    { header: "Inwoners", key: "population", width: 12 },
  ]);
  for (const m of NML_MUNICIPALITIES) {
    ws.addRow({ name: m.name, code: m.code, population: m.population });
  }
  ws.getColumn(3).numFmt = "#,##0";
  return { wb, ws };
}

function addSourceSheet(wb: ExcelJS.Workbook): void {
  const bron = wb.addWorksheet("Bron");
  bron.getColumn(1).width = 22;
  bron.getColumn(2).width = 16;
  bron.getColumn(3).width = 60;
  bron.addRow(["Gemeente", "Inwoners", "Herkomst van het inwonertal"]).font = { bold: true };
  for (const m of NML_MUNICIPALITIES) {
    bron.addRow([
      m.name,
      m.population,
      populationOrigin(m),
    ]);
  }
}

/** The note goes two rows below the table, so it is not part of the data block. */
function addNote(ws: ExcelJS.Worksheet): void {
  const row = NML_MUNICIPALITIES.length + 3;
  ws.getCell(`A${row}`).value = NOTE;
  ws.getCell(`A${row}`).font = { italic: true };
}

/** Writes a workbook with fixed dates in the zip, so the bytes are the same every time. */
export async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  // exceljs stamps every zip entry with the current time; fix them so the bytes are stable.
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).sort();
  const out = new JSZip();
  for (const name of names) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  const bytes = await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });
  await fs.writeFile(file, bytes);
}

export async function makeExamples(dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const plainFile = path.join(dir, "noord-midden-limburg.xlsx");
  {
    const { wb, ws } = baseWorkbook();
    addNote(ws);
    addSourceSheet(wb);
    await save(wb, plainFile);
  }
  const controleFile = path.join(dir, "noord-midden-limburg-controle.xlsx");
  {
    const { wb, ws } = baseWorkbook();
    const headers = ["Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"];
    headers.forEach((h, i) => {
      const cell = ws.getRow(1).getCell(4 + i);
      cell.value = h;
      cell.font = { bold: true };
      ws.getColumn(4 + i).width = 26;
    });
    NML_MUNICIPALITIES.forEach((m, i) => {
      const row = ws.getRow(2 + i);
      const f = nml2023(m.population);
      const uitbreiding = m.name === CONTROLE_ERROR.name ? CONTROLE_ERROR.wrong : f.uitbreiding;
      row.getCell(4).value = f.basis;
      row.getCell(5).value = uitbreiding;
      row.getCell(6).value = f.totaal;
      for (const c of [4, 5, 6]) row.getCell(c).numFmt = EURO_WHOLE;
    });
    addNote(ws);
    addSourceSheet(wb);
    await save(wb, controleFile);
  }
  return [plainFile, controleFile];
}

if (require.main === module) {
  makeExamples(path.join(__dirname)).then(
    (files) => process.stdout.write(files.map((f) => `written: ${f}\n`).join("")),
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
