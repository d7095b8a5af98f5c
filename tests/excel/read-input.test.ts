// readInput: which area is read (table, block around the selection, used range), and how Excel's
// values become a Grid; a constant number of syncs.
import { ExcelHostError } from "../../src/excel/errors";
import { detectTable } from "../../src/workbook";
import { NML_ROWS, countSyncs, detect, setup, teardown } from "./helpers";

afterEach(teardown);

describe("readInput: the area", () => {
  test("a plain block around the selection, in two syncs (no tables on the sheet)", async () => {
    const { excel, host } = await setup([["Titel"], [], ...NML_ROWS], {}, {});
    excel.select("Gemeenten", "B7");
    const { result, syncs } = await countSyncs(excel, () => host.readInput());
    expect(result.source).toBe("selection-block");
    expect(result.rect).toEqual({ top: 2, left: 0, bottom: 17, right: 2 });
    expect(result.grid.top).toBe(2);
    expect(result.grid.left).toBe(0);
    expect(result.grid.values[0]).toEqual(["Gemeente", "Gemeentecode", "Inwoners"]);
    expect(result.grid.values[14]).toEqual(["Weert", "GM0988", 50020]);
    expect(result.grid.tables).toEqual([]);
    expect(syncs).toBe(2);
    expect(detect(result.grid).rows).toHaveLength(15);
  });

  test("the Excel table the selection is in, in three syncs", async () => {
    const { excel, host } = await setup([["Los", "blok"], [], [], ...NML_ROWS]);
    excel.addTable("Gemeenten", "Inwonertal", "A4:C19");
    excel.select("Gemeenten", "C10");
    const { result, syncs } = await countSyncs(excel, () => host.readInput());
    expect(result.source).toBe("table");
    expect(result.rect).toEqual({ top: 3, left: 0, bottom: 18, right: 2 });
    expect(result.grid.tables).toEqual([{ name: "Inwonertal", rect: { top: 3, left: 0, bottom: 18, right: 2 } }]);
    expect(syncs).toBe(3);
    expect(detect(result.grid).table?.name).toBe("Inwonertal");
  });

  test("the used range when the selection is an empty cell on its own", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.select("Gemeenten", "H30");
    const r = await host.readInput();
    expect(r.source).toBe("used-range");
    expect(r.rect).toEqual({ top: 0, left: 0, bottom: 15, right: 2 });
    expect(r.grid.values).toHaveLength(16);
  });

  test("an empty sheet reads as cell A1", async () => {
    const { host } = await setup([]);
    const r = await host.readInput();
    expect(r.source).toBe("used-range");
    expect(r.rect).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(r.grid.values).toEqual([[null]]);
  });

  test("more than 5 million cells is refused before anything is read", async () => {
    const { excel, host } = await setup([["Gemeente", "Inwoners"]]);
    excel.setCells("Gemeenten", "K1000000", [["ver weg"]]);
    excel.select("Gemeenten", "P20");
    excel.resetStats();
    const err = await host.readInput().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("too-many-cells");
    expect((err as ExcelHostError).params.cells).toBe(11_000_000);
    expect((err as Error).message).toMatch(/5 miljoen/);
    // Each language from the host's catalogue, with its own digit grouping.
    expect((err as ExcelHostError).text("nl")).toMatch(/^Het gebied Gemeenten \(11\.000\.000 cellen\)/);
    expect((err as ExcelHostError).text("en")).toMatch(/^The area on Gemeenten \(11,000,000 cells\)/);
    // One sync (where the selection is; no tables) and none reading cells.
    expect(excel.stats.syncs).toBe(1);
  });

  test("a read too large for one response is read again in row blocks, whole", async () => {
    const { excel, host } = await setup(NML_ROWS, { responseLimit: 1500 }, { readBlockCells: 1000 });
    excel.select("Gemeenten", "A2");
    const r = await host.readInput();
    expect(r.grid.values).toHaveLength(16);
    expect(r.grid.values[15]).toEqual(["Echt-Susteren", "GM1711", 31700]);
    expect(excel.stats.responseRejections).toBeGreaterThan(0);
  });
});

describe("readInput: Excel's cells as a Grid", () => {
  test("errors versus the text '#N/A', formulas versus text that looks like one, numbers, booleans, formats", async () => {
    const { host } = await setup([
      ["Gemeente", "Inwoners", "Dubbel", "Code", "Vlag"],
      ["Beesel", 13478, { f: "=B2*2", v: 26956 }, "=x", true],
      ["Weert", { err: "#N/A" }, { f: "=1/0", err: "#DIV/0!" }, { v: "#N/A", nf: "@" }, false],
      ["Venlo", { v: 102300, nf: "#,##0" }, { f: '="=A4"', v: "=A4" }, { v: "007", nf: "@" }, null],
    ]);
    const { grid } = await host.readInput();
    expect(grid.values).toEqual([
      ["Gemeente", "Inwoners", "Dubbel", "Code", "Vlag"],
      ["Beesel", 13478, 26956, "=x", true],
      ["Weert", { error: "#N/A" }, { error: "#DIV/0!" }, "#N/A", false],
      ["Venlo", 102300, "=A4", "007", null],
    ]);
    expect(grid.formulas).toEqual([
      [null, null, null, null, null],
      [null, null, "=B2*2", null, null],
      [null, null, "=1/0", null, null],
      [null, null, '="=A4"', null, null],
    ]);
    expect(grid.numberFormats?.[3]).toEqual(["General", "#,##0", "General", "@", "General"]);
    expect(grid.protected).toBe(false);
    expect(grid.filterActive).toBe(false);
    expect(grid.hiddenRows).toEqual([]);
    // The workbook layer sees the error as an error, not as the text "#N/A".
    const { findings } = detectTable(grid);
    expect(findings.map((f) => [f.code, f.cell])).toContainEqual(["population-error", "B3"]);
  });

  test("rows hidden by hand and by a filter; the filter is reported as active", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.sheet("Gemeenten").hiddenRows.add(3);
    excel.setAutoFilter("Gemeenten", "A1:C16", { 2: { filterOn: "Custom", criterion1: ">40000" } });
    excel.select("Gemeenten", "B2");
    const { grid } = await host.readInput();
    const expected = NML_ROWS.map((r, i) => ({ i, pop: r[2] })).filter(({ i, pop }) => i > 0 && (i === 3 || (pop as number) <= 40000)).map(({ i }) => i);
    expect(grid.hiddenRows).toEqual(expected);
    expect(grid.filterActive).toBe(true);
  });

  test("a filtered table on the sheet makes the filter active too", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addTable("Gemeenten", "T", "A1:C16");
    excel.setTableFilter("T", 0, { filterOn: "Values", values: ["Weert", "Venlo"] });
    excel.select("Gemeenten", "A1");
    const { grid } = await host.readInput();
    expect(grid.filterActive).toBe(true);
    expect(grid.hiddenRows).toHaveLength(13);
  });

  test("a protected sheet is reported", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.sheet("Gemeenten").protected = true;
    const { grid } = await host.readInput();
    expect(grid.protected).toBe(true);
  });

  test("merged areas are read where ExcelApi 1.13 is there, and not asked for where it is not", async () => {
    const rows = [["Overzicht", null, null], ...NML_ROWS];
    const newer = await setup(rows, { apiVersion: "1.13" });
    newer.excel.sheet("Gemeenten").merges = [{ top: 0, left: 0, bottom: 0, right: 2 }];
    newer.excel.select("Gemeenten", "B5");
    expect((await newer.host.readInput()).grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);

    // ExcelApi 1.9: the excel fails any call of getMergedAreasOrNullObject, so this also proves
    // the host checks the requirement set first.
    const older = await setup(rows, { apiVersion: "1.9" });
    older.excel.sheet("Gemeenten").merges = [{ top: 0, left: 0, bottom: 0, right: 2 }];
    older.excel.select("Gemeenten", "B5");
    const g = (await older.host.readInput()).grid;
    expect(g.merges).toBeUndefined();
    expect(g.values).toHaveLength(17);
  });
});
