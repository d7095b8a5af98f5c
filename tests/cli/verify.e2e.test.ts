// verdeel verify and verdeel schedules, end to end on real .xlsx files.
import { promises as fs } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { CONTROLE_ERROR, NML_MUNICIPALITIES } from "../../examples/make-examples";
import { allocate } from "../../src/allocation";
import { findSchedule } from "../../src/schedules";
import {
  detectTable,
  EURO_WHOLE_FORMAT,
  planControleReport,
  planVerify,
  toA1,
  toMunicipalities,
  verifyReport,
  type ControleCheck,
  type PlannedCell,
} from "../../src/workbook";
import { exceljsGrid, listDir, readBook, sha256, tempDir, writeBook } from "./helpers";
import { FIXED_NOW, verdeel } from "./run";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const CHECKS = ["--check", "basis=Bijdrage basis 2023", "--check", "uitbreiding=Bijdrage uitbreiding 2023", "--check", "Bijdrage totaal 2023"];

interface VerifyJson {
  checked: number;
  matched: number;
  mismatches: { row: number; cell: string; name: string; component: string; expected: string; found: string | null; difference: string | null }[];
  sumOfDifferences: string;
  withinTolerance: number;
  sumWithinTolerance: string;
  sumMismatches: { kind: string; cell: string; row: number; name?: string; terms?: string; column?: string; found: string; sum: string; difference: string }[];
  tolerance: string;
  summary: string;
  findings: { code: string; severity: string; cell?: string }[];
}

let dir: string;
let controle: string;
beforeEach(async () => {
  dir = await tempDir();
  controle = path.join(dir, "controle.xlsx");
  await fs.copyFile(path.join(EXAMPLES, "noord-midden-limburg-controle.xlsx"), controle);
});

test("the controle example: exactly the one wrong cell, exit 1, nothing changed or written", async () => {
  const hash = sha256(controle);
  const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS], dir);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`Gemeenten!${CONTROLE_ERROR.cell}`);
  expect(r.stdout).toContain("Venlo");
  expect(r.stdout).toContain("€ 7.140");
  expect(r.stdout).toContain("€ 7.410");
  // a difference shows its sign, the Dutch way (docs/pane-flows.md, Money, signs and differences)
  expect(r.stdout).toMatch(/Gemeenten!E8 +Venlo +Uitbreiding +€ 7\.140 +€ 7\.410 +€ \+270\n/);
  expect(r.stdout).toMatch(/45 bedragen gecontroleerd: 44 kloppen, 1 wijkt af \(som van de verschillen € \+270\)\./);
  // one mismatch against the schedule (E8), and Venlo's total (F8) listed apart: it does not add up
  expect(r.stdout.match(/Gemeenten!/g)).toEqual(["Gemeenten!", "Gemeenten!"]);
  expect(r.stdout).toMatch(/Totalen die niet optellen:\n.*\n.*\nGemeenten!F8 +totaal van Venlo \(D8 \+ E8\) +€ 15\.300 +€ 15\.570 +€ -270\n/);
  expect(r.stdout).toMatch(/1 totaal telt niet op\.\n$/);
  expect(sha256(controle)).toBe(hash);
  expect(await listDir(dir)).toEqual(["controle.xlsx"]);
});

test("--json: checked, matched and the one mismatch with row, cell, name, component, expected, found, difference", async () => {
  const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--json"], dir);
  expect(r.code).toBe(1);
  const json = JSON.parse(r.stdout) as VerifyJson;
  expect(json.checked).toBe(45);
  expect(json.matched).toBe(44);
  expect(json.mismatches).toEqual([
    { row: 8, cell: "E8", name: "Venlo", component: "uitbreiding", expected: "7140", found: "7410", difference: "270" },
  ]);
  expect(json.sumOfDifferences).toBe("270");
  expect(json.tolerance).toBe("0");
  expect(json.summary).toMatch(/1 wijkt af/);
  expect(Array.isArray(json.findings)).toBe(true);
  // Venlo's F8 (€ 15.300) against D8 + E8 as found (8.160 + 7.410 = 15.570)
  expect(json.sumMismatches).toEqual([{ kind: "row-total", cell: "F8", row: 8, name: "Venlo", terms: "D8 + E8", found: "15300", sum: "15570", difference: "-270" }]);
  expect(json.findings.filter((f) => f.code === "row-total-mismatch").map((f) => f.cell)).toEqual(["F8"]);
  expect([json.withinTolerance, json.sumWithinTolerance]).toEqual([0, "0"]);
});

describe("totals that do not add up make the exit code 1, also when every figure matches the schedule", () => {
  const NML_HEAD = ["Gemeente", "Inwoners", "Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"];

  test("a row's total: Weert's parts are each € 1 off (within the tolerance), its total is right, the row does not add up", async () => {
    // Weert, 50.020 inhabitants: basis 50.020 × 0,08 = 4.001,60 → € 4.002; uitbreiding × 0,07 = 3.501,40 → € 3.501; total € 7.503
    await writeBook(path.join(dir, "r.xlsx"), [NML_HEAD, ["Weert", 50020, 4003, 3502, 7503]]);
    const r = await verdeel(["verify", "r.xlsx", "--schedule", "nml-2023", ...CHECKS, "--tolerance", "1", "--json"], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as VerifyJson;
    expect(json.mismatches).toEqual([]);
    expect([json.matched, json.withinTolerance, json.sumWithinTolerance]).toEqual([3, 2, "2"]);
    expect(json.sumMismatches).toEqual([{ kind: "row-total", cell: "E2", row: 2, name: "Weert", terms: "C2 + D2", found: "7503", sum: "7505", difference: "-2" }]);
    expect(json.summary).toBe(
      "3 bedragen gecontroleerd: alle kloppen. 2 bedragen kloppen alleen binnen de tolerantie (verschillen samen € +2). 1 totaal telt niet op.",
    );
    // a tolerance that covers the row's difference too: exit 0
    const wide = await verdeel(["verify", "r.xlsx", "--schedule", "nml-2023", ...CHECKS, "--tolerance", "2"], dir);
    expect(wide.code).toBe(0);
    expect(wide.stdout).not.toMatch(/optellen/);
  });

  test("a totals row: every municipality right, the Totaal row's figure off by € 5", async () => {
    await fs.copyFile(path.join(EXAMPLES, "noord-midden-limburg.xlsx"), path.join(dir, "nml.xlsx"));
    expect((await verdeel(["apply", "nml.xlsx", "--schedule", "nml-2023"], dir)).code).toBe(0);
    const wb = await readBook(path.join(dir, "nml.verdeeld.xlsx"));
    const ws = wb.getWorksheet("Gemeenten")!;
    let totalsRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "Totaal") totalsRow = n;
    });
    // basis: € 0,08 per inhabitant in whole euros, half up: (8 × population + 50) div 100, in integers
    const sum = NML_MUNICIPALITIES.reduce((s, m) => s + Math.floor((8 * m.population + 50) / 100), 0);
    expect(ws.getCell(`D${totalsRow}`).value).toBe(sum);
    ws.getCell(`D${totalsRow}`).value = sum + 5;
    await wb.xlsx.writeFile(path.join(dir, "t.xlsx"));
    const r = await verdeel(["verify", "t.xlsx", "--schedule", "nml-2023", ...CHECKS], dir, { VERDEEL_LANG: "en" });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`Gemeenten!D${totalsRow} +totals row of column D \\(Bijdrage basis 2023\\) +€${(sum + 5).toLocaleString("en-GB")} +€${sum.toLocaleString("en-GB")} +\\+€5\\n`));
    expect(r.stdout).toMatch(/45 amounts checked: all match\. 1 total does not add up\.\n$/);
    const json = JSON.parse((await verdeel(["verify", "t.xlsx", "--schedule", "nml-2023", ...CHECKS, "--json"], dir)).stdout) as VerifyJson;
    expect(json.sumMismatches).toEqual([
      { kind: "totals-row", cell: `D${totalsRow}`, row: totalsRow, column: "D (Bijdrage basis 2023)", found: String(sum + 5), sum: String(sum), difference: "5" },
    ]);
  });
});

test("a book filled in by apply verifies clean: exit 0", async () => {
  await fs.copyFile(path.join(EXAMPLES, "noord-midden-limburg.xlsx"), path.join(dir, "nml.xlsx"));
  expect((await verdeel(["apply", "nml.xlsx", "--schedule", "nml-2023"], dir)).code).toBe(0);
  const r = await verdeel(["verify", "nml.verdeeld.xlsx", "--schedule", "nml-2023", ...CHECKS], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/45 bedragen gecontroleerd: alle kloppen\./);
  const json = JSON.parse((await verdeel(["verify", "nml.verdeeld.xlsx", "--schedule", "nml-2023", ...CHECKS, "--json"], dir)).stdout) as VerifyJson;
  expect(json).toMatchObject({ checked: 45, matched: 45, mismatches: [] });
});

test("--check without COMPONENT= checks the total; with one component, that component", async () => {
  let r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", "--check", "Bijdrage totaal 2023", "--json"], dir);
  expect(r.code).toBe(0);
  expect((JSON.parse(r.stdout) as VerifyJson).checked).toBe(15);
  await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners", "Bijdrage"], ["Beesel", 13478, 1078.24], ["Weert", 50020, 4001.61]]);
  r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--json"], dir);
  expect(r.code).toBe(1);
  const json = JSON.parse(r.stdout) as VerifyJson;
  expect(json.mismatches).toEqual([{ row: 3, cell: "C3", name: "Weert", component: "basis", expected: "4001.60", found: "4001.61", difference: "0.01" }]);
});

test("--tolerance: differences within it match", async () => {
  await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners", "Bijdrage"], ["Beesel", 13478, 1078.24], ["Weert", 50020, 4001.61]]);
  let r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--tolerance", "0,01"], dir);
  expect(r.code).toBe(0);
  r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--tolerance", "0,009"], dir);
  expect(r.code).toBe(1);
  r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--tolerance", "300"], dir);
  expect(r.code).toBe(0);
  // what only the tolerance let through is said, with its signed difference
  expect(r.stdout).toMatch(/45 bedragen gecontroleerd: alle kloppen\. 1 bedrag klopt alleen binnen de tolerantie \(verschil € \+270\)\.\n$/);
  const within = JSON.parse((await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--tolerance", "300", "--json"], dir, { VERDEEL_LANG: "en" })).stdout) as VerifyJson;
  expect([within.matched, within.withinTolerance, within.sumWithinTolerance, within.mismatches, within.sumMismatches]).toEqual([45, 1, "270", [], []]);
  expect(within.summary).toBe("45 amounts checked: all match. 1 amount is correct only within the tolerance (difference +€270).");
  r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--tolerance=-1"], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--tolerance -1: verwacht een bedrag/);
  r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--tolerance", "-1"], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--tolerance=-1/);
});

/** Every non-empty cell of a sheet: its value, and for a number its number format. */
function sheetContents(ws: ExcelJS.Worksheet): Record<string, { value: unknown; numFmt?: string }> {
  const out: Record<string, { value: unknown; numFmt?: string }> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      out[cell.address] = typeof cell.value === "number" ? { value: cell.value, numFmt: cell.numFmt } : { value: cell.value };
    }),
  );
  return out;
}

/** The same for planned cells written from A1: a number as a number with its format, text as a string. */
function plannedContents(cells: PlannedCell[][]): Record<string, { value: unknown; numFmt?: string }> {
  const out: Record<string, { value: unknown; numFmt?: string }> = {};
  cells.forEach((line, r) =>
    line.forEach((p, c) => {
      if (p.kind === "number") out[toA1(r, c)] = { value: Number(p.value), numFmt: p.format };
      else if (p.kind === "text") out[toA1(r, c)] = { value: p.value };
      else if (p.kind === "formula") throw new Error("planControleReport plans no formulas");
    }),
  );
  return out;
}

/** The row of a sheet whose column A holds `label`, as values from column A on. */
function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let hit: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!hit && row.getCell(1).value === label) hit = row;
  });
  if (!hit) throw new Error(`no row labelled ${label}`);
  return hit;
}

const values = (row: ExcelJS.Row, count: number): unknown[] => Array.from({ length: count }, (_, i) => row.getCell(i + 1).value);

/**
 * What the task pane would write for the same check: its path (planVerify, verifyReport,
 * planControleReport) on the book as read with exceljs, independent of the command's code.
 */
async function paneReport(file: string, opts: { schedule: string; checks: ControleCheck[]; tolerance: string; lang: "nl" | "en" }): Promise<PlannedCell[][]> {
  const wb = await readBook(file);
  const grid = exceljsGrid(wb.worksheets[0]);
  const { table } = detectTable(grid);
  if (!table) throw new Error("no table");
  const plan = planVerify({ grid, table, checks: opts.checks });
  const schedule = findSchedule(opts.schedule)!;
  const report = verifyReport({ ...plan, allocation: allocate(schedule, toMunicipalities(table)), table, tolerance: opts.tolerance });
  return planControleReport({
    report,
    schedule,
    checks: opts.checks,
    sheet: wb.worksheets[0].name,
    tolerance: opts.tolerance,
    now: FIXED_NOW,
    lang: opts.lang,
    book: path.basename(file),
    toolVersion: "9.9.9-test",
  });
}

/** The local date and time as the report shows it in Dutch ("1-3-2024 09:30" in UTC). */
function dutchDateTime(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${d.getDate()}-${d.getMonth() + 1}-${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

const CONTROLE_CHECKS: ControleCheck[] = [
  { target: "basis", header: "Bijdrage basis 2023", column: 3 },
  { target: "uitbreiding", header: "Bijdrage uitbreiding 2023", column: 4 },
  { target: "total", header: "Bijdrage totaal 2023", column: 5 },
];

test("--out REPORT.xlsx: a new workbook with one Controle sheet: what was checked, the summary counts, the mismatch row", async () => {
  const hash = sha256(controle);
  const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--out", "rapport.xlsx"], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("Controlerapport geschreven: rapport.xlsx");
  expect(sha256(controle)).toBe(hash);
  expect(await listDir(dir)).toEqual(["controle.xlsx", "rapport.xlsx"]);
  const wb = await readBook(path.join(dir, "rapport.xlsx"));
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Controle"]);
  expect(wb.creator).toBe("verdeel 9.9.9-test");
  expect(wb.created).toEqual(FIXED_NOW);
  expect(wb.modified).toEqual(FIXED_NOW);
  const ws = wb.getWorksheet("Controle")!;
  expect(ws.getCell("A1").value).toBe("Controle van bijdragen");
  expect(values(rowOf(ws, "Datum en tijd"), 2)).toEqual(["Datum en tijd", dutchDateTime(FIXED_NOW)]);
  expect(values(rowOf(ws, "Werkmap"), 2)).toEqual(["Werkmap", "controle.xlsx"]);
  expect(values(rowOf(ws, "Blad"), 2)).toEqual(["Blad", "Gemeenten"]);
  expect(String(rowOf(ws, "Verdeelsleutel").getCell(2).value)).toMatch(/^nml-2023 — Noord- en Midden-Limburg/);
  expect(String(rowOf(ws, "Bron").getCell(2).value)).toMatch(/Weert/);
  const tolerance = rowOf(ws, "Tolerantie").getCell(2);
  expect([tolerance.value, tolerance.numFmt]).toEqual([0, EURO_WHOLE_FORMAT]);
  // the checked columns, with their letters, and what each holds
  const checked = rowOf(ws, "Gecontroleerde kolommen").number;
  expect([0, 1, 2].map((i) => values(ws.getRow(checked + i), 3))).toEqual([
    ["Gecontroleerde kolommen", "D: Bijdrage basis 2023", "Basis"],
    [null, "E: Bijdrage uitbreiding 2023", "Uitbreiding"],
    [null, "F: Bijdrage totaal 2023", "totaal"],
  ]);
  expect(values(rowOf(ws, "Versie"), 2)).toEqual(["Versie", "9.9.9-test"]);
  // the summary counts
  for (const [label, n, format] of [
    ["Gecontroleerd", 45, "#,##0"],
    ["Juist", 44, "#,##0"],
    ["Onjuist", 1, "#,##0"],
    ["Som van de verschillen", 270, "€ +#,##0;€ -#,##0;€ 0"], // a difference shows its sign
  ] as const) {
    const cell = rowOf(ws, label).getCell(2);
    expect([label, cell.value, cell.numFmt]).toEqual([label, n, format]);
  }
  // the mismatches: a header row, then the one wrong cell with expected, found and difference as euro numbers
  const head = rowOf(ws, "Cel").number;
  expect(values(ws.getRow(head), 6)).toEqual(["Cel", "Gemeente", "Onderdeel", "Verwacht", "Gevonden", "Verschil"]);
  const mismatch = ws.getRow(head + 1);
  expect(values(mismatch, 6)).toEqual([CONTROLE_ERROR.cell, "Venlo", "Uitbreiding", 7140, 7410, 270]);
  expect([4, 5, 6].map((c) => mismatch.getCell(c).numFmt)).toEqual([EURO_WHOLE_FORMAT, EURO_WHOLE_FORMAT, "€ +#,##0;€ -#,##0;€ 0"]);
  expect(ws.getRow(head + 2).getCell(1).value).toBeNull();
  expect(values(rowOf(ws, "Andere meldingen"), 1)).toEqual(["Andere meldingen"]);
  // Venlo's total (F8, right by the schedule) is not D8 + E8 as found: a finding of its own.
  const other = ws.getRow(rowOf(ws, "Andere meldingen").number + 2);
  expect(other.getCell(1).value).toBe("F8");
  expect(String(other.getCell(2).value)).toMatch(/het totaal van Venlo \(€ 15\.300\) is niet de som van de bijdragen in de rij \(D8 \+ E8 = € 15\.570\); verschil € -270/);
  // columns fit what they show, within bounds
  for (const c of [1, 2, 3, 4, 5, 6]) {
    expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(8);
    expect(ws.getColumn(c).width).toBeLessThanOrEqual(50);
  }
  expect(ws.getColumn(1).width).toBeGreaterThanOrEqual("Gecontroleerde kolommen".length);
  expect(ws.getColumn(2).width).toBeGreaterThanOrEqual("F: Bijdrage totaal 2023".length);
  // an existing report is kept unless --force
  const again = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--out", "rapport.xlsx"], dir);
  expect(again.code).toBe(2);
  expect(again.stderr).toMatch(/rapport\.xlsx bestaat al/);
  const forced = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--tolerance", "300", "--out", "rapport.xlsx", "--force"], dir);
  expect(forced.code).toBe(0);
  const replaced = (await readBook(path.join(dir, "rapport.xlsx"))).getWorksheet("Controle")!;
  expect(rowOf(replaced, "Onjuist").getCell(2).value).toBe(0);
  expect(rowOf(replaced, "Tolerantie").getCell(2).value).toBe(300);
  expect(replaced.getRow(rowOf(replaced, "Cel").number + 1).getCell(1).value).toBe("Geen afwijkingen.");
  expect(sha256(controle)).toBe(hash);
  expect(await listDir(dir)).toEqual(["controle.xlsx", "rapport.xlsx"]);
});

describe("the report's cells are planControleReport's cells (the pane's Controle sheet) for the same check", () => {
  test("the controle example, in Dutch", async () => {
    const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--out", "rapport.xlsx"], dir);
    expect(r.code).toBe(1);
    const planned = await paneReport(controle, { schedule: "nml-2023", checks: CONTROLE_CHECKS, tolerance: "0", lang: "nl" });
    const ws = (await readBook(path.join(dir, "rapport.xlsx"))).getWorksheet("Controle")!;
    expect(sheetContents(ws)).toEqual(plannedContents(planned));
  });

  test("the controle example, in English, with a tolerance in cents", async () => {
    const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--tolerance", "0,5", "--out", "report.xlsx", "--json"], dir, {
      VERDEEL_LANG: "en",
    });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as VerifyJson).tolerance).toBe("0.5");
    const planned = await paneReport(controle, { schedule: "nml-2023", checks: CONTROLE_CHECKS, tolerance: "0.5", lang: "en" });
    const ws = (await readBook(path.join(dir, "report.xlsx"))).getWorksheet("Controle")!;
    const shown = sheetContents(ws);
    expect(shown).toEqual(plannedContents(planned));
    expect(shown.A1).toEqual({ value: "Check of contributions" });
    // 0.5 in a whole-euro schedule keeps its decimal: never shown as € 1
    expect(rowOf(ws, "Tolerance").getCell(2).value).toBe(0.5);
    expect(rowOf(ws, "Tolerance").getCell(2).numFmt).toBe("€#,##0.0;-€#,##0.0"); // English euro style
  });

  test("cells without a number, and names that look like formulas, stay text", async () => {
    const book = path.join(dir, "=boek.xlsx");
    await writeBook(
      book,
      [
        ["Gemeente", "Inwoners", "Bijdrage"],
        ["Beesel", 13478, "1078,24"],
        ["Weert", 50020, null],
        ["Venlo", 101603, { error: "#N/A" }],
        ["Roermond", 58254, 4660.33],
        ["Echt-Susteren", 31751, 2540.08],
      ],
      undefined,
      "+Gemeenten",
    );
    const r = await verdeel(["verify", "=boek.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--out", "@rapport.xlsx"], dir);
    expect(r.code).toBe(1);
    const checks: ControleCheck[] = [{ target: "basis", header: "Bijdrage", column: 2 }];
    const planned = await paneReport(book, { schedule: "limburg-2020", checks, tolerance: "0", lang: "nl" });
    const report = path.join(dir, "@rapport.xlsx");
    const ws = (await readBook(report)).getWorksheet("Controle")!;
    const shown = sheetContents(ws);
    expect(shown).toEqual(plannedContents(planned));

    expect(values(rowOf(ws, "Werkmap"), 2)).toEqual(["Werkmap", "=boek.xlsx"]);
    expect(values(rowOf(ws, "Blad"), 2)).toEqual(["Blad", "+Gemeenten"]);
    expect(values(rowOf(ws, "Gecontroleerde kolommen"), 3)).toEqual(["Gecontroleerde kolommen", "C: Bijdrage", "Bijdrage"]);
    for (const [label, n] of [["Gecontroleerd", 5], ["Juist", 1], ["Onjuist", 4]] as const) expect(rowOf(ws, label).getCell(2).value).toBe(n);
    const head = rowOf(ws, "Cel").number;
    expect([1, 2, 3, 4].map((i) => values(ws.getRow(head + i), 6))).toEqual([
      ["C2", "Beesel", "Bijdrage", 1078.24, 'tekst "1078,24"', null],
      ["C3", "Weert", "Bijdrage", 4001.6, "(leeg)", null],
      ["C4", "Venlo", "Bijdrage", 8128.24, "foutwaarde #N/A", null],
      ["C5", "Roermond", "Bijdrage", 4660.32, 4660.33, 0.01],
    ]);
    // the other findings: one per cell without a number, with the message naming sheet and cell
    const other = rowOf(ws, "Andere meldingen").number;
    expect([2, 3, 4].map((i) => ws.getRow(other + i).getCell(1).value)).toEqual(["C2", "C3", "C4"]);
    expect(String(ws.getRow(other + 2).getCell(2).value)).toMatch(/^Blad '\+Gemeenten', cel C2/);

    // stored as text: no formula anywhere in the sheet, and the names as strings in the XML
    const zip = await JSZip.loadAsync(await fs.readFile(report));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).not.toMatch(/<f[ >]/);
    const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? xml;
    expect(strings).toContain("=boek.xlsx");
    expect(strings).toContain("+Gemeenten");
  });
});

test("bad input to verify: unknown check column, text in a checked cell", async () => {
  let r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", "--check", "Bijdrage 2099"], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("controle.xlsx");
  expect(r.stderr).toContain("Bijdrage 2099");
  await writeBook(path.join(dir, "t.xlsx"), [["Gemeente", "Inwoners", "Bijdrage"], ["Beesel", 13478, "1078,24"]]);
  r = await verdeel(["verify", "t.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--json"], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/C2/);
  const json = JSON.parse(r.stdout) as VerifyJson;
  expect(json.mismatches[0]).toMatchObject({ cell: "C2", found: null, difference: null });
});

test("English with VERDEEL_LANG=en", async () => {
  const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS], dir, { VERDEEL_LANG: "en" });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/45 amounts checked: 44 match, 1 differs/);
  expect(r.stdout).toContain("€7,410");
});

describe("verdeel schedules", () => {
  test("--json lists the 8 bundled schedules", async () => {
    const r = await verdeel(["schedules", "--json"], dir);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; components: unknown[] }[];
    expect(list.map((s) => s.id).sort()).toEqual(
      ["gooi-vechtstreek-voorbeeld", "limburg-2019-overbrugging", "limburg-2020", "limburg-voorstel-2019", "limburg-voorstel-2020", "nhn-2020", "nml-2022", "nml-2023"].sort(),
    );
    for (const s of list) expect(s.components.length).toBeGreaterThan(0);
  });

  test("as text: one block per schedule in lines of at most 100 columns, amounts written the Dutch way", async () => {
    const r = await verdeel(["schedules"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain("nml-2023 · Noord- en Midden-Limburg · 2023 · op hele euro's");
    expect(r.stdout).toContain("  - uitbreiding (Uitbreiding): € 0,07 per inwoner");
    expect(r.stdout).toContain("  - aandeel (Aandeel): aandeel in € 90.000,00 naar inwonertal");
    expect(r.stdout).toContain("aandeel in € 100.000 naar inwonertal");
    expect(r.stdout).toContain("  - aandeel (Aandeel): aandeel in € 250.000 naar 50 % inwoners + 30 % woningen + 20 % oppervlakte\n");
    expect(r.stdout).not.toMatch(/\b0\.0[5-8]\b|\b100000\b/);
    expect(r.stdout).toMatch(/8 verdeelsleutels/);
  });

  test("in English: the same blocks with English amounts", async () => {
    const r = await verdeel(["schedules"], dir, { VERDEEL_LANG: "en" });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain("  - uitbreiding (Extension): €0.07 per inhabitant");
    expect(r.stdout).toContain("share of €90,000.00 by population");
  });
});
