// The exceljs host on its own: reading a sheet into a Grid, carrying out a WritePlan, tables,
// the audit sheet, and saving a copy. Real .xlsx files, read back with exceljs.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WritePlan } from "../../src/workbook/types";
import { worksheetToGrid } from "../../src/cli/xlsx-grid";
import { readWorkbook } from "../../src/cli/xlsx-read";
import { columnLetters } from "../../src/workbook/address";
import { decodeRange, tablesOf } from "../../src/cli/xlsx-tables";
import { writeCellBlock } from "../../src/cli/xlsx-cells";
import { AUDIT_SHEET, carryOutPlan, saveWorkbook, writeAuditSheet } from "../../src/cli/xlsx-write";
import { listDir, readBook, tempDir, writeBook, writeTableBook } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

/** Removes the attributes Excel leaves out (headerRowCount, hiddenButton) from every table part. */
async function tableXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return zip.file("xl/tables/table1.xml")!.async("string");
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
    const wb = await readBook(file);
    const grid = worksheetToGrid(wb.getWorksheet("Gemeenten")!);
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
    const grid = worksheetToGrid((await readBook(file)).worksheets[0]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(grid.values[0]).toEqual(["Gemeente en inwoners", null]);
  });

  test("hidden rows; a filter is active only when an AutoFilter range holds a hidden row", async () => {
    const rows = [["Gemeente", "Inwoners"], ["Beesel", 13478], ["Weert", 50020], ["Venlo", 102000]];
    const hiddenOnly = path.join(dir, "hidden.xlsx");
    await writeBook(hiddenOnly, rows, (ws) => {
      ws.getRow(3).hidden = true;
    });
    let grid = worksheetToGrid((await readBook(hiddenOnly)).worksheets[0]);
    expect(grid.hiddenRows).toEqual([2]);
    expect(grid.filterActive).toBe(false);

    const filtered = path.join(dir, "filtered.xlsx");
    await writeBook(filtered, rows, (ws) => {
      ws.autoFilter = "A1:B4";
      ws.getRow(4).hidden = true;
    });
    grid = worksheetToGrid((await readBook(filtered)).worksheets[0]);
    expect(grid.hiddenRows).toEqual([3]);
    expect(grid.filterActive).toBe(true);

    const filterShowsAll = path.join(dir, "filter-all.xlsx");
    await writeBook(filterShowsAll, rows, (ws) => {
      ws.autoFilter = "A1:B4";
    });
    grid = worksheetToGrid((await readBook(filterShowsAll)).worksheets[0]);
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
    const grid = worksheetToGrid((await readBook(file)).worksheets[0]);
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

  test("a table as Excel writes it keeps its header row and filter buttons through a round trip", async () => {
    const file = path.join(dir, "excel-table.xlsx");
    await writeTableBook(file, "Tabel1", [["Beesel", 13478]]);
    expect(await tableXml(file)).not.toContain("headerRowCount");
    // exceljs alone reads this table as one without header row:
    const raw = await readBook(file);
    expect((tablesOf(raw.worksheets[0])[0] as unknown as { table: { headerRow: boolean } }).table.headerRow).toBe(false);
    // the command's reader repairs it, and a saved copy says so:
    const wb = await readWorkbook(file, "excel-table.xlsx", "nl");
    const out = path.join(dir, "excel-table.copy.xlsx");
    await saveWorkbook(wb, out);
    const xml = await tableXml(out);
    expect(xml).toContain('headerRowCount="1"');
    expect(xml).not.toContain('hiddenButton="1"');
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
    const wb = await readBook(file);
    const ws = wb.worksheets[0];
    carryOutPlan(
      ws,
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
    await saveWorkbook(wb, out);
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
    expect(back.getCell("C3").value).toBe("blijft");
    expect(back.getCell("D4").value).toBeNull();
    expect(back.getCell("C4").font?.bold).toBe(true);
    expect(back.getCell("A2").value).toBe("Beesel");
    expect(back.getCell("B3").value).toBe(50020);
  });

  test("a formula cell (formula mode) is stored as a formula with the core's figure as its result; other sheets' blocks are refused", async () => {
    const file = path.join(dir, "formula.xlsx");
    await writeBook(file, [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
    const wb = await readBook(file);
    const ws = wb.worksheets[0];
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
    expect(() => carryOutPlan(ws, { ...formulaPlan, otherBlocks: [{ sheet: "Tarieven", top: 0, left: 0, cells: [] }] })).toThrow(/Tarieven/);
    carryOutPlan(ws, formulaPlan);
    const out = path.join(dir, "formula.out.xlsx");
    await saveWorkbook(wb, out);
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
    const wb = await readBook(file);
    const ws = wb.worksheets[0];
    carryOutPlan(
      ws,
      plan({
        top: 0,
        left: 2,
        totalsRow: 2,
        columns: [{ column: 2, header: "Bijdrage", role: "amount", existing: false }],
        cells: [[{ kind: "text", value: "Bijdrage" }], [{ kind: "number", value: "1.5", format: "0.00" }], [{ kind: "skip" }]],
      }),
    );
    expect(ws.getCell("C1").font?.bold).toBe(true);
    expect(ws.getCell("A1").font?.bold).toBeFalsy();
    expect(ws.getCell("D1").font?.bold).toBeFalsy();
    expect(ws.getCell("C1").fill).toEqual(ws.getCell("A1").fill);
  });

  test("new columns join the Excel table they extend; Excel can read the result back", async () => {
    const file = path.join(dir, "table-write.xlsx");
    await writeTableBook(file, "Gemeenten", [
      ["Beesel", 13478],
      ["Weert", 50020],
    ]);
    const wb = await readWorkbook(file, "table-write.xlsx", "nl");
    const ws = wb.worksheets[0];
    const grid = worksheetToGrid(ws);
    const table = grid.tables![0];
    carryOutPlan(
      ws,
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
      }),
      { table },
    );
    const out = path.join(dir, "table-write.out.xlsx");
    await saveWorkbook(wb, out);
    const xml = await tableXml(out);
    expect(xml).toContain('ref="A1:D3"');
    expect(xml).toContain('<tableColumns count="4">');
    expect(xml).toContain('name="Bijdrage 2020"');
    expect(xml).toContain('headerRowCount="1"');
    const back = (await readBook(out)).worksheets[0];
    const model = (tablesOf(back)[0] as unknown as { table: { tableRef: string; columns: { name: string }[] } }).table;
    expect(model.tableRef).toBe("A1:D3");
    expect(model.columns.map((c) => c.name)).toEqual(["Gemeente", "Inwoners", "Bijdrage 2020", "Begrotingspost"]);
    // Header cells equal the column names, as Excel requires.
    expect(["A1", "B1", "C1", "D1"].map((a) => back.getCell(a).value)).toEqual(model.columns.map((c) => c.name));
    expect(back.getCell("C3").value).toBe(4001.6);
    expect(back.getCell("C4").value).toBe(5079.84);
  });

  test("a table with its own totals row sums new amount columns with SUBTOTAL and the exact result", async () => {
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
    const wb = await readWorkbook(file, "table-totals.xlsx", "nl");
    const ws = wb.worksheets[0];
    const table = worksheetToGrid(ws).tables![0];
    expect(table).toEqual({ name: "T", rect: { top: 0, left: 0, bottom: 3, right: 1 }, hasTotalsRow: true });
    carryOutPlan(
      ws,
      plan({
        top: 0,
        left: 2,
        totalsRow: 3,
        columns: [{ column: 2, header: "Bijdrage", role: "amount", existing: false }],
        cells: [[{ kind: "text", value: "Bijdrage" }], [{ kind: "number", value: "1", format: "0" }], [{ kind: "number", value: "2", format: "0" }], [{ kind: "number", value: "3", format: "0" }]],
      }),
      { table },
    );
    const out = path.join(dir, "table-totals.out.xlsx");
    await saveWorkbook(wb, out);
    const back = (await readBook(out)).worksheets[0];
    expect(back.getCell("C4").value).toEqual({ formula: "SUBTOTAL(109,T[Bijdrage])", result: 3 });
    expect(await tableXml(out)).toContain('ref="A1:C4"');
  });
});

describe("xlsx-cells: a block of planned cells (the Controle report)", () => {
  test("at an offset: numbers with their format (one style per format), text as text, formulas, skips empty; columns fit within bounds", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Controle");
    const long = "x".repeat(80);
    const written = writeCellBlock(
      ws,
      [
        [{ kind: "text", value: "=niet rekenen" }, { kind: "number", value: "-1234567.5", format: "€ #,##0.00;€ -#,##0.00" }, { kind: "skip" }],
        [{ kind: "text", value: "@home" }, { kind: "number", value: "7", format: "€ #,##0.00;€ -#,##0.00" }, { kind: "number", value: "45", format: "#,##0" }],
        [{ kind: "skip" }, { kind: "formula", formula: "=B2*2", value: "14", format: "0" }, { kind: "text", value: long }],
      ],
      1,
      1,
    );
    expect(written).toBe(7);
    expect(ws.getCell("B2").style).toEqual({});
    // one style object per number format, not one per cell
    expect(ws.getCell("C2").style).toBe(ws.getCell("C3").style);
    expect(ws.getCell("D3").style).not.toBe(ws.getCell("C3").style);
    const out = path.join(dir, "block.xlsx");
    await saveWorkbook(wb, out);
    const back = (await readBook(out)).getWorksheet("Controle")!;
    expect(back.getCell("B2").value).toBe("=niet rekenen");
    expect(back.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(back.getCell("B3").value).toBe("@home");
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

describe("xlsx-write: audit sheet and saving", () => {
  test("one label/value block per action, appended below the previous one", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Gemeenten");
    writeAuditSheet(wb, { entries: [{ label: "Verdeelsleutel", value: "limburg-2020" }, { label: "Formule", value: "=1+1" }] }, "Berekening 1");
    writeAuditSheet(wb, { entries: [{ label: "Verdeelsleutel", value: "nml-2023" }] }, "Berekening 2");
    const file = path.join(dir, "audit.xlsx");
    await saveWorkbook(wb, file);
    const ws = (await readBook(file)).getWorksheet(AUDIT_SHEET)!;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = [row.getCell(1).value, row.getCell(2).value];
    });
    expect(rows).toEqual([
      ["Berekening 1", null],
      ["Verdeelsleutel", "limburg-2020"],
      ["Formule", "=1+1"],
      [null, null],
      ["Berekening 2", null],
      ["Verdeelsleutel", "nml-2023"],
    ]);
    expect(ws.getCell("B3").type).toBe(ExcelJS.ValueType.String);
  });

  test("saving leaves no temporary file behind", async () => {
    const sub = path.join(dir, "save");
    await fs.mkdir(sub);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("A1").value = 1;
    await saveWorkbook(wb, path.join(sub, "out.xlsx"));
    expect(await listDir(sub)).toEqual(["out.xlsx"]);
  });
});
