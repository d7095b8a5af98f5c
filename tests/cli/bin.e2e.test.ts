// The real command: `node bin/verdeel.js` in a child process, for exit codes and the separation
// of stdout (the result only) and stderr (messages, progress). Builds dist/ once first.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { readBook, tempDir, writeBook } from "./helpers";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "verdeel.js");
const run = promisify(execFile);

interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

async function verdeelBin(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Spawned> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? "", ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

let dir: string;
beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  dir = await tempDir();
  await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 13478], ["Weert", 50020]]);
  await writeBook(path.join(dir, "fout.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", "13.478"]]);
}, 120_000);

test("--help: usage on stdout, exit 0; no arguments: usage on stderr, exit 2", async () => {
  const help = await verdeelBin(["--help"], dir);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain("verdeel apply WERKMAP.xlsx");
  expect(help.stderr).toBe("");
  const none = await verdeelBin([], dir);
  expect(none.code).toBe(2);
  expect(none.stdout).toBe("");
  expect(none.stderr).toContain("Geen opdracht gegeven");
});

test("--version prints the version of package.json", async () => {
  const pkg = JSON.parse(await fs.readFile(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  const r = await verdeelBin(["--version"], dir);
  expect(r.stdout.trim()).toBe(`verdeel ${pkg.version}`);
});

test("schedules --json: JSON on stdout", async () => {
  const r = await verdeelBin(["schedules", "--json"], dir);
  expect(r.code).toBe(0);
  expect((JSON.parse(r.stdout) as unknown[]).length).toBe(8);
});

test("apply --json: only the JSON report on stdout, the written file named on stderr", async () => {
  const r = await verdeelBin(["apply", "b.xlsx", "--schedule", "limburg-2020", "--json", "--out", "json.xlsx"], dir);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as { rows: { name: string; total: string }[]; totals: { total: string } };
  expect(json.rows.map((x) => [x.name, x.total])).toEqual([
    ["Beesel", "1078.24"],
    ["Weert", "4001.60"],
  ]);
  expect(json.totals.total).toBe("5079.84");
  expect(r.stderr).toContain("json.xlsx");
  expect((await readBook(path.join(dir, "json.xlsx"))).worksheets[0].getCell("C4").value).toBe(5079.84);
});

test("bad input: exit 2, nothing on stdout, the cell on stderr", async () => {
  const r = await verdeelBin(["apply", "fout.xlsx", "--schedule", "limburg-2020"], dir);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/fout\.xlsx.*Gemeenten/);
  expect(r.stderr).toContain("B2");
});

test("verify with a mismatch: exit 1, the report on stdout", async () => {
  await writeBook(path.join(dir, "v.xlsx"), [["Gemeente", "Inwoners", "Bijdrage"], ["Beesel", 13478, 1078.42]]);
  const r = await verdeelBin(["verify", "v.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage"], dir);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("Gemeenten!C2");
  expect(r.stdout).toContain("€ +0,18");
});

test("bin without a build says how to build", async () => {
  const copy = path.join(dir, "kaal", "bin");
  await fs.mkdir(copy, { recursive: true });
  await fs.copyFile(BIN, path.join(copy, "verdeel.js"));
  try {
    await run(process.execPath, [path.join(copy, "verdeel.js"), "--help"], { cwd: dir });
    throw new Error("expected a failure");
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    expect(err.code).toBe(2);
    expect(err.stderr).toContain("npm run build:cli");
  }
});

// A read-only folder only refuses a write to an ordinary user: root writes anyway. So as root
// (CI runs as root) the command runs as `nobody` through util-linux's setpriv, which needs a
// checkout that `nobody` can read.
const AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath];
const asRoot = process.getuid?.() === 0;
const nobodyCanRun = asRoot && spawnSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), BIN, "--version"], { stdio: "ignore" }).status === 0;
const readOnlyReason = asRoot && !nobodyCanRun ? " (skipped: running as root, and user nobody cannot run this checkout's bin/verdeel.js to be refused a write)" : "";
(readOnlyReason ? test.skip : test)(`--out in a read-only folder: a plain message, exit 2, nothing written${readOnlyReason}`, async () => {
  const shared = await fs.mkdtemp(path.join("/tmp", "verdeel-ro-"));
  await fs.copyFile(path.join(dir, "b.xlsx"), path.join(shared, "b.xlsx"));
  const locked = path.join(shared, "alleen-lezen");
  await fs.mkdir(locked);
  await fs.chmod(shared, 0o755);
  await fs.chmod(path.join(shared, "b.xlsx"), 0o644);
  await fs.chmod(locked, 0o555);
  const [cmd, prefix] = asRoot ? [AS_NOBODY[0], AS_NOBODY.slice(1)] : [process.execPath, []];
  let r: Spawned;
  try {
    const out = await run(cmd, [...prefix, BIN, "apply", "b.xlsx", "--schedule", "limburg-2020", "--out", "alleen-lezen/b.verdeeld.xlsx"], {
      cwd: shared,
      env: { PATH: process.env.PATH ?? "" },
    });
    r = { code: 0, ...out };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    r = { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/Kan alleen-lezen\/b\.verdeeld\.xlsx niet schrijven/);
  expect(r.stderr).toMatch(/er is niets geschreven/);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|EACCES/);
  expect(await fs.readdir(locked)).toEqual([]);
});
