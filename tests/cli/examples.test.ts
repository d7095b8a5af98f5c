// The example workbooks: generated deterministically, committed up to date, and saying where
// their figures come from. Regenerate with: VERDEEL_UPDATE_EXAMPLES=1 npx jest tests/cli/examples.test.ts
import { promises as fs } from "node:fs";
import path from "node:path";
import { CONTROLE_ERROR, makeExamples, NML_MUNICIPALITIES, nml2023 } from "../../examples/make-examples";
import { readBook, sha256, tempDir } from "./helpers";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const FILES = ["noord-midden-limburg.xlsx", "noord-midden-limburg-controle.xlsx"];

beforeAll(async () => {
  if (process.env.VERDEEL_UPDATE_EXAMPLES === "1") await makeExamples(EXAMPLES);
});

test("generating twice gives the same bytes as the committed files", async () => {
  const a = await tempDir();
  const b = await tempDir();
  await makeExamples(a);
  await makeExamples(b);
  for (const f of FILES) {
    expect(sha256(path.join(a, f))).toBe(sha256(path.join(b, f)));
    expect(sha256(path.join(a, f))).toBe(sha256(path.join(EXAMPLES, f)));
  }
});

test("the plain example: 15 municipalities with CBS codes, the two real figures, and a source note", async () => {
  const wb = await readBook(path.join(EXAMPLES, FILES[0]));
  const ws = wb.getWorksheet("Gemeenten")!;
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Gemeenten", "Bron"]);
  expect([1, 2, 3].map((c) => ws.getRow(1).getCell(c).value)).toEqual(["Gemeente", "Gemeentecode", "Inwoners"]);
  const names = NML_MUNICIPALITIES.map((_m, i) => ws.getRow(2 + i).getCell(1).value);
  expect(names).toHaveLength(15);
  expect(new Set(NML_MUNICIPALITIES.map((m) => m.code)).size).toBe(15);
  for (const [i, m] of NML_MUNICIPALITIES.entries()) {
    expect(ws.getRow(2 + i).getCell(2).value).toMatch(/^GM\d{4}$/);
    expect(ws.getRow(2 + i).getCell(3).value).toBe(m.population);
  }
  expect(ws.getCell("A2").value).toBe("Beesel");
  expect(ws.getCell("C2").value).toBe(13478);
  expect(ws.getCell("A16").value).toBe("Weert");
  expect(ws.getCell("C16").value).toBe(50020);
  expect(String(ws.getCell("A18").value)).toMatch(/illustratief/);
  expect(ws.getCell("A17").value).toBeNull();
  const bron = wb.getWorksheet("Bron")!;
  expect(String(bron.getCell("C2").value)).toMatch(/besluitstukken/);
  expect(String(bron.getCell("C3").value)).toMatch(/illustratief/);
});

test("the controle example: correct nml-2023 figures except Venlo's extension", async () => {
  const ws = (await readBook(path.join(EXAMPLES, FILES[1]))).getWorksheet("Gemeenten")!;
  expect([4, 5, 6].map((c) => ws.getRow(1).getCell(c).value)).toEqual([
    "Bijdrage basis 2023",
    "Bijdrage uitbreiding 2023",
    "Bijdrage totaal 2023",
  ]);
  expect(nml2023(50020)).toEqual({ basis: 4002, uitbreiding: 3501, totaal: 7503 });
  let wrong = 0;
  for (const [i, m] of NML_MUNICIPALITIES.entries()) {
    const row = ws.getRow(2 + i);
    const f = nml2023(m.population);
    expect(row.getCell(4).value).toBe(f.basis);
    expect(row.getCell(6).value).toBe(f.totaal);
    if (row.getCell(5).value !== f.uitbreiding) wrong++;
  }
  expect(wrong).toBe(1);
  expect(ws.getCell(CONTROLE_ERROR.cell).value).toBe(CONTROLE_ERROR.wrong);
  expect(ws.getCell(`A${CONTROLE_ERROR.cell.slice(1)}`).value).toBe(CONTROLE_ERROR.name);
  expect(nml2023(102000).uitbreiding).toBe(CONTROLE_ERROR.correct);
});

test("the README names the deliberate error", async () => {
  const readme = await fs.readFile(path.join(EXAMPLES, "README.md"), "utf8");
  expect(readme).toContain(CONTROLE_ERROR.cell);
  expect(readme).toContain("7.410");
});
