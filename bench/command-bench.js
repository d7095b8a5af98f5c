"use strict";
// `verdeel apply` on a 100,000-row workbook beside a bare exceljs readFile + writeFile of the
// same file, each a fresh node process (both pay node start-up and loading exceljs).
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const ExcelJS = require("exceljs");
const { populations, fmt, table } = require("./timing");
const { ZIP_LEVEL } = require("../dist/cli/xlsx-write");

const ROWS = 100_000;
const OUT_DIR = path.join(__dirname, "out");
const BOOK = path.join(OUT_DIR, `gemeenten-${ROWS}.xlsx`);
const ROOT = path.join(__dirname, "..");

async function makeBook() {
  if (fs.existsSync(BOOK)) return;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Gemeenten");
  ws.addRow(["Gemeente", "Gemeentecode", "Inwoners"]);
  const pops = populations(ROWS, 42);
  for (let i = 0; i < ROWS; i++) ws.addRow([`Gemeente ${i + 1}`, `GM${String(i + 1).padStart(6, "0")}`, pops[i]]);
  await wb.xlsx.writeFile(BOOK);
}

function timeProcess(args) {
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function commandBench() {
  await makeBook();
  const bareOut = path.join(OUT_DIR, "bare.xlsx");
  const applyOut = path.join(OUT_DIR, "apply.xlsx");
  const bareScript = (zip) =>
    `const E=require("exceljs");(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(BOOK)});await w.xlsx.writeFile(${JSON.stringify(bareOut)}${zip});})()`;
  // verdeel writes with deflate level 1 (see src/cli/xlsx-write.ts); the second baseline does too.
  const fastZip = `,{zip:{compression:"DEFLATE",compressionOptions:{level:${ZIP_LEVEL}}}}`;
  const bare = [];
  const bareFast = [];
  const apply = [];
  const RUNS = 3;
  for (let i = 0; i < RUNS; i++) {
    // Interleave so that a busy neighbour slows all alike.
    bare.push(timeProcess(["-e", bareScript("")]));
    bareFast.push(timeProcess(["-e", bareScript(fastZip)]));
    apply.push(timeProcess(["bin/verdeel.js", "apply", BOOK, "--schedule", "nml-2023", "--out", applyOut, "--force", "--json"]));
  }
  const b = median(bare);
  const bf = median(bareFast);
  const a = median(apply);
  console.log(`\n## verdeel apply on ${ROWS.toLocaleString("en")} rows (nml-2023, adds 3 amount columns), median of ${RUNS} runs, ms`);
  table(
    ["bare read+write", `bare, deflate ${ZIP_LEVEL}`, "verdeel apply", "apply/bare", `apply/bare deflate ${ZIP_LEVEL}`],
    [[fmt(b), fmt(bf), fmt(a), (a / b).toFixed(2) + "x", (a / bf).toFixed(2) + "x"]],
  );
  console.log("Target: apply within 1.3x of the bare read + write.");
  console.log(`Output size: apply ${(fs.statSync(applyOut).size / 1e6).toFixed(1)} MB (input ${(fs.statSync(BOOK).size / 1e6).toFixed(1)} MB)`);
}

module.exports = { commandBench };
