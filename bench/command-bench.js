"use strict";
// `verdeel apply` on a 100,000-row workbook beside a bare exceljs readFile + writeFile of the
// same file, each a fresh node process (both pay node start-up and loading exceljs).
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const ExcelJS = require("exceljs");
const { populations, fmt, table } = require("./timing");
const { ZIP_LEVEL } = require("../dist/cli/write-rules");

const ROWS = 100_000;
const RUNS = 5;
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

/**
 * Runs one process; returns its wall time and, for every line it writes to stderr, the time
 * since start (the command's progress lines mark its phases; the bare script marks its read).
 */
function timeProcess(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - t0) / 1e6;
    // Dutch progress lines, whatever the caller's VERDEEL_LANG: the phases are read from them.
    const env = { ...process.env, VERDEEL_LANG: "nl" };
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
    const marks = [];
    let pending = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      pending += chunk;
      let nl;
      while ((nl = pending.indexOf("\n")) >= 0) {
        marks.push({ line: pending.slice(0, nl), ms: since() });
        pending = pending.slice(nl + 1);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = since();
      if (code !== 0) reject(new Error(`${args.join(" ")} exited with ${code}: ${marks.map((m) => m.line).join("\n")}`));
      else resolve({ ms, marks });
    });
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** ms at the first stderr line starting with `prefix`. */
function at(run, prefix) {
  const mark = run.marks.find((m) => m.line.startsWith(prefix));
  return mark ? mark.ms : NaN;
}

/** The command's phases from its progress lines (see docs/cli.md, Speed). */
function applyPhases(run) {
  const read = at(run, "Lezen");
  const planned = at(run, "Schrijven");
  const saved = at(run, "Klaar");
  return { read, compute: planned - read, save: saved - planned, report: run.ms - saved };
}

async function commandBench() {
  await makeBook();
  const out = (name) => path.join(OUT_DIR, name);
  const applyOut = out("apply.xlsx");
  // A plain exceljs user: readFile, then writeFile (the second baseline passes deflate level 1,
  // as verdeel writes). The one stderr line between them marks the end of the read.
  const bareScript = (file, zip) =>
    `const E=require("exceljs");(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(BOOK)});process.stderr.write("read\\n");await w.xlsx.writeFile(${JSON.stringify(file)}${zip});})()`;
  const fastZip = `,{zip:{compression:"DEFLATE",compressionOptions:{level:${ZIP_LEVEL}}}}`;
  const bare = [];
  const bareFast = [];
  const apply = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleave so that a busy neighbour slows all alike.
    bare.push(await timeProcess(["-e", bareScript(out("bare.xlsx"), "")]));
    bareFast.push(await timeProcess(["-e", bareScript(out("bare-fast.xlsx"), fastZip)]));
    apply.push(await timeProcess(["bin/verdeel.js", "apply", BOOK, "--schedule", "nml-2023", "--out", applyOut, "--force", "--json"]));
  }
  const b = median(bare.map((r) => r.ms));
  const bf = median(bareFast.map((r) => r.ms));
  const a = median(apply.map((r) => r.ms));
  console.log(`\n## verdeel apply on ${ROWS.toLocaleString("en")} rows (nml-2023, adds 3 amount columns), median of ${RUNS} runs, ms`);
  table(
    ["bare read+write", `bare, deflate ${ZIP_LEVEL}`, "verdeel apply", "apply/bare", `apply/bare deflate ${ZIP_LEVEL}`],
    [[fmt(b), fmt(bf), fmt(a), (a / b).toFixed(2) + "x", (a / bf).toFixed(2) + "x"]],
  );
  console.log("Target: apply within 1.3x of the bare read + write.");
  console.log("\nEach run (in the order run; start-up and loading exceljs are in the read):");
  table(
    ["run", "bare", "read", "write", `bare d${ZIP_LEVEL}`, "apply", "read", "compute", "save", "report", "apply/bare"],
    apply.map((run, i) => {
      const p = applyPhases(run);
      const bareRead = at(bare[i], "read");
      return [i + 1, fmt(bare[i].ms), fmt(bareRead), fmt(bare[i].ms - bareRead), fmt(bareFast[i].ms), fmt(run.ms), fmt(p.read), fmt(p.compute), fmt(p.save), fmt(p.report), (run.ms / bare[i].ms).toFixed(2) + "x"];
    }),
  );
  console.log("apply phases: read = start-up + read + grid + detection; compute = allocation + plan; save = carrying out the plan + audit sheet + save; report = JSON report + exit.");
  console.log(`Output size: apply ${(fs.statSync(applyOut).size / 1e6).toFixed(1)} MB, bare ${(fs.statSync(out("bare.xlsx")).size / 1e6).toFixed(1)} MB (input ${(fs.statSync(BOOK).size / 1e6).toFixed(1)} MB)`);
}

module.exports = { commandBench };
