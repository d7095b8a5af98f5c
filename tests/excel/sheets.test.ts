// readSheet (another sheet's used range as a Grid) and writeReportSheet (a report on a new sheet
// that never overwrites one), against the excel.
import { ExcelHostError } from "../../src/excel/errors";
import { reportSheetName } from "../../src/excel/report-sheet";
import type { PlannedCell } from "../../src/workbook/types";
import { EURO_CENTS_FORMAT } from "../../src/workbook";
import { NML_ROWS, countSyncs, setup, teardown } from "./helpers";

afterEach(teardown);

describe("readSheet", () => {
  test("the used range: values, formulas and number formats, in one sync; a text '=x' stays text", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addSheet(
      "Tarieven",
      [
        ["Onderdeel", "Tarief"],
        ["basis", { v: 0.08, nf: "0.00" }],
        ["uitbreiding", { f: "=C4-0.01", v: 0.07, nf: "0.00" }],
        [{ v: "=x", nf: "@" }, { err: "#N/A" }],
      ],
      { at: "B3" },
    );
    const { result, syncs } = await countSyncs(excel, () => host.readSheet("tarieven"));
    expect(syncs).toBe(1);
    expect(result).toEqual({
      sheet: "Tarieven",
      top: 2,
      left: 1,
      values: [
        ["Onderdeel", "Tarief"],
        ["basis", 0.08],
        ["uitbreiding", 0.07],
        ["=x", { error: "#N/A" }],
      ],
      formulas: [
        [null, null],
        [null, null],
        [null, "=C4-0.01"],
        [null, null],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "0.00"],
        ["General", "0.00"],
        ["@", "General"],
      ],
      protected: false,
    });
  });

  test("a missing sheet is undefined; an empty or protected sheet says so", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const missing = await countSyncs(excel, () => host.readSheet("Weg"));
    expect(missing).toEqual({ result: undefined, syncs: 1 });
    excel.addSheet("Leeg", [], { protected: true });
    excel.setCells("Leeg", "C3", [[{ nf: "0.00" }]]);
    expect(await host.readSheet("Leeg")).toEqual({ sheet: "Leeg", top: 0, left: 0, values: [], formulas: [], numberFormats: [], protected: true });
  });

  test("a sheet too large for one response is read again in row blocks, with the same result", async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => [`Gemeente ${i}`, i * 3]);
    const small = await setup(NML_ROWS);
    small.excel.addSheet("Groot", rows);
    const whole = await small.host.readSheet("Groot");
    const limited = await setup(NML_ROWS, { responseLimit: 60_000 }, { readBlockCells: 1_000 });
    limited.excel.addSheet("Groot", rows);
    const { result, syncs } = await countSyncs(limited.excel, () => limited.host.readSheet("Groot"));
    expect(result).toEqual(whole);
    expect(result?.values).toHaveLength(2_000);
    // The refused read, the extent, then 1,000-cell blocks (500 rows of two columns).
    expect(syncs).toBe(1 + 1 + 4);
    expect(limited.excel.stats.responseRejections).toBe(1);
  });

  test("more than the largest area Excel reads at once: a clear error", async () => {
    const { excel, host } = await setup(NML_ROWS, { responseLimit: 2_000 }, { maxReadCells: 1_000 });
    excel.addSheet("Groot", Array.from({ length: 600 }, (_, i) => [i, i]));
    const err = await host.readSheet("Groot").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("too-many-cells");
  });
});

const text = (value: string): PlannedCell => ({ kind: "text", value });
const num = (value: string, format = EURO_CENTS_FORMAT): PlannedCell => ({ kind: "number", value, format });

describe("writeReportSheet", () => {
  test("a new sheet from A1: text as text (also =, +, -, @), numbers with their format, formulas through formulas; fitted and active; two syncs", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const before = excel.dump("Gemeenten");
    const cells: PlannedCell[][] = [
      [text("Gemeente"), text("Verwacht"), text("Gevonden"), text("Verschil")],
      [text("=Beesel"), num("1078.24"), num("1078.00"), { kind: "skip" }],
      [text("+31"), num("-5"), text("-5"), text("@home")],
      [text("007"), { kind: "formula", formula: "=SUM(C2:C3)", value: "2.5", format: "0.0" }],
    ];
    const { result, syncs } = await countSyncs(excel, () => host.writeReportSheet("Controle", cells));
    expect(result).toEqual({ sheet: "Controle" });
    expect(syncs).toBe(2);
    expect(excel.book.activeSheet).toBe("Controle");
    const dump = excel.dump("Controle");
    expect(dump.cells).toEqual({
      A1: { v: "Gemeente", nf: "@" },
      B1: { v: "Verwacht", nf: "@" },
      C1: { v: "Gevonden", nf: "@" },
      D1: { v: "Verschil", nf: "@" },
      A2: { v: "=Beesel", nf: "@" },
      B2: { v: 1078.24, nf: EURO_CENTS_FORMAT },
      C2: { v: 1078, nf: EURO_CENTS_FORMAT },
      A3: { v: "+31", nf: "@" },
      B3: { v: -5, nf: EURO_CENTS_FORMAT },
      C3: { v: "-5", nf: "@" },
      D3: { v: "@home", nf: "@" },
      A4: { v: "007", nf: "@" },
      // Calculated as Excel does: the text "-5" in C3 is not summed.
      B4: { f: "=SUM(C2:C3)", v: 1078, nf: "0.0" },
    });
    expect(dump.widths.A).toBeGreaterThan(48);
    expect(excel.dump("Gemeenten")).toEqual(before);
  });

  test('never overwrites: a taken name (any case) gives "Controle (2)", then "(3)"', async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addSheet("controle", [["van de gebruiker"]]);
    const theirs = excel.dump("controle");
    expect(await host.writeReportSheet("Controle", [[text("eerste")]])).toEqual({ sheet: "Controle (2)" });
    expect(await host.writeReportSheet("Controle", [[text("tweede")]])).toEqual({ sheet: "Controle (3)" });
    expect(excel.dump("controle")).toEqual(theirs);
    expect(excel.cell("Controle (2)", "A1").v).toBe("eerste");
    expect(excel.cell("Controle (3)", "A1").v).toBe("tweede");
    expect(excel.sheetNames()).toEqual(["Gemeenten", "controle", "Controle (2)", "Controle (3)"]);
  });

  test("names Excel accepts: forbidden characters replaced, 31 characters at most with the suffix", () => {
    expect(reportSheetName("Controle 2023/2024 [concept]", [])).toBe("Controle 2023_2024 _concept_");
    const long = "Controle van de bijdragen per gemeente";
    expect(reportSheetName(long, [])).toBe("Controle van de bijdragen per g");
    expect(reportSheetName(long, ["controle van de bijdragen per g"])).toBe("Controle van de bijdragen p (2)");
    expect(reportSheetName("'Rapport'", [])).toBe("Rapport");
    expect(reportSheetName("  ", [])).toBe("Rapport");
  });

  test("the same two syncs for 10 and 10,000 rows", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const { excel, host } = await setup(NML_ROWS);
      const cells: PlannedCell[][] = [[text("Gemeente"), text("Verschil")]];
      for (let i = 1; i <= n; i++) cells.push([text(`Gemeente ${i}`), num(`${i}.25`)]);
      const { result, syncs } = await countSyncs(excel, () => host.writeReportSheet("Controle", cells));
      expect(excel.cell(result.sheet, `B${n + 1}`)).toEqual({ v: n + 0.25, nf: EURO_CENTS_FORMAT });
      counts.push(syncs);
    }
    expect(counts).toEqual([2, 2]);
  });

  test("Excel fails after the sheet was added: the half-written sheet is removed and the error passed on", async () => {
    const { excel, host } = await setup(NML_ROWS, {}, { maxBlockRows: 2 });
    excel.resetStats();
    // Syncs: 1 names, 2 first block (adds the sheet), 3 second block fails.
    excel.failRequest(3, 1);
    const cells: PlannedCell[][] = Array.from({ length: 5 }, (_, i) => [text(`regel ${i}`)]);
    await expect(host.writeReportSheet("Controle", cells)).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
  });
});
