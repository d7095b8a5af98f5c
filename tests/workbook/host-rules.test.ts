// The host rules, as plan data: which new columns join a table and what its own totals row gets,
// the audit sheet's layout, the time it records, the text format, the sheets the product adds.
import { allocate } from "../../src/allocation";
import { findSchedule } from "../../src/schedules";
import {
  ADDED_SHEETS,
  AUDIT_SHEET,
  CONTROLE_SHEET,
  RATES_SHEET,
  TEXT_FORMAT,
  detectTable,
  auditValue,
  localDateTime,
  planApply,
  planAuditRow,
  structuredColumnRef,
  toMunicipalities,
} from "../../src/workbook";
import type { AuditRecord, Grid, TableInfo, WritePlan } from "../../src/workbook/types";

const ROWS: (string | number)[][] = [
  ["Gemeente", "Inwoners"],
  ["Beesel", 13478],
  ["Weert", 50020],
  ["Venlo", 102300],
];

function planOn(table: TableInfo | undefined, extraRows: (string | number)[][] = []): WritePlan {
  const values = [...ROWS, ...extraRows];
  const grid: Grid = { sheet: "Gemeenten", top: 0, left: 0, values, tables: table ? [table] : [] };
  const detected = detectTable(grid).table;
  if (!detected) throw new Error("nothing detected");
  const schedule = findSchedule("nml-2023");
  if (!schedule) throw new Error("no nml-2023");
  const allocation = allocate(schedule, toMunicipalities(detected));
  return planApply({ grid, table: detected, allocation, budgetLines: { basis: "6700001" }, lang: "nl", toolVersion: "test", now: new Date(2024, 2, 1, 10, 0) });
}

describe("which new columns join an Excel table", () => {
  test("no table: nothing joins", () => {
    expect(planOn(undefined).tableJoin).toBeUndefined();
  });

  test("a table without a totals row: every new column from just right of it joins; the totals stay figures below it", () => {
    const plan = planOn({ name: "Tabel1", rect: { top: 0, left: 0, bottom: 3, right: 1 } });
    // Basis, uitbreiding, totaal, the budget line of basis (the only one given): C..F.
    expect(plan.tableJoin).toEqual({ table: "Tabel1", columns: [2, 3, 4, 5], totals: [] });
    expect(plan.totalsRow).toBe(4);
  });

  test("a table with its own totals row: the amount and total columns get SUBTOTAL(109, …) there, the budget lines nothing", () => {
    const plan = planOn({ name: "Tabel1", rect: { top: 0, left: 0, bottom: 4, right: 1 }, hasTotalsRow: true }, [["Totaal", 165798]]);
    expect(plan.totalsRow).toBe(4);
    expect(plan.tableJoin).toEqual({
      table: "Tabel1",
      columns: [2, 3, 4, 5],
      totals: [
        { column: 2, formula: "=SUBTOTAL(109,Tabel1[Bijdrage basis 2023])" },
        { column: 3, formula: "=SUBTOTAL(109,Tabel1[Bijdrage uitbreiding 2023])" },
        { column: 4, formula: "=SUBTOTAL(109,Tabel1[Bijdrage totaal 2023])" },
      ],
    });
    // The plan's own figure stays in the cell: a host that cannot join writes it.
    expect(plan.cells[4][0]).toEqual({ kind: "number", value: String(1078 + 4002 + 8184), format: expect.any(String) });
  });

  test("a structured reference escapes what Excel requires", () => {
    expect(structuredColumnRef("T", "Bijdrage [2023] #1 'x'")).toBe("T[Bijdrage '[2023'] '#1 ''x'']");
  });
});

describe("the audit sheet's layout", () => {
  const at = new Date(2024, 2, 1, 10, 0);
  const audit: AuditRecord = { entries: [{ label: "Tijdstip", value: at.toISOString(), time: true }, { label: "Schema", value: "nml-2023" }], lang: "nl" };

  test("a new sheet: the labels in row 1, the values in row 2", () => {
    expect(planAuditRow({ exists: false, header: [] }, audit)).toEqual({
      create: true,
      row: 1,
      header: [
        { col: 0, label: "Tijdstip" },
        { col: 1, label: "Schema" },
      ],
      values: [
        { col: 0, value: "1-3-2024 10:00" },
        { col: 1, value: "nml-2023" },
      ],
    });
  });

  test("an existing sheet: the next row, known labels reused, a new label in a new column at the right", () => {
    const info = { exists: true, usedBottom: 3, usedRight: 2, header: [{ col: 1, label: "Schema" }, { col: 2, label: "Bron" }] };
    expect(planAuditRow(info, audit)).toEqual({
      create: false,
      row: 4,
      header: [{ col: 3, label: "Tijdstip" }],
      values: [
        { col: 3, value: "1-3-2024 10:00" },
        { col: 1, value: "nml-2023" },
      ],
    });
  });

  test("the time of an action: the record holds the instant, the sheet shows local date and time in the user's language", () => {
    const d = new Date(2026, 11, 4, 20, 2, 38);
    expect(localDateTime(d, "nl")).toBe("4-12-2026 20:02");
    expect(localDateTime(d, "en")).toBe("2026-12-04 20:02");
    expect(planOn(undefined).audit.entries[0]).toEqual({ label: "Tijdstip", value: at.toISOString(), time: true });
    expect(planAuditRow({ exists: false, header: [] }, { ...audit, lang: "en" }).values[0]).toEqual({ col: 0, value: "2024-03-01 10:00" });
    expect(auditValue({ label: "Tijdstip", value: "niet te lezen", time: true })).toBe("niet te lezen");
  });
});

test("the sheets the product adds, and the format of its text cells", () => {
  expect(ADDED_SHEETS).toEqual({ audit: "Verantwoording", rates: "Tarieven", controle: "Controle" });
  expect([AUDIT_SHEET, RATES_SHEET, CONTROLE_SHEET]).toEqual(["Verantwoording", "Tarieven", "Controle"]);
  expect(TEXT_FORMAT).toBe("@");
});
