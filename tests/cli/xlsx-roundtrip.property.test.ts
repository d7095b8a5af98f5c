// Property: random worksheets (a random part name, shared and inline strings, rows and cells
// with and without r, merged cells, styles with number formats) round-trip through the file
// host: read -> Grid equals what was generated; write random cells -> openpyxl (an independent
// reader; exceljs finds no sheet outside xl/worksheets/sheetN.xml) finds every original cell as
// it was and every written cell as planned, and every other part is byte for byte the same.
import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { tempDir } from "./helpers";
import { XlsxBook } from "../../src/cli/xlsx/book";
import type { CellWrite } from "../../src/cli/xlsx/sheet-patch";
import { sheetGrid } from "../../src/cli/xlsx-grid";
import { toA1 } from "../../src/workbook/address";

type Value = { kind: "shared" | "inline"; text: string } | { kind: "number"; value: number };
interface GenCell {
  col: number;
  value: Value;
  withR: boolean;
  style: number;
}
interface GenRow {
  row: number;
  withR: boolean;
  cells: GenCell[];
}
interface GenSheet {
  part: string;
  rows: GenRow[];
  merges: { top: number; left: number }[];
}

const FORMATS = [undefined, "0.00", "#,##0", "@"];
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const text = fc.stringMatching(/^[A-Za-z0-9 ëé&<>'"=+-]{1,12}$/).filter((s) => s.trim() === s && s.length > 0);
const value: fc.Arbitrary<Value> = fc.oneof(
  fc.record({ kind: fc.constantFrom("shared" as const, "inline" as const), text }),
  fc.record({ kind: fc.constant("number" as const), value: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 4) }),
);

/** Rows in order with gaps; a row or cell may leave out r only where it follows its predecessor. */
const sheet: fc.Arbitrary<GenSheet> = fc
  .record({
    part: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/).map((n) => `xl/${n.length % 2 ? "bladen" : "worksheets"}/${n}.xml`),
    rows: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 2 }),
        withR: fc.boolean(),
        cells: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 2 }), withR: fc.boolean(), value, style: fc.integer({ min: 0, max: FORMATS.length - 1 }) }), { minLength: 1, maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    merges: fc.array(fc.record({ top: fc.integer({ min: 0, max: 30 }), left: fc.integer({ min: 20, max: 24 }) }), { maxLength: 2 }),
  })
  .map(({ part, rows, merges }) => {
    let row = -1;
    const out: GenRow[] = rows.map((r) => {
      row += 1 + r.gap;
      let col = -1;
      const cells = r.cells.map((c) => {
        col += 1 + c.gap;
        return { col, value: c.value, withR: c.withR || c.gap > 0, style: c.style };
      });
      return { row, withR: r.withR || r.gap > 0, cells };
    });
    // Merges right of the data, one row high, apart from each other.
    const seen = new Set<number>();
    return { part, rows: out, merges: merges.filter((m) => !seen.has(m.top) && seen.add(m.top)) };
  });

function sheetXml(s: GenSheet, strings: string[]): string {
  const rows = s.rows.map((r) => {
    const cells = r.cells.map((c) => {
      const ref = c.withR ? ` r="${toA1(r.row, c.col)}"` : "";
      const st = c.style ? ` s="${c.style}"` : "";
      if (c.value.kind === "number") return `<c${ref}${st}><v>${c.value.value}</v></c>`;
      if (c.value.kind === "inline") return `<c${ref}${st} t="inlineStr"><is><t>${esc(c.value.text)}</t></is></c>`;
      strings.push(c.value.text);
      return `<c${ref}${st} t="s"><v>${strings.length - 1}</v></c>`;
    });
    return `<row${r.withR ? ` r="${r.row + 1}"` : ""}>${cells.join("")}</row>`;
  });
  const merges = s.merges.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.top, m.left + 1)}"/>`).join("")}</mergeCells>` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData>${merges}</worksheet>`;
}

async function packageOf(s: GenSheet): Promise<Buffer> {
  const strings: string[] = [];
  const ws = sheetXml(s, strings);
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const xfs = FORMATS.map((f, i) => `<xf numFmtId="${f === undefined ? 0 : 164 + i}" fontId="0" fillId="0" borderId="0" xfId="0"${f ? ' applyNumberFormat="1"' : ""}/>`).join("");
  const numFmts = FORMATS.map((f, i) => (f ? `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>` : "")).join("");
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Blad" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="/${s.part}"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`);
  zip.file(s.part, ws);
  zip.file("xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="${ns}" count="${strings.length}">${strings.map((t) => `<si><t>${esc(t)}</t></si>`).join("")}</sst>`);
  zip.file("xl/styles.xml", `<?xml version="1.0"?><styleSheet xmlns="${ns}"><numFmts count="3">${numFmts}</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${FORMATS.length}">${xfs}</cellXfs></styleSheet>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const plain = (v: Value): string | number => (v.kind === "number" ? v.value : v.text);

const writes: fc.Arbitrary<CellWrite[]> = fc.array(
  fc.record({
    row: fc.integer({ min: 0, max: 40 }),
    col: fc.integer({ min: 0, max: 14 }),
    cell: fc.oneof(
      fc.record({ kind: fc.constant("number" as const), value: fc.integer({ min: -99999, max: 99999 }).map((n) => (n / 100).toFixed(2)), format: fc.constantFrom("€ #,##0.00;€ -#,##0.00", "0.00") }),
      fc.record({ kind: fc.constant("text" as const), value: text }),
    ),
    bold: fc.boolean(),
  }),
  { maxLength: 15 },
).map((list) => {
  const seen = new Set<string>();
  return list
    .filter((w) => !seen.has(`${w.row}:${w.col}`) && seen.add(`${w.row}:${w.col}`))
    .map(({ bold, ...w }): CellWrite => (bold ? { ...w, style: { bold: true } } : w));
});

const OPENPYXL = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0;
const READ_CELLS = path.join(__dirname, "corpus", "read_cells.py");
const RUNS = 60;

interface Case {
  gen: GenSheet;
  cellWrites: CellWrite[];
  input: Buffer;
  output: Buffer;
}

(OPENPYXL ? test : test.skip)(`random sheets: read, write random cells, read back with openpyxl${OPENPYXL ? "" : " (skipped: /usr/bin/python3 with openpyxl is not installed)"}`, async () => {
  // The cases are drawn first and read back by openpyxl in one process; the seed is in the message of a failure.
  const seed = Date.now() % 2 ** 31;
  const dir = await tempDir();
  const cases: Case[] = [];
  for (const [gen, cellWrites] of fc.sample(fc.tuple(sheet, writes), { numRuns: RUNS, seed })) {
    const input = await packageOf(gen);
    const book = await XlsxBook.open(input);
    const read = book.readSheet(book.sheets[0]);
    const grid = sheetGrid(read);
    for (const r of gen.rows) for (const c of r.cells) expect([seed, toA1(r.row, c.col), grid.values[r.row][c.col]]).toEqual([seed, toA1(r.row, c.col), plain(c.value)]);
    expect(grid.merges).toEqual(gen.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top, right: m.left + 1 })));
    book.patchSheet(read, { cells: cellWrites });
    cases.push({ gen, cellWrites, input, output: Buffer.from(await book.toBytes(new Date(Date.UTC(2024, 0, 1)), 6)) });
  }
  const files = await Promise.all(cases.map(async (c, i) => {
    const file = path.join(dir, `geval-${i}.xlsx`);
    await fs.writeFile(file, c.output);
    return file;
  }));
  const back = JSON.parse(execFileSync("/usr/bin/python3", [READ_CELLS, ...files], { encoding: "utf8", maxBuffer: 64 << 20 })) as Record<string, [unknown, string, boolean]>[];

  for (const [i, { gen, cellWrites, input, output }] of cases.entries()) {
    const cells = back[i];
    const at = (ref: string): unknown[] => [seed, i, ref, ...(cells[ref] ?? [null, "General", false])];
    expect(cells.error).toBeUndefined();
    const written = new Map(cellWrites.map((w) => [toA1(w.row, w.col), w]));
    for (const r of gen.rows) {
      for (const c of r.cells) {
        const ref = toA1(r.row, c.col);
        if (!written.has(ref)) expect(at(ref)).toEqual([seed, i, ref, plain(c.value), FORMATS[c.style] ?? "General", false]);
      }
    }
    for (const [ref, w] of written) {
      const expected = w.cell.kind === "number" ? Number(w.cell.value) : w.cell.kind === "text" ? w.cell.value : undefined;
      const format = w.cell.kind === "number" ? w.cell.format : expect.any(String);
      expect(at(ref)).toEqual([seed, i, ref, expected, format, Boolean(w.style?.bold)]);
    }
    // Every part but the sheet, styles.xml and workbook.xml (recalculation on load) is byte for byte the same.
    const [a, b] = await Promise.all([JSZip.loadAsync(input), JSZip.loadAsync(output)]);
    for (const name of Object.keys(a.files)) {
      if (a.files[name].dir || [gen.part, "xl/styles.xml", "xl/workbook.xml"].includes(name)) continue;
      expect([seed, i, name, (await b.file(name)!.async("nodebuffer")).equals(await a.file(name)!.async("nodebuffer"))]).toEqual([seed, i, name, true]);
    }
  }
}, 60_000);
