// verdeel apply on a corpus of real workbooks (tests/cli/corpus, made by make_corpus.py with
// XlsxWriter, openpyxl and LibreOffice, with parts only Excel writes added): every part an apply
// need not touch comes out byte for byte, LibreOffice opens every copy, and openpyxl (an
// independent reader) finds the original cells unchanged and the new amounts exact.
import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs, existsSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { sha256, tempDir } from "./helpers";
import { verdeel } from "./run";

const CORPUS = path.join(__dirname, "corpus");

interface Fixture {
  file: string;
  /** Parts the apply may change (the data sheet and what lists or styles it); all others byte for byte. */
  touched: string[];
  /** Parts the apply removes. */
  removed?: string[];
  /** Whether openpyxl reads it (it reads no Strict OOXML). */
  openpyxl: boolean;
  /** The first data row of Gemeenten (1-based) and the column letters of population and the new amounts. */
  firstRow: number;
  population: string;
  amount: string;
}

const LISTS = ["xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];
const FIXTURES: Fixture[] = [
  {
    file: "xlsxwriter-features.xlsx",
    touched: ["xl/worksheets/sheet1.xml", "xl/tables/table1.xml", "docProps/app.xml", ...LISTS],
    removed: ["xl/calcChain.xml"],
    openpyxl: true,
    firstRow: 2,
    population: "B",
    amount: "C",
  },
  { file: "macro.xlsm", touched: ["xl/worksheets/sheet1.xml", "docProps/app.xml", ...LISTS], openpyxl: true, firstRow: 2, population: "B", amount: "C" },
  { file: "openpyxl-features.xlsx", touched: ["xl/worksheets/sheet1.xml", "docProps/app.xml", ...LISTS], openpyxl: true, firstRow: 4, population: "C", amount: "D" },
  { file: "libreoffice-features.xlsx", touched: ["xl/worksheets/sheet1.xml", "docProps/app.xml", ...LISTS], openpyxl: true, firstRow: 2, population: "C", amount: "D" },
  { file: "edges-no-r.xlsx", touched: ["xl/worksheets/sheet1.xml", ...LISTS], openpyxl: true, firstRow: 2, population: "B", amount: "E" },
  { file: "edges-strict.xlsx", touched: ["xl/worksheets/sheet1.xml", ...LISTS], openpyxl: false, firstRow: 2, population: "B", amount: "C" },
];
/** The seven municipalities of every fixture, with limburg-2020's € 0,08 per inhabitant in cents (an independent figure). */
const POPULATIONS = [13478, 12963, 17124, 42271, 43451, 102000, 50020];
const amountOf = (population: number): number => (population * 8) / 100;

function hasCommand(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "ignore", timeout: 60_000 }).status === 0;
}
const SOFFICE = hasCommand("soffice", ["--version"]);
const OPENPYXL = existsSync("/usr/bin/python3") && hasCommand("/usr/bin/python3", ["-c", "import openpyxl"]);

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  return out;
}

interface ReadBack {
  file: string;
  error?: string;
  sheets?: string[];
  differences?: unknown[][];
  cells?: Record<string, [unknown, string, boolean]>;
}

let dir: string;
const copies = new Map<string, string>();
const inputs = new Map<string, string>();
const hashes = new Map<string, string>();
const runs = new Map<string, { code: number; stdout: string; stderr: string }>();
let readBack = new Map<string, ReadBack>();
let csv = new Map<string, string>();

beforeAll(async () => {
  dir = await tempDir();
  for (const f of FIXTURES) {
    const input = path.join(dir, f.file);
    await fs.copyFile(path.join(CORPUS, f.file), input);
    hashes.set(f.file, sha256(input));
    const copy = path.join(dir, `kopie-${f.file}`);
    inputs.set(f.file, input);
    copies.set(f.file, copy);
    runs.set(f.file, await verdeel(["apply", f.file, "--schedule", "limburg-2020", "--sheet", "Gemeenten", "--out", path.basename(copy), "--json"], dir));
  }
  if (OPENPYXL) {
    const pairs = FIXTURES.flatMap((f) => [inputs.get(f.file) as string, copies.get(f.file) as string]);
    const out = execFileSync("/usr/bin/python3", [path.join(CORPUS, "read_back.py"), ...pairs], { encoding: "utf8", maxBuffer: 64 << 20 });
    readBack = new Map((JSON.parse(out) as ReadBack[]).map((r) => [path.basename(r.file), r]));
  }
  if (SOFFICE) {
    // One LibreOffice start for all copies, with a profile of its own.
    const csvDir = path.join(dir, "csv");
    execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--convert-to", "csv", "--outdir", csvDir, ...copies.values()], {
      stdio: "ignore",
      timeout: 170_000,
    });
    csv = new Map();
    for (const f of FIXTURES) {
      const file = path.join(csvDir, path.basename(copies.get(f.file) as string).replace(/\.xls[xm]$/, ".csv"));
      if (existsSync(file)) csv.set(f.file, await fs.readFile(file, "utf8"));
    }
  }
}, 180_000);

describe.each(FIXTURES)("$file", (f) => {
  test("apply exits 0, the input is unchanged, the copy keeps the extension", () => {
    const run = runs.get(f.file)!;
    expect(run.stderr).not.toMatch(/onverwachte fout|Error:/);
    expect(run.code).toBe(0);
    expect(sha256(inputs.get(f.file)!)).toBe(hashes.get(f.file));
    expect(JSON.parse(run.stdout).rows.map((r: { population: number }) => r.population)).toEqual(POPULATIONS);
  });

  test("every part the apply need not touch is byte for byte the same; one new sheet part", async () => {
    const before = await parts(inputs.get(f.file)!);
    const after = await parts(copies.get(f.file)!);
    const changed: string[] = [];
    for (const [name, data] of before) {
      const out = after.get(name);
      if (out === undefined) expect(f.removed ?? []).toContain(name);
      else if (!out.equals(data)) changed.push(name);
    }
    expect(changed.filter((name) => !f.touched.includes(name))).toEqual([]);
    expect(changed).toContain("xl/worksheets/sheet1.xml");
    const added = [...after.keys()].filter((name) => !before.has(name));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    for (const name of f.removed ?? []) {
      expect(after.has(name)).toBe(false);
      expect(after.get("[Content_Types].xml")!.toString()).not.toContain(name);
      expect(after.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain(path.basename(name));
    }
  });

  // openpyxl reads no Strict OOXML: that copy is read back by LibreOffice alone (below).
  (!f.openpyxl ? (): void => undefined : OPENPYXL ? test : test.skip)(
    `openpyxl reads every original cell unchanged and the new amounts exactly${OPENPYXL ? "" : " (skipped: /usr/bin/python3 with openpyxl is not installed)"}`,
    () => {
      const back = readBack.get(f.file)!;
      expect(back.error).toBeUndefined();
      expect(back.differences).toEqual([]);
      expect(back.sheets).toContain("Verantwoording");
      POPULATIONS.forEach((population, i) => {
        const row = f.firstRow + i;
        expect(back.cells![`${f.population}${row}`][0]).toBe(population);
        const [value, format] = back.cells![`${f.amount}${row}`];
        expect(value).toBe(amountOf(population));
        expect(format).toBe("€ #,##0.00;€ -#,##0.00");
      });
      const header = back.cells![`${f.amount}${f.firstRow - 1}`];
      expect(header[0]).toBe("Bijdrage bijdrage 2020");
      expect(header[2]).toBe(true);
    },
  );

  (SOFFICE ? test : test.skip)(`LibreOffice opens the copy${SOFFICE ? "" : " (skipped: LibreOffice (soffice) is not installed)"}`, () => {
    const text = csv.get(f.file);
    expect(text).toBeDefined();
    const lines = text!.split(/\r?\n/);
    POPULATIONS.forEach((population, i) => {
      // The first sheet as LibreOffice computed and shows it (numbers without their format).
      const cells = lines[f.firstRow - 1 + i].split(",").map(Number);
      expect(cells).toContain(population);
      expect(cells).toContain(amountOf(population));
    });
  });
});
