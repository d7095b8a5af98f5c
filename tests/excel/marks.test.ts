// Marking cells with a fill and unmarking them: every fill comes back exactly (none, a solid
// colour, a pattern with its own colour and tints), nothing else on the sheet changes, two syncs
// whatever the number of cells, and a protected or missing sheet gives a clear error.
import { ExcelHostError } from "../../src/excel/errors";
import type { MarkRecord } from "../../src/host";
import { MARK_FILL } from "../../src/excel/marks";
import { toA1 } from "../../src/workbook/address";
import type { CellInput } from "../../src/simulated-excel";
import { NML_ROWS, countSyncs, setup, teardown } from "./helpers";

afterEach(teardown);

/** What a mark sets (a pattern colour stays as it was: a solid fill does not show it). */
const MARK = { pattern: "Solid", color: MARK_FILL, tintAndShade: 0 };

/** NML with a column D of figures whose cells carry every kind of fill. */
function withFills(): CellInput[][] {
  const d: CellInput[] = [
    "Bijdrage",
    { v: 1078, nf: "0" },
    { v: 1048, fill: { color: "#00B050" } },
    { v: 1376, fill: { pattern: "LightDown", color: "#FFFF00", patternColor: "#0070C0", tintAndShade: 0.4, patternTintAndShade: -0.25 } },
    { f: "=C5*0.08", v: 3424, fill: { color: "#D9E1F2", tintAndShade: -0.5 } },
    { fill: { pattern: "Gray50", color: "#FFFFFF", patternColor: "#FF0000" } },
    null,
  ];
  return NML_ROWS.map((row, i) => (i < d.length ? [...row, d[i]] : row));
}

describe("markCells / unmarkCells", () => {
  test("marks with the light red fill, keeps each cell's fill as it was, and unmarking restores the whole sheet exactly", async () => {
    const { excel, host } = await setup(withFills());
    const before = excel.dump("Gemeenten");
    const cells = ["D2", "D3", "D4", "D5", "D6", "D7", "B9"];
    const marked = await countSyncs(excel, () => host.markCells("Gemeenten", cells));
    expect(marked.syncs).toBe(2);
    const record = marked.result;
    expect(record.sheet).toBe("Gemeenten");
    expect(record.markColor).toBe("#FFC7CE");
    expect(record.before).toEqual([
      { cell: "D2", pattern: "None", color: "#FFFFFF", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 },
      { cell: "D3", pattern: "Solid", color: "#00B050", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 },
      { cell: "D4", pattern: "LightDown", color: "#FFFF00", patternColor: "#0070C0", tintAndShade: 0.4, patternTintAndShade: -0.25 },
      { cell: "D5", pattern: "Solid", color: "#D9E1F2", patternColor: "#000000", tintAndShade: -0.5, patternTintAndShade: 0 },
      { cell: "D6", pattern: "Gray50", color: "#FFFFFF", patternColor: "#FF0000", tintAndShade: 0, patternTintAndShade: 0 },
      { cell: "D7", pattern: "None", color: "#FFFFFF", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 },
      { cell: "B9", pattern: "None", color: "#FFFFFF", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 },
    ]);

    // Only the fills of the listed cells changed: values, formulas and formats are as they were.
    const now = excel.dump("Gemeenten");
    for (const c of cells) expect(now.cells[c].fill).toMatchObject(MARK);
    const withoutFills = (d: typeof now) => ({
      ...d,
      cells: Object.fromEntries(
        Object.entries(d.cells)
          .map(([a, c]) => [a, cells.includes(a) ? { ...c, fill: undefined } : c] as const)
          .map(([a, c]) => [a, Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined))] as const)
          .filter(([, c]) => Object.keys(c).length > 0),
      ),
    });
    expect(withoutFills(now)).toEqual(withoutFills(before));

    const unmarked = await countSyncs(excel, () => host.unmarkCells(JSON.parse(JSON.stringify(record)) as MarkRecord));
    expect(unmarked.syncs).toBe(2);
    expect(excel.dump("Gemeenten")).toEqual(before);
  });

  test("a mark the user changed since is left as the user made it; the others are restored", async () => {
    const { excel, host } = await setup(withFills());
    const before = excel.dump("Gemeenten");
    const record = await host.markCells("Gemeenten", ["D2", "D3", "D4"]);
    excel.setCells("Gemeenten", "D3", [[{ v: 1048, fill: { color: "#FFEB9C" } }]]);
    await host.unmarkCells(record);
    const after = excel.dump("Gemeenten");
    expect(after.cells.D2).toEqual(before.cells.D2);
    expect(after.cells.D4).toEqual(before.cells.D4);
    expect(after.cells.D3.fill).toMatchObject({ pattern: "Solid", color: "#FFEB9C" });
  });

  test("duplicates and $-addresses are one cell; an empty list takes no sync", async () => {
    const { excel, host } = await setup(withFills());
    const before = excel.dump("Gemeenten");
    const record = await host.markCells("Gemeenten", ["D3", "$D$3", "d3"]);
    expect(record.before.map((f) => f.cell)).toEqual(["D3"]);
    await host.unmarkCells(record);
    expect(excel.dump("Gemeenten")).toEqual(before);
    const none = await countSyncs(excel, () => host.markCells("Gemeenten", []));
    expect(none.syncs).toBe(0);
    expect(none.result.before).toEqual([]);
  });

  test("two syncs each for 10 and for 10,000 cells (one column, and 5,000 cells scattered over two columns)", async () => {
    const counts: number[][] = [];
    const rows: CellInput[][] = [["Waarde", "Ander"]];
    for (let i = 1; i <= 10_000; i++) rows.push([i, i % 7 === 0 ? { v: -i, fill: { color: "#C6EFCE" } } : -i]);
    for (const n of [10, 10_000]) {
      const { excel, host } = await setup(rows);
      const before = excel.dump("Gemeenten");
      const cells = Array.from({ length: n }, (_, i) => toA1(i + 1, 0));
      const marked = await countSyncs(excel, () => host.markCells("Gemeenten", cells));
      expect(excel.cell("Gemeenten", toA1(n, 0)).fill?.color).toBe(MARK_FILL);
      const unmarked = await countSyncs(excel, () => host.unmarkCells(marked.result));
      expect(excel.dump("Gemeenten")).toEqual(before);
      counts.push([marked.syncs, unmarked.syncs]);
    }
    const { excel, host } = await setup(rows);
    const before = excel.dump("Gemeenten");
    const scattered = Array.from({ length: 5_000 }, (_, i) => toA1(1 + i * 2, i % 2));
    const marked = await countSyncs(excel, () => host.markCells("Gemeenten", scattered));
    const unmarked = await countSyncs(excel, () => host.unmarkCells(marked.result));
    expect(excel.dump("Gemeenten")).toEqual(before);
    counts.push([marked.syncs, unmarked.syncs]);
    expect(counts).toEqual([
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
  });

  test("under small request and response limits the cells go in blocks, and still come back exactly", async () => {
    const rows: CellInput[][] = [["Waarde"]];
    for (let i = 1; i <= 600; i++) rows.push([i % 5 === 0 ? { v: i, fill: { pattern: "Up", color: "#FFC000", patternColor: "#7030A0" } } : i]);
    const { excel, host } = await setup(rows, {}, { readBlockCells: 300, writeBlockBytes: 20_000 });
    const before = excel.dump("Gemeenten");
    const cells = Array.from({ length: 300 }, (_, i) => toA1(1 + i * 2, 0));
    const marked = await countSyncs(excel, () => host.markCells("Gemeenten", cells));
    expect(marked.syncs).toBeGreaterThan(2);
    await host.unmarkCells(marked.result);
    expect(excel.dump("Gemeenten")).toEqual(before);
  });

  test("a protected sheet: a clear Dutch and English error, nothing changed", async () => {
    const { excel, host } = await setup(withFills());
    excel.sheet("Gemeenten").protected = true;
    const before = excel.dump("Gemeenten");
    const err = await host.markCells("Gemeenten", ["D2"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("protected");
    expect((err as ExcelHostError).text("nl")).toMatch(/Gemeenten is beveiligd: de cellen kunnen niet worden gemarkeerd/);
    expect((err as ExcelHostError).text("en")).toMatch(/Gemeenten is protected/);
    expect(excel.dump("Gemeenten")).toEqual(before);

    excel.sheet("Gemeenten").protected = false;
    const record = await host.markCells("Gemeenten", ["D2"]);
    excel.sheet("Gemeenten").protected = true;
    const marked = excel.dump("Gemeenten");
    const err2 = await host.unmarkCells(record).catch((e: unknown) => e);
    expect((err2 as ExcelHostError).code).toBe("protected");
    expect((err2 as ExcelHostError).text("nl")).toMatch(/markering kan niet worden weggehaald/);
    expect(excel.dump("Gemeenten")).toEqual(marked);
  });

  test("a sheet that does not exist (or no longer): sheet-missing", async () => {
    const { excel, host } = await setup(withFills());
    await expect(host.markCells("Weg", ["A1"])).rejects.toMatchObject({ code: "sheet-missing" });
    excel.addSheet("Tijdelijk", [["x"]]);
    const record = await host.markCells("Tijdelijk", ["A1"]);
    excel.deleteSheet("Tijdelijk");
    await expect(host.unmarkCells(record)).rejects.toMatchObject({ code: "sheet-missing" });
  });

  test("an older Excel without ExcelApi 1.9 fails with Excel's own error (the manifest asks for 1.9)", async () => {
    const { host } = await setup(withFills(), { apiVersion: "1.8" });
    await expect(host.markCells("Gemeenten", ["D2"])).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
