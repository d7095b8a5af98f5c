// One way to say things (docs/i18n.md): user-facing text lives in the typed catalogues, looked up
// by Lang. Outside them, src has no tr(nl, en) helper, no inline { nl: "…", en: "…" } text pair,
// and no second declaration of the language type.
import fs from "node:fs";
import path from "node:path";

const SRC = path.join(__dirname, "../../src");

/** The catalogues: an i18n folder of a layer, and the schedule editor's catalogue. */
function isCatalogue(file: string): boolean {
  const rel = path.relative(SRC, file).split(path.sep).join("/");
  return rel.split("/").includes("i18n") || rel === "taskpane/editor/messages.ts";
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every match of `pattern` in the files, as "file:line: text". */
function hits(files: string[], pattern: RegExp): string[] {
  const out: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(new RegExp(pattern.source, "g"))) {
      const line = text.slice(0, m.index).split("\n").length;
      out.push(`${path.relative(SRC, file)}:${line}: ${m[0].replace(/\s+/g, " ")}`);
    }
  }
  return out;
}

const all = sourceFiles(SRC);
const code = all.filter((f) => !isCatalogue(f));

test("the source tree is read (the check would pass vacuously otherwise)", () => {
  expect(code.length).toBeGreaterThan(100);
  expect(all.length - code.length).toBeGreaterThanOrEqual(10);
});

test("no tr(nl, en) outside the catalogues", () => {
  expect(hits(code, /\btr\(/)).toEqual([]);
});

test("no inline Dutch/English text pair { nl: \"…\", en: … } outside the catalogues", () => {
  expect(hits(code, /\{\s*nl:\s*["'`]/)).toEqual([]);
});

test("the language type is declared once, in the allocation core", () => {
  expect(hits(all, /\btype\s+(?:Lang|EditorLang)\s*=/)).toEqual(["allocation/types.ts:" + declarationLine() + ': type Lang =']);
});

function declarationLine(): number {
  const text = fs.readFileSync(path.join(SRC, "allocation/types.ts"), "utf8");
  return text.slice(0, text.indexOf("type Lang =")).split("\n").length;
}
