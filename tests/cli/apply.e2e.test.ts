// verdeel apply, end to end: real .xlsx files in a temp folder, the command run in-process,
// the output read back with exceljs.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NML_MUNICIPALITIES } from "../../examples/make-examples";
import { auditRecords, dutchLocalTime, listDir, NHN_2019, readBook, type Row, sha256, tempDir, writeBook, writeTableBook } from "./helpers";
import { FIXED_NOW, verdeel } from "./run";

interface ApplyJson {
  schedule: { id: string; components: { id: string }[] };
  rows: { row: number; name: string; population: number; amounts: Record<string, string>; total: string; budgetLines: Record<string, string> }[];
  totals: Record<string, string>;
  findings: { code: string; severity: string; cell?: string; message: string }[];
}

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});

const NML_ROWS: Row[] = [["Gemeente", "Gemeentecode", "Inwoners"], ...NML_MUNICIPALITIES.map((m) => [m.name, m.code, m.population])];

/** Header text -> 1-based column, from row `row` of a sheet. */
function headers(ws: ExcelJS.Worksheet, row = 1): Map<string, number> {
  const map = new Map<string, number>();
  ws.getRow(row).eachCell((cell, col) => {
    if (typeof cell.value === "string") map.set(cell.value, col);
  });
  return map;
}

function column(ws: ExcelJS.Worksheet, header: RegExp, row = 1): number {
  const hits = [...headers(ws, row)].filter(([h]) => header.test(h));
  if (hits.length !== 1) throw new Error(`expected one header matching ${header}, got ${hits.map(([h]) => h).join(", ")}`);
  return hits[0][1];
}

async function applyJson(args: string[]): Promise<ApplyJson> {
  const r = await verdeel([...args, "--json"], dir);
  expect(r.stderr).not.toMatch(/fout:/);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ApplyJson;
}

describe("the figures of the decision papers, through the command", () => {
  test("limburg-2020: Beesel 13.478 inhabitants pay € 1.078,24 — a number with a euro format, text budget line, totals row, audit sheet", async () => {
    await writeBook(path.join(dir, "beesel.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
    const json = await applyJson(["apply", "beesel.xlsx", "--schedule", "limburg-2020", "--out", "json.xlsx"]);
    const id = json.schedule.components[0].id;
    expect(json.rows).toEqual([{ row: 2, name: "Beesel", population: 13478, amounts: { [id]: "1078.24" }, total: "1078.24", budgetLines: expect.any(Object) }]);
    expect(json.totals).toEqual({ [id]: "1078.24", total: "1078.24" });

    const text = await verdeel(["apply", "beesel.xlsx", "--schedule", "limburg-2020", "--budget-line", `${id}=6700001`], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("€ 1.078,24");
    expect(text.stdout).toContain("beesel.verdeeld.xlsx");
    const wb = await readBook(path.join(dir, "beesel.verdeeld.xlsx"));
    const ws = wb.getWorksheet("Gemeenten")!;
    const amountCol = column(ws, /^Bijdrage .*2020$/);
    const lineCol = column(ws, /^Begrotingspost/);
    expect(amountCol).toBe(3);
    const amount = ws.getRow(2).getCell(amountCol);
    expect(amount.value).toBe(1078.24);
    expect(amount.type).toBe(ExcelJS.ValueType.Number);
    expect(amount.numFmt).toMatch(/€.*0\.00/);
    expect(ws.getRow(2).getCell(lineCol).value).toBe("6700001");
    expect(ws.getRow(2).getCell(lineCol).type).toBe(ExcelJS.ValueType.String);
    // totals row right below the data, labelled in the name column
    expect(ws.getCell("A3").value).toBe("Totaal");
    expect(ws.getRow(3).getCell(amountCol).value).toBe(1078.24);
    expect(ws.getRow(1).getCell(amountCol).font?.bold).toBe(true);
    // the original cells
    expect([ws.getCell("A1").value, ws.getCell("B1").value, ws.getCell("A2").value, ws.getCell("B2").value]).toEqual(["Gemeente", "Inwoners", "Beesel", 13478]);
    // audit sheet: the layout of both hosts, a header row of labels and one row for this action, all text
    const audit = wb.getWorksheet("Verantwoording")!;
    const [record, ...more] = auditRecords(audit);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ Tijdstip: dutchLocalTime(FIXED_NOW), Versie: "9.9.9-test", Rijen: "1", Blad: "Gemeenten" });
    expect(record.Schema).toMatch(/^limburg-2020 — /);
    expect(Object.entries(record).filter(([label]) => label.startsWith("Begrotingspost")).map(([, v]) => v)).toEqual(["6700001"]);
    audit.getRow(2).eachCell((cell) => expect([cell.type, cell.numFmt]).toEqual([ExcelJS.ValueType.String, "@"]));
  });

  test("limburg-2019-overbrugging: Beesel pays € 673,90", async () => {
    await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
    const json = await applyJson(["apply", "b.xlsx", "--schedule", "limburg-2019-overbrugging"]);
    expect(json.rows[0].total).toBe("673.90");
    const ws = (await readBook(path.join(dir, "b.verdeeld.xlsx"))).worksheets[0];
    expect(ws.getCell("C2").value).toBe(673.9);
  });

  test("nml-2022: Weert's extension is € 2.501 (whole euros)", async () => {
    await writeBook(path.join(dir, "w.xlsx"), [["Gemeente", "Inwoners"], ["Weert", 50020]]);
    const json = await applyJson(["apply", "w.xlsx", "--schedule", "nml-2022"]);
    expect(json.rows[0].amounts.uitbreiding).toBe("2501");
    const ws = (await readBook(path.join(dir, "w.verdeeld.xlsx"))).worksheets[0];
    const col = column(ws, /^Bijdrage uitbreiding/);
    expect(ws.getRow(2).getCell(col).value).toBe(2501);
    expect(ws.getRow(2).getCell(col).numFmt).not.toMatch(/0\.00/);
  });

  test("nml-2023 on the example workbook: Weert basis € 4.002, extension € 3.501, total € 7.503", async () => {
    await fs.copyFile(path.join(__dirname, "..", "..", "examples", "noord-midden-limburg.xlsx"), path.join(dir, "nml.xlsx"));
    const json = await applyJson(["apply", "nml.xlsx", "--schedule", "nml-2023"]);
    const weert = json.rows.find((r) => r.name === "Weert")!;
    expect(weert).toMatchObject({ row: 16, population: 50020, amounts: { basis: "4002", uitbreiding: "3501" }, total: "7503" });
    expect(json.rows).toHaveLength(15);
    const ws = (await readBook(path.join(dir, "nml.verdeeld.xlsx"))).getWorksheet("Gemeenten")!;
    const basis = column(ws, /^Bijdrage basis 2023$/);
    const uitbreiding = column(ws, /^Bijdrage uitbreiding 2023$/);
    const totaal = column(ws, /^Bijdrage totaal 2023$/);
    expect([basis, uitbreiding, totaal]).toEqual([4, 5, 6]);
    expect([basis, uitbreiding, totaal].map((c) => ws.getRow(16).getCell(c).value)).toEqual([4002, 3501, 7503]);
    // totals row 17 holds the exact column sums, and they match the JSON totals
    const sum = (c: number): number => json.rows.reduce((s, r) => s + Number(ws.getRow(r.row).getCell(c).value), 0);
    expect(ws.getRow(17).getCell(totaal).value).toBe(sum(totaal));
    expect(String(ws.getRow(17).getCell(totaal).value)).toBe(json.totals.total);
    // the source note below the table is untouched
    expect(String(ws.getCell("A18").value)).toMatch(/illustratief/);
  });

  test("nhn-2020: 17 NHN municipalities share € 90.000,00 exactly", async () => {
    await writeBook(path.join(dir, "nhn.xlsx"), [["Gemeente", "Inwoners"], ...NHN_2019]);
    const json = await applyJson(["apply", "nhn.xlsx", "--schedule", "nhn-2020"]);
    expect(json.rows).toHaveLength(17);
    const cents = json.rows.reduce((s, r) => s + Math.round(Number(r.total) * 100), 0);
    expect(cents).toBe(9_000_000);
    expect(json.totals.total).toBe("90000.00");
    for (const r of json.rows) expect(Number(r.total)).toBeGreaterThan(0);
    const ws = (await readBook(path.join(dir, "nhn.verdeeld.xlsx"))).worksheets[0];
    let fileCents = 0;
    for (let row = 2; row <= 18; row++) fileCents += Math.round(Number(ws.getRow(row).getCell(3).value) * 100);
    expect(fileCents).toBe(9_000_000);
    expect(ws.getCell("C19").value).toBe(90000);
  });

  test.each([
    ["limburg-voorstel-2019", 75000],
    ["limburg-voorstel-2020", 100000],
  ])("%s: the shares add up to exactly € %d", async (id, total) => {
    await writeBook(path.join(dir, "l.xlsx"), NML_ROWS);
    const json = await applyJson(["apply", "l.xlsx", "--schedule", id]);
    expect(json.rows.reduce((s, r) => s + Number(r.total), 0)).toBe(total);
    expect(Number(json.totals.total)).toBe(total);
  });
});

describe("what-if rates, budget lines, the output file", () => {
  test("--rate uitbreiding=0,09: Weert's extension becomes € 4.502; the audit records the changed rate", async () => {
    await writeBook(path.join(dir, "w.xlsx"), [["Gemeente", "Inwoners"], ["Weert", 50020]]);
    const json = await applyJson(["apply", "w.xlsx", "--schedule", "nml-2023", "--rate", "uitbreiding=0,09"]);
    expect(json.rows[0].amounts).toEqual({ basis: "4002", uitbreiding: "4502" });
    expect(json.rows[0].total).toBe("8504");
    const wb = await readBook(path.join(dir, "w.verdeeld.xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.getRow(2).getCell(column(ws, /^Bijdrage uitbreiding/)).value).toBe(4502);
    const [record] = auditRecords(wb.getWorksheet("Verantwoording")!);
    expect(Object.entries(record).filter(([label]) => label.startsWith("Tarief"))).toEqual([
      ["Tarief basis", "€ 0,08 per inwoner"],
      ["Tarief uitbreiding", "€ 0,09 per inwoner (gewijzigd; vastgesteld € 0,07)"],
    ]);
  });

  test("--rate names the edit in the title, the table's headers and --json; the agreed title is called the agreed schedule's", async () => {
    await writeBook(path.join(dir, "w.xlsx"), [["Gemeente", "Inwoners"], ["Weert", 50020]]);
    const r = await verdeel(["apply", "w.xlsx", "--schedule", "nml-2023", "--rate", "uitbreiding=0,09"], dir);
    expect(r.code).toBe(0);
    const [first, second] = r.stdout.split("\n");
    expect(first).toBe("nml-2023 gewijzigd: uitbreiding € 0,09 (vastgesteld € 0,07). Wat-als-berekening, niet de vastgestelde bedragen.");
    expect(second).toBe("Vastgestelde verdeelsleutel: Noord- en Midden-Limburg: zorgcoördinatie mensenhandel vanaf 2023 (€ 0,15 per inwoner)");
    expect(r.stdout).toMatch(/ Basis +Uitbreiding \(gewijzigd € 0,09\) +Totaal \(gewijzigd uitbreiding € 0,09\)\n/);
    // the same words as the headers written in the copy
    const ws = (await readBook(path.join(dir, "w.verdeeld.xlsx"))).worksheets[0];
    expect([ws.getCell("C1").value, ws.getCell("D1").value, ws.getCell("E1").value]).toEqual([
      "Bijdrage basis 2023",
      "Bijdrage uitbreiding 2023 (gewijzigd € 0,09)",
      "Bijdrage totaal 2023 (gewijzigd uitbreiding € 0,09)",
    ]);
    const en = await verdeel(["apply", "w.xlsx", "--schedule", "nml-2023", "--rate", "uitbreiding=0,09", "--out", "en.xlsx"], dir, { VERDEEL_LANG: "en" });
    expect(en.stdout.split("\n")[0]).toBe("nml-2023 edited: extension €0.09 (agreed €0.07). What-if figures, not the agreed amounts.");
    expect(en.stdout).toMatch(/Extension \(edited €0\.09\) +Total \(edited extension €0\.09\)\n/);
    // --json: the edits beside the schedule as applied; a share's total is a total
    const json = (await applyJson(["apply", "w.xlsx", "--schedule", "nml-2023", "--rate", "uitbreiding=0,09", "--out", "j.xlsx"])) as ApplyJson & { edits: unknown };
    expect(json.edits).toEqual([{ component: "uitbreiding", field: "rate", value: "0.09", agreed: "0.07" }]);
    const share = (await applyJson(["apply", "w.xlsx", "--schedule", "nhn-2020", "--rate", "aandeel=120000", "--out", "s.xlsx"])) as ApplyJson & { edits: unknown };
    expect(share.edits).toEqual([{ component: "aandeel", field: "total", value: "120000", agreed: "90000" }]);
    // without --rate (also with only a budget line) there are no edits and the title is the schedule's
    const plain = (await applyJson(["apply", "w.xlsx", "--schedule", "nml-2023", "--budget-line", "basis=1", "--out", "p.xlsx"])) as ApplyJson & { edits: unknown };
    expect(plain.edits).toEqual([]);
    const text = await verdeel(["apply", "w.xlsx", "--schedule", "nml-2023", "--out", "t.xlsx"], dir);
    expect(text.stdout.split("\n")[0]).toBe("nml-2023: Noord- en Midden-Limburg: zorgcoördinatie mensenhandel vanaf 2023 (€ 0,15 per inwoner)");
    expect(text.stdout).not.toMatch(/gewijzigd/);
  });

  test("--budget-line writes the code as text in every row, also one that looks like a formula", async () => {
    await writeBook(path.join(dir, "w.xlsx"), [["Gemeente", "Inwoners"], ["Weert", 50020], ["Beesel", 13478]]);
    const json = await applyJson([
      "apply",
      "w.xlsx",
      "--schedule",
      "nml-2023",
      "--budget-line",
      "uitbreiding=56814/44320",
      "--budget-line",
      "basis==6700001",
    ]);
    expect(json.rows[1].budgetLines).toMatchObject({ uitbreiding: "56814/44320", basis: "=6700001" });
    const ws = (await readBook(path.join(dir, "w.verdeeld.xlsx"))).worksheets[0];
    const col = column(ws, /^Begrotingspost uitbreiding/);
    const basisCol = column(ws, /^Begrotingspost basis/);
    for (const row of [2, 3]) {
      expect(ws.getRow(row).getCell(col).value).toBe("56814/44320");
      expect(ws.getRow(row).getCell(basisCol).value).toBe("=6700001");
      expect(ws.getRow(row).getCell(basisCol).type).toBe(ExcelJS.ValueType.String);
    }
  });

  test("default OUT beside the input; an existing OUT is refused without --force and replaced with it", async () => {
    const sub = path.join(dir, "map");
    await fs.mkdir(sub);
    await writeBook(path.join(sub, "boek.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
    const first = await verdeel(["apply", "map/boek.xlsx", "--schedule", "limburg-2020"], dir);
    expect(first.code).toBe(0);
    expect(await listDir(sub)).toEqual(["boek.verdeeld.xlsx", "boek.xlsx"]);
    const out = path.join(sub, "boek.verdeeld.xlsx");
    const before = sha256(out);

    const again = await verdeel(["apply", "map/boek.xlsx", "--schedule", "limburg-2019-overbrugging"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("map/boek.verdeeld.xlsx");
    expect(again.stderr).toContain("--force");
    expect(again.stdout).toBe("");
    expect(sha256(out)).toBe(before);

    const forced = await verdeel(["apply", "map/boek.xlsx", "--schedule", "limburg-2019-overbrugging", "--force"], dir);
    expect(forced.code).toBe(0);
    expect((await readBook(out)).worksheets[0].getCell("C2").value).toBe(673.9);
    expect(await listDir(sub)).toEqual(["boek.verdeeld.xlsx", "boek.xlsx"]);
  });

  test("--out naming the input itself is refused, even with --force", async () => {
    await writeBook(path.join(dir, "boek.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
    const hash = sha256(path.join(dir, "boek.xlsx"));
    const r = await verdeel(["apply", "boek.xlsx", "--schedule", "limburg-2020", "--out", "./boek.xlsx", "--force"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invoerbestand/);
    expect(sha256(path.join(dir, "boek.xlsx"))).toBe(hash);
  });

  test("the output keeps every original cell: values, formulas, formats, other sheets", async () => {
    const file = path.join(dir, "rich.xlsx");
    await writeBook(
      file,
      [
        ["Gemeente", "Gemeentecode", "Inwoners", "Opmerking"],
        ["Beesel", "GM0889", 13478, "papieren"],
        ["Weert", "GM0988", 50020, { formula: "C3/1000", result: 50.02 }],
      ],
      (ws, wb) => {
        ws.getCell("C2").numFmt = "#,##0";
        ws.getCell("A1").font = { bold: true, color: { argb: "FF0000FF" } };
        ws.getColumn(1).width = 30;
        const other = wb.addWorksheet("Notities");
        other.getCell("A1").value = "=niet uitrekenen";
        other.getCell("B2").value = { formula: "SUM(1,2)", result: 3 };
      },
    );
    await verdeel(["apply", "rich.xlsx", "--schedule", "nml-2023"], dir);
    const before = await readBook(file);
    const after = await readBook(path.join(dir, "rich.verdeeld.xlsx"));
    for (const name of ["Gemeenten", "Notities"]) {
      const a = before.getWorksheet(name)!;
      const b = after.getWorksheet(name)!;
      a.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const other = b.getRow(r).getCell(c);
          expect({ at: cell.address, value: other.value, numFmt: other.numFmt, font: other.font }).toEqual({
            at: cell.address,
            value: cell.value,
            numFmt: cell.numFmt,
            font: cell.font,
          });
        });
      });
    }
    expect(after.getWorksheet("Gemeenten")!.getColumn(1).width).toBe(30);
    expect(after.worksheets.map((w) => w.name)).toEqual(["Gemeenten", "Notities", "Verantwoording"]);
    // new columns start right of the data (D = Opmerking)
    expect(after.getWorksheet("Gemeenten")!.getCell("E1").value).toBe("Bijdrage basis 2023");
  });

  test("an existing Verantwoording sheet gets a second row, not a second sheet", async () => {
    await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
    expect((await verdeel(["apply", "b.xlsx", "--schedule", "limburg-2020"], dir)).code).toBe(0);
    // apply again on the output: the amount column exists and is filled -> refused without --force
    const again = await verdeel(["apply", "b.verdeeld.xlsx", "--schedule", "limburg-2020", "--out", "b2.xlsx"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/C2/);
    const forced = await verdeel(["apply", "b.verdeeld.xlsx", "--schedule", "limburg-2020", "--out", "b2.xlsx", "--force"], dir);
    expect(forced.code).toBe(0);
    const wb = await readBook(path.join(dir, "b2.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Gemeenten", "Verantwoording"]);
    const records = auditRecords(wb.getWorksheet("Verantwoording")!);
    expect(records.map((r) => r.Schema.split(" — ")[0])).toEqual(["limburg-2020", "limburg-2020"]);
    expect(records[1]).toEqual(records[0]);
  });
});

describe("bad input: exit 2, the cell named, no output file, the input unchanged", () => {
  const HEADER: Row = ["Gemeente", "Inwoners"];
  const BEESEL: Row = ["Beesel", 13478];
  type Case = [string, Row[], RegExp, ((ws: ExcelJS.Worksheet) => void | Promise<void>)?];
  const cases: Case[] = [
    ["population as text with a Dutch thousands separator", [HEADER, BEESEL, ["Weert", "50.020"]], /B3/],
    ["population as text with a space", [HEADER, BEESEL, ["Weert", "50 020"]], /B3/],
    ["blank population", [HEADER, BEESEL, ["Weert", null], ["Venlo", 102000]], /B3/],
    ["#N/A population", [HEADER, BEESEL, ["Weert", { error: "#N/A" }]], /B3/],
    ["decimal population", [HEADER, BEESEL, ["Weert", 50020.5]], /B3/],
    ["negative population", [HEADER, BEESEL, ["Weert", -50020]], /B3/],
    ["the same municipality twice", [HEADER, BEESEL, ["Weert", 50020], ["Beesel", 13478]], /A4/],
    ["a name that begins with =", [HEADER, BEESEL, ["=Weert", 50020]], /A3/],
    ["a name that begins with +", [HEADER, BEESEL, ["+Weert", 50020]], /A3/],
    ["merged header cells", [["Gemeente", "Inwoners", null], BEESEL, ["Weert", 50020]], /B1:C1/, (ws) => ws.mergeCells("B1:C1")],
    [
      "a hidden row",
      [HEADER, BEESEL, ["Weert", 50020], ["Venlo", 102000]],
      /A3:B3: rij 3 is verborgen/,
      (ws) => {
        ws.getRow(3).hidden = true;
      },
    ],
    [
      "rows hidden by a filter",
      [HEADER, BEESEL, ["Weert", 50020], ["Venlo", 102000]],
      /filter aan dat rijen verbergt[\s\S]*A4:B4/,
      (ws) => {
        ws.autoFilter = "A1:B4";
        ws.getRow(4).hidden = true;
      },
    ],
    ["a protected sheet", [HEADER, BEESEL], /blad is beveiligd/, async (ws) => ws.protect("", {})],
    ["a totals row in the middle", [HEADER, BEESEL, ["Totaal", 13478], ["Weert", 50020]], /A3|rij 3/],
  ];

  test.each(cases.map(([title, rows, cell, build]) => ({ title, rows, cell, build })))("$title", async ({ rows, cell, build }) => {
    const file = path.join(dir, "fout.xlsx");
    await writeBook(file, rows, build);
    const hash = sha256(file);
    const r = await verdeel(["apply", "fout.xlsx", "--schedule", "limburg-2020"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("fout.xlsx");
    expect(r.stderr).toContain("Gemeenten");
    expect(r.stderr).toMatch(cell);
    expect(r.stderr).toMatch(/niets geschreven/);
    expect(await listDir(dir)).toEqual(["fout.xlsx"]);
    expect(sha256(file)).toBe(hash);
  });

  test.each([
    ["figures", [1078.24, 4001.6]],
    ["formulas", [{ formula: "B2*0.08", result: 1078.24 }, { formula: "B3*0.08", result: 4001.6 }]],
  ] as [string, ExcelJS.CellValue[]][])("a target column that already holds %s is refused without --force", async (_what, values) => {
    const header = "Bijdrage per inwoner 2020";
    const file = path.join(dir, "vol.xlsx");
    await writeBook(file, [["Gemeente", "Inwoners"], BEESEL, ["Weert", 50020]]);
    // learn the header the command writes, then put it with figures in column C
    const probe = await verdeel(["apply", "vol.xlsx", "--schedule", "limburg-2020", "--out", "probe.xlsx"], dir);
    expect(probe.code).toBe(0);
    const written = String((await readBook(path.join(dir, "probe.xlsx"))).worksheets[0].getCell("C1").value);
    await fs.rm(path.join(dir, "probe.xlsx"));
    await writeBook(file, [["Gemeente", "Inwoners", written || header], ["Beesel", 13478, values[0]], ["Weert", 50020, values[1]]]);
    const hash = sha256(file);
    const r = await verdeel(["apply", "vol.xlsx", "--schedule", "limburg-2020"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/C2:C3/);
    expect(r.stderr).toContain("--force");
    expect(await listDir(dir)).toEqual(["vol.xlsx"]);
    expect(sha256(file)).toBe(hash);
    // --force overwrites in the copy only
    const forced = await verdeel(["apply", "vol.xlsx", "--schedule", "limburg-2020", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(sha256(file)).toBe(hash);
    const ws = (await readBook(path.join(dir, "vol.verdeeld.xlsx"))).worksheets[0];
    expect(ws.getCell("C2").value).toBe(1078.24);
    expect(ws.getCell("C3").value).toBe(4001.6);
  });

  test("a file that is not an .xlsx, a missing file, an unknown sheet", async () => {
    await fs.writeFile(path.join(dir, "tekst.xlsx"), "Gemeente;Inwoners\nBeesel;13478\n");
    let r = await verdeel(["apply", "tekst.xlsx", "--schedule", "limburg-2020"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tekst\.xlsx is geen \.xlsx-werkmap/);
    r = await verdeel(["apply", "weg.xlsx", "--schedule", "limburg-2020"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/weg\.xlsx bestaat niet/);
    await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners"], BEESEL]);
    r = await verdeel(["apply", "b.xlsx", "--schedule", "limburg-2020", "--sheet", "Blad9"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/b\.xlsx heeft geen werkblad "Blad9"\. Werkbladen: "Gemeenten"/);
    expect(await listDir(dir)).toEqual(["b.xlsx", "tekst.xlsx"]);
  });

  test("an unknown schedule, an unknown component, a rate that is no amount", async () => {
    await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners"], BEESEL]);
    let r = await verdeel(["apply", "b.xlsx", "--schedule", "limburg-2099"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Onbekende verdeelsleutel "limburg-2099".*nml-2023/);
    r = await verdeel(["apply", "b.xlsx", "--schedule", "nml-2023", "--rate", "extra=0,09"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/geen onderdeel "extra".*basis, uitbreiding/);
    r = await verdeel(["apply", "b.xlsx", "--schedule", "nml-2023", "--rate", "uitbreiding=negen"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"negen" is geen bedrag/);
    expect(await listDir(dir)).toEqual(["b.xlsx"]);
  });

  test("an invalid schedule file: exit 2 naming the file and the field", async () => {
    await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners"], BEESEL]);
    const schedule = {
      id: "eigen",
      title: "Eigen regeling",
      region: "Test",
      year: 2024,
      source: "test",
      rounding: { unit: "cent", mode: "half-up" },
      components: [{ id: "basis", label: "basis", kind: "per-inhabitant", rate: 0.08 }],
    };
    await fs.writeFile(path.join(dir, "eigen.json"), JSON.stringify(schedule));
    let r = await verdeel(["apply", "b.xlsx", "--schedule", "eigen.json"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("eigen.json");
    expect(r.stderr).toContain("components[0].rate");
    await fs.writeFile(path.join(dir, "kapot.json"), "{ id: ");
    r = await verdeel(["apply", "b.xlsx", "--schedule", "kapot.json"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kapot\.json is geen geldige JSON/);
    // the same file, fixed, works
    schedule.components[0].rate = "0.08" as unknown as number;
    await fs.writeFile(path.join(dir, "eigen.json"), JSON.stringify(schedule));
    r = await verdeel(["apply", "b.xlsx", "--schedule", "eigen.json", "--json"], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows[0].total).toBe("1078.24");
  });
});

describe("tables and totals rows", () => {
  test("a totals row 'Totaal' is recognised, not charged, and receives the totals", async () => {
    await writeBook(path.join(dir, "t.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 13478], ["Weert", 50020], ["Totaal", { formula: "SUM(B2:B3)", result: 63498 }]]);
    const json = await applyJson(["apply", "t.xlsx", "--schedule", "limburg-2020"]);
    expect(json.rows.map((r) => r.name)).toEqual(["Beesel", "Weert"]);
    expect(json.findings.some((f) => f.code === "totals-row")).toBe(true);
    const ws = (await readBook(path.join(dir, "t.verdeeld.xlsx"))).worksheets[0];
    expect(ws.getCell("C4").value).toBe(5079.84);
    expect(ws.getCell("A4").value).toBe("Totaal");
    expect(ws.getCell("B4").value).toEqual({ formula: "SUM(B2:B3)", result: 63498 });
    expect(ws.getCell("A5").value).toBeNull();
  });

  test("an Excel table (as Excel writes it) as input: the new columns join the table", async () => {
    const file = path.join(dir, "tabel.xlsx");
    await writeTableBook(file, "Gemeenten", [
      ["Beesel", 13478],
      ["Weert", 50020],
    ]);

    const json = await applyJson(["apply", "tabel.xlsx", "--schedule", "nml-2023"]);
    expect(json.rows.map((r) => r.total)).toEqual(["2021", "7503"]);
    const out = path.join(dir, "tabel.verdeeld.xlsx");
    const outZip = await JSZip.loadAsync(await fs.readFile(out));
    const outXml = await outZip.file("xl/tables/table1.xml")!.async("string");
    // No budget line given (nml-2023 has no default): no budget-line columns.
    expect(outXml).toContain('ref="A1:E3"');
    // Excel's default (one header row) stays implied, as Excel wrote it; nothing turns it off.
    expect(outXml).not.toContain("headerRowCount");
    expect(outXml).toContain('<tableColumns count="5">');
    const ws = (await readBook(out)).worksheets[0];
    expect(["C1", "D1", "E1"].map((a) => ws.getCell(a).value)).toEqual(["Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"]);
    expect(ws.getCell("E3").value).toBe(7503);
    // the totals row goes just below the table
    expect(ws.getCell("A4").value).toBe("Totaal");
    expect(ws.getCell("E4").value).toBe(9524);
  });

  test("an Excel table with its own totals row: new amount columns total with SUBTOTAL and the exact result", async () => {
    await writeBook(path.join(dir, "tt.xlsx"), [], (ws) => {
      ws.addTable({
        name: "T",
        ref: "A1",
        totalsRow: true,
        columns: [{ name: "Gemeente", totalsRowLabel: "Totaal" }, { name: "Inwoners", totalsRowFunction: "sum" }],
        rows: [
          ["Beesel", 13478],
          ["Weert", 50020],
        ],
      });
    });
    const json = await applyJson(["apply", "tt.xlsx", "--schedule", "nml-2023"]);
    expect(json.rows).toHaveLength(2);
    const ws = (await readBook(path.join(dir, "tt.verdeeld.xlsx"))).worksheets[0];
    expect(ws.getCell("E4").value).toEqual({ formula: "SUBTOTAL(109,T[Bijdrage totaal 2023])", result: 9524 });
    expect(ws.getCell("C4").value).toEqual({ formula: "SUBTOTAL(109,T[Bijdrage basis 2023])", result: 5080 });
    const model = (ws.getTables() as unknown as { table: { tableRef: string } }[])[0].table;
    expect(model.tableRef).toBe("A1:E4"); // no budget line given: no budget-line columns
    expect(ws.getCell("A5").value).toBeNull();
  });

  test("a sheet without a population column elsewhere: the first sheet where detection succeeds is used", async () => {
    await writeBook(path.join(dir, "twee.xlsx"), [["Toelichting"], ["Dit blad heeft geen tabel."]], (_ws, wb) => {
      const data = wb.addWorksheet("Data");
      data.addRow(["Gemeente", "Inwoners"]);
      data.addRow(["Beesel", 13478]);
    });
    const r = await verdeel(["apply", "twee.xlsx", "--schedule", "limburg-2020"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("werkblad Data");
    const wb = await readBook(path.join(dir, "twee.verdeeld.xlsx"));
    expect(wb.getWorksheet("Data")!.getCell("C2").value).toBe(1078.24);
  });
});

describe("choosing sheet and columns by hand", () => {
  test("--sheet, --name-column and --population-column", async () => {
    await writeBook(path.join(dir, "hand.xlsx"), [["Toelichting"]], (_ws, wb) => {
      const data = wb.addWorksheet("Cijfers 2020");
      data.addRow(["Plaats", "Aantal", "Aantal 2019"]);
      data.addRow(["Beesel", 13478, 13500]);
      data.addRow(["Weert", 50020, 49800]);
    });
    let r = await verdeel(["apply", "hand.xlsx", "--schedule", "limburg-2020", "--sheet", "Cijfers 2020"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cijfers 2020");
    expect(await listDir(dir)).toEqual(["hand.xlsx"]);
    r = await verdeel(
      ["apply", "hand.xlsx", "--schedule", "limburg-2020", "--sheet", "cijfers 2020", "--name-column", "Plaats", "--population-column", "Aantal", "--json"],
      dir,
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ApplyJson).rows.map((x) => x.total)).toEqual(["1078.24", "4001.60"]);
    const ws = (await readBook(path.join(dir, "hand.verdeeld.xlsx"))).getWorksheet("Cijfers 2020")!;
    expect(ws.getCell("D2").value).toBe(1078.24);
  });
});

describe("big workbooks and output streams", () => {
  test("12.000 rows: progress on stderr, the JSON alone on stdout", async () => {
    const rows: Row[] = [["Gemeente", "Inwoners"]];
    for (let i = 1; i <= 12_000; i++) rows.push([`Gemeente ${i}`, 1000 + i]);
    await writeBook(path.join(dir, "groot.xlsx"), rows);
    const r = await verdeel(["apply", "groot.xlsx", "--schedule", "limburg-2020", "--json"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Lezen… klaar, 12\.001 rijen/);
    expect(r.stderr).toMatch(/Berekenen… 12\.000 rijen/);
    expect(r.stderr).toMatch(/Schrijven…/);
    const json = JSON.parse(r.stdout) as ApplyJson;
    expect(json.rows).toHaveLength(12_000);
    expect(json.rows[0]).toMatchObject({ row: 2, population: 1001, total: "80.08" });
  }, 60_000);

  test("small workbooks print no progress", async () => {
    await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
    const r = await verdeel(["apply", "b.xlsx", "--schedule", "limburg-2020", "--json"], dir);
    expect(r.stderr).not.toMatch(/Lezen/);
  });
});
