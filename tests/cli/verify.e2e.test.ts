// verdeel verify and verdeel schedules, end to end on real .xlsx files.
import { promises as fs } from "node:fs";
import path from "node:path";
import { CONTROLE_ERROR } from "../../examples/make-examples";
import { listDir, readBook, sha256, tempDir, writeBook } from "./helpers";
import { verdeel } from "./run";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const CHECKS = ["--check", "basis=Bijdrage basis 2023", "--check", "uitbreiding=Bijdrage uitbreiding 2023", "--check", "Bijdrage totaal 2023"];

interface VerifyJson {
  checked: number;
  matched: number;
  mismatches: { row: number; cell: string; name: string; component: string; expected: string; found: string | null; difference: string | null }[];
  sumOfDifferences: string;
  tolerance: string;
  summary: string;
  findings: { code: string; severity: string; cell?: string }[];
}

let dir: string;
let controle: string;
beforeEach(async () => {
  dir = await tempDir();
  controle = path.join(dir, "controle.xlsx");
  await fs.copyFile(path.join(EXAMPLES, "noord-midden-limburg-controle.xlsx"), controle);
});

test("the controle example: exactly the one wrong cell, exit 1, nothing changed or written", async () => {
  const hash = sha256(controle);
  const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS], dir);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`Gemeenten!${CONTROLE_ERROR.cell}`);
  expect(r.stdout).toContain("Venlo");
  expect(r.stdout).toContain("€ 7.140");
  expect(r.stdout).toContain("€ 7.410");
  expect(r.stdout).toContain("€ 270");
  expect(r.stdout).toMatch(/45 bedragen gecontroleerd: 44 kloppen, 1 wijkt af/);
  expect(r.stdout.match(/Gemeenten!/g)).toHaveLength(1);
  expect(sha256(controle)).toBe(hash);
  expect(await listDir(dir)).toEqual(["controle.xlsx"]);
});

test("--json: checked, matched and the one mismatch with row, cell, name, component, expected, found, difference", async () => {
  const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--json"], dir);
  expect(r.code).toBe(1);
  const json = JSON.parse(r.stdout) as VerifyJson;
  expect(json.checked).toBe(45);
  expect(json.matched).toBe(44);
  expect(json.mismatches).toEqual([
    { row: 8, cell: "E8", name: "Venlo", component: "uitbreiding", expected: "7140", found: "7410", difference: "270" },
  ]);
  expect(json.sumOfDifferences).toBe("270");
  expect(json.tolerance).toBe("0");
  expect(json.summary).toMatch(/1 wijkt af/);
  expect(Array.isArray(json.findings)).toBe(true);
});

test("a book filled in by apply verifies clean: exit 0", async () => {
  await fs.copyFile(path.join(EXAMPLES, "noord-midden-limburg.xlsx"), path.join(dir, "nml.xlsx"));
  expect((await verdeel(["apply", "nml.xlsx", "--schedule", "nml-2023"], dir)).code).toBe(0);
  const r = await verdeel(["verify", "nml.verdeeld.xlsx", "--schedule", "nml-2023", ...CHECKS], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/45 bedragen gecontroleerd: alle kloppen\./);
  const json = JSON.parse((await verdeel(["verify", "nml.verdeeld.xlsx", "--schedule", "nml-2023", ...CHECKS, "--json"], dir)).stdout) as VerifyJson;
  expect(json).toMatchObject({ checked: 45, matched: 45, mismatches: [] });
});

test("--check without COMPONENT= checks the total; with one component, that component", async () => {
  let r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", "--check", "Bijdrage totaal 2023", "--json"], dir);
  expect(r.code).toBe(0);
  expect((JSON.parse(r.stdout) as VerifyJson).checked).toBe(15);
  await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners", "Bijdrage"], ["Beesel", 13478, 1078.24], ["Weert", 50020, 4001.61]]);
  r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--json"], dir);
  expect(r.code).toBe(1);
  const json = JSON.parse(r.stdout) as VerifyJson;
  expect(json.mismatches).toEqual([{ row: 3, cell: "C3", name: "Weert", component: "basis", expected: "4001.60", found: "4001.61", difference: "0.01" }]);
});

test("--tolerance: differences within it match", async () => {
  await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners", "Bijdrage"], ["Beesel", 13478, 1078.24], ["Weert", 50020, 4001.61]]);
  let r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--tolerance", "0,01"], dir);
  expect(r.code).toBe(0);
  r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--tolerance", "0,009"], dir);
  expect(r.code).toBe(1);
  r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--tolerance", "300"], dir);
  expect(r.code).toBe(0);
  r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--tolerance=-1"], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--tolerance -1: verwacht een bedrag/);
  r = await verdeel(["verify", "b.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--tolerance", "-1"], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--tolerance=-1/);
});

test("--out REPORT.xlsx: a Controle sheet with date, schedule, source, tolerance, the mismatch and the summary", async () => {
  const hash = sha256(controle);
  const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--out", "rapport.xlsx"], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("rapport.xlsx");
  expect(sha256(controle)).toBe(hash);
  const ws = (await readBook(path.join(dir, "rapport.xlsx"))).getWorksheet("Controle")!;
  const labels = new Map<string, unknown>();
  ws.eachRow((row) => {
    if (typeof row.getCell(1).value === "string") labels.set(String(row.getCell(1).value), row.getCell(2).value);
  });
  expect(labels.get("Datum")).toEqual(new Date(Date.UTC(2024, 2, 1, 9, 30, 0)));
  expect(String(labels.get("Verdeelsleutel"))).toMatch(/^nml-2023: /);
  expect(String(labels.get("Bron van de verdeelsleutel"))).toMatch(/Weert/);
  expect(labels.get("Tolerantie")).toBe(0);
  expect(labels.get("Gecontroleerd")).toBe(45);
  expect(labels.get("Afwijkingen")).toBe(1);
  expect(labels.get("Som van de verschillen")).toBe(270);
  expect(String(labels.get("Samenvatting"))).toMatch(/1 wijkt af/);
  let mismatchRow: unknown[] | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === `Gemeenten!${CONTROLE_ERROR.cell}`) mismatchRow = [1, 2, 3, 4, 5, 6, 7].map((c) => row.getCell(c).value);
  });
  expect(mismatchRow).toEqual([`Gemeenten!${CONTROLE_ERROR.cell}`, 8, "Venlo", "uitbreiding", 7140, 7410, 270]);
  // an existing report is kept unless --force
  const again = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS, "--out", "rapport.xlsx"], dir);
  expect(again.code).toBe(2);
  expect(again.stderr).toMatch(/rapport\.xlsx bestaat al/);
});

test("bad input to verify: unknown check column, text in a checked cell", async () => {
  let r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", "--check", "Bijdrage 2099"], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("controle.xlsx");
  expect(r.stderr).toContain("Bijdrage 2099");
  await writeBook(path.join(dir, "t.xlsx"), [["Gemeente", "Inwoners", "Bijdrage"], ["Beesel", 13478, "1078,24"]]);
  r = await verdeel(["verify", "t.xlsx", "--schedule", "limburg-2020", "--check", "Bijdrage", "--json"], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/C2/);
  const json = JSON.parse(r.stdout) as VerifyJson;
  expect(json.mismatches[0]).toMatchObject({ cell: "C2", found: null, difference: null });
});

test("English with VERDEEL_LANG=en", async () => {
  const r = await verdeel(["verify", "controle.xlsx", "--schedule", "nml-2023", ...CHECKS], dir, { VERDEEL_LANG: "en" });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/45 amounts checked: 44 match, 1 differs/);
  expect(r.stdout).toContain("€7,410");
});

describe("verdeel schedules", () => {
  test("--json lists the 7 bundled schedules", async () => {
    const r = await verdeel(["schedules", "--json"], dir);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; components: unknown[] }[];
    expect(list.map((s) => s.id).sort()).toEqual(
      ["limburg-2019-overbrugging", "limburg-2020", "limburg-voorstel-2019", "limburg-voorstel-2020", "nhn-2020", "nml-2022", "nml-2023"].sort(),
    );
    for (const s of list) expect(s.components.length).toBeGreaterThan(0);
  });

  test("as a table", async () => {
    const r = await verdeel(["schedules"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("nml-2023");
    expect(r.stdout).toMatch(/7 verdeelsleutels/);
    expect(r.stderr).toBe("");
  });
});
