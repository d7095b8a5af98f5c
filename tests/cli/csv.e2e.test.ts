// CSV files as CBS StatLine delivers them (70072ned in its 2020 and 2025 layouts, an export with
// two periods, 03759ned) and plain "Gemeente;Inwoners" lists, through `verdeel apply` and
// `verdeel verify`: what was detected is said, former municipalities are skipped with one note and
// listed in the audit sheet, Nederland and provinces are never charged, GM codes are kept, every
// figure is exact (computed here with fractions and a plain largest remainder), the new workbook
// is read back with openpyxl, and the CSV file itself is never changed.
import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { add, div, frac, largestRemainder, mul, parseFraction, type Fraction } from "../allocation/reference";
import { exportBytes, exportLines, formerIn, municipalitiesIn, type Figures, type Layout } from "../workbook/cbs-files";
import { listDir, sha256, tempDir } from "./helpers";
import { verdeel } from "./run";

const OPENPYXL = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0;
const READ_CELLS = path.join(__dirname, "corpus", "read_cells.py");
const withOpenpyxl = OPENPYXL ? test : test.skip;
const NO_OPENPYXL = OPENPYXL ? "" : " (skipped: /usr/bin/python3 with openpyxl is not installed)";

type Cells = Record<string, [unknown, string, boolean]>;

/** Every sheet of a workbook, read by openpyxl. */
function readBack(file: string): Record<string, Cells> {
  const [book] = JSON.parse(execFileSync("/usr/bin/python3", [READ_CELLS, "--all", file], { encoding: "utf8", maxBuffer: 64 << 20 })) as Record<string, Cells>[];
  expect(book.error).toBeUndefined();
  return book;
}

interface ApplyJson {
  edits: unknown[];
  rows: { row: number; name: string; code?: string; population: number; measures?: Record<string, string>; amounts: Record<string, string>; total: string }[];
  totals: Record<string, string>;
  findings: { code: string; severity: string; cell?: string; params: Record<string, string | number> }[];
}

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});

async function put(name: string, content: Uint8Array | string): Promise<string> {
  await fs.writeFile(path.join(dir, name), content);
  return name;
}

const KEY = [
  { measure: "inwoners", weight: "0.5" },
  { measure: "woningen", weight: "0.3" },
  { measure: "oppervlakte", weight: "0.2" },
];

/** A weighted share of € 250.000 and € 0,08 per inhabitant, in cents; optionally with a population date. */
function schedule(populationDate?: string): object {
  return {
    id: "gr-csv",
    title: "Gemeenschappelijke regeling (test)",
    region: "Gooi",
    year: 2025,
    source: "test",
    ...(populationDate ? { populationDate } : {}),
    rounding: { unit: "cent", mode: "half-up" },
    components: [
      { id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "250000", key: KEY },
      { id: "basis", label: "Basis", kind: "per-inhabitant", rate: "0.08" },
    ],
  };
}

/** Cents as a decimal string of euros: 107824n -> "1078.24". */
const euros = (c: bigint): string => `${c < 0n ? "-" : ""}${(c < 0n ? -c : c) / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, "0")}`;

/** Hundredths of a km² as the decimal the file gives (5590 -> "55.9"). */
const areaText = (h: number): string => `${Math.floor(h / 100)}.${String(h % 100).padStart(2, "0")}`.replace(/\.?0+$/, "");

/** What every municipality of the period pays, in cents: the weighted share (largest remainder, tie-break by code) and € 0,08 per inhabitant. */
function expectedCents(period: string): { name: string; code: string; figures: Figures; aandeel: bigint; basis: bigint }[] {
  const munis = municipalitiesIn(period);
  const value = (f: Figures, measure: string): Fraction =>
    measure === "inwoners" ? frac(BigInt(f.population)) : measure === "woningen" ? frac(BigInt(f.dwellings)) : frac(BigInt(f.areaHundredths), 100n);
  const sums = KEY.map((k) => munis.reduce((s, m) => add(s, value(m.figures, k.measure)), frac(0n)));
  const total = 25_000_000n;
  const shares = munis.map((m) => KEY.reduce((s, k, j) => add(s, mul(frac(total), mul(parseFraction(k.weight), div(value(m.figures, k.measure), sums[j])))), frac(0n)));
  const units = largestRemainder(total, shares, munis.map((m) => ({ name: m.name, code: m.code, population: m.figures.population })));
  return munis.map((m, i) => ({ ...m, aandeel: units[i], basis: BigInt(m.figures.population) * 8n }));
}

/** The 1-based column of each header in row 1 of a sheet read back. */
function columnsOf(cells: Cells): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ref, [value]] of Object.entries(cells)) {
    const m = /^([A-Z]+)1$/.exec(ref);
    if (m && typeof value === "string") out.set(value, m[1]);
  }
  return out;
}

describe.each<[Layout, string]>([
  ["2020", "2020"],
  ["2025", "2025"],
])("Regionale kerncijfers (70072ned), %s layout, as downloaded", (layout, period) => {
  withOpenpyxl(`apply writes a new workbook with the table and every contribution exact; the CSV is untouched${NO_OPENPYXL}`, async () => {
    const lines = exportLines(layout, [period], { code: true });
    const csv = await put(`kerncijfers-${period}.csv`, exportBytes(lines));
    const scheduleName = await put("gr.json", JSON.stringify(schedule()));
    const before = sha256(path.join(dir, csv));
    const r = await verdeel(["apply", csv, "--schedule", scheduleName, "--json"], dir);
    expect(r.code).toBe(0);
    // what was detected is said
    expect(r.stderr).toContain(
      `${csv} gelezen als CSV-bestand: UTF-8 met BOM, gescheiden door puntkomma, ${layout === "2025" ? "decimale komma" : "decimale punt (of alleen hele getallen)"}, ${lines.length} regels.`,
    );
    const json = JSON.parse(r.stdout) as ApplyJson;
    const expected = expectedCents(period);
    // only the municipalities of the period, named without "(gemeente)", with their GM codes and measures
    expect(json.rows.map((x) => [x.name, x.code, x.population, x.measures])).toEqual(
      expected.map((m) => [m.name, m.code, m.figures.population, { woningen: String(m.figures.dwellings), oppervlakte: areaText(m.figures.areaHundredths) }]),
    );
    expect(json.rows.map((x) => [x.amounts.aandeel, x.amounts.basis, x.total])).toEqual(expected.map((m) => [euros(m.aandeel), euros(m.basis), euros(m.aandeel + m.basis)]));
    expect(json.totals.aandeel).toBe("250000.00");
    expect(json.totals.total).toBe(euros(expected.reduce((s, m) => s + m.aandeel + m.basis, 0n)));
    // Nederland, the landsdeel, the province and the COROP area are skipped, each with a note; the former municipalities with one
    expect(json.findings.filter((f) => f.code === "cbs-row-skipped").map((f) => f.params.kind)).toEqual(["NL", "LD", "PV", "CR"]);
    const former = json.findings.filter((f) => f.code === "cbs-former-municipalities");
    expect(former.map((f) => f.params.count)).toEqual([formerIn(period).length]);
    expect(r.stderr.match(/hebben geen cijfers voor periode/g)).toHaveLength(1);

    // the CSV is as it was; the one new file is the workbook
    expect(sha256(path.join(dir, csv))).toBe(before);
    const out = `kerncijfers-${period}.verdeeld.xlsx`;
    expect(await listDir(dir)).toEqual(["gr.json", csv, out].sort());

    // read back by openpyxl: the table as the CSV had it, the new columns on the municipalities' lines only
    const book = readBack(path.join(dir, out));
    expect(Object.keys(book)).toEqual([`kerncijfers-${period}`, "Verantwoording"]);
    const sheet = book[`kerncijfers-${period}`];
    const col = columnsOf(sheet);
    const [aandeel, basis, totaal] = ["Bijdrage aandeel 2025", "Bijdrage basis 2025", "Bijdrage totaal 2025"].map((h) => col.get(h) as string);
    expect([aandeel, basis, totaal]).toEqual(["H", "I", "J"]);
    expect(sheet.A1[0]).toBe("Regio's");
    expect(sheet.A1[2]).toBe(true);
    const lineOf = (name: string): number => lines.findIndex((l) => l.startsWith(`"${name}"`)) + 1;
    for (const m of expected) {
      const line = lineOf(m.name === "Groningen" ? "Groningen (gemeente)" : m.name);
      expect([m.name, sheet[`C${line}`]?.[0], sheet[`D${line}`]?.[0]]).toEqual([m.name, m.code, m.figures.population]);
      expect([m.name, sheet[`${aandeel}${line}`]?.[0], sheet[`${basis}${line}`]?.[0], sheet[`${totaal}${line}`]?.[0]]).toEqual([
        m.name,
        Number(euros(m.aandeel)),
        Number(euros(m.basis)),
        Number(euros(m.aandeel + m.basis)),
      ]);
      expect(sheet[`${aandeel}${line}`][1]).toBe("€ #,##0.00;€ -#,##0.00");
    }
    for (const name of ["Nederland", "West-Nederland (LD)", "Noord-Holland (PV)", "Het Gooi en Vechtstreek (CR)", ...formerIn(period)]) {
      expect([name, sheet[`${aandeel}${lineOf(name)}`]]).toEqual([name, undefined]);
    }
    // the totals row below the last line
    const totalsLine = lines.length + 1;
    expect([sheet[`A${totalsLine}`]?.[0], sheet[`${aandeel}${totalsLine}`]?.[0]]).toEqual(["Totaal", 250000]);

    // the audit sheet: where the table came from, the period, and every former municipality
    // (the layout of both hosts: row 1 holds the labels, row 2 this action's values, all text)
    const audit = Object.entries(book.Verantwoording);
    const valueOf = (label: string): string => {
      const at = audit.find(([ref, [v]]) => /^[A-Z]+1$/.test(ref) && v === label);
      const cell = book.Verantwoording[`${(at as [string, unknown])[0].slice(0, -1)}2`];
      expect(cell[1]).toBe("@");
      return String(cell[0]);
    };
    expect(audit.filter(([ref]) => !/^[A-Z]+[12]$/.test(ref))).toEqual([]);
    expect(book.Verantwoording.A1[0]).toBe("Invoerbestand");
    expect(valueOf("Invoerbestand")).toBe(`${csv} (CSV: UTF-8 met BOM, gescheiden door puntkomma, ${layout === "2025" ? "decimale komma" : "decimale punt (of alleen hele getallen)"}, ${lines.length} regels)`);
    expect(valueOf("Periode (CBS)")).toMatch(new RegExp(`^${period}`));
    const skipped = valueOf("Overgeslagen (CBS, geen cijfers voor de periode)");
    expect(skipped).toMatch(new RegExp(`^${formerIn(period).length}: `));
    for (const name of formerIn(period)) expect(skipped).toContain(name);
  });
});

describe("an export with two periods (a Perioden column)", () => {
  const lines = exportLines("2025", ["2024", "2025"], { code: true, periodFirst: true });

  test.each([
    [undefined, "2025"],
    ["CBS, 1 januari 2024", "2024"],
  ])("populationDate %s: period %s", async (date, period) => {
    const csv = await put("twee.csv", exportBytes(lines));
    const r = await verdeel(["apply", csv, "--schedule", await put("gr.json", JSON.stringify(schedule(date))), "--json"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as ApplyJson;
    const expected = expectedCents(period);
    expect(json.rows.map((x) => [x.name, x.amounts.aandeel, x.amounts.basis])).toEqual(expected.map((m) => [m.name, euros(m.aandeel), euros(m.basis)]));
    const chosen = json.findings.find((f) => f.code === "cbs-period-chosen");
    expect(chosen?.params).toMatchObject({ period, available: "2024, 2025", byDate: date ? 1 : 0 });
    expect(json.findings.some((f) => f.code === "period-differs")).toBe(false);
  });

  test("a populationDate the file does not have: the latest, with a warning naming both", async () => {
    const csv = await put("twee.csv", exportBytes(lines));
    const r = await verdeel(["apply", csv, "--schedule", await put("gr.json", JSON.stringify(schedule("1 januari 2022")))], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("let op: Blad 'twee', cel A1: de verdeelsleutel vraagt inwoners op 1 januari 2022 (peildatum: 1 januari 2022); het bestand heeft 1 januari 2025 (periode 2025).");
  });
});

test("Bevolking op 1 januari (03759ned): (gemeente) stripped, Nederland and the province never charged, a former municipality skipped", async () => {
  const text = [
    `"Regio's";"Perioden";"Bevolking op 1 januari (aantal)"`,
    `"Nederland";"2023";"17811291"`,
    `"Groningen (PV)";"2023";"596075"`,
    `"Groningen (gemeente)";"2023";"238147"`,
    `"Haaren";"2023";""`,
    `"Beesel";"2023";"13478"`,
    `"Weert";"2023";"50020"`,
  ].join("\r\n");
  const csv = await put("03759ned.csv", new TextEncoder().encode("\uFEFF" + text + "\r\n"));
  const r = await verdeel(["apply", csv, "--schedule", "limburg-2020", "--json"], dir);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as ApplyJson;
  // € 0,08 per inhabitant in cents: 8 × population
  expect(json.rows.map((x) => [x.row, x.name, x.amounts.basis])).toEqual([
    [4, "Groningen", euros(238147n * 8n)],
    [6, "Beesel", "1078.24"],
    [7, "Weert", euros(50020n * 8n)],
  ]);
  expect(json.totals.total).toBe(euros((238147n + 13478n + 50020n) * 8n));
  expect(json.findings.find((f) => f.code === "cbs-former-municipalities")?.params).toMatchObject({ count: 1, names: "Haaren" });
});

describe("a plain Gemeente;Inwoners list", () => {
  test.each([
    ["puntkomma, LF", "Gemeente;Inwoners\nBeesel;13478\nWeert;50020\n", "UTF-8, gescheiden door puntkomma"],
    ["komma, CRLF", "Gemeente,Inwoners\r\nBeesel,13478\r\nWeert,50020\r\n", "UTF-8, gescheiden door komma"],
  ])("%s", async (_, text, said) => {
    const csv = await put("lijst.csv", text);
    const r = await verdeel(["apply", csv, "--schedule", "limburg-2020"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`lijst.csv gelezen als CSV-bestand: ${said}, decimale punt (of alleen hele getallen), 3 regels.`);
    expect(r.stdout).toMatch(/Beesel +13\.478 +€ 1\.078,24\n/);
    expect(r.stdout).toMatch(/Weert +50\.020 +€ 4\.001,60\n/);
    expect(r.stdout).toContain("geschreven naar lijst.verdeeld.xlsx (werkblad lijst en Verantwoording)");
  });

  test("Windows-1252 (as Excel saves 'CSV (gescheiden door lijstscheidingsteken)'): detected, names read right", async () => {
    const csv = await put("ansi.csv", Buffer.from("Gemeente;Inwoners\r\nSúdwest-Fryslân;90813\r\n", "latin1"));
    const r = await verdeel(["apply", csv, "--schedule", "limburg-2020", "--json"], dir, { VERDEEL_LANG: "en" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("ansi.csv read as a CSV file: Windows-1252, separated by semicolon");
    expect((JSON.parse(r.stdout) as ApplyJson).rows.map((x) => [x.name, x.amounts.basis])).toEqual([["Súdwest-Fryslân", euros(90813n * 8n)]]);
  });
});

test("verify on a CSV: decimal commas read, a mismatch named by its cell, the CSV untouched", async () => {
  const csv = await put("bijdragen.csv", "Gemeente;Inwoners;Bijdrage\nBeesel;13478;1078,24\nWeert;50020;4001,61\n");
  const before = sha256(path.join(dir, csv));
  const r = await verdeel(["verify", csv, "--schedule", "limburg-2020", "--check", "Bijdrage", "--json"], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("bijdragen.csv gelezen als CSV-bestand: UTF-8, gescheiden door puntkomma, decimale komma, 3 regels.");
  const json = JSON.parse(r.stdout) as { mismatches: unknown[]; checked: number };
  // Weert: 50.020 × 0,08 = 4.001,60
  expect(json.mismatches).toEqual([{ row: 3, cell: "C3", name: "Weert", component: "basis", expected: "4001.60", found: "4001.61", difference: "0.01" }]);
  const report = await verdeel(["verify", csv, "--schedule", "limburg-2020", "--check", "Bijdrage", "--out", "controle.xlsx"], dir);
  expect(report.code).toBe(1);
  expect(report.stdout).toMatch(/bijdragen!C3 +Weert +Bijdrage +€ 4\.001,60 +€ 4\.001,61 +€ \+0,01\n/);
  expect(sha256(path.join(dir, csv))).toBe(before);
  expect(await listDir(dir)).toEqual(["bijdragen.csv", "controle.xlsx"]);
});

describe("a CSV that is not understood: exit 2 naming the file and the line, nothing written", () => {
  test.each([
    ["a quote never closed", 'Gemeente;Inwoners\nBeesel;"13478\nWeert;50020\n', 'kapot.csv, regel 2: een aanhalingsteken (") wordt niet gesloten; er is niets geschreven.'],
    ["a line with too many fields", "Gemeente;Inwoners\nBeesel;13478\nWeert;50020;1;2\n", 'kapot.csv, regel 3: 4 velden, terwijl de kopregel er 2 heeft (scheidingsteken ";"). Controleer die regel; er is niets geschreven.'],
    ["an empty file", "", "kapot.csv: het bestand is leeg; er is niets geschreven."],
    ["a binary file named .csv", Buffer.from([0x47, 0x00, 0x65, 0x00]), "kapot.csv: het bestand is geen tekstbestand (het bevat nul-bytes); sla het op als CSV; er is niets geschreven."],
  ])("%s", async (_, content, message) => {
    await put("kapot.csv", content);
    const r = await verdeel(["apply", "kapot.csv", "--schedule", "limburg-2020"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`verdeel: ${message}\n`);
    expect(await listDir(dir)).toEqual(["kapot.csv"]);
  });

  test("verify says nothing was checked; in English the message is English", async () => {
    await put("kapot.csv", "Gemeente;Inwoners\nBeesel;13478\nWeert;50020;1;2\n");
    const r = await verdeel(["verify", "kapot.csv", "--schedule", "limburg-2020", "--check", "Bijdrage"], dir, { VERDEEL_LANG: "en" });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('verdeel: kapot.csv, line 3: 4 fields, while the header line has 2 (separator ";"). Check that line; nothing was checked.\n');
  });

  test("--sheet and an --out that is not .xlsx are refused for a CSV", async () => {
    await put("lijst.csv", "Gemeente;Inwoners\nBeesel;13478\n");
    let r = await verdeel(["apply", "lijst.csv", "--schedule", "limburg-2020", "--sheet", "lijst"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lijst.csv is een CSV-bestand: dat heeft geen werkbladen om te kiezen; laat --sheet weg.");
    r = await verdeel(["apply", "lijst.csv", "--schedule", "limburg-2020", "--out", "uit.csv"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out moet op .xlsx eindigen (niet uit.csv)");
    expect(await listDir(dir)).toEqual(["lijst.csv"]);
  });
});
