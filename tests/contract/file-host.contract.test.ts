// The host contract on the file host: the command's src/cli on .xlsx files. Each workbook is
// written by openpyxl (xlsx_io.py), each plan carried out by the file host as `verdeel apply`
// does it (XlsxBook, applyToBook, toBytes; a second apply opens the file the first one wrote), and
// the result read back by openpyxl, a reader independent of src/cli.
import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XlsxBook } from "../../src/cli/xlsx/book";
import { applyToBook } from "../../src/cli/xlsx-write";
import { ZIP_LEVEL } from "../../src/cli/write-rules";
import { hostContract, type ContractCell, type ContractHost, type ContractTable, type ContractWorkbook } from "./contract";

const PYTHON = "/usr/bin/python3";
const XLSX_IO = path.join(__dirname, "xlsx_io.py");
const OPENPYXL = spawnSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0;

interface ReadBack {
  sheets: string[];
  cells: Record<string, Record<string, ContractCell>>;
  tables: Record<string, ContractTable[]>;
}

function writeXlsx(file: string, book: ContractWorkbook): void {
  execFileSync(PYTHON, [XLSX_IO, "write", file], { input: JSON.stringify(book) });
}

function readXlsx(file: string): ReadBack {
  return JSON.parse(execFileSync(PYTHON, [XLSX_IO, "read", file], { encoding: "utf8", maxBuffer: 64 << 20 })) as ReadBack;
}

const dirs: string[] = [];

const fileHost: ContractHost = {
  name: "the file host (src/cli) on .xlsx files",
  without: { undo: "the command writes a new file and never changes its input: there is nothing to undo" },
  async open(book) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "verdeel-contract-"));
    dirs.push(dir);
    const file = path.join(dir, "book.xlsx");
    writeXlsx(file, book);
    // Read back once per state of the file (an apply changes it).
    let read: ReadBack | undefined;
    const current = (): ReadBack => (read ??= readXlsx(file));
    return {
      async apply(plan, options) {
        // The command refuses filled target cells unless --force (its own tests check that refusal).
        if (plan.conflicts.length > 0 && options?.overwrite !== true) throw new Error(`apply: filled target cells ${plan.conflicts.join(", ")} need a yes (--force)`);
        const xlsx = await XlsxBook.open(await fs.readFile(file));
        const info = xlsx.sheets.find((s) => s.name === plan.sheet);
        if (!info) throw new Error(`apply: no sheet ${plan.sheet}`);
        applyToBook(xlsx, xlsx.readSheet(info), plan, plan.audit);
        await fs.writeFile(file, await xlsx.toBytes(new Date(Date.UTC(2024, 2, 1)), ZIP_LEVEL));
        read = undefined;
      },
      sheetNames: async () => current().sheets,
      cells: async (sheet) => current().cells[sheet] ?? {},
      tables: async (sheet) => current().tables[sheet] ?? [],
    };
  },
  async close() {
    await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
  },
};

if (OPENPYXL) {
  describe(fileHost.name, () => hostContract(fileHost));
} else {
  describe(fileHost.name, () => {
    test.skip("the contract (skipped: /usr/bin/python3 with openpyxl, the independent reader and writer, is not installed)", () => undefined);
  });
}
