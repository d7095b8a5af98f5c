// The input is unpacked with node:zlib while exceljs loads it: the workbook must come out as
// exceljs alone loads it, and anything unusual is left to JSZip.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../src/cli/xlsx-read";
import { loadXlsx, openZip } from "../../src/cli/xlsx-unzip";
import { writeXlsxFile } from "../../src/cli/xlsx-zip";
import { richBook, tempDir, writeTableBook } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterEach(() => {
  jest.restoreAllMocks();
});

async function loadBoth(data: Buffer): Promise<{ ours: ExcelJS.Workbook; theirs: ExcelJS.Workbook; jszipCalls: number }> {
  const theirs = new ExcelJS.Workbook();
  await theirs.xlsx.load(data as unknown as ArrayBuffer);
  const spy = jest.spyOn(JSZip, "loadAsync");
  const ours = new ExcelJS.Workbook();
  await loadXlsx(ours, data);
  return { ours, theirs, jszipCalls: spy.mock.calls.length };
}

describe("xlsx-unzip: reading the input with node:zlib", () => {
  test("a workbook with sheets, styles, table, merges, formulas, comment, image: loaded as exceljs loads it", async () => {
    const data = Buffer.from(await richBook().xlsx.writeBuffer());
    const { ours, theirs, jszipCalls } = await loadBoth(data);
    expect(jszipCalls).toBe(0);
    expect(ours.model).toEqual(theirs.model);
    expect(ours.getWorksheet("Gemeenten")!.getCell("A3").value).toBe("Weert €");
  });

  test("a table as Excel writes it", async () => {
    const file = path.join(dir, "table.xlsx");
    await writeTableBook(file, "Inwoners", [
      ["Beesel", 13478],
      ["Weert", 50020],
    ]);
    const { ours, theirs, jszipCalls } = await loadBoth(await fs.readFile(file));
    expect(jszipCalls).toBe(0);
    expect(ours.model).toEqual(theirs.model);
  });

  test("a zip without folder entries (as Excel and verdeel write them)", async () => {
    const file = path.join(dir, "no-folders.xlsx");
    await writeXlsxFile(richBook(), file, 1);
    const data = await fs.readFile(file);
    expect(Object.keys(openZip(data)!.files).filter((n) => n.endsWith("/"))).toEqual([]);
    const { ours, theirs, jszipCalls } = await loadBoth(data);
    expect(jszipCalls).toBe(0);
    expect(ours.model).toEqual(theirs.model);
  });

  test("stored (uncompressed) parts are read too", async () => {
    const zip = await JSZip.loadAsync(await richBook().xlsx.writeBuffer());
    const data = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const { ours, theirs, jszipCalls } = await loadBoth(data);
    expect(jszipCalls).toBe(0);
    expect(ours.model).toEqual(theirs.model);
  });

  test("a part with a name this reader leaves alone (non-ASCII): JSZip reads the whole file", async () => {
    const zip = await JSZip.loadAsync(await richBook().xlsx.writeBuffer());
    zip.file("customXml/bijlage-é.xml", "<x/>");
    const data = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(openZip(data)).toBeUndefined();
    const { ours, theirs, jszipCalls } = await loadBoth(data);
    expect(jszipCalls).toBe(1);
    expect(ours.model).toEqual(theirs.model);
  });

  test("not a plain zip: encrypted flag, unknown method, a name JSZip would change, truncated: left to JSZip", async () => {
    const good = Buffer.from(await richBook().xlsx.writeBuffer());
    expect(openZip(good)).toBeDefined();
    const central = good.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const encrypted = Buffer.from(good);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(central + 8) | 1, central + 8);
    expect(openZip(encrypted)).toBeUndefined();
    const bzip2 = Buffer.from(good);
    bzip2.writeUInt16LE(12, central + 10);
    expect(openZip(bzip2)).toBeUndefined();
    const renamed = Buffer.from(good);
    renamed.write("xl//tyles.xml", renamed.indexOf("xl/styles.xml", central), "latin1"); // JSZip would make it xl/tyles.xml
    expect(openZip(renamed)).toBeUndefined();
    expect(openZip(good.subarray(0, good.length - 30))).toBeUndefined();
    expect(openZip(Buffer.alloc(10))).toBeUndefined();
  });

  test("damaged packed data: exit-2 message naming the file", async () => {
    const data = Buffer.from(await richBook().xlsx.writeBuffer());
    const zip = openZip(data)!;
    expect(zip.files["xl/worksheets/sheet1.xml"]).toBeDefined();
    // Overwrite the middle of the first part's data with garbage.
    const damaged = Buffer.from(data);
    damaged.fill(0xff, 60, 200);
    const file = path.join(dir, "kapot.xlsx");
    await fs.writeFile(file, damaged);
    await expect(readWorkbook(file, "kapot.xlsx", "nl")).rejects.toThrow(/kapot\.xlsx is geen leesbare \.xlsx-werkmap/);
  });
});
