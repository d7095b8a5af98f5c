// The example workbook of the illustrative weighted key: generated deterministically, committed up
// to date, saying where its figures come from, and split exactly by the bundled schedule.
// Regenerate with: VERDEEL_UPDATE_EXAMPLES=1 npx jest tests/examples
import { createHash } from "node:crypto";
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { GOOI_FILE, GOOI_MUNICIPALITIES, makeWeightedExample } from "../../examples/make-weighted-example";
import { allocate } from "../../src/allocation/allocate";
import { toPlainAmounts } from "../../src/allocation/plain-amounts";
import { findSchedule } from "../../src/schedules";
import { detectOptionsFor, detectTable, toMunicipalities } from "../../src/workbook";
import type { CellValue, Grid } from "../../src/workbook/types";
import { add, div, frac, largestRemainder, mul, parseFraction } from "../allocation/reference";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => {
  if (process.env.VERDEEL_UPDATE_EXAMPLES === "1") await makeWeightedExample(EXAMPLES);
});

test("generating it gives the same bytes as the committed file", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "verdeel-example-"));
  await makeWeightedExample(dir);
  expect(sha256(path.join(dir, GOOI_FILE))).toBe(sha256(path.join(EXAMPLES, GOOI_FILE)));
});

async function sheetGrid(file: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Gemeenten")!;
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = typeof cell.value === "string" || typeof cell.value === "number" ? cell.value : null;
    });
    values[r - 1] = cells;
  });
  return { sheet: ws.name, top: 0, left: 0, values: Array.from(values, (r) => r ?? []) };
}

test("says where its figures come from, and the bundled schedule splits it exactly", async () => {
  const grid = await sheetGrid(path.join(EXAMPLES, GOOI_FILE));
  const schedule = findSchedule("gooi-vechtstreek-voorbeeld")!;
  expect(String(grid.values[GOOI_MUNICIPALITIES.length + 2][0])).toMatch(/CBS, bevolking op 1 januari 2020.*illustratief/);
  const { table, findings } = detectTable(grid, undefined, detectOptionsFor(schedule));
  expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(table!.rows.map((r) => [r.name, r.code, r.population, r.measures])).toEqual(
    GOOI_MUNICIPALITIES.map((m) => [m.name, m.code, m.population, { woningen: String(m.dwellings), oppervlakte: String(Number(m.area)) }]),
  );
  const result = allocate(schedule, toMunicipalities(table!)).components[0];
  // The reference: € 250.000 × (0,5 × inwoners/Σ + 0,3 × woningen/Σ + 0,2 × oppervlakte/Σ), largest remainder in euros.
  const measures = [
    { weight: "0.5", of: (m: (typeof GOOI_MUNICIPALITIES)[number]) => frac(BigInt(m.population)) },
    { weight: "0.3", of: (m: (typeof GOOI_MUNICIPALITIES)[number]) => frac(BigInt(m.dwellings)) },
    { weight: "0.2", of: (m: (typeof GOOI_MUNICIPALITIES)[number]) => parseFraction(m.area) },
  ];
  const sums = measures.map((k) => GOOI_MUNICIPALITIES.reduce((s, m) => add(s, k.of(m)), frac(0n)));
  const shares = GOOI_MUNICIPALITIES.map((m) => measures.reduce((s, k, j) => add(s, mul(frac(250000n), mul(parseFraction(k.weight), div(k.of(m), sums[j])))), frac(0n)));
  const expected = largestRemainder(250000n, shares, GOOI_MUNICIPALITIES.map((m) => ({ name: m.name, code: m.code, population: m.population })));
  expect(toPlainAmounts(result.units!, "euro")).toEqual(expected.map(String));
  expect(expected.reduce((a, b) => a + b, 0n)).toBe(250000n);
});
