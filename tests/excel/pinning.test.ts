// The user may switch sheets while an action is under way (between two of its batches). Every
// multi-batch action works on the sheet (and table) it started on: readInput never reports one
// sheet's name with another sheet's cells, and apply, undo, the marks and a report never read or
// write elsewhere. Both with Excel returning object ids and without: without ids office.js
// re-sends a path such as GetActiveWorksheet() in every later request.
import type { ApplyResult, UndoRecord } from "../../src/host";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { NML_ROWS, countSyncs, planFor, setup, teardown } from "./helpers";

afterEach(teardown);

const LINES = { basis: "6700001", uitbreiding: "56814/44320" };
const BRON = [
  ["Bron", "Aantal"],
  ["CBS", 1],
  ["Provincie", 2],
];

function done(r: ApplyResult): UndoRecord {
  if (r.status !== "done") throw new Error(`not done: ${JSON.stringify(r)}`);
  return r.undo;
}

/** The user clicks the Bron tab and a cell on it. */
function switchToBron(excel: SimulatedExcel): void {
  excel.select("Bron", "B2");
}

async function workbook(returnIds: boolean): Promise<Awaited<ReturnType<typeof setup>>> {
  const s = await setup(NML_ROWS, { returnIds });
  s.excel.addSheet("Bron", BRON);
  s.excel.select("Gemeenten", "B3");
  return s;
}

describe.each([
  ["with object ids", true],
  ["without object ids", false],
])("switching sheets between batches, %s", (_name, returnIds) => {
  test("readInput: the grid is the sheet it started on, name and cells alike", async () => {
    const plain = await workbook(returnIds);
    const { result: expected, syncs } = await countSyncs(plain.excel, () => plain.host.readInput());
    for (let k = 2; k <= syncs; k++) {
      const { excel, host } = await workbook(returnIds);
      excel.beforeRequest(k, () => switchToBron(excel));
      const read = await host.readInput();
      expect(read).toEqual(expected);
      expect(excel.book.activeSheet).toBe("Bron");
    }
  });

  test("readInput in a table: the table of the sheet it started on", async () => {
    const make = async (): Promise<Awaited<ReturnType<typeof setup>>> => {
      const s = await workbook(returnIds);
      s.excel.addTable("Gemeenten", "Gemeenten2023", "A1:C16");
      s.excel.addTable("Bron", "Bronnen", "A1:B3");
      s.excel.select("Gemeenten", "B3");
      return s;
    };
    const plain = await make();
    const { result: expected, syncs } = await countSyncs(plain.excel, () => plain.host.readInput());
    expect(expected.source).toBe("table");
    expect(syncs).toBe(3);
    for (let k = 2; k <= syncs; k++) {
      const { excel, host } = await make();
      excel.beforeRequest(k, () => switchToBron(excel));
      expect(await host.readInput()).toEqual(expected);
    }
  });

  test("apply and undo: every batch on the plan's sheet, Bron untouched", async () => {
    const plain = await workbook(returnIds);
    const plan = planFor(await plain.host.readInput(), "nml-2023", LINES);
    const original = plain.excel.dump("Gemeenten");
    const { syncs: applySyncs } = await countSyncs(plain.excel, () => plain.host.apply(plan, plan.audit, { overwrite: false }));
    const written = plain.excel.dump("Gemeenten");
    for (let k = 2; k <= applySyncs; k++) {
      const { excel, host } = await workbook(returnIds);
      const bron = excel.dump("Bron");
      excel.beforeRequest(k, () => switchToBron(excel));
      const record = done(await host.apply(plan, plan.audit, { overwrite: false }));
      expect(excel.dump("Gemeenten")).toEqual(written);
      expect(excel.dump("Bron")).toEqual(bron);
      const { syncs: undoSyncs } = await countSyncs(excel, async () => {
        excel.beforeRequest(Math.min(k, 4), () => excel.select("Gemeenten", "A1"));
        return host.undo(record);
      });
      expect(undoSyncs).toBe(4);
      expect(excel.dump("Gemeenten")).toEqual(original);
      expect(excel.dump("Bron")).toEqual(bron);
    }
  });

  test("marks and a report: on the sheet named, whatever is active in between", async () => {
    const { excel, host } = await workbook(returnIds);
    const bron = excel.dump("Bron");
    excel.beforeRequest(2, () => switchToBron(excel));
    const marks = await host.markCells("Gemeenten", ["C3", "C5"]);
    expect(excel.cell("Gemeenten", "C3").fill?.color).toBe("#FFC7CE");
    excel.select("Gemeenten", "A1");
    excel.beforeRequest(2, () => switchToBron(excel));
    await host.unmarkCells(marks);
    expect(excel.cell("Gemeenten", "C3").fill).toBeUndefined();
    excel.beforeRequest(2, () => switchToBron(excel));
    const { sheet } = await host.writeReportSheet("Controle", [[{ kind: "text", value: "Rapport" }]]);
    expect(excel.cell(sheet, "A1")).toEqual({ v: "Rapport", nf: "@" });
    expect(excel.dump("Bron")).toEqual(bron);
  });
});

test("apply: a sheet renamed between two batches is still the sheet written (pinned by its id)", async () => {
  const { excel, host } = await workbook(false);
  const plan = planFor(await host.readInput(), "nml-2023", LINES);
  excel.beforeRequest(3, () => excel.renameSheet("Gemeenten", "Gemeenten 2023"));
  done(await host.apply(plan, plan.audit, { overwrite: false }));
  expect(excel.cell("Gemeenten 2023", "F15")).toEqual({ v: 7503, nf: expect.any(String) });
});
