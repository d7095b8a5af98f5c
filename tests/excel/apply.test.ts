// apply: the plan the real workbook layer made, carried out in the excel Excel exactly, in a
// constant number of syncs, in blocks under the request limit, never over a filled cell, a
// protected sheet or a filter without a yes; one undo group where Excel has one.
import { EURO_WHOLE_FORMAT, detectTable } from "../../src/workbook";
import type { WritePlan } from "../../src/workbook/types";
import { toA1 } from "../../src/workbook/address";
import { NML_ROWS, NOW, countSyncs, manyRows, planFor, setup, teardown } from "./helpers";
import type { SimulatedExcel } from "../../src/simulated-excel";

afterEach(teardown);

const LINES = { basis: "6700001", uitbreiding: "56814/44320" };

/** Every planned cell, as the excel stores it after the apply (mismatches listed by address). */
function expectPlanWritten(excel: SimulatedExcel, plan: WritePlan): void {
  const sheet = excel.sheet(plan.sheet);
  const wrong: string[] = [];
  let checked = 0;
  for (let r = 0; r < plan.cells.length; r++) {
    for (let c = 0; c < plan.cells[r].length; c++) {
      const p = plan.cells[r][c];
      if (p.kind === "skip") continue;
      const want = p.kind === "number" ? { v: Number(p.value), nf: p.format } : { v: p.value, nf: "@" };
      const got = sheet.get(plan.top + r, plan.left + c);
      if (!got || got.v !== want.v || got.nf !== want.nf || got.f !== undefined || got.err !== undefined) {
        wrong.push(`${toA1(plan.top + r, plan.left + c)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
      checked++;
    }
  }
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(checked).toBeGreaterThan(0);
}

describe("apply: what is written", () => {
  test("amounts as numbers with the euro format, headers and budget lines as text, the totals row, the audit row", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const input = await host.readInput();
    const plan = planFor(input, "nml-2023", LINES);
    const res = await host.apply(plan, plan.audit, { overwrite: false });
    expect(res.status).toBe("done");
    expectPlanWritten(excel, plan);
    // Weert, the seed's figures: basis 4.002, uitbreiding 3.501, totaal 7.503.
    expect(excel.cell("Gemeenten", "D15")).toEqual({ v: 4002, nf: EURO_WHOLE_FORMAT });
    expect(excel.cell("Gemeenten", "E15")).toEqual({ v: 3501, nf: EURO_WHOLE_FORMAT });
    expect(excel.cell("Gemeenten", "F15")).toEqual({ v: 7503, nf: EURO_WHOLE_FORMAT });
    // A code of digits stays text: it would become the number 6700001 without the "@" format.
    expect(excel.cell("Gemeenten", "G15")).toEqual({ v: "6700001", nf: "@" });
    expect(excel.cell("Gemeenten", "H15")).toEqual({ v: "56814/44320", nf: "@" });
    expect(excel.cell("Gemeenten", "A17")).toEqual({ v: "Totaal", nf: "@" });
    // The original cells are untouched.
    expect(excel.cell("Gemeenten", "C15")).toEqual({ v: 50020 });

    // The audit sheet: labels in row 1, this action's values as text in row 2.
    expect(excel.sheetNames()).toEqual(["Gemeenten", "Verantwoording"]);
    const audit = excel.sheet("Verantwoording");
    plan.audit.entries.forEach((e, i) => {
      expect(audit.get(0, i)).toEqual({ v: e.label, nf: "@" });
      expect(audit.get(1, i)).toEqual({ v: e.time ? "1-3-2024 10:00" : e.value, nf: "@" });
    });
    // The record holds the instant; the sheet shows it in local date and time (the audit layout).
    expect(plan.audit.entries.find((e) => e.label === "Tijdstip")).toEqual({ label: "Tijdstip", value: NOW.toISOString(), time: true });

    if (res.status !== "done") throw new Error("not done");
    const planned = plan.cells.flat().filter((p) => p.kind !== "skip").length + (plan.extraCells?.length ?? 0);
    expect(res.cellsWritten).toBe(planned);
    expect(res.undo.label).toBe("nml-2023 op Gemeenten!D1:H17");
    expect(res.undo.auditRow).toBe(1);
    expect(res.undo.auditSheetCreated).toBe(true);
    // New columns were widened to fit; their old widths are kept for undo.
    expect(excel.dump("Gemeenten").widths.D).toBeGreaterThan(48);
    expect(res.undo.columnWidths).toEqual(["D", "E", "F", "G", "H"].map((_, i) => ({ column: 3 + i, width: 48 })));
  });

  test("text stays text, also '=x', '+31', '-5', '@home' and '007'", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", { basis: "=SOM(A1:A9)", uitbreiding: "-5" });
    plan.cells[3][3] = { kind: "text", value: "+31" };
    plan.cells[4][3] = { kind: "text", value: "@home" };
    plan.cells[5][3] = { kind: "text", value: "007" };
    expect((await host.apply(plan, plan.audit, { overwrite: false })).status).toBe("done");
    expect(excel.cell("Gemeenten", "G2")).toEqual({ v: "=SOM(A1:A9)", nf: "@" });
    expect(excel.cell("Gemeenten", "H2")).toEqual({ v: "-5", nf: "@" });
    expect(excel.cell("Gemeenten", "G4")).toEqual({ v: "+31", nf: "@" });
    expect(excel.cell("Gemeenten", "G5")).toEqual({ v: "@home", nf: "@" });
    expect(excel.cell("Gemeenten", "G6")).toEqual({ v: "007", nf: "@" });
    const formulas = [...excel.sheet("Gemeenten").cells.values()].filter((c) => c.f !== undefined);
    expect(formulas).toEqual([]);
  });

  test("an amount into a cell formatted as text is formatted first, so it stays a number", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    excel.setCells("Gemeenten", "D2", [[{ nf: "@" }]]);
    expect((await host.apply(plan, plan.audit, { overwrite: false })).status).toBe("done");
    expect(excel.cell("Gemeenten", "D2")).toEqual({ v: 1078, nf: EURO_WHOLE_FORMAT });
  });

  test("new columns right of an Excel table join the table", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addTable("Gemeenten", "Tabel1", "A1:C16");
    excel.select("Gemeenten", "B3");
    const input = await host.readInput();
    expect(input.source).toBe("table");
    const plan = planFor(input, "nml-2023", LINES);
    const res = await host.apply(plan, plan.audit, { overwrite: false });
    if (res.status !== "done") throw new Error(res.status);
    const table = excel.dump("Gemeenten").tables[0];
    expect(table.range).toBe("A1:H16");
    expect(table.columns).toEqual([
      "Gemeente",
      "Gemeentecode",
      "Inwoners",
      "Bijdrage basis 2023",
      "Bijdrage uitbreiding 2023",
      "Bijdrage totaal 2023",
      "Begrotingspost basis",
      "Begrotingspost uitbreiding",
    ]);
    expect(res.undo.addedTableColumns).toEqual({ table: "Tabel1", count: 5, columns: table.columns.slice(3) });
    expect(excel.cell("Gemeenten", "F15")).toEqual({ v: 7503, nf: EURO_WHOLE_FORMAT });
    // The totals row is below the table (it has no totals row of its own).
    expect(excel.cell("Gemeenten", "F17")).toEqual({ v: Number(plan.cells[16][2].kind === "number" ? plan.cells[16][2].value : NaN), nf: EURO_WHOLE_FORMAT });
  });
});

describe("apply: a table with its own totals row", () => {
  async function tableWithTotals(): Promise<Awaited<ReturnType<typeof setup>>> {
    const s = await setup([...NML_ROWS, ["Totaal", null, 539298]]);
    s.excel.addTable("Gemeenten", "Tabel1", "A1:C17", { showTotals: true });
    s.excel.select("Gemeenten", "B3");
    return s;
  }

  test("the joined amount columns get SUBTOTAL(109, …) in the totals row; Excel's result is the plan's total", async () => {
    const { excel, host } = await tableWithTotals();
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    expect(plan.totalsRow).toBe(16);
    const before = excel.dump("Gemeenten");
    const res = await host.apply(plan, plan.audit, { overwrite: false });
    if (res.status !== "done") throw new Error(res.status);
    expect(excel.dump("Gemeenten").tables[0].range).toBe("A1:H17");
    const totals = plan.cells[plan.totalsRow - plan.top];
    ["D", "E", "F"].forEach((col, i) => {
      const header = (plan.cells[0][i] as { value: string }).value;
      expect(excel.cell("Gemeenten", `${col}17`)).toEqual({
        f: `=SUBTOTAL(109,Tabel1[${header}])`,
        v: Number((totals[i] as { value: string }).value),
        nf: EURO_WHOLE_FORMAT,
      });
    });
    // Budget lines: nothing in the totals row.
    expect(excel.cell("Gemeenten", "G17")).toEqual({});
    expect(await host.undo(res.undo)).toEqual({ status: "done" });
    expect(excel.dump("Gemeenten")).toEqual(before);
  });

  test("columns that cannot join (a cell beside the table is filled): plain figures in the totals row", async () => {
    const { excel, host } = await tableWithTotals();
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    excel.setCells("Gemeenten", "D5", [["van de gebruiker"]]);
    const res = await host.apply(plan, plan.audit, { overwrite: true });
    if (res.status !== "done") throw new Error(res.status);
    expect(excel.dump("Gemeenten").tables[0].range).toBe("A1:C17");
    const totals = plan.cells[plan.totalsRow - plan.top];
    expect(excel.cell("Gemeenten", "D17")).toEqual({ v: Number((totals[0] as { value: string }).value), nf: EURO_WHOLE_FORMAT });
  });
});

describe("apply: syncs and blocks", () => {
  test("the same number of syncs for 10 and for 10,000 rows (one block each)", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const { excel, host, harness } = await setup(manyRows(n));
      const plan = planFor(await host.readInput(), "nml-2023", LINES);
      const runs = harness.runs.length;
      const { result, syncs } = await countSyncs(excel, () => host.apply(plan, plan.audit, { overwrite: false }));
      expect(result.status).toBe("done");
      expect(plan.cells).toHaveLength(n + 2);
      expectPlanWritten(excel, plan);
      counts.push(syncs);
      // One Excel.run for the whole apply.
      expect(harness.runs.length - runs).toBe(1);
    }
    // discover, check+snapshot, one write block, finish, read back.
    expect(counts).toEqual([5, 5]);
  });

  test("200,000 cells under a small request limit: row blocks, halved on RequestPayloadSizeLimitExceeded", async () => {
    const limit = 1_000_000;
    const { excel, host } = await setup(manyRows(40_000), { requestLimit: limit });
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const cells = plan.cells.length * plan.cells[0].length;
    expect(cells).toBeGreaterThanOrEqual(200_000);
    excel.resetStats();
    const res = await host.apply(plan, plan.audit, { overwrite: false });
    expect(res.status).toBe("done");
    expectPlanWritten(excel, plan);
    // The first block (as many rows as fit the host's 4 MB budget) is larger than 1 MB: Excel
    // refuses it, it is halved until it fits, and the smaller size is kept for the blocks after it.
    const sizes = excel.stats.requestBytes;
    const rejected = sizes.filter((b) => b > limit);
    expect(rejected.length).toBe(excel.stats.payloadRejections);
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < rejected.length; i++) expect(rejected[i]).toBeLessThan(rejected[i - 1] * 0.6);
    // Every accepted request fits; the write blocks together are at least the whole plan's size.
    expect(sizes.filter((b) => b <= limit).length).toBeGreaterThanOrEqual(Math.ceil(rejected[0] / limit));
  });
});

describe("apply: what it refuses", () => {
  test("filled target cells: conflicts and nothing written; then written after the yes", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.setCells("Gemeenten", "F3", [[{ f: "=1+1", v: 2 }]]);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    expect(plan.conflicts).toEqual([]); // F3 lies outside the block the host read
    const before = excel.dump("Gemeenten");
    const refused = await host.apply(plan, plan.audit, { overwrite: false });
    expect(refused).toEqual({ status: "conflicts", cells: ["F3"] });
    expect(excel.dump("Gemeenten")).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);

    const done = await host.apply(plan, plan.audit, { overwrite: true });
    expect(done.status).toBe("done");
    // Bergen (L.): 13.100 × 0,08 = 1.048 and × 0,07 = 917, together 1.965.
    expect(excel.cell("Gemeenten", "F3")).toEqual({ v: 1965, nf: EURO_WHOLE_FORMAT });
  });

  test("a protected sheet: refused, nothing written, no audit sheet", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    excel.sheet("Gemeenten").protected = true;
    const before = excel.dump("Gemeenten");
    const { result, syncs } = await countSyncs(excel, () => host.apply(plan, plan.audit, { overwrite: true }));
    expect(result).toEqual({ status: "protected", sheet: "Gemeenten" });
    expect(syncs).toBe(2);
    expect(excel.dump("Gemeenten")).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
  });

  test("a protected audit sheet: refused too", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addSheet("Verantwoording", [["Tijdstip"]], { protected: true });
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const before = excel.dump("Gemeenten");
    expect(await host.apply(plan, plan.audit, { overwrite: false })).toEqual({ status: "protected", sheet: "Verantwoording" });
    expect(excel.dump("Gemeenten")).toEqual(before);
  });

  test("a filter: refused; with clearFilter the filter is cleared, every row written, and the same criteria restored", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.setAutoFilter("Gemeenten", "A1:C16", {
      0: { filterOn: "Values", values: ["Beesel", "Weert", "Venlo", "Venray", "Gennep"] },
      2: { filterOn: "Custom", criterion1: ">15000", criterion2: "<100000", operator: "And" },
    });
    const input = await host.readInput();
    expect(input.grid.filterActive).toBe(true);
    expect(detectTable(input.grid).findings.map((f) => f.code)).toContain("filter-active");
    const plan = planFor(input, "nml-2023", LINES);
    const before = excel.dump("Gemeenten");
    expect(before.hiddenRows).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15]);

    expect(await host.apply(plan, plan.audit, { overwrite: false })).toEqual({ status: "filtered", sheet: "Gemeenten" });
    expect(excel.dump("Gemeenten")).toEqual(before);

    const res = await host.apply(plan, plan.audit, { overwrite: false, clearFilter: true });
    expect(res.status).toBe("done");
    expectPlanWritten(excel, plan);
    // Beesel (hidden by the filter) got its amounts too.
    expect(excel.cell("Gemeenten", "D2")).toEqual({ v: 1078, nf: EURO_WHOLE_FORMAT });
    const after = excel.dump("Gemeenten");
    expect(after.autoFilter).toEqual(before.autoFilter);
    expect(after.hiddenRows).toEqual(before.hiddenRows);
  });

  test("a filtered table: refused, then cleared and restored with the same criteria", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addTable("Gemeenten", "Tabel1", "A1:C16");
    excel.setTableFilter("Tabel1", 2, { filterOn: "Custom", criterion1: ">=40000" });
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    expect((await host.apply(plan, plan.audit, { overwrite: false })).status).toBe("filtered");
    const before = excel.dump("Gemeenten");
    expect((await host.apply(plan, plan.audit, { overwrite: false, clearFilter: true })).status).toBe("done");
    const after = excel.dump("Gemeenten");
    expect(after.tables[0].criteria.slice(0, 3)).toEqual(before.tables[0].criteria);
    expect(after.hiddenRows).toEqual(before.hiddenRows);
    expect(excel.cell("Gemeenten", "D2")).toEqual({ v: 1078, nf: EURO_WHOLE_FORMAT });
  });
});

describe("apply: Excel fails halfway", () => {
  test("during the write block (table columns added, filter cleared): everything is put back and the error passed on", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addTable("Gemeenten", "Tabel1", "A1:C16");
    excel.setTableFilter("Tabel1", 2, { filterOn: "Custom", criterion1: ">=40000" });
    excel.select("Gemeenten", "B2");
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const before = excel.dump("Gemeenten");
    // Syncs of this apply: 1 discover, 2 check, 3 prepare, 4 write block: two of its writes
    // are carried out, then Excel fails.
    excel.failRequest(4, 2);
    await expect(host.apply(plan, plan.audit, { overwrite: false, clearFilter: true })).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.dump("Gemeenten")).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
  });

  test("during the finish (audit sheet half made): the sheet and the workbook are as before", async () => {
    const { excel, host, harness } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const before = excel.dump("Gemeenten");
    // Finish: "Totaal" (2 writes), 5 column fits, the new audit sheet, its header formats; then the failure.
    excel.resetStats();
    const runs = harness.runs.length;
    excel.failRequest(4, 9);
    await expect(host.apply(plan, plan.audit, { overwrite: false })).rejects.toMatchObject({ code: "GeneralException" });
    // The failed apply made the audit sheet; the rollback (a second Excel.run) deleted it.
    expect(excel.events.filter((e) => e.kind !== "select")).toEqual([
      { kind: "sheet-added", sheet: "Verantwoording" },
      { kind: "sheet-deleted", sheet: "Verantwoording" },
    ]);
    expect(harness.runs.length - runs).toBe(2);
    // The apply's four syncs, then the rollback's four.
    expect(excel.stats.syncs).toBe(8);
    expect(excel.dump("Gemeenten")).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
  });
});

describe("apply: undo group and settings", () => {
  test("Excel.run({ mergeUndoGroup: true }) only where ExcelApi 1.20 is supported, and only for apply", async () => {
    const newer = await setup(NML_ROWS, { apiVersion: "1.20" });
    const plan = planFor(await newer.host.readInput(), "nml-2023", LINES);
    const res = await newer.host.apply(plan, plan.audit, { overwrite: false });
    if (res.status !== "done") throw new Error(res.status);
    await newer.host.undo(res.undo);
    expect(newer.harness.runs.map((r) => r.options)).toEqual([undefined, { mergeUndoGroup: true }, undefined]);

    const older = await setup(NML_ROWS, { apiVersion: "1.9" });
    const plan2 = planFor(await older.host.readInput(), "nml-2023", LINES);
    expect((await older.host.apply(plan2, plan2.audit, { overwrite: false })).status).toBe("done");
    expect(older.harness.runs.map((r) => r.options)).toEqual([undefined, undefined]);
  });

  test("apply and undo never save the document settings (that would clear Excel's undo stack)", async () => {
    const { excel, host } = await setup(NML_ROWS, { apiVersion: "1.20" });
    await host.saveChoices({ scheduleId: "nml-2023" });
    expect(excel.settingsWrites).toBe(1);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const res = await host.apply(plan, plan.audit, { overwrite: false });
    if (res.status !== "done") throw new Error(res.status);
    await host.undo(res.undo);
    expect(excel.settingsWrites).toBe(1);
  });
});
