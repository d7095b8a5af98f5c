// Keys beyond population through the command: the measures a schedule needs are read (found by
// header, or named with --measure-column), the CBS period follows the schedule's populationDate,
// and what the core refuses names the column it is about. Every figure is computed here
// independently (fractions of BigInts and a plain largest remainder, tests/allocation/reference).
import { promises as fs } from "node:fs";
import path from "node:path";
import { GOOI_FILE, GOOI_MUNICIPALITIES } from "../../examples/make-weighted-example";
import { add, div, frac, largestRemainder, mul, parseFraction, type Fraction } from "../allocation/reference";
import { exportLines, pastedSplit, municipalitiesIn } from "../workbook/cbs-files";
import { readBook, tempDir, writeBook, type Row } from "./helpers";
import { verdeel } from "./run";

interface ApplyJson {
  rows: { row: number; name: string; population: number; measures?: Record<string, string>; amounts: Record<string, string>; total: string }[];
  totals: Record<string, string>;
  findings: { code: string; severity: string; cell?: string; message: string }[];
}

const EXAMPLES = path.join(__dirname, "..", "..", "examples");

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});

/** Writes a schedule file into the test folder; returns its name. */
async function scheduleFile(name: string, schedule: object): Promise<string> {
  await fs.writeFile(path.join(dir, name), JSON.stringify(schedule));
  return name;
}

const base = { title: "Test", region: "Test", year: 2025, source: "test" };

/** Cents as a decimal string of euros: 107824n -> "1078.24". */
const euros = (c: bigint): string => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;

/** Whole euros of a weighted key: T × Σ w × m / S per municipality, then largest remainder (tie-break by code). */
function weightedEuros(
  total: bigint,
  key: { measure: string; weight: string }[],
  rows: { name: string; code?: string; population: number; measures: Record<string, string> }[],
): bigint[] {
  const value = (r: (typeof rows)[number], m: string): Fraction => parseFraction(r.measures[m]);
  const sums = key.map((k) => rows.reduce((s, r) => add(s, value(r, k.measure)), frac(0n)));
  const shares = rows.map((r) => key.reduce((s, k, j) => add(s, mul(frac(total), mul(parseFraction(k.weight), div(value(r, k.measure), sums[j])))), frac(0n)));
  return largestRemainder(total, shares, rows);
}

const GOOI_KEY = [
  { measure: "inwoners", weight: "0.5" },
  { measure: "woningen", weight: "0.3" },
  { measure: "oppervlakte", weight: "0.2" },
];

test("the bundled weighted key on its example workbook: dwellings and area are read, every share exact, the shares add up to € 250.000", async () => {
  await fs.copyFile(path.join(EXAMPLES, GOOI_FILE), path.join(dir, "gooi.xlsx"));
  const r = await verdeel(["apply", "gooi.xlsx", "--schedule", "gooi-vechtstreek-voorbeeld", "--json"], dir);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as ApplyJson;
  const rows = GOOI_MUNICIPALITIES.map((m) => ({
    name: m.name,
    code: m.code,
    population: m.population,
    measures: { inwoners: String(m.population), woningen: String(m.dwellings), oppervlakte: m.area },
  }));
  const expected = weightedEuros(250000n, GOOI_KEY, rows).map(String);
  expect(json.rows.map((x) => x.name)).toEqual(GOOI_MUNICIPALITIES.map((m) => m.name));
  expect(json.rows.map((x) => x.amounts.aandeel)).toEqual(expected);
  expect(json.rows.map((x) => x.measures)).toEqual(GOOI_MUNICIPALITIES.map((m) => ({ woningen: String(m.dwellings), oppervlakte: String(Number(m.area)) })));
  expect(json.totals.total).toBe("250000");
  // the written column, read back by another reader
  const ws = (await readBook(path.join(dir, "gooi.verdeeld.xlsx"))).getWorksheet("Gemeenten")!;
  expect(ws.getCell("F1").value).toBe("Bijdrage aandeel 2021");
  expect(GOOI_MUNICIPALITIES.map((_, i) => ws.getCell(`F${i + 2}`).value)).toEqual(expected.map(Number));
  // the text table shows the measures the key uses
  const text = await verdeel(["apply", "gooi.xlsx", "--schedule", "gooi-vechtstreek-voorbeeld", "--out", "t.xlsx"], dir);
  expect(text.code).toBe(0);
  expect(text.stdout).toMatch(/Woningen +Oppervlakte/);
  expect(text.stdout).toMatch(/Hilversum +90\.883 +41\.321 +46,37/);
});

describe("--measure-column MEASURE=HEADER", () => {
  const CLIENTS: Row[] = [
    ["Gemeente", "Inwoners", "Aantal cliënten (2024)"],
    ["Beesel", 13478, 37],
    ["Venlo", 101603, 415],
    ["Weert", 50020, 151],
  ];
  const perClient = {
    id: "per-client",
    ...base,
    rounding: { unit: "cent", mode: "half-up" },
    components: [{ id: "client", label: "Per cliënt", kind: "per-unit", measure: "clienten", rate: "412.335" }],
  };

  test("a measure of the arrangement's own is read from the column named; amounts per unit rounded per municipality", async () => {
    await writeBook(path.join(dir, "c.xlsx"), CLIENTS);
    const schedule = await scheduleFile("client.json", perClient);
    const missing = await verdeel(["apply", "c.xlsx", "--schedule", schedule], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/clienten/);
    const r = await verdeel(["apply", "c.xlsx", "--schedule", schedule, "--measure-column", "clienten=Aantal cliënten (2024)", "--json"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as ApplyJson;
    // 412.335 × n in cents, half up: (412335 × n + 5) div 10 thousandths of a cent
    const cents = (n: number): bigint => (412335n * BigInt(n) + 5n) / 10n;
    expect(json.rows.map((x) => x.amounts.client)).toEqual(CLIENTS.slice(1).map((row) => euros(cents(row[2] as number))));
    expect(json.totals.total).toBe(euros(CLIENTS.slice(1).reduce((s, row) => s + cents(row[2] as number), 0n)));
    // verify reads the same column
    const v = await verdeel(["verify", "c.verdeeld.xlsx", "--schedule", schedule, "--measure-column", "clienten=Aantal cliënten (2024)", "--check", "Bijdrage per cliënt 2025"], dir);
    expect(v.stdout).toMatch(/3 bedragen gecontroleerd: alle kloppen\./);
    expect(v.code).toBe(0);
  });

  test("refused: a measure the schedule does not use, the same measure twice with different headers, the population", async () => {
    await writeBook(path.join(dir, "c.xlsx"), CLIENTS);
    const schedule = await scheduleFile("client.json", perClient);
    let r = await verdeel(["apply", "c.xlsx", "--schedule", schedule, "--measure-column", "woningen=Aantal cliënten (2024)"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('gebruikt geen maatstaf "woningen". Maatstaven naast inwoners: clienten.');
    r = await verdeel(["apply", "c.xlsx", "--schedule", schedule, "--measure-column", "clienten=Aantal cliënten (2024)", "--measure-column", "clienten=Inwoners"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--measure-column clienten staat er twee keer met verschillende waarden");
    r = await verdeel(["apply", "c.xlsx", "--schedule", schedule, "--measure-column", "inwoners=Inwoners"], dir, { VERDEEL_LANG: "en" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('choose the population column with --population-column "Inwoners"');
    r = await verdeel(["apply", "c.xlsx", "--schedule", schedule, "--measure-column", "clienten"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--measure-column verwacht MAATSTAF=KOLOMKOP");
    expect(await fs.readdir(dir)).toEqual(["c.xlsx", "client.json"].sort());
  });
});

describe("what the core refuses names the column it is about", () => {
  const weighted = {
    id: "gewogen",
    ...base,
    rounding: { unit: "euro", mode: "half-up" },
    components: [
      { id: "vast", label: "Vast", kind: "per-inhabitant", rate: "0.10" },
      { id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "1000", key: [{ measure: "inwoners", weight: "0.6" }, { measure: "woningen", weight: "0.4" }] },
    ],
  };

  test("a measure that adds up to 0: its column", async () => {
    await writeBook(path.join(dir, "w.xlsx"), [["Gemeente", "Inwoners", "Woningen"], ["Beesel", 13478, 0], ["Weert", 50020, 0]]);
    const r = await verdeel(["apply", "w.xlsx", "--schedule", await scheduleFile("w.json", weighted)], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("w.xlsx, werkblad Gemeenten, cellen C2:C3: ");
    expect(r.stderr).toContain("woningen is bij alle gemeenten samen 0; er is niets geschreven.");
  });

  test("a population of 0 everywhere, split by population: the population cells", async () => {
    await writeBook(path.join(dir, "p.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 0], ["Weert", 0]]);
    const r = await verdeel(["verify", "p.xlsx", "--schedule", "nhn-2020", "--check", "Inwoners"], dir, { VERDEEL_LANG: "en" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("p.xlsx, sheet Gemeenten, cells B2:B3: The total cannot be split: the total population is 0; nothing was checked.");
  });

  test("fixed percentages that do not fit the municipalities: the name and code cells", async () => {
    await writeBook(path.join(dir, "f.xlsx"), [["Gemeente", "Gemeentecode", "Inwoners"], ["Beesel", "GM0889", 13478], ["Weert", "GM0988", 50020], ["Venlo", "GM0983", 101603]]);
    const schedule = await scheduleFile("f.json", {
      id: "pct",
      ...base,
      rounding: { unit: "cent", mode: "half-up" },
      components: [{ id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "1000", percentages: { Beesel: "40", Weert: "60" } }],
    });
    const r = await verdeel(["apply", "f.xlsx", "--schedule", schedule], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("f.xlsx, werkblad Gemeenten, cellen A2:A4 en B2:B4: ");
    expect(r.stderr).toContain('zonder percentage: "Venlo"');
  });
});

describe("a CBS export pasted into a sheet: the period follows the schedule's populationDate", () => {
  const lines = exportLines("2025", ["2020", "2025"], { code: true });
  const schedule = (populationDate: string): object => ({
    id: "cbs",
    ...base,
    populationDate,
    rounding: { unit: "cent", mode: "half-up" },
    components: [{ id: "basis", label: "Basis", kind: "per-inhabitant", rate: "0.08" }],
  });

  test.each([
    ["1 januari 2020", "2020", false],
    ["CBS, 1 januari 2022", "2025", true],
  ])("populationDate %s: period %s", async (date, period, warned) => {
    await writeBook(path.join(dir, "cbs.xlsx"), pastedSplit(lines, true) as Row[]);
    const r = await verdeel(["apply", "cbs.xlsx", "--schedule", await scheduleFile("s.json", schedule(date)), "--json"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as ApplyJson;
    const munis = municipalitiesIn(period);
    expect(json.rows.map((x) => [x.name, x.population])).toEqual(munis.map((m) => [m.name, m.figures.population]));
    // € 0,08 per inhabitant in cents: exact integer arithmetic
    expect(json.rows.map((x) => x.amounts.basis)).toEqual(munis.map((m) => euros(BigInt(m.figures.population) * 8n)));
    const codes = json.findings.map((f) => f.code);
    expect(codes).toContain("cbs-period-chosen");
    expect(codes.includes("period-differs")).toBe(warned);
    if (warned) expect(r.stderr).toContain("let op: Blad 'Gemeenten', cel B1: de verdeelsleutel vraagt inwoners op 1 januari 2022");
  });
});

describe("a sheet without a population column, for a schedule that does not use it", () => {
  const perDwelling = {
    id: "per-woning",
    ...base,
    rounding: { unit: "cent", mode: "half-up" },
    components: [{ id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" }],
  };
  const fixed = {
    id: "vast",
    ...base,
    rounding: { unit: "euro", mode: "half-up" },
    components: [{ id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "1000", percentages: { GM0889: "12.5", Venlo: "57.5", Weert: "30" } }],
  };

  test("Gemeente + Woningen: apply writes the amounts per dwelling, verify finds them right", async () => {
    await writeBook(path.join(dir, "w.xlsx"), [["Gemeente", "Woningen"], ["Beesel", 6121], ["Venlo", 47003], ["Weert", 22817]]);
    const schedule = await scheduleFile("w.json", perDwelling);
    const r = await verdeel(["apply", "w.xlsx", "--schedule", schedule, "--json"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as ApplyJson;
    // € 1,25 per dwelling in cents: 125 × n.
    const cents = [6121, 47003, 22817].map((n) => euros(125n * BigInt(n)));
    expect(json.rows.map((x) => [x.name, x.population, x.amounts.woning])).toEqual([
      ["Beesel", undefined, cents[0]],
      ["Venlo", undefined, cents[1]],
      ["Weert", undefined, cents[2]],
    ]);
    const ws = (await readBook(path.join(dir, "w.verdeeld.xlsx"))).getWorksheet("Gemeenten")!;
    expect(ws.getCell("C1").value).toBe("Bijdrage per woning 2025");
    expect([2, 3, 4].map((i) => ws.getCell(`C${i}`).value)).toEqual(cents.map(Number));
    // The text table has no population column.
    const text = await verdeel(["apply", "w.xlsx", "--schedule", schedule, "--out", "t.xlsx"], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/Inwoners/);
    expect(text.stdout).toMatch(/Venlo +47\.003 +€ 58\.753,75/);
    const v = await verdeel(["verify", "w.verdeeld.xlsx", "--schedule", schedule, "--check", "Bijdrage per woning 2025"], dir);
    expect(v.stdout).toMatch(/3 bedragen gecontroleerd: alle kloppen\./);
    expect(v.code).toBe(0);
  });

  test("Gemeente + Gemeentecode only: fixed percentages are split and verified; a per-inhabitant schedule still asks for the population", async () => {
    await writeBook(path.join(dir, "f.xlsx"), [["Gemeente", "Gemeentecode"], ["Beesel", "GM0889"], ["Venlo", "GM0983"], ["Weert", "GM0988"]]);
    const schedule = await scheduleFile("f.json", fixed);
    const r = await verdeel(["apply", "f.xlsx", "--schedule", schedule, "--json"], dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ApplyJson).rows.map((x) => x.amounts.bijdrage)).toEqual(["125", "575", "300"]);
    const v = await verdeel(["verify", "f.verdeeld.xlsx", "--schedule", schedule, "--check", "Bijdrage bijdrage 2025"], dir);
    expect(v.stdout).toMatch(/3 bedragen gecontroleerd: alle kloppen\./);
    expect(v.code).toBe(0);
    const p = await verdeel(["apply", "f.xlsx", "--schedule", "nml-2023", "--out", "p.xlsx"], dir);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/inwoners/i);
  });
});
