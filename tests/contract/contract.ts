// The host contract suite: the same plan carried out by each host (the Office host on office.js
// and the simulated Excel; the file host on .xlsx files) gives the same cells, number formats,
// tables and audit rows. Each host plugs in through a ContractHost (one describe per host); the
// expected result is derived from the plan and the host rules (src/workbook/host-rules.ts), never
// from a host's own output, so hosts that pass agree with each other.
//
// Where the hosts legitimately differ, a host says so in `without`, with the reason, and the suite
// checks that it indeed does not offer it (nothing is skipped silently):
//   - undo: only the Office host keeps an undo record (the pane's `Ongedaan maken`); the command
//     writes a new file and never changes its input, so there is nothing to undo.
// Differences outside what this suite carries out, tested in each host's own suite:
//   - a plan with filled target cells: the Office host returns them and the pane asks
//     (tests/excel); the command refuses with exit 2 unless --force (tests/cli). Both write nothing
//     without a yes, and with a yes carry out the same plan (the overwrite test below).
//   - an active filter: the Office host clears and restores it on a yes; the command refuses the
//     sheet (a copy cannot ask). A protected sheet is refused by both.
import { allocate } from "../../src/allocation";
import { findSchedule } from "../../src/schedules";
import { AUDIT_SHEET, TEXT_FORMAT, auditValue, detectTable, fromA1, planApply, toA1, toMunicipalities } from "../../src/workbook";
import type { CellValue, Grid, PlannedCell, TableInfo, WritePlan } from "../../src/workbook/types";

/** A cell as a user typed it into the workbook before the host opens it. */
export type ContractInput = null | string | number | { value: string | number; format: string };

export interface ContractSheet {
  name: string;
  /** Rows from A1. */
  rows: ContractInput[][];
  tables?: { name: string; range: string; showTotals?: boolean }[];
}

/** A workbook in host-neutral terms; the first sheet's A1 is selected. */
export interface ContractWorkbook {
  sheets: ContractSheet[];
}

/** A cell as a host left it: only what is set (no `format` = General). */
export interface ContractCell {
  value?: string | number | boolean;
  formula?: string;
  format?: string;
}

export interface ContractTable {
  name: string;
  range: string;
  columns: string[];
  showTotals: boolean;
}

/** One workbook opened in a host. */
export interface OpenedWorkbook {
  /** Carries out a plan and its audit record; filled target cells only with `overwrite` (the user's yes). */
  apply(plan: WritePlan, options?: { overwrite?: boolean }): Promise<void>;
  /** Undoes the last apply (hosts without undo leave it out and say why in `ContractHost.without`). */
  undo?(): Promise<void>;
  sheetNames(): Promise<string[]>;
  /** Every non-empty cell of a sheet, by A1 address. */
  cells(sheet: string): Promise<Record<string, ContractCell>>;
  tables(sheet: string): Promise<ContractTable[]>;
}

/** A host under the contract. */
export interface ContractHost {
  name: string;
  open(book: ContractWorkbook): Promise<OpenedWorkbook>;
  /** Called after each test (close files, remove globals). */
  close?(): Promise<void> | void;
  /** What this host legitimately does not offer, each with the reason. */
  without?: { undo?: string };
}

const NOW = new Date(2024, 2, 1, 10, 0);

/** The sheet as a Grid, as every host reads it (the plan is made once, from this). */
export function gridOf(sheet: ContractSheet): Grid {
  const values: CellValue[][] = sheet.rows.map((row) => row.map((c) => (c === null ? null : typeof c === "object" ? c.value : c)));
  const numberFormats = sheet.rows.map((row) => row.map((c) => (c !== null && typeof c === "object" ? c.format : "General")));
  const tables: TableInfo[] = (sheet.tables ?? []).map((t) => {
    const [a, b] = t.range.split(":").map(fromA1);
    return { name: t.name, rect: { top: a.row, left: a.col, bottom: b.row, right: b.col }, hasTotalsRow: t.showTotals === true };
  });
  return { sheet: sheet.name, top: 0, left: 0, values, numberFormats, tables };
}

/** The plan the workbook layer makes for a sheet: nml-2023, budget lines given. */
export function contractPlan(sheet: ContractSheet, lang: "nl" | "en" = "nl"): WritePlan {
  const grid = gridOf(sheet);
  const table = detectTable(grid).table;
  if (!table) throw new Error(`contract: nothing detected on ${sheet.name}`);
  const schedule = findSchedule("nml-2023");
  if (!schedule) throw new Error("contract: no nml-2023");
  return planApply({
    grid,
    table,
    allocation: allocate(schedule, toMunicipalities(table)),
    budgetLines: { basis: "6700001", uitbreiding: "=56814/44320" },
    lang,
    toolVersion: "contract",
    now: NOW,
  });
}

/** A planned cell as every host must leave it (the host rules: text as text, numbers with their format). */
function expectedCell(p: PlannedCell): ContractCell | undefined {
  switch (p.kind) {
    case "skip":
      return undefined;
    case "text":
      return { value: p.value, format: TEXT_FORMAT };
    case "number":
      return { value: Number(p.value), format: p.format };
    case "formula":
      return { value: Number(p.value), formula: p.formula, format: p.format };
  }
}

function inputCell(c: ContractInput): ContractCell | undefined {
  if (c === null) return undefined;
  if (typeof c === "object") return { value: c.value, format: c.format };
  return { value: c };
}

/**
 * Every cell of the data sheet after the plan, from the plan and the host rules alone; `joined`:
 * whether the plan's table join took place (its totals formulas are written only then).
 */
export function expectedCells(sheet: ContractSheet, plan: WritePlan, joined = true): Record<string, ContractCell> {
  const out: Record<string, ContractCell> = {};
  sheet.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      const cell = inputCell(c);
      if (cell) out[toA1(r, col)] = cell;
    }),
  );
  const totals = new Map((joined ? (plan.tableJoin?.totals ?? []) : []).map((t) => [t.column, t.formula]));
  plan.cells.forEach((row, r) =>
    row.forEach((p, c) => {
      const col = plan.left + c;
      let cell = expectedCell(p);
      const formula = plan.top + r === plan.totalsRow ? totals.get(col) : undefined;
      if (cell && formula) cell = { ...cell, formula };
      if (cell) out[toA1(plan.top + r, col)] = cell;
    }),
  );
  for (const e of plan.extraCells ?? []) {
    const cell = expectedCell(e.cell);
    if (cell) out[toA1(e.row, e.col)] = cell;
  }
  return out;
}

/** The audit sheet's rows as label -> value (row 1 holds the labels). */
function auditRows(cells: Record<string, ContractCell>): Record<string, string>[] {
  const rows = new Map<number, Map<number, ContractCell>>();
  for (const [a1, cell] of Object.entries(cells)) {
    const { row, col } = fromA1(a1);
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)?.set(col, cell);
  }
  const header = rows.get(0) ?? new Map<number, ContractCell>();
  return [...rows.keys()]
    .filter((r) => r > 0)
    .sort((a, b) => a - b)
    .map((r) => Object.fromEntries([...(rows.get(r) ?? new Map<number, ContractCell>())].map(([col, c]) => [String(header.get(col)?.value), String(c.value)])));
}

const NML: ContractInput[][] = [
  ["Gemeente", "Gemeentecode", "Inwoners"],
  ["Beesel", "GM0889", { value: 13478, format: "#,##0" }],
  ["Venlo", "GM0983", { value: 102300, format: "#,##0" }],
  ["Weert", "GM0988", { value: 50020, format: "#,##0" }],
];

/** The suite, for one host. */
export function hostContract(host: ContractHost): void {
  afterEach(async () => {
    await host.close?.();
  });

  /** The plan without cells: an action that adds only its audit row (with `audit`'s record). */
  const auditOnly = (plan: WritePlan, audit = plan.audit): WritePlan => ({
    ...plan,
    cells: plan.cells.map((row) => row.map((): PlannedCell => ({ kind: "skip" }))),
    extraCells: [],
    audit,
  });

  async function applied(sheet: ContractSheet): Promise<{ book: OpenedWorkbook; plan: WritePlan }> {
    const book = await host.open({ sheets: [sheet] });
    const plan = contractPlan(sheet);
    await book.apply(plan);
    return { book, plan };
  }

  test("a plain range: amounts with their euro format, text (also '=56814/44320' and '6700001') as text, the totals row, nothing else changed", async () => {
    const sheet: ContractSheet = { name: "Gemeenten", rows: NML };
    const { book, plan } = await applied(sheet);
    expect(await book.cells("Gemeenten")).toEqual(expectedCells(sheet, plan));
    expect(await book.tables("Gemeenten")).toEqual([]);
  });

  test("an Excel table: the new columns join it, named by their headers", async () => {
    const sheet: ContractSheet = { name: "Gemeenten", rows: NML, tables: [{ name: "Tabel1", range: "A1:C4" }] };
    const { book, plan } = await applied(sheet);
    expect(plan.tableJoin?.columns).toEqual([3, 4, 5, 6, 7]);
    expect(await book.cells("Gemeenten")).toEqual(expectedCells(sheet, plan));
    const headers = plan.cells[0].map((c) => (c.kind === "text" ? c.value : ""));
    expect(await book.tables("Gemeenten")).toEqual([{ name: "Tabel1", range: "A1:H4", columns: ["Gemeente", "Gemeentecode", "Inwoners", ...headers], showTotals: false }]);
  });

  test("an Excel table with its own totals row: SUBTOTAL(109, …) in it for the amounts and totals, with the plan's figures as their values", async () => {
    const rows: ContractInput[][] = [...NML, ["Totaal", null, { value: 165798, format: "#,##0" }]];
    const sheet: ContractSheet = { name: "Gemeenten", rows, tables: [{ name: "Tabel1", range: "A1:C5", showTotals: true }] };
    const { book, plan } = await applied(sheet);
    expect(plan.tableJoin?.totals.map((t) => t.formula)).toEqual([
      "=SUBTOTAL(109,Tabel1[Bijdrage basis 2023])",
      "=SUBTOTAL(109,Tabel1[Bijdrage uitbreiding 2023])",
      "=SUBTOTAL(109,Tabel1[Bijdrage totaal 2023])",
    ]);
    expect(await book.cells("Gemeenten")).toEqual(expectedCells(sheet, plan));
    expect((await book.tables("Gemeenten"))[0]).toMatchObject({ range: "A1:H5", showTotals: true });
  });

  test("the audit sheet: a header row of labels and one row per action, every cell text, the time local", async () => {
    const sheet: ContractSheet = { name: "Gemeenten", rows: NML };
    const book = await host.open({ sheets: [sheet] });
    const plan = contractPlan(sheet);
    await book.apply(plan);
    await book.apply(auditOnly(plan));
    expect(await book.sheetNames()).toEqual(["Gemeenten", AUDIT_SHEET]);
    const cells = await book.cells(AUDIT_SHEET);
    for (const [a1, c] of Object.entries(cells)) expect({ a1, format: c.format, formula: c.formula }).toEqual({ a1, format: TEXT_FORMAT, formula: undefined });
    const record = Object.fromEntries(plan.audit.entries.map((e) => [e.label, auditValue(e, plan.audit.lang)]));
    expect(auditRows(cells)).toEqual([record, record]);
    expect(record.Tijdstip).toBe("1-3-2024 10:00");
    expect(Object.keys(cells).filter((a1) => fromA1(a1).row === 0)).toHaveLength(plan.audit.entries.length);
  });
  test("the audit sheet: a record in another language adds its labels as new columns, nothing is overwritten", async () => {
    const sheet: ContractSheet = { name: "Gemeenten", rows: NML };
    const book = await host.open({ sheets: [sheet] });
    const plan = contractPlan(sheet);
    await book.apply(plan);
    const english = contractPlan(sheet, "en").audit;
    await book.apply(auditOnly(plan, english));
    const cells = await book.cells(AUDIT_SHEET);
    const record = (audit: typeof english): Record<string, string> => Object.fromEntries(audit.entries.map((e) => [e.label, auditValue(e, audit.lang)]));
    expect(auditRows(cells)).toEqual([record(plan.audit), record(english)]);
    expect(record(english).Time).toBe("2024-03-01 10:00");
    const labels = new Set([...plan.audit.entries, ...english.entries].map((e) => e.label));
    expect(Object.keys(cells).filter((a1) => fromA1(a1).row === 0)).toHaveLength(labels.size);
  });

  test("an Excel table whose joining column holds a value within its rows: overwritten on a yes, the columns stay beside the table, not in it", async () => {
    const rows: ContractInput[][] = NML.map((row, r) => (r === 1 ? [...row, "eigen notitie"] : row));
    const sheet: ContractSheet = { name: "Gemeenten", rows, tables: [{ name: "Tabel1", range: "A1:C4" }] };
    const book = await host.open({ sheets: [sheet] });
    const plan = contractPlan(sheet);
    expect(plan.conflicts).toEqual(["D2"]);
    expect(plan.tableJoin?.columns).toEqual([3, 4, 5, 6, 7]);
    await book.apply(plan, { overwrite: true });
    expect(await book.cells("Gemeenten")).toEqual(expectedCells(sheet, plan, false));
    expect(await book.tables("Gemeenten")).toEqual([{ name: "Tabel1", range: "A1:C4", columns: ["Gemeente", "Gemeentecode", "Inwoners"], showTotals: false }]);
  });

  const noUndo = host.without?.undo;
  if (noUndo) {
    test(`undo: not in this host, because ${noUndo}`, async () => {
      const book = await host.open({ sheets: [{ name: "Gemeenten", rows: NML }] });
      expect(book.undo).toBeUndefined();
    });
  } else {
    test("undo: the apply undone leaves the cells, the table and the sheets as they were", async () => {
      const sheet: ContractSheet = { name: "Gemeenten", rows: NML, tables: [{ name: "Tabel1", range: "A1:C4" }] };
      const { book } = await applied(sheet);
      if (!book.undo) throw new Error(`${host.name} offers no undo: say why in its ContractHost's without.undo`);
      await book.undo();
      expect(await book.sheetNames()).toEqual(["Gemeenten"]);
      expect(await book.cells("Gemeenten")).toEqual(expectedCells(sheet, { ...contractPlan(sheet), cells: [], extraCells: [] }));
      expect(await book.tables("Gemeenten")).toEqual([{ name: "Tabel1", range: "A1:C4", columns: ["Gemeente", "Gemeentecode", "Inwoners"], showTotals: false }]);
    });
  }
}
