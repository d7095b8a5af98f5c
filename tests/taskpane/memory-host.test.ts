// The in-memory host's own behaviour (the pane's tests rely on it being faithful): reading,
// writing a plan, conflicts, protection, filters, the audit row, exact undo, edits since.
import { allocate } from "../../src/allocation";
import type { UndoRecord } from "../../src/host";
import { exampleBook, syntheticBook } from "../../src/preview/example-book";
import { EXAMPLE_NOTE, NML_MUNICIPALITIES } from "../../src/preview/example-data";
import { AUDIT_SHEET, GENERAL, MemoryHost, MemoryWorkbook, snapshotOf, TEXT_FORMAT } from "../../src/preview/memory-host";
import { findSchedule } from "../../src/schedules";
import { detectTable, EURO_WHOLE_FORMAT, planApply, toMunicipalities } from "../../src/workbook";
import type { WritePlan } from "../../src/workbook/types";

async function planFor(host: MemoryHost, budgetLines: Record<string, string> = {}): Promise<WritePlan> {
  const input = await host.readInput();
  const { table } = detectTable(input.grid);
  if (!table) throw new Error("no table");
  const schedule = findSchedule("nml-2023")!;
  return planApply({
    grid: input.grid,
    table,
    allocation: allocate(schedule, toMunicipalities(table)),
    budgetLines,
    lang: "nl",
    toolVersion: "test",
    now: new Date("2024-01-01T12:00:00Z"),
  });
}

async function applyOk(host: MemoryHost, plan: WritePlan, overwrite = false): Promise<UndoRecord> {
  const r = await host.apply(plan, plan.audit, { overwrite });
  if (r.status !== "done") throw new Error(`apply: ${r.status}`);
  return r.undo;
}

describe("the example workbook in memory", () => {
  test("has the cells of examples/noord-midden-limburg.xlsx", () => {
    const book = exampleBook();
    expect(book.sheets.map((s) => s.name)).toEqual(["Gemeenten", "Bron"]);
    expect(book.cell("Gemeenten", "A1")?.value).toBe("Gemeente");
    expect(book.cell("Gemeenten", "C1")?.value).toBe("Inwoners");
    expect(book.cell("Gemeenten", "A16")?.value).toBe("Weert");
    expect(book.cell("Gemeenten", "B16")?.value).toBe("GM0988");
    expect(book.cell("Gemeenten", "C16")).toEqual({ value: 50020, numberFormat: "#,##0" });
    expect(book.cell("Gemeenten", "A18")?.value).toBe(EXAMPLE_NOTE);
    expect(book.cell("Bron", "C2")?.value).toMatch(/besluitstukken/);
    expect(NML_MUNICIPALITIES).toHaveLength(15);
  });

  test("a synthetic workbook has the asked number of municipalities, Weert last", async () => {
    const host = new MemoryHost(syntheticBook(342));
    const { table } = detectTable((await host.readInput()).grid);
    expect(table?.rows).toHaveLength(342);
    expect(table?.rows[341]).toMatchObject({ name: "Weert", population: 50020 });
    expect(new Set(table?.rows.map((r) => r.code)).size).toBe(342);
  });
});

describe("MemoryHost", () => {
  test("reads the active sheet from A1 to the last used cell, with formulas, formats and sheet state", async () => {
    const book = exampleBook();
    book.setCell("Gemeenten", "E3", { value: 26, formula: "=C3/500" });
    book.sheet("Gemeenten")!.hiddenRows.add(5);
    const input = await new MemoryHost(book).readInput();
    expect(input.source).toBe("used-range");
    expect(input.rect).toEqual({ top: 0, left: 0, bottom: 17, right: 4 });
    expect(input.grid.values[15].slice(0, 3)).toEqual(["Weert", "GM0988", 50020]);
    expect(input.grid.values[2][4]).toBe(26);
    expect(input.grid.formulas?.[2][4]).toBe("=C3/500");
    expect(input.grid.numberFormats?.[15][2]).toBe("#,##0");
    expect(input.grid.hiddenRows).toEqual([5]);
    expect(input.grid.protected).toBe(false);
  });

  test("reports source 'table' when the selection is in an Excel table", async () => {
    const book = exampleBook();
    book.sheet("Gemeenten")!.tables = [{ name: "Tabel1", rect: { top: 0, left: 0, bottom: 15, right: 2 } }];
    book.selection = { sheet: "Gemeenten", address: "B4" };
    const input = await new MemoryHost(book).readInput();
    expect(input.source).toBe("table");
    expect(input.grid.tables?.[0].name).toBe("Tabel1");
  });

  test("writes numbers with their format, text as text, and one audit row", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    const plan = await planFor(host, { basis: "=6700001", uitbreiding: "56814/44320" });
    const r = await host.apply(plan, plan.audit, { overwrite: false });
    expect(r.status).toBe("done");
    if (r.status !== "done") return;
    expect(book.cell("Gemeenten", "D16")).toEqual({ value: 4002, numberFormat: EURO_WHOLE_FORMAT });
    expect(book.cell("Gemeenten", "F16")).toEqual({ value: 7503, numberFormat: EURO_WHOLE_FORMAT });
    // A budget line that looks like a formula stays text, in a text-formatted cell.
    expect(book.cell("Gemeenten", "G16")).toEqual({ value: "=6700001", numberFormat: TEXT_FORMAT });
    expect(book.cell("Gemeenten", "H16")).toEqual({ value: "56814/44320" });
    expect(book.cell("Gemeenten", "A17")?.value).toBe("Totaal");
    expect(r.cellsWritten).toBe(r.undo.before.length);
    expect(r.undo.label).toBe("Gemeenten!D1:H17");
    expect(r.undo.auditSheetCreated).toBe(true);
    // The audit sheet as the Office host writes it: labels in row 1, the action's values in row 2, as text.
    expect(r.undo.auditRow).toBe(1);
    const audit = book.sheet(AUDIT_SHEET)!;
    expect(audit.get(0, 0)).toEqual({ value: "Tijdstip", numberFormat: TEXT_FORMAT });
    expect(audit.get(1, 0)).toEqual({ value: "2024-01-01T12:00:00.000Z", numberFormat: TEXT_FORMAT });
    const last = plan.audit.entries.length - 1;
    expect(audit.get(0, last)?.value).toBe("Versie");
    expect(audit.get(1, last)?.value).toBe("test");
    // Snapshots: before every written cell was empty, after holds what was written.
    expect(r.undo.before.every((s) => s.formula === "" && s.numberFormat === GENERAL)).toBe(true);
    expect(r.undo.after.find((s) => s.row === 15 && s.col === 3)).toEqual({
      row: 15,
      col: 3,
      formula: 4002,
      numberFormat: EURO_WHOLE_FORMAT,
    });
  });

  test("refuses to overwrite filled cells without a yes, listing them, and writes nothing", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    const plan = await planFor(host);
    expect(plan.conflicts).toEqual([]);
    // Filled after reading: the host checks the sheet itself, not the plan's list.
    book.setCell("Gemeenten", "E5", { value: 1, formula: "=1" });
    book.setCell("Gemeenten", "D2", "oud");
    const before = book.snapshot();
    const r = await host.apply(plan, plan.audit, { overwrite: false });
    expect(r).toEqual({ status: "conflicts", cells: ["D2", "E5"] });
    expect(book.snapshot()).toEqual(before);
    book.setCell("Gemeenten", "F9", 5);
    const again = await host.apply(plan, plan.audit, { overwrite: false });
    expect(again).toEqual({ status: "conflicts", cells: ["D2", "E5", "F9"] });
    const done = await applyOk(host, plan, true);
    expect(book.cell("Gemeenten", "D2")?.value).toBe(1078);
    expect(done.before.find((s) => s.row === 4 && s.col === 4)).toEqual({ row: 4, col: 4, formula: "=1", numberFormat: GENERAL });
  });

  test("a merged range in the target columns is a conflict, and is never written through", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    const plan = await planFor(host);
    book.sheet("Gemeenten")!.merges = [{ top: 3, left: 3, bottom: 3, right: 4 }];
    expect(await host.apply(plan, plan.audit, { overwrite: false })).toEqual({ status: "conflicts", cells: ["D4:E4"] });
    await expect(host.apply(plan, plan.audit, { overwrite: true })).rejects.toThrow(/Samengevoegde cellen/);
  });

  test("refuses a protected sheet, and a filter unless asked to clear and restore it", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    const plan = await planFor(host);
    const sheet = book.sheet("Gemeenten")!;
    sheet.isProtected = true;
    expect(await host.apply(plan, plan.audit, { overwrite: true })).toEqual({ status: "protected", sheet: "Gemeenten" });
    sheet.isProtected = false;
    sheet.filterActive = true;
    sheet.hiddenRows.add(3);
    const before = book.snapshot();
    expect(await host.apply(plan, plan.audit, { overwrite: true })).toEqual({ status: "filtered", sheet: "Gemeenten" });
    expect(book.snapshot()).toEqual(before);
    expect(host.filterClears).toBe(0);
    const r = await host.apply(plan, plan.audit, { overwrite: true, clearFilter: true });
    expect(r.status).toBe("done");
    expect(host.filterClears).toBe(1);
    expect(sheet.filterActive).toBe(true);
    expect([...sheet.hiddenRows]).toEqual([3]);
  });

  test("undo restores every cell exactly (values, formulas with their results, formats) and removes the audit row", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    book.setCell("Gemeenten", "E5", { value: 42, formula: "=C5/1000", numberFormat: "0.0" });
    book.setCell("Gemeenten", "F3", "notitie", "@");
    const original = book.snapshot();
    const first = await applyOk(host, await planFor(host), true);
    const afterFirst = book.snapshot();
    const second = await applyOk(host, await planFor(host, { basis: "123" }), true);
    expect(book.sheet(AUDIT_SHEET)!.usedRect()?.bottom).toBe(2);
    expect(second.auditRow).toBe(2);
    expect(second.auditSheetCreated).toBe(false);
    expect(second.auditHeaderColumns).toEqual([]);
    expect(await host.undo(second)).toEqual({ status: "done" });
    expect(book.snapshot()).toEqual(afterFirst);
    expect(await host.undo(first)).toEqual({ status: "done" });
    expect(book.snapshot()).toEqual(original);
    expect(book.sheet(AUDIT_SHEET)).toBeUndefined();
  });

  test("undo notices cells edited since (value or format) and restores them only when forced", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    const original = book.snapshot();
    const record = await applyOk(host, await planFor(host));
    book.setCell("Gemeenten", "E16", 3600);
    book.setCell("Gemeenten", "D2", 1078, "0.00");
    const edited = book.snapshot();
    expect(await host.undo(record)).toEqual({ status: "edited-since", cells: ["D2", "E16"] });
    expect(book.snapshot()).toEqual(edited);
    expect(await host.undo(record, { force: true })).toEqual({ status: "done" });
    expect(book.snapshot()).toEqual(original);
  });

  test("an audit label the header lacks gets a new column, and undo clears that header cell again", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    await applyOk(host, await planFor(host));
    const afterFirst = book.snapshot();
    const plan = await planFor(host);
    const width = book.sheet(AUDIT_SHEET)!.usedRect()!.right + 1;
    plan.audit.entries.push({ label: "Extra", value: "ja" });
    const record = await applyOk(host, plan, true);
    expect(record.auditHeaderColumns).toEqual([width]);
    expect(book.cell(AUDIT_SHEET, `${String.fromCharCode(65 + width)}1`)?.value).toBe("Extra");
    await host.undo(record);
    expect(book.snapshot()).toEqual(afterFirst);
  });

  test("snapshots mark constant text, so '=x' and '007' come back as text", () => {
    expect(snapshotOf(0, 0, { value: "=x", numberFormat: "@" })).toEqual({
      row: 0,
      col: 0,
      formula: "=x",
      numberFormat: "@",
      text: true,
    });
    expect(snapshotOf(0, 0, { value: 3, formula: "=1+2" })).toEqual({ row: 0, col: 0, formula: "=1+2", numberFormat: GENERAL });
    expect(snapshotOf(0, 0, { value: { error: "#N/A" } })).toEqual({ row: 0, col: 0, formula: "#N/A", numberFormat: GENERAL });
  });

  test("an undo record alone (another host on the same workbook) restores constants and formats exactly", async () => {
    const book = exampleBook();
    book.setCell("Gemeenten", "D3", "=tekst");
    book.setCell("Gemeenten", "E4", 7, "0.00");
    book.setCell("Gemeenten", "F5", "007");
    book.setCell("Gemeenten", "D6", { error: "#N/A" });
    const original = book.snapshot();
    const record = await applyOk(new MemoryHost(book), await planFor(new MemoryHost(book)), true);
    expect(await new MemoryHost(book).undo(record)).toEqual({ status: "done" });
    expect(book.snapshot()).toEqual(original);
  });

  test("undo refuses a protected sheet and a sheet that is gone, with a message", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    const record = await applyOk(host, await planFor(host));
    book.sheet("Gemeenten")!.isProtected = true;
    await expect(host.undo(record)).rejects.toThrow(/beveiligd/);
    book.removeSheet("Gemeenten");
    await expect(host.undo(record)).rejects.toThrow(/Gemeenten bestaat niet/);
  });

  test("select makes the sheet active and remembers the selection; a bad address or sheet throws", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    let changes = 0;
    const stop = book.subscribe(() => changes++);
    await host.select("Bron", "C5");
    expect(book.activeSheet).toBe("Bron");
    expect(book.selection).toEqual({ sheet: "Bron", address: "C5" });
    await host.select("Gemeenten", "E2:E16");
    expect(host.selections).toEqual([
      { sheet: "Bron", address: "C5" },
      { sheet: "Gemeenten", address: "E2:E16" },
    ]);
    expect(changes).toBe(2);
    stop();
    await expect(host.select("Nergens", "A1")).rejects.toThrow(/Nergens/);
    await expect(host.select("Bron", "5C")).rejects.toThrow();
  });

  test("keeps choices as JSON, separate from the caller's objects, and counts saves during actions", async () => {
    const host = new MemoryHost(exampleBook(), { language: "en" });
    expect(host.language()).toBe("en");
    expect(await host.loadChoices()).toBeUndefined();
    const choices = { scheduleId: "nml-2023", rates: { uitbreiding: "0.09" } };
    await host.saveChoices(choices);
    choices.rates.uitbreiding = "1";
    expect(await host.loadChoices()).toEqual({ scheduleId: "nml-2023", rates: { uitbreiding: "0.09" } });
    expect(host.saveCount).toBe(1);
    expect(host.savesDuringAction).toBe(0);
  });

  test("deleting a row moves the rows below up; snapshots describe empty cells as '' in General", () => {
    const book = new MemoryWorkbook();
    const s = book.addSheet("X");
    s.put(0, 0, { value: "a" });
    s.put(1, 0, { value: "b" });
    s.put(2, 0, { value: "c" });
    s.deleteRow(1);
    expect(s.get(0, 0)?.value).toBe("a");
    expect(s.get(1, 0)?.value).toBe("c");
    expect(s.get(2, 0)).toBeUndefined();
    expect(snapshotOf(5, 5, undefined)).toEqual({ row: 5, col: 5, formula: "", numberFormat: GENERAL });
  });
});
