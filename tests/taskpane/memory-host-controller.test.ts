// The in-memory host's answers to the controller's and what-if flows: reading another sheet,
// marking and unmarking cells exactly, report sheets that never overwrite, formula cells, and
// blocks on other sheets written and undone with their action.
import { exampleBook } from "../../src/preview/example-book";
import { MemoryHost } from "../../src/preview/memory-host";
import { MARK_COLOR } from "../../src/preview/memory-marks";
import type { WritePlan } from "../../src/workbook/types";

/** A small plan: one formula cell on Gemeenten, a rates block on Tarieven. */
function formulaPlan(): WritePlan {
  return {
    sheet: "Gemeenten",
    top: 1,
    left: 7,
    cells: [[{ kind: "formula", formula: "=ROUND(C2*Tarieven!$C$2,0)", value: "1078", format: "€ #,##0" }]],
    columns: [],
    totalsRow: 1,
    conflicts: [],
    audit: { entries: [{ label: "Schema", value: "test" }] },
    otherBlocks: [
      {
        sheet: "Tarieven",
        top: 0,
        left: 0,
        cells: [
          [
            { kind: "text", value: "Schema" },
            { kind: "text", value: "Onderdeel" },
            { kind: "text", value: "Tarief" },
          ],
          [
            { kind: "text", value: "nml-2023" },
            { kind: "text", value: "basis" },
            { kind: "number", value: "0.08", format: "€ #,##0.00" },
          ],
        ],
      },
    ],
  };
}

describe("MemoryHost for controllers and what-if", () => {
  test("readSheet gives the used range of a named sheet, undefined for a missing one", async () => {
    const host = new MemoryHost(exampleBook());
    const grid = await host.readSheet("Bron");
    expect(grid?.sheet).toBe("Bron");
    expect(grid?.values.flat().some((v) => typeof v === "string" && /besluitstukken/.test(v))).toBe(true);
    expect(await host.readSheet("Tarieven")).toBeUndefined();
  });

  test("marking gives exactly the listed cells a fill; unmarking restores every cell as it was", async () => {
    const book = exampleBook();
    book.setCell("Gemeenten", "C5", { value: 23606, numberFormat: "#,##0", fill: "#00FF00" });
    const host = new MemoryHost(book);
    const before = book.snapshot();
    const record = await host.markCells("Gemeenten", ["C4", "C5", "H30"]);
    expect(book.cell("Gemeenten", "C4")?.fill).toBe(MARK_COLOR);
    expect(book.cell("Gemeenten", "C5")?.fill).toBe(MARK_COLOR);
    expect(book.cell("Gemeenten", "H30")).toEqual({ value: null, fill: MARK_COLOR });
    expect(book.cell("Gemeenten", "C3")?.fill).toBeUndefined();
    expect(record.before.map((f) => f.pattern)).toEqual(["None", "Solid", "None"]);
    await host.unmarkCells(record);
    expect(book.snapshot()).toEqual(before);
  });

  test("marking on a protected sheet is refused and changes nothing", async () => {
    const book = exampleBook();
    book.sheet("Gemeenten")!.isProtected = true;
    const before = book.snapshot();
    await expect(new MemoryHost(book).markCells("Gemeenten", ["C4"])).rejects.toThrow(/beveiligd/);
    expect(book.snapshot()).toEqual(before);
  });

  test("a report goes on a new sheet, Controle (2) when Controle exists; text stays text", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    const first = await host.writeReportSheet("Controle", [[{ kind: "text", value: "=niet rekenen" }, { kind: "number", value: "-330", format: "€ #,##0" }]]);
    const second = await host.writeReportSheet("Controle", [[{ kind: "text", value: "tweede" }]]);
    expect(first.sheet).toBe("Controle");
    expect(second.sheet).toBe("Controle (2)");
    expect(book.cell("Controle", "A1")).toEqual({ value: "=niet rekenen", numberFormat: "@" });
    expect(book.cell("Controle", "B1")).toEqual({ value: -330, numberFormat: "€ #,##0" });
    expect(book.cell("Controle (2)", "A1")?.value).toBe("tweede");
    expect(book.activeSheet).toBe("Controle (2)");
  });

  test("formula cells and a new Tarieven block are written in one action and undone completely", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    const before = book.snapshot();
    const plan = formulaPlan();
    const r = await host.apply(plan, plan.audit, { overwrite: false });
    if (r.status !== "done") throw new Error(r.status);
    expect(book.cell("Gemeenten", "H2")).toEqual({ value: 1078, formula: "=ROUND(C2*Tarieven!$C$2,0)", numberFormat: "€ #,##0" });
    expect(book.cell("Tarieven", "C2")).toEqual({ value: 0.08, numberFormat: "€ #,##0.00" });
    expect(await host.undo(r.undo)).toEqual({ status: "done" });
    expect(book.snapshot()).toEqual(before);
  });

  test("a rate edited on Tarieven since the action is named before undo restores anything", async () => {
    const book = exampleBook();
    const host = new MemoryHost(book);
    const plan = formulaPlan();
    const r = await host.apply(plan, plan.audit, { overwrite: false });
    if (r.status !== "done") throw new Error(r.status);
    book.setCell("Tarieven", "C2", 0.09);
    expect(await host.undo(r.undo)).toEqual({ status: "edited-since", cells: ["Tarieven!C2"] });
    expect(book.cell("Tarieven", "C2")?.value).toBe(0.09);
  });

  test("occupied cells of a block on another sheet are conflicts; a protected side sheet is refused", async () => {
    const book = exampleBook();
    book.addSheet("Tarieven");
    book.setCell("Tarieven", "C2", "eigen notitie");
    const host = new MemoryHost(book);
    const plan = formulaPlan();
    expect(await host.apply(plan, plan.audit, { overwrite: false })).toEqual({ status: "conflicts", cells: ["Tarieven!C2"] });
    book.sheet("Tarieven")!.isProtected = true;
    expect(await host.apply(plan, plan.audit, { overwrite: true })).toEqual({ status: "protected", sheet: "Tarieven" });
    expect(book.cell("Tarieven", "C2")?.value).toBe("eigen notitie");
  });
});
