// verdeel apply as a process on large sheets: 200,000 rows whose names are text (the outcome
// reported is the outcome on disk), and stopped by a signal while it works (no temporary file
// is left behind; the output is either absent or complete).
import { spawn } from "node:child_process";
import { existsSync, promises as fs, watch } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { XlsxBook } from "../../src/cli/xlsx/book";
import { cellBlockPatch } from "../../src/cli/xlsx-cells";
import type { PlannedCell } from "../../src/workbook/types";
import { listDir, tempDir } from "./helpers";

const BIN = path.join(__dirname, "..", "..", "bin", "verdeel.js");

/** A workbook with one sheet Gemeenten of `rows` municipalities (text names, whole populations). */
async function bigBook(file: string, rows: number): Promise<void> {
  const cells: PlannedCell[][] = [[{ kind: "text", value: "Gemeente" }, { kind: "text", value: "Inwoners" }]];
  for (let i = 1; i <= rows; i++) cells.push([{ kind: "text", value: `Gemeente ${i}` }, { kind: "number", value: String(1000 + (i % 5000)), format: "0" }]);
  const book = XlsxBook.create("test", new Date(Date.UTC(2024, 0, 1)));
  book.addSheet("Gemeenten", cellBlockPatch(cells, 0, 0, true));
  await fs.writeFile(file, await book.toBytes(new Date(Date.UTC(2024, 0, 1)), 1));
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the command; `onStart` may stop it (it gets the child and its stderr so far). */
function run(args: string[], cwd: string, stopWhen?: (stderr: string) => boolean, watchDir?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, VERDEEL_LANG: "nl" } });
    let stdout = "";
    let stderr = "";
    let stopped = false;
    const stop = (): void => {
      if (!stopped) {
        stopped = true;
        child.kill("SIGTERM");
      }
    };
    const watcher = watchDir ? watch(watchDir, (_event, name) => name && String(name).startsWith(".verdeel-") && stop()) : undefined;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (stopWhen?.(stderr)) stop();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      watcher?.close();
      resolve({ code, signal, stdout, stderr });
    });
  });
}

let dir: string;
let book: string;
/** A smaller sheet for the signal tests: large enough for progress lines and a write that takes a while. */
let medium: string;
beforeAll(async () => {
  dir = await tempDir();
  book = path.join(dir, "groot.xlsx");
  await bigBook(book, 200_000);
  medium = path.join(dir, "middel.xlsx");
  await bigBook(medium, 60_000);
}, 120_000);

test("200,000 rows with text names: exit 0, the JSON and the file agree", async () => {
  const r = await run(["apply", "groot.xlsx", "--schedule", "limburg-2020", "--json"], dir);
  expect(r.stderr).not.toMatch(/onverwachte fout|RangeError|\n\s+at /);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as { rows: { row: number; total: string }[]; totals: { total: string } };
  expect(json.rows).toHaveLength(200_000);
  expect(json.rows[199_999]).toMatchObject({ row: 200_001 });
  const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, "groot.verdeeld.xlsx")));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  // The last data row holds its amount, and the totals row below holds the JSON's total.
  const cell = (ref: string): string | undefined => new RegExp(`<c r="${ref}" s="\\d+"><v>([^<]*)</v></c>`).exec(sheet.slice(-4000))?.[1];
  expect(cell("C200001")).toBe(json.rows[199_999].total);
  expect(cell("C200002")).toBe(json.totals.total);
}, 120_000);

test.each([
  ["while it reads", (stderr: string) => stderr.includes("Lezen"), false],
  ["when it starts writing", (stderr: string) => stderr.includes("Schrijven"), false],
  ["when its temporary file appears", () => false, true],
])("stopped with SIGTERM %s: no temporary file left, no half file", async (_when, stopWhen, watchTmp) => {
  const sub = await fs.mkdtemp(path.join(dir, "stop-"));
  await fs.copyFile(medium, path.join(sub, "groot.xlsx"));
  const r = await run(["apply", "groot.xlsx", "--schedule", "limburg-2020", "--json"], sub, stopWhen, watchTmp ? sub : undefined);
  const files = await listDir(sub);
  expect(files.filter((f) => f.startsWith(".verdeel-"))).toEqual([]);
  if (r.code === 0) {
    // The signal came after the file was in place: then it is complete.
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(sub, "groot.verdeeld.xlsx")));
    expect(zip.file("xl/worksheets/sheet1.xml")).not.toBeNull();
  } else {
    expect(r.signal === "SIGTERM" || r.code === 143).toBe(true);
    expect(existsSync(path.join(sub, "groot.verdeeld.xlsx"))).toBe(false);
    expect(files).toEqual(["groot.xlsx"]);
  }
}, 120_000);
