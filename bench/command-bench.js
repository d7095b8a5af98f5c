"use strict";
// `verdeel apply` beside a bare exceljs readFile + writeFile of the same workbook (what a plain
// exceljs user does), each a fresh node process, interleaved, medians; wall time and peak
// memory (maximum resident set size) of each process. Two workbooks:
//   budget: 10 sheets of 20,000 rows × 5 columns (text, numbers, formulas) plus a sheet of 342
//           municipalities, on which apply works: an apply should cost what that sheet costs.
//   large:  one sheet of 100,000 municipalities.
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const ExcelJS = require("exceljs");
const { populations, fmt, table } = require("./timing");

const RUNS = 5;
const OUT_DIR = path.join(__dirname, "out");
const ROOT = path.join(__dirname, "..");
const MAXRSS = path.join(__dirname, "report-maxrss.js");

async function makeBudgetBook(file) {
  if (fs.existsSync(file)) return;
  const wb = new ExcelJS.Workbook();
  for (let s = 1; s <= 10; s++) {
    const ws = wb.addWorksheet(`Begroting ${s}`);
    ws.addRow(["Post", "Omschrijving", "Bedrag", "Factor", "Uitkomst"]);
    for (let i = 0; i < 20_000; i++) {
      const r = i + 2;
      const amount = 1000 + i * 1.5;
      const factor = (i % 7) / 10;
      ws.addRow([`P${s}-${i}`, `Omschrijving van post ${i} op blad ${s}`, amount, factor, { formula: `C${r}*D${r}`, result: amount * factor }]);
    }
  }
  const g = wb.addWorksheet("Gemeenten");
  g.addRow(["Gemeente", "Gemeentecode", "Inwoners"]);
  const pops = populations(342, 7);
  for (let i = 0; i < 342; i++) g.addRow([`Gemeente ${i + 1}`, `GM${String(i + 1).padStart(4, "0")}`, pops[i]]);
  await wb.xlsx.writeFile(file);
}

async function makeLargeBook(file, rows) {
  if (fs.existsSync(file)) return;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Gemeenten");
  ws.addRow(["Gemeente", "Gemeentecode", "Inwoners"]);
  const pops = populations(rows, 42);
  for (let i = 0; i < rows; i++) ws.addRow([`Gemeente ${i + 1}`, `GM${String(i + 1).padStart(6, "0")}`, pops[i]]);
  await wb.xlsx.writeFile(file);
}

/** Runs one node process; returns its wall time (ms) and its peak memory (MB, from report-maxrss.js). */
function timeProcess(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const env = { ...process.env, VERDEEL_LANG: "nl" };
    const child = spawn(process.execPath, ["--require", MAXRSS, ...args], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const m = /maxrss-kb:(\d+)/.exec(err);
      if (code !== 0 || !m) reject(new Error(`${args.join(" ")} exited with ${code}: ${err}`));
      else resolve({ ms, mb: Number(m[1]) / 1024 });
    });
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A bare exceljs readFile, then writeFile, of `book`. */
function bareArgs(book, out) {
  return ["-e", `const E=require("exceljs");(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(book)});await w.xlsx.writeFile(${JSON.stringify(out)});})()`];
}

async function compare(title, book, sheet, targets) {
  const out = (name) => path.join(OUT_DIR, name);
  const bare = [];
  const apply = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so that a busy neighbour slows both alike.
    bare.push(await timeProcess(bareArgs(book, out("bare.xlsx"))));
    apply.push(await timeProcess(["bin/verdeel.js", "apply", book, "--schedule", "nml-2023", "--sheet", sheet, "--out", out("apply.xlsx"), "--force", "--json"]));
  }
  const b = { ms: median(bare.map((r) => r.ms)), mb: median(bare.map((r) => r.mb)) };
  const a = { ms: median(apply.map((r) => r.ms)), mb: median(apply.map((r) => r.mb)) };
  console.log(`\n## ${title}: ${path.basename(book)} (${(fs.statSync(book).size / 1e6).toFixed(1)} MB), median of ${RUNS} interleaved runs`);
  table(
    ["", "bare exceljs read+write", "verdeel apply", "apply/bare"],
    [
      ["time (ms)", fmt(b.ms), fmt(a.ms), (a.ms / b.ms).toFixed(3) + "x"],
      ["peak memory (MB)", fmt(b.mb), fmt(a.mb), (a.mb / b.mb).toFixed(3) + "x"],
    ],
  );
  console.log(`Targets: time ≤ ${targets.time}x, peak memory ≤ ${targets.memory}.`);
  console.log("Each run (ms / MB): " + apply.map((r, i) => `${fmt(bare[i].ms)}/${fmt(bare[i].mb)} vs ${fmt(r.ms)}/${fmt(r.mb)}`).join("; "));
  console.log(`Output size: apply ${(fs.statSync(out("apply.xlsx")).size / 1e6).toFixed(1)} MB, bare ${(fs.statSync(out("bare.xlsx")).size / 1e6).toFixed(1)} MB`);
}

async function commandBench() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const budget = path.join(OUT_DIR, "begroting-10x20000-342.xlsx");
  const large = path.join(OUT_DIR, "gemeenten-100000.xlsx");
  await makeBudgetBook(budget);
  await makeLargeBook(large, 100_000);
  await compare("verdeel apply on the 342-row sheet of a budget workbook (10 sheets × 20,000 rows × 5 columns)", budget, "Gemeenten", { time: "0.2", memory: "0.3x" });
  await compare("verdeel apply on 100,000 municipality rows", large, "Gemeenten", { time: "1.0", memory: "0.75 GB" });
}

module.exports = { commandBench };
