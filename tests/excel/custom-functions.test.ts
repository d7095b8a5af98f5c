// The simulated Excel calling an add-in's custom functions, as the preview page sets it up
// (src/preview/worksheet-functions.ts): the real VERDEEL functions, associated with Microsoft's
// custom-functions runtime by the list Microsoft's metadata tool makes, found by the names of the
// generated functions.json / functions.en.json. Spills, #SPILL!, recalculation when a cell or a
// user schedule changes, a cancelled stream, what office.js reads back, Dutch typed formulas.
import limburg2020 from "../../src/schedules/limburg-2020.json";
import { shareUserSchedules, listenerCount } from "../../src/functions/schedules";
import type { Schedule } from "../../src/allocation";
import { definitionsFrom } from "../../src/preview/worksheet-functions";
import { catalogOf, formulaFromDutch, type CustomFunctionCatalog, type SimulatedExcel } from "../../src/simulated-excel";
import { generatedMetadata, registeredFunctions } from "../functions/excel-runtime";
import { GOOI_2024 } from "../functions/user-schedule";
import { startExcel, stopExcel } from "../office-js/harness";

let excel: SimulatedExcel;
let catalog: CustomFunctionCatalog;

beforeEach(async () => {
  excel = (await startExcel()).excel;
  const { nl, en } = await generatedMetadata();
  catalog = catalogOf(definitionsFrom(nl, en, await registeredFunctions()));
  excel.addSheet("Blad1", [
    ["Gemeente", "Inwoners"],
    ["a", 1],
    ["b", 1],
    ["c", 1],
  ]);
  excel.useCustomFunctions(catalog);
});
afterEach(() => {
  shareUserSchedules([]);
  stopExcel();
});

/** Waits until `check` holds (a stream's result arrives in a microtask). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

/** Waits until the cell has its result: VERDEEL.SHARE returns a promise, and the cell shows #BUSY! until it settles. */
async function calculated(address: string): Promise<void> {
  expect(excel.cell("Blad1", address).f).toMatch(/^=/);
  await until(() => excel.cell("Blad1", address).err !== "#BUSY!");
}

test("a share spills down from its cell: 100 over three equal populations is 33,34 + 33,33 + 33,33 (the cent left over to the first row)", async () => {
  excel.type("Blad1", "C2", "=VERDEEL.SHARE(B2:B4,100)");
  expect(excel.cell("Blad1", "C2").err).toBe("#BUSY!"); // a promise, as Excel shows it
  await calculated("C2");
  expect(excel.cell("Blad1", "C2")).toEqual({ f: "=VERDEEL.SHARE(B2:B4,100)", v: 33.34 });
  expect(excel.cell("Blad1", "C3")).toEqual({ v: 33.33, spill: true });
  expect(excel.cell("Blad1", "C4")).toEqual({ v: 33.33, spill: true });
  expect(excel.cell("Blad1", "C5")).toEqual({});
});

test("the Dutch and the English name call the same function; a formula that reads the spill (SUM) gets the spilled values", async () => {
  excel.type("Blad1", "C2", "=VERDEEL.AANDEEL(B2:B4,90)");
  excel.type("Blad1", "D2", "=VERDEEL.SHARE(B2:B4,90)");
  excel.type("Blad1", "C6", "=SUM(C2:C4)");
  await calculated("C2");
  await calculated("D2");
  expect([2, 3, 4].map((r) => excel.cell("Blad1", `C${r}`).v)).toEqual([30, 30, 30]);
  expect([2, 3, 4].map((r) => excel.cell("Blad1", `D${r}`).v)).toEqual([30, 30, 30]);
  expect(excel.cell("Blad1", "C6").v).toBe(90);
});

test("a changed population recalculates the spill", async () => {
  excel.type("Blad1", "C2", "=VERDEEL.SHARE(B2:B4,100)");
  await calculated("C2");
  excel.type("Blad1", "B4", 2);
  await calculated("C2");
  // 100 × 1/4, 1/4, 2/4: exact, no cent left over.
  expect([2, 3, 4].map((r) => excel.cell("Blad1", `C${r}`).v)).toEqual([25, 25, 50]);
});

test("a filled cell in the spill area gives #SPILL! and no spilled values; emptied, the spill comes back with the cells' own formats", async () => {
  excel.setCells("Blad1", "C3", [[{ nf: "0.00" }]]);
  excel.type("Blad1", "C4", "x");
  excel.type("Blad1", "C2", "=VERDEEL.SHARE(B2:B4,100)");
  await calculated("C2");
  expect(excel.cell("Blad1", "C2")).toEqual({ f: "=VERDEEL.SHARE(B2:B4,100)", err: "#SPILL!" });
  expect(excel.cell("Blad1", "C3")).toEqual({ nf: "0.00" });
  excel.type("Blad1", "C4", null);
  expect(excel.cell("Blad1", "C3")).toEqual({ v: 33.33, nf: "0.00", spill: true });
  expect(excel.cell("Blad1", "C4")).toEqual({ v: 33.33, spill: true });
});

test("office.js reads a spill as Excel gives it: the formula in its own cell, values below; a value written into the spill blocks it", async () => {
  excel.type("Blad1", "C2", "=VERDEEL.SHARE(B2:B4,100)");
  await calculated("C2");
  await Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("Blad1").getRange("C2:C4");
    range.load(["formulas", "values", "valueTypes"]);
    await ctx.sync();
    expect(range.formulas).toEqual([["=VERDEEL.SHARE(B2:B4,100)"], [33.33], [33.33]]);
    expect(range.values).toEqual([[33.34], [33.33], [33.33]]);
    expect(range.valueTypes).toEqual([["Double"], ["Double"], ["Double"]]);
    ctx.workbook.worksheets.getItem("Blad1").getRange("C3").values = [[7]];
    await ctx.sync();
  });
  expect(excel.cell("Blad1", "C2").err).toBe("#SPILL!");
  expect(excel.cell("Blad1", "C3")).toEqual({ v: 7 });
});

test("an error keeps the function's message; an error in an argument is the result", async () => {
  excel.type("Blad1", "C2", "=VERDEEL.SHARE(A2:A4,100)");
  await calculated("C2");
  const cell = excel.cell("Blad1", "C2");
  expect(cell.err).toBe("#VALUE!");
  expect(cell.msg).toMatch(/^inwoners_bereik, rij 1: "a" is tekst, geen getal\./);
  expect(excel.cell("Blad1", "C3")).toEqual({});
  excel.type("Blad1", "B3", "#N/A");
  excel.type("Blad1", "D2", "=VERDEEL.SHARE(B2:B4,100)");
  expect(excel.cell("Blad1", "D2")).toEqual({ f: "=VERDEEL.SHARE(B2:B4,100)", err: "#N/A" });
});

test("an argument left out is null to the function: VERDEEL.SCHEDULE(\"limburg-2020\",,\"titel\") is the schedule's Dutch title", () => {
  excel.type("Blad1", "E1", '=VERDEEL.SCHEDULE("limburg-2020",,"titel")');
  expect(excel.cell("Blad1", "E1").v).toBe(limburg2020.title.nl);
});

test("a streaming function follows the user's schedules (shared runtime), and stops listening when its formula is deleted", async () => {
  const gooi = GOOI_2024 as unknown as Schedule;
  const listening = listenerCount();
  excel.type("Blad1", "E2", '=VERDEEL.CONTRIBUTION(11536,"gooi-2024")');
  expect(excel.cell("Blad1", "E2").msg).toMatch(/^Onbekend verdeelschema "gooi-2024"/);
  expect(listenerCount()).toBe(listening + 1);
  let redraws = 0;
  excel.subscribe(() => redraws++);

  shareUserSchedules([gooi]);
  // 11.536 × € 0,05 = € 576,80.
  await until(() => excel.cell("Blad1", "E2").v === 576.8);
  expect(excel.cell("Blad1", "E2").err).toBeUndefined();
  expect(redraws).toBeGreaterThan(0);

  // Another cell changing does not call the stream again: it keeps its one listener.
  excel.type("Blad1", "B2", 5);
  expect(listenerCount()).toBe(listening + 1);

  shareUserSchedules([]);
  await until(() => excel.cell("Blad1", "E2").err === "#VALUE!");
  excel.type("Blad1", "E2", null);
  expect(listenerCount()).toBe(listening);
});

test("a formula typed the Dutch way is stored as Excel stores it: ';' → ',', the decimal comma → '.', Dutch names → English; quoted text stays", () => {
  expect(formulaFromDutch("=VERDEEL.AANDEEL(C2:C16;90000,5)", catalog)).toBe("=VERDEEL.SHARE(C2:C16,90000.5)");
  expect(formulaFromDutch('=VERDEEL.BIJDRAGE(13478;"limburg-2020";;0,09)', catalog)).toBe('=VERDEEL.CONTRIBUTION(13478,"limburg-2020",,0.09)');
  expect(formulaFromDutch("=AFRONDEN(SOM('Blad 1;2'!C2:C4)*0,08;2)", catalog)).toBe("=ROUND(SUM('Blad 1;2'!C2:C4)*0.08,2)");
  expect(formulaFromDutch('=VERDEEL.SCHEMA("a;b,c""d";;"titel")', catalog)).toBe('=VERDEEL.SCHEDULE("a;b,c""d",,"titel")');
  expect(formulaFromDutch("1,5", catalog)).toBe("1,5");
});
