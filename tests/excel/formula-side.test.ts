// Formula mode in the Office.js host: formula cells written through Range.formulas, and blocks on
// other sheets (the rates on `Tarieven`) written in the same Excel.run, created when missing,
// checked for conflicts and protection, and undone exactly (the sheet deleted when the apply made it).
import { EURO_WHOLE_FORMAT } from "../../src/workbook";
import type { PlannedCell, SheetBlock, WritePlan } from "../../src/workbook/types";
import type { ApplyResult, UndoRecord } from "../../src/host";
import { ExcelHostError } from "../../src/excel/errors";
import { allocate } from "../../src/allocation";
import { planApply, toMunicipalities } from "../../src/workbook";
import { NML_ROWS, NOW, countSyncs, detect, manyRows, planFor, schedule, setup, teardown } from "./helpers";

afterEach(teardown);

const LINES = { basis: "6700001", uitbreiding: "56814/44320" };
const RATE_CELL = "Tarieven!$B$2";

function done(r: ApplyResult): UndoRecord {
  if (r.status !== "done") throw new Error(`apply: ${JSON.stringify(r)}`);
  return r.undo;
}

/** The rates block as formula mode plans it: labels as text, the rate as a number. */
function ratesBlock(sheet = "Tarieven", top = 0, left = 0): SheetBlock {
  return {
    sheet,
    top,
    left,
    cells: [
      [
        { kind: "text", value: "Onderdeel" },
        { kind: "text", value: "Tarief" },
      ],
      [
        { kind: "text", value: "basis" },
        { kind: "number", value: "0.08", format: "0.00" },
      ],
    ],
  };
}

function formulaOf(row: number): string {
  return `=ROUND(C${row + 1}*${RATE_CELL},0)`;
}

/** The plan's first amount column (basis, column D) as formulas on the rates block (the simulated Excel calculates them). */
function formulaPlan(plan: WritePlan, block: SheetBlock = ratesBlock()): WritePlan {
  const cells = plan.cells.map((line) => [...line]);
  for (let r = 1; r < cells.length - 1; r++) {
    const p = cells[r][0];
    if (p.kind !== "number") continue;
    const f: PlannedCell = { kind: "formula", formula: formulaOf(plan.top + r), value: p.value, format: p.format };
    cells[r][0] = f;
  }
  return { ...plan, cells, otherBlocks: [block] };
}

describe("formula cells", () => {
  test("written through formulas with their number format; a cell formatted as text gets the format first; undo restores exactly", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    excel.setCells("Gemeenten", "D3", [[{ nf: "@" }]]);
    const before = excel.dump("Gemeenten");
    const fplan = formulaPlan(plan);
    const record = done(await host.apply(fplan, fplan.audit, { overwrite: false }));

    // Beesel: 13.478 × 0,08 = 1.078.
    expect(excel.cell("Gemeenten", "D2")).toEqual({ f: "=ROUND(C2*Tarieven!$B$2,0)", v: 1078, nf: EURO_WHOLE_FORMAT });
    // A text cell would have kept the formula as text: it was formatted first.
    expect(excel.cell("Gemeenten", "D3")).toEqual({ f: "=ROUND(C3*Tarieven!$B$2,0)", v: 1048, nf: EURO_WHOLE_FORMAT });
    for (let row = 2; row <= 16; row++) expect(excel.cell("Gemeenten", `D${row}`).f).toBe(formulaOf(row - 1));
    // The other columns are values as before.
    expect(excel.cell("Gemeenten", "E15")).toEqual({ v: 3501, nf: EURO_WHOLE_FORMAT });
    // The undo record keeps the formula text as what the action left.
    expect(record.after.find((s) => s.row === 1 && s.col === 3)).toEqual({ row: 1, col: 3, formula: "=ROUND(C2*Tarieven!$B$2,0)", numberFormat: EURO_WHOLE_FORMAT });

    expect(await host.undo(record)).toEqual({ status: "done" });
    expect(excel.dump("Gemeenten")).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
  });

  test("a formula that does not begin with = is a programming error, nothing is written", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    plan.cells[1][0] = { kind: "formula", formula: "ROUND(1,0)", value: "1", format: "0" };
    const before = excel.dump("Gemeenten");
    await expect(host.apply(plan, plan.audit, { overwrite: false })).rejects.toThrow(/does not begin with "="/);
    expect(excel.dump("Gemeenten")).toEqual(before);
  });
});

describe("blocks on other sheets", () => {
  test("a missing sheet is created in the same Excel.run, before the formulas that refer to it; same syncs; undo deletes it", async () => {
    const { excel, host, harness } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const before = excel.dump("Gemeenten");
    const fplan = formulaPlan(plan);

    // The order Excel sees: the sheet is added before the first formula that names it is written.
    const events: string[] = [];
    const addSheet = excel.book.addSheet.bind(excel.book);
    jest.spyOn(excel.book, "addSheet").mockImplementation((name: string) => {
      events.push(`add ${name}`);
      return addSheet(name);
    });
    const gemeenten = excel.sheet("Gemeenten");
    const type = gemeenten.type.bind(gemeenten);
    jest.spyOn(gemeenten, "type").mockImplementation((row, col, input) => {
      if (typeof input === "string" && input.includes("Tarieven!")) events.push("formula");
      type(row, col, input);
    });

    const runsBefore = harness.runs.length;
    const { result, syncs } = await countSyncs(excel, () => host.apply(fplan, fplan.audit, { overwrite: false }));
    const record = done(result);
    expect(syncs).toBe(5);
    expect(harness.runs.length).toBe(runsBefore + 1);
    expect(events.indexOf("add Tarieven")).toBeGreaterThanOrEqual(0);
    expect(events.indexOf("add Tarieven")).toBeLessThan(events.indexOf("formula"));
    expect(excel.sheetNames()).toEqual(["Gemeenten", "Tarieven", "Verantwoording"]);
    expect(excel.cell("Tarieven", "A2")).toEqual({ v: "basis", nf: "@" });
    expect(excel.cell("Tarieven", "B2")).toEqual({ v: 0.08, nf: "0.00" });
    // Columns of a sheet the apply made are fitted to their contents.
    expect(excel.dump("Tarieven").widths.A).toBeGreaterThan(48);
    // The apply never activates the new sheet.
    expect(excel.book.activeSheet).toBe("Gemeenten");
    expect(record.otherAreas).toEqual([
      {
        sheet: "Tarieven",
        rect: { top: 0, left: 0, bottom: 1, right: 1 },
        before: [
          { row: 0, col: 0, formula: "", numberFormat: "General" },
          { row: 0, col: 1, formula: "", numberFormat: "General" },
          { row: 1, col: 0, formula: "", numberFormat: "General" },
          { row: 1, col: 1, formula: "", numberFormat: "General" },
        ],
        after: [
          { row: 0, col: 0, formula: "Onderdeel", numberFormat: "@", text: true },
          { row: 0, col: 1, formula: "Tarief", numberFormat: "@", text: true },
          { row: 1, col: 0, formula: "basis", numberFormat: "@", text: true },
          { row: 1, col: 1, formula: 0.08, numberFormat: "0.00" },
        ],
        sheetCreated: true,
      },
    ]);
    expect(result.status === "done" && result.cellsWritten).toBe(plan.cells.flat().filter((p) => p.kind !== "skip").length + 1 + 4);

    const undone = await countSyncs(excel, () => host.undo(JSON.parse(JSON.stringify(record)) as UndoRecord));
    expect(undone.result).toEqual({ status: "done" });
    expect(undone.syncs).toBe(4);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
    expect(excel.dump("Gemeenten")).toEqual(before);
  });

  test("an existing sheet: the block is added beside what is there; filled target cells are conflicts named with the sheet (tarieven!D3); undo puts every cell back and keeps the sheet", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addSheet("tarieven", [["Eigen notitie"], [], ["", "", "", "oud", { v: 0.05, nf: "0.000" }]]);
    excel.setCells("tarieven", "D4", [[{ nf: "@" }, { fill: { color: "#FFFF00" } }]]);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const sheetBefore = excel.dump("Gemeenten");
    const ratesBefore = excel.dump("tarieven");
    const fplan = formulaPlan(plan, ratesBlock("Tarieven", 2, 3));

    expect(await host.apply(fplan, fplan.audit, { overwrite: false })).toEqual({ status: "conflicts", cells: ["tarieven!D3", "tarieven!E3"] });
    expect(excel.dump("tarieven")).toEqual(ratesBefore);
    expect(excel.dump("Gemeenten")).toEqual(sheetBefore);

    const record = done(await host.apply(fplan, fplan.audit, { overwrite: true }));
    expect(record.otherAreas?.[0]).toMatchObject({ sheet: "tarieven", sheetCreated: false, rect: { top: 2, left: 3, bottom: 3, right: 4 } });
    expect(excel.cell("tarieven", "E4")).toEqual({ v: 0.08, nf: "0.00", fill: expect.objectContaining({ color: "#FFFF00" }) });
    expect(excel.cell("tarieven", "D4")).toEqual({ v: "basis", nf: "@" });
    expect(excel.cell("tarieven", "A1")).toEqual({ v: "Eigen notitie" });
    expect(excel.sheetNames()).toEqual(["Gemeenten", "tarieven", "Verantwoording"]);

    expect(await host.undo(record)).toEqual({ status: "done" });
    expect(excel.dump("tarieven")).toEqual(ratesBefore);
    expect(excel.dump("Gemeenten")).toEqual(sheetBefore);
    expect(excel.sheetNames()).toEqual(["Gemeenten", "tarieven"]);
  });

  test("edited since: a changed rate is listed as Tarieven!B2 and nothing is restored; with force the sheet, now holding the user's own note, keeps that note", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const before = excel.dump("Gemeenten");
    const fplan = formulaPlan(plan);
    const record = done(await host.apply(fplan, fplan.audit, { overwrite: false }));
    excel.setCells("Tarieven", "B2", [[{ v: 0.09, nf: "0.00" }]]);
    excel.setCells("Tarieven", "D7", [["notitie van de gebruiker"]]);
    const edited = excel.dump("Tarieven");

    expect(await host.undo(record)).toEqual({ status: "edited-since", cells: ["Tarieven!B2"] });
    expect(excel.dump("Tarieven")).toEqual(edited);

    expect(await host.undo(record, { force: true })).toEqual({ status: "done" });
    expect(excel.dump("Gemeenten")).toEqual(before);
    // Something else is on the sheet the apply made: it stays, the block's cells are emptied.
    expect(excel.sheetNames()).toEqual(["Gemeenten", "Tarieven"]);
    expect(excel.dump("Tarieven").cells).toEqual({ D7: { v: "notitie van de gebruiker" } });
  });

  test("a sheet the apply made and the user deleted: nothing to restore; a sheet that existed and is gone: its cells count as edited", async () => {
    const created = await setup(NML_ROWS);
    const plan = planFor(await created.host.readInput(), "nml-2023", LINES);
    const before = created.excel.dump("Gemeenten");
    const fplan = formulaPlan(plan);
    const record = done(await created.host.apply(fplan, fplan.audit, { overwrite: false }));
    created.excel.deleteSheet("Tarieven");
    expect(await created.host.undo(record)).toEqual({ status: "done" });
    expect(created.excel.dump("Gemeenten")).toEqual(before);

    const existed = await setup(NML_ROWS);
    existed.excel.addSheet("Tarieven");
    const plan2 = planFor(await existed.host.readInput(), "nml-2023", LINES);
    const fplan2 = formulaPlan(plan2);
    const record2 = done(await existed.host.apply(fplan2, fplan2.audit, { overwrite: false }));
    existed.excel.deleteSheet("Tarieven");
    expect(await existed.host.undo(record2)).toEqual({ status: "edited-since", cells: ["Tarieven!A1", "Tarieven!B1", "Tarieven!A2", "Tarieven!B2"] });
    expect(await existed.host.undo(record2, { force: true })).toEqual({ status: "done" });
    expect(existed.excel.sheetNames()).toEqual(["Gemeenten"]);
  });

  test("a protected other sheet: apply refused with nothing written; undo refused with a clear error", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addSheet("Tarieven", [], { protected: true });
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const before = excel.dump("Gemeenten");
    const fplan = formulaPlan(plan);
    const { result, syncs } = await countSyncs(excel, () => host.apply(fplan, fplan.audit, { overwrite: true }));
    expect(result).toEqual({ status: "protected", sheet: "Tarieven" });
    expect(syncs).toBe(2);
    expect(excel.dump("Gemeenten")).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Gemeenten", "Tarieven"]);

    excel.sheet("Tarieven").protected = false;
    const record = done(await host.apply(fplan, fplan.audit, { overwrite: false }));
    excel.sheet("Tarieven").protected = true;
    const err = await host.undo(record).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("protected");
    expect((err as ExcelHostError).text("nl")).toMatch(/Tarieven is beveiligd/);
  });

  test("Excel fails in the write block after adding the sheet: the rollback deletes it, the data sheet is as before", async () => {
    const { excel, host, harness } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const before = excel.dump("Gemeenten");
    const fplan = formulaPlan(plan);
    excel.resetStats();
    // Syncs: 1 discover, 2 check, 3 write block. Its operations: add Tarieven, the rates block
    // (formats, values, formats), fit its columns, then the data block (formats, values, …):
    // Excel carries out the first seven and fails.
    excel.failRequest(3, 7);
    const runs = harness.runs.length;
    await expect(host.apply(fplan, fplan.audit, { overwrite: false })).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.events).toContainEqual({ kind: "sheet-added", sheet: "Tarieven" });
    expect(harness.runs.length - runs).toBe(2);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
    expect(excel.dump("Gemeenten")).toEqual(before);
  });

  test("a block on the plan's own sheet or the audit sheet is refused as a programming error", async () => {
    const { host } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    await expect(host.apply({ ...plan, otherBlocks: [ratesBlock("Gemeenten", 40, 0)] }, plan.audit, { overwrite: false })).rejects.toThrow(/may not be on Gemeenten/);
    await expect(host.apply({ ...plan, otherBlocks: [ratesBlock("verantwoording")] }, plan.audit, { overwrite: false })).rejects.toThrow(/may not be on verantwoording/);
  });
});

describe("formula mode: syncs", () => {
  test("the same syncs for 10 and 10,000 rows, apply and undo", async () => {
    const counts: number[][] = [];
    for (const n of [10, 10_000]) {
      const { excel, host } = await setup(manyRows(n));
      const before = excel.dump("Gemeenten");
      const plan = planFor(await host.readInput(), "nml-2023", LINES);
      const fplan = formulaPlan(plan);
      const applied = await countSyncs(excel, () => host.apply(fplan, fplan.audit, { overwrite: false }));
      const record = done(applied.result);
      expect(excel.cell("Gemeenten", `D${n + 1}`).f).toBe(formulaOf(n));
      const undone = await countSyncs(excel, () => host.undo(record));
      expect(undone.result).toEqual({ status: "done" });
      expect(excel.dump("Gemeenten")).toEqual(before);
      expect(excel.sheetNames()).toEqual(["Gemeenten"]);
      counts.push([applied.syncs, undone.syncs]);
    }
    expect(counts).toEqual([
      [5, 4],
      [5, 4],
    ]);
  });
});

describe("formula mode within Excel's limits", () => {
  test("a CBS paste with two periods per municipality: the totals formulas stay within 255 arguments, Excel takes them, and its totals are the plan's", async () => {
    const rows: (string | number)[][] = [["Regio's", "Perioden", "Bevolking op 1 januari (aantal)"]];
    for (let i = 0; i < 342; i++) rows.push([`Gemeente ${i + 1}`, "2022", 10_000 + 97 * i], [`Gemeente ${i + 1}`, "2023*", 10_050 + 97 * i]);
    const { excel, host } = await setup(rows);
    const input = await host.readInput();
    const table = detect(input.grid);
    expect(table.rows).toHaveLength(342);
    const s = schedule("nml-2023");
    const plan = planApply({ grid: input.grid, table, allocation: allocate(s, toMunicipalities(table)), budgetLines: {}, lang: "nl", toolVersion: "t", now: NOW, formulas: {} });
    // The simulated Excel refuses a function with more than 255 arguments, as Excel does.
    expect((await host.apply(plan, plan.audit, { overwrite: false })).status).toBe("done");
    const totals = plan.cells[plan.totalsRow - plan.top];
    expect(totals.some((c) => c.kind === "formula" && c.formula.startsWith("=SUM(SUM("))).toBe(true);
    totals.forEach((c, i) => {
      if (c.kind !== "formula") return;
      expect(excel.sheet("Gemeenten").get(plan.totalsRow, plan.left + i)).toEqual({ f: c.formula, v: Number(c.value), nf: c.format });
    });
  });
});
