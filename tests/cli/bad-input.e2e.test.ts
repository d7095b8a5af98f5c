// Bad input and edges found on real workbooks (issue 8): each one exit 2 with a message naming
// the file, sheet and cell, nothing written and the input unchanged; or exit 0 with a correct
// copy. Never a stack trace, never "unexpected error", never a parser's own English text.
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { listDir, readBook, sha256, tempDir, writeBook, type Row } from "./helpers";
import { verdeel } from "./run";

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});

const HEADER: Row = ["Gemeente", "Inwoners"];
const ROWS: Row[] = [HEADER, ["Beesel", 13478], ["Weert", 50020]];

/** Runs apply on `file` (in dir) and checks the refusal: exit 2, the texts in the message, nothing written, input unchanged. */
async function refused(file: string, args: string[], ...texts: (string | RegExp)[]): Promise<string> {
  const before = sha256(path.join(dir, file));
  const listed = await listDir(dir);
  const r = await verdeel(["apply", file, ...args], dir);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(/onverwachte fout|unexpected|\n\s+at |Error:/);
  for (const t of texts) expect(r.stderr).toMatch(t);
  expect(await listDir(dir)).toEqual(listed);
  expect(sha256(path.join(dir, file))).toBe(before);
  return r.stderr;
}

describe("the sheet: no room, other tables", () => {
  test("a table in columns XFC:XFD: no room to the right, refused naming XFD", async () => {
    await writeBook(path.join(dir, "rand.xlsx"), [], (ws) => {
      ws.addTable({ name: "Rand", ref: "XFC1", columns: [{ name: "Gemeente" }, { name: "Inwoners" }], rows: [["Beesel", 13478]] });
    });
    await refused("rand.xlsx", ["--schedule", "limburg-2020"], "rand.xlsx, werkblad Gemeenten", /XFD1/, /laatste kolom/);
  });

  test("a table that ends on row 1,048,576: the totals row would go below Excel's last row", async () => {
    await writeBook(path.join(dir, "onder.xlsx"), [], (ws) => {
      ws.addTable({ name: "Onder", ref: "A1048574", columns: [{ name: "Gemeente" }, { name: "Inwoners" }], rows: [["Beesel", 13478], ["Weert", 50020]] });
    });
    await refused("onder.xlsx", ["--schedule", "limburg-2020"], "werkblad Gemeenten", /rij 1\.048\.577/, /laatste rij van Excel/);
  });

  test("new columns that would run into another table are refused, naming the table", async () => {
    await writeBook(path.join(dir, "buren.xlsx"), ROWS, (ws) => {
      ws.addTable({ name: "Buurtabel", ref: "D1", columns: [{ name: "Post" }, { name: "Bedrag" }], rows: [["a", 1]] });
    });
    await refused("buren.xlsx", ["--schedule", "nml-2023"], /tabel Buurtabel \(D1:E2\)/, /cel D1/);
  });

  test("a user sheet named verantwoording (lower case): the audit row goes on it, beside and below the user's cells, no second sheet of that name", async () => {
    await writeBook(path.join(dir, "klein.xlsx"), ROWS, (_ws, wb) => {
      wb.addWorksheet("verantwoording").getCell("A1").value = "eigen notitie";
    });
    const r = await verdeel(["apply", "klein.xlsx", "--schedule", "limburg-2020"], dir);
    expect(r.code).toBe(0);
    const wb = await readBook(path.join(dir, "klein.verdeeld.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Gemeenten", "verantwoording"]);
    expect(wb.getWorksheet("verantwoording")!.getCell("A1").value).toBe("eigen notitie");
    // Its row 1 holds no audit labels: they go right of the used cells, the values below them.
    const ws = wb.getWorksheet("verantwoording")!;
    expect([ws.getCell("B1").value, ws.getCell("A2").value]).toEqual(["Tijdstip", null]);
    expect(String(ws.getCell("C2").value)).toMatch(/^limburg-2020 — /);
  });
});

describe("the output path", () => {
  test("a name too long for the file system: a plain message, nothing written", async () => {
    await writeBook(path.join(dir, "b.xlsx"), ROWS);
    await refused("b.xlsx", ["--schedule", "limburg-2020", "--out", `${"x".repeat(300)}.xlsx`], /Kan x+\.xlsx niet schrijven: de naam is te lang/);
  });

  test("--out under /proc: a plain message, nothing written", async () => {
    await writeBook(path.join(dir, "b.xlsx"), ROWS);
    await refused("b.xlsx", ["--schedule", "limburg-2020", "--out", "/proc/verdeeld.xlsx"], /Kan \/proc\/verdeeld\.xlsx niet schrijven/, /er is niets geschreven/);
  });
});

describe("files that are something else or damaged", () => {
  async function zipFile(name: string, files: Record<string, string>, compression: "STORE" | "DEFLATE" = "DEFLATE"): Promise<void> {
    const zip = new JSZip();
    for (const [n, t] of Object.entries(files)) zip.file(n, t);
    await fs.writeFile(path.join(dir, name), await zip.generateAsync({ type: "nodebuffer", compression }));
  }

  test("an OpenDocument spreadsheet renamed to .xlsx says it is an .ods", async () => {
    await zipFile("ods.xlsx", { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" });
    await refused("ods.xlsx", ["--schedule", "limburg-2020"], /ods\.xlsx is een OpenDocument-rekenblad \(\.ods\)/);
  });

  test.each([
    ["xlsb", "xl/workbook.bin", "application/vnd.ms-excel.sheet.binary.macroEnabled.main", /binaire Excel-werkmap \(\.xlsb\)/],
    ["docx", "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", /is een Word-document/],
  ])("a %s renamed to .xlsx says what it is", async (kind, main, type, message) => {
    await zipFile(`${kind}.xlsx`, {
      "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/${main}" ContentType="${type}"/></Types>`,
      "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`,
      [main]: "<x/>",
    });
    await refused(`${kind}.xlsx`, ["--schedule", "limburg-2020"], message);
  });

  test("a part whose data does not match its CRC is refused, naming the part", async () => {
    await writeBook(path.join(dir, "b.xlsx"), ROWS);
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, "b.xlsx")));
    const stored = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const at = stored.indexOf("Beesel");
    expect(at).toBeGreaterThan(0);
    stored.write("Beesal", at); // the stored bytes change, the CRC in the headers does not
    await fs.writeFile(path.join(dir, "kapot.xlsx"), stored);
    await refused("kapot.xlsx", ["--schedule", "limburg-2020"], /kapot\.xlsx is beschadigd: het onderdeel xl\/sharedStrings\.xml klopt niet met zijn controlegetal/);
  });

  test("a sheet that is not well-formed XML: the part and the place, in Dutch, no parser text", async () => {
    await writeBook(path.join(dir, "b.xlsx"), ROWS);
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, "b.xlsx")));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", xml.replace("</sheetData>", "<row></sheetData>"));
    await fs.writeFile(path.join(dir, "xml.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const stderr = await refused("xml.xlsx", ["--schedule", "limburg-2020"], /xml\.xlsx is beschadigd: het onderdeel xl\/worksheets\/sheet1\.xml is geen geldige XML \(regel \d+, kolom \d+\)/);
    expect(stderr).not.toMatch(/disallowed|unexpected|unclosed|tag/i);
  });
});

describe("figures and names", () => {
  test("names that differ only by a zero-width space, soft hyphen or no-break space are one municipality: refused as duplicates", async () => {
    await writeBook(path.join(dir, "dubbel.xlsx"), [HEADER, ["Beesel", 13478], ["Bee\u200Bsel", 13478], ["Peel en Maas", 43451], ["Peel\u00A0en Maas", 43451], ["Wee\u00ADrt", 50020], ["Weert", 50020]]);
    await refused("dubbel.xlsx", ["--schedule", "limburg-2020"], /A3/, /A5/, /A7/, /dubbel|twee keer|al eerder/i);
  });

  test.each([
    [Number("9007199254740993"), /B3/], // as a file stores it: a double cannot hold it exactly
    [1e300, /B3/],
  ])("%s inhabitants is refused as too large", async (population, cell) => {
    await writeBook(path.join(dir, "groot.xlsx"), [HEADER, ["Beesel", 13478], ["Weert", population]]);
    const stderr = await refused("groot.xlsx", ["--schedule", "limburg-2020"], cell, /te groot/);
    expect(stderr).not.toMatch(/geen geheel getal/);
  });

  test("a population formula that was never calculated says so", async () => {
    await writeBook(path.join(dir, "formule.xlsx"), [HEADER, ["Beesel", 13478], ["Weert", { formula: "B2*3" } as unknown as Row[number]]]);
    await refused("formule.xlsx", ["--schedule", "limburg-2020"], /B3/, /nooit is uitgerekend/, /Open de werkmap in Excel/);
  });
});

describe("options and notices", () => {
  test("--rate basis=0.09 --rate basis=0.10 is a contradiction: refused, not the last one taken", async () => {
    await writeBook(path.join(dir, "b.xlsx"), ROWS);
    await refused("b.xlsx", ["--schedule", "nml-2023", "--rate", "basis=0.09", "--rate", "basis=0.10"], /--rate basis .*twee keer.*0\.09.*0\.1/);
    const same = await verdeel(["apply", "b.xlsx", "--schedule", "nml-2023", "--rate", "basis=0.09", "--rate", "basis=0,09", "--json"], dir);
    expect(same.code).toBe(0);
  });

  test("with --force the notice says the cells were overwritten", async () => {
    await writeBook(path.join(dir, "vol.xlsx"), [["Gemeente", "Inwoners", "Bijdrage bijdrage 2020"], ["Beesel", 13478, 1], ["Weert", 50020, 2]]);
    const r = await verdeel(["apply", "vol.xlsx", "--schedule", "limburg-2020", "--force"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/C2:C3: deze cel bevatte al een waarde of formule; die is op uw uitdrukkelijke verzoek overschreven/);
    expect(r.stderr).not.toMatch(/niets overschreven/);
  });

  test("verify's errors say nothing was checked, not that nothing was written", async () => {
    await writeBook(path.join(dir, "v.xlsx"), [["Gemeente", "Inwoners", "Bijdrage"], ["Beesel", "13.478", 1078.24]]);
    const before = sha256(path.join(dir, "v.xlsx"));
    const r = await verdeel(["verify", "v.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/v\.xlsx, werkblad Gemeenten: 1 fout\(en\); er is niets gecontroleerd\./);
    expect(r.stderr).toMatch(/B2/);
    expect(r.stderr).not.toMatch(/geschreven/);
    expect(sha256(path.join(dir, "v.xlsx"))).toBe(before);
  });
});

test("a share-of-total schedule whose populations are all 0: refused naming the cells (the core refuses it)", async () => {
  const schedule = { id: "nul", title: "Nul", region: "T", year: 2024, source: "t", rounding: { unit: "cent", mode: "half-up" }, components: [{ id: "deel", label: "deel", kind: "share-of-total", total: "90000.00" }] };
  await fs.writeFile(path.join(dir, "nul.json"), JSON.stringify(schedule));
  await writeBook(path.join(dir, "nul.xlsx"), [HEADER, ["Beesel", 0], ["Weert", 0]]);
  await refused("nul.xlsx", ["--schedule", "nul.json"], /nul\.xlsx, werkblad Gemeenten, cellen B2:B3: .*inwoners is 0; er is niets geschreven/);
});
