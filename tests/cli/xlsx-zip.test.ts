// The copy is packed with node:zlib instead of exceljs's JSZip: it must hold exactly the parts
// exceljs's own writer makes, byte for byte once unpacked, and be a valid zip (CRC-32s checked).
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeXlsxFile } from "../../src/cli/xlsx-zip";
import { readBook, richBook, tempDir } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

async function parts(data: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.set(entry.name, await entry.async("base64"));
  }
  return out;
}

async function sameAsExceljs(wb: ExcelJS.Workbook, name: string): Promise<void> {
  const reference = Buffer.from(await wb.xlsx.writeBuffer());
  const file = path.join(dir, name);
  await writeXlsxFile(wb, file, 1);
  const ours = await parts(await fs.readFile(file));
  const theirs = await parts(reference);
  expect([...ours.keys()]).toEqual([...theirs.keys()]);
  for (const [part, content] of theirs) {
    expect({ part, content: ours.get(part) }).toEqual({ part, content });
  }
}

describe("xlsx-zip: packing the copy with node:zlib", () => {
  test("a workbook built in code: the same parts as exceljs's writer, image from base64 included", async () => {
    await sameAsExceljs(richBook(), "built.xlsx");
  });

  test("a loaded workbook (as verdeel apply has it): the same parts, and exceljs reads it back", async () => {
    const source = path.join(dir, "source.xlsx");
    await richBook().xlsx.writeFile(source);
    const wb = await readBook(source);
    await sameAsExceljs(wb, "loaded.xlsx");

    const back = await readBook(path.join(dir, "loaded.xlsx"));
    const ws = back.getWorksheet("Gemeenten")!;
    expect(ws.getCell("A3").value).toBe("Weert €");
    expect(ws.getCell("D3").formula).toBe("B3*2");
    expect(ws.getCell("F1").isMerged).toBe(true);
    expect(ws.getImages()).toHaveLength(1);
    expect(back.getWorksheet("Verborgen")!.state).toBe("hidden");
    expect(back.getWorksheet("Verborgen")!.getCell("A1").value).toBe("=geen formule");
  });

  test("a sheet large enough that the XML pieces are joined while rendering: still the same parts", async () => {
    const wb = richBook();
    const ws = wb.addWorksheet("Groot");
    ws.headerFooter = { oddHeader: "&CVerdeelsleutel", oddFooter: "&P" };
    const euro = { numFmt: "€ #,##0.00" };
    for (let r = 1; r <= 4000; r++) {
      const row = ws.getRow(r);
      row.getCell(1).value = `Gemeente ${r} <&>`;
      row.getCell(2).value = `GM${String(r).padStart(4, "0")}`;
      row.getCell(3).value = r * 13;
      row.getCell(4).value = r * 0.08;
      row.getCell(4).style = euro;
      if (r % 100 === 0) row.getCell(5).value = { formula: `SUM(C${r - 99}:C${r})`, result: 0 };
      if (r % 250 === 0) row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    }
    await sameAsExceljs(wb, "large.xlsx");
  });

  test("deflate level 6 and an empty part give a valid archive too", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Leeg");
    const file = path.join(dir, "empty.xlsx");
    await writeXlsxFile(wb, file, 6);
    const read = await parts(await fs.readFile(file));
    expect(read.has("xl/worksheets/sheet1.xml")).toBe(true);
    expect((await readBook(file)).worksheets.map((w) => w.name)).toEqual(["Leeg"]);
  });
});
