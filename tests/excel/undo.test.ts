// undo: the whole sheet exactly as before the apply (values, formulas, formats, column widths,
// table columns, the audit row or sheet), unless the user edited the written cells since.
import type { ApplyResult, UndoRecord } from "../../src/host";
import { ExcelHostError } from "../../src/excel/errors";
import type { CellInput } from "../../src/simulated-excel";
import { NML_ROWS, countSyncs, manyRows, planFor, setup, teardown } from "./helpers";

afterEach(teardown);

const LINES = { basis: "6700001", uitbreiding: "56814/44320" };

function done(r: ApplyResult): UndoRecord {
  if (r.status !== "done") throw new Error(`apply: ${r.status}`);
  return r.undo;
}

/** NML with a column from an earlier run (reused and overwritten) holding every kind of cell. */
function withOldColumn(): CellInput[][] {
  const old: CellInput[] = [
    "Bijdrage basis 2023",
    { f: "=C2*0.08", v: 1078.24 },
    "=x",
    { v: "#N/A", nf: "@" },
    { err: "#N/A" },
    { v: 5, nf: "0.00" },
    { v: "007", nf: "@" },
    true,
    { f: "=C9*0.08", v: 1386.4, nf: "@" },
    "1-2",
    { nf: "0%" },
    null,
    -3.25,
    "'quote",
    { f: "=1/0", err: "#DIV/0!" },
    "laatste",
  ];
  return NML_ROWS.map((row, i) => [...row, old[i]]);
}

describe("undo: round trip", () => {
  test("overwriting every kind of cell, then undo: the sheet equals the sheet before, the audit sheet is gone", async () => {
    const { excel, host } = await setup(withOldColumn());
    excel.sheet("Gemeenten").widths.set(3, 80);
    const before = excel.dump("Gemeenten");
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    expect(plan.columns[0]).toMatchObject({ column: 3, existing: true });
    // D2…D16 except D11 (a format only) and D12 (empty); D17 (the totals row) is empty.
    expect(plan.conflicts).toHaveLength(13);
    expect(await host.apply(plan, plan.audit, { overwrite: false })).toMatchObject({ status: "conflicts" });
    const record = done(await host.apply(plan, plan.audit, { overwrite: true }));
    expect(excel.cell("Gemeenten", "D3")).toEqual({ v: 1048, nf: "€ #,##0;€ -#,##0" });
    expect(excel.sheetNames()).toEqual(["Gemeenten", "Verantwoording"]);

    expect(await host.undo(record)).toEqual({ status: "done" });
    expect(excel.dump("Gemeenten")).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
  });

  test("the undo record survives JSON (the pane may keep it in state or storage)", async () => {
    const { excel, host } = await setup(withOldColumn());
    const before = excel.dump("Gemeenten");
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const record = done(await host.apply(plan, plan.audit, { overwrite: true }));
    const copy = JSON.parse(JSON.stringify(record)) as UndoRecord;
    expect(await host.undo(copy)).toEqual({ status: "done" });
    expect(excel.dump("Gemeenten")).toEqual(before);
  });

  test("an Excel table: the added table columns are deleted, the table is as it was", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addTable("Gemeenten", "Tabel1", "A1:C16");
    excel.setCells("Gemeenten", "K5", [["notitie naast de tabel"]]);
    excel.select("Gemeenten", "A3");
    const before = excel.dump("Gemeenten");
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const applied = await countSyncs(excel, () => host.apply(plan, plan.audit, { overwrite: false }));
    const record = done(applied.result);
    expect(excel.dump("Gemeenten").tables[0].range).toBe("A1:H16");
    const undone = await countSyncs(excel, () => host.undo(record));
    expect(undone.result).toEqual({ status: "done" });
    expect(excel.dump("Gemeenten")).toEqual(before);
    // One more sync each than on a plain range: adding, and deleting, the table columns.
    expect([applied.syncs, undone.syncs]).toEqual([6, 5]);
  });

  test("two applies, undone in reverse order: the original sheet; the audit rows go one by one", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const before = excel.dump("Gemeenten");
    const plan1 = planFor(await host.readInput(), "nml-2023", LINES);
    const first = done(await host.apply(plan1, plan1.audit, { overwrite: false }));
    // Second run: a what-if rate; the block now includes the first run's columns.
    const input2 = await host.readInput();
    const plan2 = planFor(input2, "nml-2022", LINES);
    const second = done(await host.apply(plan2, plan2.audit, { overwrite: true }));
    expect(second.auditRow).toBe(2);
    const afterFirst = excel.dump("Verantwoording");
    expect(Object.keys(afterFirst.cells).some((a) => a.endsWith("3"))).toBe(true);

    expect(await host.undo(second)).toEqual({ status: "done" });
    expect(Object.keys(excel.dump("Verantwoording").cells).some((a) => /^[A-Z]+3$/.test(a))).toBe(false);
    expect(await host.undo(first)).toEqual({ status: "done" });
    expect(excel.dump("Gemeenten")).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
  });

  test("an audit sheet that existed keeps its earlier rows; only this action's row is removed", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addSheet("Verantwoording", [
      ["Tijdstip", "Schema"],
      ["2023-01-01T00:00:00.000Z", "oud"],
    ]);
    const auditBefore = excel.dump("Verantwoording");
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const record = done(await host.apply(plan, plan.audit, { overwrite: false }));
    expect(record.auditSheetCreated).toBe(false);
    expect(record.auditRow).toBe(2);
    // Labels the sheet lacked got new header cells; known ones were reused.
    expect(excel.cell("Verantwoording", "A3").v).toBe("1-3-2024 10:00");
    expect(excel.cell("Verantwoording", "C1").v).toBe("Bron");
    expect(await host.undo(record)).toEqual({ status: "done" });
    expect(excel.dump("Verantwoording")).toEqual(auditBefore);
  });
});

describe("undo: edits since the apply", () => {
  test("a written cell edited by the user: edited-since with that cell, nothing restored; then force", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const original = excel.dump("Gemeenten");
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const record = done(await host.apply(plan, plan.audit, { overwrite: false }));
    excel.setCells("Gemeenten", "E5", [[12345]]);
    excel.setCells("Gemeenten", "G9", [[{ v: "6700001", nf: "General" }]]);
    const edited = excel.dump("Gemeenten");

    expect(await host.undo(record)).toEqual({ status: "edited-since", cells: ["E5", "G9"] });
    expect(excel.dump("Gemeenten")).toEqual(edited);
    expect(excel.sheetNames()).toContain("Verantwoording");

    expect(await host.undo(record, { force: true })).toEqual({ status: "done" });
    expect(excel.dump("Gemeenten")).toEqual(original);
    expect(excel.sheetNames()).toEqual(["Gemeenten"]);
  });

  test("a filter set after the apply is cleared for the undo and put back", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const record = done(await host.apply(plan, plan.audit, { overwrite: false }));
    excel.setAutoFilter("Gemeenten", "A1:H16", { 2: { filterOn: "Custom", criterion1: "<20000" } });
    const filter = excel.dump("Gemeenten").autoFilter;
    expect(await host.undo(record)).toEqual({ status: "done" });
    const after = excel.dump("Gemeenten");
    expect(after.autoFilter).toEqual(filter);
    expect(excel.cell("Gemeenten", "D15")).toEqual({});
    expect(excel.cell("Gemeenten", "A17")).toEqual({});
  });

  test("a sheet that is gone: a clear error", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addSheet("Ander");
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const record = done(await host.apply(plan, plan.audit, { overwrite: false }));
    excel.deleteSheet("Gemeenten");
    const err = await host.undo(record).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("sheet-missing");
    expect((err as ExcelHostError).text("nl")).toBe("Het werkblad Gemeenten bestaat niet meer (hernoemd of verwijderd).");
    expect((err as ExcelHostError).text("en")).toBe("The sheet Gemeenten no longer exists (renamed or deleted).");
  });

  test("a protected sheet: a clear error, nothing changed", async () => {
    const { excel, host } = await setup(NML_ROWS);
    const plan = planFor(await host.readInput(), "nml-2023", LINES);
    const record = done(await host.apply(plan, plan.audit, { overwrite: false }));
    excel.sheet("Gemeenten").protected = true;
    const now = excel.dump("Gemeenten");
    const err = await host.undo(record).catch((e: unknown) => e);
    expect((err as ExcelHostError).code).toBe("protected");
    expect(excel.dump("Gemeenten")).toEqual(now);
  });
});

describe("undo: syncs", () => {
  test("the same number of syncs for 10 and for 10,000 rows", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const { excel, host } = await setup(manyRows(n));
      const before = excel.dump("Gemeenten");
      const plan = planFor(await host.readInput(), "nml-2023", LINES);
      const record = done(await host.apply(plan, plan.audit, { overwrite: false }));
      const { result, syncs } = await countSyncs(excel, () => host.undo(record));
      expect(result).toEqual({ status: "done" });
      expect(excel.dump("Gemeenten")).toEqual(before);
      counts.push(syncs);
    }
    // discover, read + compare, one restore block, finish.
    expect(counts).toEqual([4, 4]);
  });
});
