// The file host on its own: reading a sheet into a Grid, carrying out a WritePlan by the host
// rules it carries (text format, table join, totals row), the audit sheet in the shared layout, a
// new workbook from a block of cells. Real .xlsx files (written by exceljs), the results read back
// with exceljs, an independent reader. (tests/contract runs the same plans on both hosts.)
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WritePlan } from "../../src/workbook/types";
import { sheetGrid } from "../../src/cli/xlsx-grid";
import { readWorkbook } from "../../src/cli/xlsx-read";
import { columnLetters } from "../../src/workbook/address";
import { decodeRange } from "../../src/cli/xlsx-tables";
import { cellBlockPatch } from "../../src/cli/xlsx-cells";
import { carryOutPlan } from "../../src/cli/xlsx-write";
import { writeAuditRow } from "../../src/cli/xlsx-audit";
import { AUDIT_SHEET, TEXT_FORMAT } from "../../src/workbook";
import { XlsxBook, type ReadSheet } from "../../src/cli/xlsx/book";
import { readBook, tempDir, writeBook, writeTableBook } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

async function tableXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return zip.file("xl/tables/table1.xml")!.async("string");
}

/** The first worksheet of a file as the host reads it. */
async function open(file: string): Promise<{ book: XlsxBook; sheet: ReadSheet }> {
  const book = await readWorkbook(file, path.basename(file), "nl");
  return { book, sheet: book.readSheet(book.sheets[0]) };
}

async function save(book: XlsxBook, file: string): Promise<void> {
  await fs.writeFile(file, await book.toBytes(new Date(Date.UTC(2024, 2, 1)), 6));
}

async function gridOf(file: string): Promise<ReturnType<typeof sheetGrid>> {
  return sheetGrid((await open(file)).sheet);
}

describe("xlsx-grid: worksheet to Grid", () => {
  test("values, formulas (plain and shared), formats, errors, rich text, dates", async () => {
    const file = path.join(dir, "grid.xlsx");
    await writeBook(
      file,
      [
        ["Gemeente", "Inwoners", "Dubbel", "Vlag", "Datum"],
        ["Beesel", 13478, { formula: "B2*2", result: 26956 }, true, new Date(Date.UTC(2023, 0, 1))],
        [{ richText: [{ text: "We" }, { text: "ert" }] }, 50020, { sharedFormula: "C2", result: 100040 }, false],
        ["Fout", { error: "#N/A" }, { formula: "1/0", result: { error: "#DIV/0!" } }],
      ],
      (ws) => {
        ws.getCell("B2").numFmt = "#,##0";
        ws.getCell("E2").numFmt = "dd-mm-yyyy";
      },
    );
    const grid = await gridOf(file);
    expect(grid.sheet).toBe("Gemeenten");
    expect(grid.top).toBe(0);
    expect(grid.left).toBe(0);
    expect(grid.values[0]).toEqual(["Gemeente", "Inwoners", "Dubbel", "Vlag", "Datum"]);
    expect(grid.values[1].slice(0, 4)).toEqual(["Beesel", 13478, 26956, true]);
    expect(grid.values[1][4]).toBeInstanceOf(Date);
    expect(grid.values[2]).toEqual(["Weert", 50020, 100040, false]);
    expect(grid.values[3]).toEqual(["Fout", { error: "#N/A" }, { error: "#DIV/0!" }]);
    expect(grid.formulas?.[1][2]).toBe("=B2*2");
    expect(grid.formulas?.[2][2]).toBe("=B3*2");
    expect(grid.formulas?.[1][1]).toBeNull();
    expect(grid.numberFormats?.[1][1]).toBe("#,##0");
    expect(grid.numberFormats?.[1][4]).toBe("dd-mm-yyyy");
    expect(grid.hiddenRows).toEqual([]);
    expect(grid.filterActive).toBe(false);
    expect(grid.protected).toBe(false);
    expect(grid.merges).toEqual([]);
    expect(grid.tables).toEqual([]);
  });

  test("merged cells: the rectangle, and only the top-left cell holds the value", async () => {
    const file = path.join(dir, "merged.xlsx");
    await writeBook(file, [["Gemeente en inwoners"], ["Beesel", 13478]], (ws) => ws.mergeCells("A1:B1"));
    const grid = await gridOf(file);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(grid.values[0]).toEqual(["Gemeente en inwoners", null]);
  });

  test("hidden rows; a filter is active only when an AutoFilter range holds a hidden row", async () => {
    const rows = [["Gemeente", "Inwoners"], ["Beesel", 13478], ["Weert", 50020], ["Venlo", 102000]];
    const hiddenOnly = path.join(dir, "hidden.xlsx");
    await writeBook(hiddenOnly, rows, (ws) => {
      ws.getRow(3).hidden = true;
    });
    let grid = await gridOf(hiddenOnly);
    expect(grid.hiddenRows).toEqual([2]);
    expect(grid.filterActive).toBe(false);

    const filtered = path.join(dir, "filtered.xlsx");
    await writeBook(filtered, rows, (ws) => {
      ws.autoFilter = "A1:B4";
      ws.getRow(4).hidden = true;
    });
    grid = await gridOf(filtered);
    expect(grid.hiddenRows).toEqual([3]);
    expect(grid.filterActive).toBe(true);

    const filterShowsAll = path.join(dir, "filter-all.xlsx");
    await writeBook(filterShowsAll, rows, (ws) => {
      ws.autoFilter = "A1:B4";
    });
    grid = await gridOf(filterShowsAll);
    expect(grid.filterActive).toBe(false);
  });

  test("protection and tables", async () => {
    const file = path.join(dir, "prot-table.xlsx");
    await writeBook(file, [], async (ws) => {
      ws.addTable({
        name: "Inwoners",
        ref: "B2",
        headerRow: true,
        totalsRow: false,
        columns: [{ name: "Gemeente" }, { name: "Inwoners" }],
        rows: [
          ["Beesel", 13478],
          ["Weert", 50020],
        ],
      });
      await ws.protect("", {});
    });
    const grid = await gridOf(file);
    expect(grid.protected).toBe(true);
    expect(grid.tables).toEqual([{ name: "Inwoners", rect: { top: 1, left: 1, bottom: 3, right: 2 }, hasTotalsRow: false }]);
  });
});

describe("xlsx-tables", () => {
  test("addresses", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
    expect(decodeRange("Blad1!$B$2:D10")).toEqual({ top: 1, left: 1, bottom: 9, right: 3 });
    expect(decodeRange("C5")).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
  });

  test("a table as Excel writes it (defaults left out) is read with its header row, and a copy keeps its part byte for byte", async () => {
    const file = path.join(dir, "excel-table.xlsx");
    await writeTableBook(file, "Tabel1", [["Beesel", 13478]]);
    expect(await tableXml(file)).not.toContain("headerRowCount");
    const { book, sheet } = await open(file);
    expect(sheet.tables.map((t) => [t.displayName, t.ref, t.headerRows, t.totalsRows])).toEqual([["Tabel1", "A1:B2", 1, 0]]);
    writeAuditRow(book, { entries: [] });
    const out = path.join(dir, "excel-table.copy.xlsx");
    await save(book, out);
    expect(await tableXml(out)).toBe(await tableXml(file));
  });
});

function plan(partial: Partial<WritePlan> & Pick<WritePlan, "cells" | "columns" | "top" | "left" | "totalsRow">): WritePlan {
  return { sheet: "Gemeenten", conflicts: [], audit: { entries: [] }, ...partial };
}

describe("xlsx-write: carrying out a plan", () => {
  test("numbers as numbers with their format, text as text (also '=…'), skipped cells untouched, headers bold", async () => {
    const file = path.join(dir, "write.xlsx");
    await writeBook(file, [["Gemeente", "Inwoners"], ["Beesel", 13478], ["Weert", 50020], ["Totaal", 63498]], (ws) => {
      ws.getCell("C3").value = "blijft";
    });
    const { book, sheet } = await open(file);
    carryOutPlan(
      book,
      sheet,
      plan({
        top: 0,
        left: 2,
        totalsRow: 3,
        columns: [
          { column: 2, header: "Bijdrage 2020", role: "amount", componentId: "basis", existing: false },
          { column: 3, header: "Begrotingspost", role: "budget-line", componentId: "basis", existing: false },
        ],
        cells: [
          [{ kind: "text", value: "Bijdrage 2020" }, { kind: "text", value: "Begrotingspost" }],
          [{ kind: "number", value: "1078.24", format: "€ #,##0.00" }, { kind: "text", value: "=SUM(A1:A9)" }],
          [{ kind: "skip" }, { kind: "text", value: "+31 6700001" }],
          [{ kind: "number", value: "1078.24", format: "€ #,##0.00" }, { kind: "skip" }],
        ],
      }),
    );
    const out = path.join(dir, "write.out.xlsx");
    await save(book, out);
    const back = (await readBook(out)).worksheets[0];
    expect(back.getCell("C1").value).toBe("Bijdrage 2020");
    expect(back.getCell("C1").font?.bold).toBe(true);
    expect(back.getCell("C2").value).toBe(1078.24);
    expect(back.getCell("C2").type).toBe(ExcelJS.ValueType.Number);
    expect(back.getCell("C2").numFmt).toBe("€ #,##0.00");
    expect(back.getCell("D2").value).toBe("=SUM(A1:A9)");
    expect(back.getCell("D2").type).toBe(ExcelJS.ValueType.String);
    expect(back.getCell("D2").formula).toBeUndefined();
    expect(back.getCell("D3").value).toBe("+31 6700001");
    // The host rule for text cells: Excel's Text format, so an edit later keeps them text.
    expect(["C1", "D1", "D2", "D3"].map((a) => back.getCell(a).numFmt)).toEqual([TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT]);
    expect(back.getCell("C3").value).toBe("blijft");
    expect(back.getCell("D4").value).toBeNull();
    expect(back.getCell("C4").font?.bold).toBe(true);
    expect(back.getCell("A2").value).toBe("Beesel");
    expect(back.getCell("B3").value).toBe(50020);
  });

  test("a formula cell (formula mode) is stored as a formula with the core's figure as its result; other sheets' blocks are refused", async () => {
    const file = path.join(dir, "formula.xlsx");
    await writeBook(file, [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
    const { book, sheet } = await open(file);
    const formulaPlan = plan({
      top: 0,
      left: 2,
      totalsRow: 1,
      columns: [{ column: 2, header: "Bijdrage basis 2023", role: "amount", componentId: "basis", existing: false }],
      cells: [
        [{ kind: "text", value: "Bijdrage basis 2023" }],
        [{ kind: "formula", formula: "=ROUND(ROUND(B2*Tarieven!$C$2,6),0)", value: "1078", format: "€ #,##0" }],
      ],
    });
    expect(() => carryOutPlan(book, sheet, { ...formulaPlan, otherBlocks: [{ sheet: "Tarieven", top: 0, left: 0, cells: [] }] })).toThrow(/Tarieven/);
    carryOutPlan(book, sheet, formulaPlan);
    const out = path.join(dir, "formula.out.xlsx");
    await save(book, out);
    const back = (await readBook(out)).worksheets[0].getCell("C2");
    expect(back.formula).toBe("ROUND(ROUND(B2*Tarieven!$C$2,6),0)");
    expect(back.result).toBe(1078);
    expect(back.numFmt).toBe("€ #,##0");
  });

  test("a format written to one cell does not leak to cells that shared its style", async () => {
    const file = path.join(dir, "shared-style.xlsx");
    await writeBook(file, [["Gemeente", "Inwoners", "", ""], ["Beesel", 13478]], (ws) => {
      for (const a of ["A1", "B1", "C1", "D1"]) ws.getCell(a).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    });
    const { book, sheet } = await open(file);
    carryOutPlan(
      book,
      sheet,
      plan({
        top: 0,
        left: 2,
        totalsRow: 2,
        columns: [{ column: 2, header: "Bijdrage", role: "amount", existing: false }],
        cells: [[{ kind: "text", value: "Bijdrage" }], [{ kind: "number", value: "1.5", format: "0.00" }], [{ kind: "skip" }]],
      }),
    );
    const out = path.join(dir, "shared-style.out.xlsx");
    await save(book, out);
    const ws = (await readBook(out)).worksheets[0];
    expect(ws.getCell("C1").font?.bold).toBe(true);
    expect(ws.getCell("A1").font?.bold).toBeFalsy();
    expect(ws.getCell("D1").font?.bold).toBeFalsy();
    expect(ws.getCell("C1").fill).toEqual(ws.getCell("A1").fill);
    expect(ws.getCell("C2").numFmt).toBe("0.00");
    expect(ws.getCell("B2").numFmt).toBeUndefined();
  });

  const tablePlan = (partial: Partial<WritePlan> = {}): WritePlan =>
    plan({
      top: 0,
      left: 2,
      totalsRow: 3,
      columns: [
        { column: 2, header: "Bijdrage 2020", role: "amount", existing: false },
        { column: 3, header: "Begrotingspost", role: "budget-line", existing: false },
      ],
      cells: [
        [{ kind: "text", value: "Bijdrage 2020" }, { kind: "text", value: "Begrotingspost" }],
        [{ kind: "number", value: "1078.24", format: "0.00" }, { kind: "text", value: "6700001" }],
        [{ kind: "number", value: "4001.60", format: "0.00" }, { kind: "text", value: "6700001" }],
        [{ kind: "number", value: "5079.84", format: "0.00" }, { kind: "skip" }],
      ],
      ...partial,
    });

  test("new columns join the Excel table when the plan's tableJoin says so; the table part says so", async () => {
    const file = path.join(dir, "table-write.xlsx");
    await writeTableBook(file, "Gemeenten", [
      ["Beesel", 13478],
      ["Weert", 50020],
    ]);
    const { book, sheet } = await open(file);
    const result = carryOutPlan(book, sheet, tablePlan({ tableJoin: { table: "Gemeenten", columns: [2, 3], totals: [] } }));
    expect(result.extendedTable).toBe("Gemeenten");
    const out = path.join(dir, "table-write.out.xlsx");
    await save(book, out);
    const xml = await tableXml(out);
    expect(xml).toMatch(/<table [^>]*ref="A1:D3"/);
    expect(xml).toContain('<autoFilter ref="A1:D3"');
    expect(xml).toContain('<tableColumns count="4">');
    expect(xml).toContain('<tableColumn id="3" name="Bijdrage 2020"/><tableColumn id="4" name="Begrotingspost"/></tableColumns>');
    const back = (await readBook(out)).worksheets[0];
    // Header cells equal the column names, as Excel requires.
    expect(["A1", "B1", "C1", "D1"].map((a) => back.getCell(a).value)).toEqual(["Gemeente", "Inwoners", "Bijdrage 2020", "Begrotingspost"]);
    expect(back.getCell("C3").value).toBe(4001.6);
    expect(back.getCell("C4").value).toBe(5079.84);
  });

  test("the host decides no join of its own: without tableJoin, or with a filled cell in a joining column within the table's rows, the columns stay plain cells", async () => {
    const file = path.join(dir, "table-nojoin.xlsx");
    await writeTableBook(file, "Gemeenten", [
      ["Beesel", 13478],
      ["Weert", 50020],
    ]);
    const before = await tableXml(file);
    // No tableJoin in the plan: the table stays as it was, although the columns start just right of it.
    let { book, sheet } = await open(file);
    expect(carryOutPlan(book, sheet, tablePlan()).extendedTable).toBeUndefined();
    const plain = path.join(dir, "table-nojoin.out.xlsx");
    await save(book, plain);
    expect(await tableXml(plain)).toBe(before);

    // A joining column holds a value within the table's rows (overwritten on an explicit yes): no join.
    const filled = path.join(dir, "table-filled.xlsx");
    await writeBook(filled, [], (ws) => {
      ws.addTable({ name: "Gemeenten", ref: "A1", columns: [{ name: "Gemeente" }, { name: "Inwoners" }], rows: [["Beesel", 13478], ["Weert", 50020]] });
      ws.getCell("D2").value = "eigen notitie";
    });
    ({ book, sheet } = await open(filled));
    const join = { table: "Gemeenten", columns: [2, 3], totals: [] };
    expect(carryOutPlan(book, sheet, tablePlan({ tableJoin: join, conflicts: ["D2"] })).extendedTable).toBeUndefined();
    const out = path.join(dir, "table-filled.out.xlsx");
    await save(book, out);
    expect(await tableXml(out)).toMatch(/<table [^>]*ref="A1:B3"/);
    const back = (await readBook(out)).worksheets[0];
    expect(back.getCell("D2").value).toBe("6700001");
    expect(back.getCell("C4").value).toBe(5079.84);
  });

  test("a table with its own totals row gets the plan's SUBTOTAL in the new amount column, the exact figure as its result", async () => {
    const file = path.join(dir, "table-totals.xlsx");
    await writeBook(file, [], (ws) => {
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
    const { book, sheet } = await open(file);
    const table = sheetGrid(sheet).tables![0];
    expect(table).toEqual({ name: "T", rect: { top: 0, left: 0, bottom: 3, right: 1 }, hasTotalsRow: true });
    carryOutPlan(
      book,
      sheet,
      plan({
        top: 0,
        left: 2,
        totalsRow: 3,
        columns: [{ column: 2, header: "Bijdrage", role: "amount", existing: false }],
        cells: [[{ kind: "text", value: "Bijdrage" }], [{ kind: "number", value: "1", format: "0" }], [{ kind: "number", value: "2", format: "0" }], [{ kind: "number", value: "3", format: "0" }]],
        tableJoin: { table: "T", columns: [2], totals: [{ column: 2, formula: "=SUBTOTAL(109,T[Bijdrage])" }] },
      }),
    );
    const out = path.join(dir, "table-totals.out.xlsx");
    await save(book, out);
    const back = (await readBook(out)).worksheets[0];
    expect(back.getCell("C4").value).toEqual({ formula: "SUBTOTAL(109,T[Bijdrage])", result: 3 });
    const xml = await tableXml(out);
    expect(xml).toMatch(/<table [^>]*ref="A1:C4"/);
    expect(xml).toContain('<autoFilter ref="A1:C3"');
    expect(xml).toContain('name="Bijdrage" totalsRowFunction="sum"');
  });
});

describe("xlsx-cells: a block of planned cells in a new workbook (the Controle report)", () => {
  test("at an offset: numbers with their format, text as text, formulas, skips empty; columns fit within bounds", async () => {
    const long = "x".repeat(80);
    const book = XlsxBook.create("verdeel test", new Date(Date.UTC(2024, 2, 1, 9, 30)));
    book.addSheet(
      "Controle",
      cellBlockPatch(
        [
          [{ kind: "text", value: "=niet rekenen" }, { kind: "number", value: "-1234567.5", format: "€ #,##0.00;€ -#,##0.00" }, { kind: "skip" }],
          [{ kind: "text", value: "@home" }, { kind: "number", value: "7", format: "€ #,##0.00;€ -#,##0.00" }, { kind: "number", value: "45", format: "#,##0" }],
          [{ kind: "skip" }, { kind: "formula", formula: "=B2*2", value: "14", format: "0" }, { kind: "text", value: long }],
        ],
        1,
        1,
      ),
    );
    const out = path.join(dir, "block.xlsx");
    await save(book, out);
    const wb = await readBook(out);
    expect(wb.creator).toBe("verdeel test");
    expect(wb.created).toEqual(new Date(Date.UTC(2024, 2, 1, 9, 30)));
    const back = wb.getWorksheet("Controle")!;
    expect(back.getCell("B2").value).toBe("=niet rekenen");
    expect(back.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(back.getCell("B3").value).toBe("@home");
    expect([back.getCell("B2").numFmt, back.getCell("B3").numFmt, back.getCell("D4").numFmt]).toEqual([TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT]);
    expect(back.getCell("C2").value).toBe(-1234567.5);
    expect(back.getCell("C2").numFmt).toBe("€ #,##0.00;€ -#,##0.00");
    expect(back.getCell("D3").value).toBe(45);
    expect(back.getCell("D3").numFmt).toBe("#,##0");
    expect(back.getCell("D2").value).toBeNull();
    expect(back.getCell("B4").value).toBeNull();
    expect(back.getCell("C4").formula).toBe("B2*2");
    expect(back.getCell("C4").result).toBe(14);
    expect(back.getCell("D4").value).toBe(long);
    expect(back.getCell("A1").value).toBeNull();
    // "=niet rekenen" (13) + 2; "€ -1.234.567,50" (15) + 2; the long text capped at 50; column A untouched
    expect([1, 2, 3, 4].map((c) => back.getColumn(c).width)).toEqual([undefined, 15, 17, 50]);
  });
});

describe("xlsx-audit: the audit sheet in the layout of both hosts", () => {
  const at = new Date(2024, 2, 1, 10, 0).toISOString();

  /** Every row of a sheet as the values of its first `width` columns (empty rows as nulls). */
  function rowsOf(ws: ExcelJS.Worksheet, width: number): unknown[][] {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = Array.from({ length: width }, (_, c) => row.getCell(c + 1).value);
    });
    for (let r = 0; r < rows.length; r++) rows[r] ??= new Array(width).fill(null);
    return rows;
  }

  test("a header row of labels, one row per action below it, a label the header lacks in a new column; every cell text; the time local", async () => {
    const file = path.join(dir, "audit-in.xlsx");
    await writeBook(file, [["Gemeente", "Inwoners"]]);
    let { book } = await open(file);
    writeAuditRow(book, {
      lang: "nl",
      entries: [
        { label: "Tijdstip", value: at, time: true },
        { label: "Verdeelsleutel", value: "limburg-2020" },
        { label: "Formule", value: "=1+1" },
      ],
    });
    const first = path.join(dir, "audit-1.xlsx");
    await save(book, first);
    ({ book } = await open(first));
    writeAuditRow(book, { lang: "nl", entries: [{ label: "Verdeelsleutel", value: "nml-2023" }, { label: "Begrotingspost", value: "6700001" }] });
    const file2 = path.join(dir, "audit.xlsx");
    await save(book, file2);
    const wb = await readBook(file2);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Gemeenten", AUDIT_SHEET]);
    const ws = wb.getWorksheet(AUDIT_SHEET)!;
    expect(rowsOf(ws, 5)).toEqual([
      ["Tijdstip", "Verdeelsleutel", "Formule", "Begrotingspost", null],
      ["1-3-2024 10:00", "limburg-2020", "=1+1", null, null],
      [null, "nml-2023", null, "6700001", null],
    ]);
    for (const a of ["A1", "D1", "A2", "C2", "B3", "D3"]) {
      expect({ a, type: ws.getCell(a).type, numFmt: ws.getCell(a).numFmt }).toEqual({ a, type: ExcelJS.ValueType.String, numFmt: TEXT_FORMAT });
    }
  });

  test("a user's sheet named verantwoording (lower case) is the audit sheet: the row goes beside and below what is on it", async () => {
    const lower = path.join(dir, "audit-lower.xlsx");
    await writeBook(lower, [["Gemeente", "Inwoners"]], (_ws, w) => {
      w.addWorksheet("verantwoording").getCell("A1").value = "eigen notitie";
    });
    const { book } = await open(lower);
    writeAuditRow(book, { lang: "nl", entries: [{ label: "Verdeelsleutel", value: "nml-2023" }] });
    const lowerOut = path.join(dir, "audit-lower.out.xlsx");
    await save(book, lowerOut);
    const lw = await readBook(lowerOut);
    expect(lw.worksheets.map((w) => w.name)).toEqual(["Gemeenten", "verantwoording"]);
    expect(rowsOf(lw.getWorksheet("verantwoording")!, 2)).toEqual([
      ["eigen notitie", "Verdeelsleutel"],
      [null, "nml-2023"],
    ]);
  });
});
