// The host contract on the Office host: src/excel on Microsoft's office.js, with the simulated
// Excel behind it, read back from the simulation's workbook model. (The file host runs the same
// suite in file-host.contract.test.ts.)
import { createOfficeHost } from "../../src/excel/office-host";
import type { UndoRecord } from "../../src/host";
import type { CellInput, SimulatedExcel } from "../../src/simulated-excel";
import { startExcel, stopExcel } from "../office-js/harness";
import { hostContract, type ContractCell, type ContractHost, type ContractInput } from "./contract";

function simInput(c: ContractInput): CellInput {
  return c !== null && typeof c === "object" ? { v: c.value, nf: c.format } : c;
}

function contractCells(excel: SimulatedExcel, sheet: string): Record<string, ContractCell> {
  const out: Record<string, ContractCell> = {};
  for (const [a1, c] of Object.entries(excel.dump(sheet).cells)) {
    if (c.v === undefined && c.f === undefined && c.err === undefined) continue;
    const cell: ContractCell = {};
    if (c.v !== undefined) cell.value = c.v;
    if (c.err !== undefined) cell.value = c.err;
    if (c.f !== undefined) cell.formula = c.f;
    if (c.nf !== undefined) cell.format = c.nf;
    out[a1] = cell;
  }
  return out;
}

const officeHost: ContractHost = {
  name: "the Office host on office.js",
  async open(book) {
    const { excel } = await startExcel();
    for (const s of book.sheets) {
      excel.addSheet(s.name, s.rows.map((row) => row.map(simInput)));
      for (const t of s.tables ?? []) excel.addTable(s.name, t.name, t.range, { showTotals: t.showTotals });
    }
    excel.select(book.sheets[0].name, "A1");
    const host = createOfficeHost();
    const done: UndoRecord[] = [];
    return {
      async apply(plan, options) {
        const result = await host.apply(plan, plan.audit, { overwrite: options?.overwrite === true });
        if (result.status !== "done") throw new Error(`apply: ${JSON.stringify(result)}`);
        done.push(result.undo);
      },
      async undo() {
        const record = done.pop();
        if (!record) throw new Error("undo: nothing applied");
        const result = await host.undo(record);
        if (result.status !== "done") throw new Error(`undo: ${JSON.stringify(result)}`);
      },
      sheetNames: async () => excel.sheetNames(),
      cells: async (sheet) => contractCells(excel, sheet),
      tables: async (sheet) => excel.dump(sheet).tables.map((t) => ({ name: t.name, range: t.range, columns: t.columns, showTotals: t.showTotals })),
    };
  },
  close: stopExcel,
};

describe(officeHost.name, () => hostContract(officeHost));
