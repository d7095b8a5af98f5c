// How the file host's zip and XML libraries were chosen (docs/cli.md, "Libraries"): the
// candidates on the same work, medians of 5 runs in one process after a warm-up. Not part of
// `npm run bench`; the candidates are not dependencies. To run it again:
//   npm i --no-save yauzl@3.4.0 yazl@3.3.1 fflate@0.8.3 sax@1.6.1 htmlparser2@12.0.0
//   node bench/library-candidates.mjs bench/out/begroting-10x20000-342.xlsx bench/out/gemeenten-100000.xlsx
import fs from "node:fs";
import zlib from "node:zlib";
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);
const [book, large] = process.argv.slice(2);
const CHANGED = "xl/worksheets/sheet11.xml";

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
async function time(fn, runs = 5) {
  await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(ms).toFixed(0);
}

// Zip: read every entry and check its CRC-32, then write a copy in which one part changed.
const data = fs.readFileSync(book);
const zips = {
  "yauzl + yazl (every part deflated again, level 6)": async () => {
    const yauzl = load("yauzl");
    const yazl = load("yazl");
    const zip = await new Promise((res, rej) => yauzl.fromBuffer(data, { lazyEntries: true }, (e, z) => (e ? rej(e) : res(z))));
    const parts = [];
    await new Promise((res, rej) => {
      zip.on("entry", (entry) =>
        zip.openReadStream(entry, (err, s) => {
          if (err) return rej(err);
          const chunks = [];
          s.on("data", (c) => chunks.push(c)).on("error", rej).on("end", () => {
            const b = Buffer.concat(chunks);
            if (zlib.crc32(b) !== entry.crc32) return rej(new Error("crc"));
            parts.push([entry.fileName, b]);
            zip.readEntry();
          });
        }),
      );
      zip.on("end", res).on("error", rej);
      zip.readEntry();
    });
    const out = new yazl.ZipFile();
    for (const [name, b] of parts) {
      if (name.endsWith("/")) out.addEmptyDirectory(name);
      else out.addBuffer(name === CHANGED ? Buffer.concat([b, Buffer.from(" ")]) : b, name, { compressionLevel: 6 });
    }
    out.end();
    const chunks = [];
    await new Promise((res) => out.outputStream.on("data", (c) => chunks.push(c)).on("end", res));
  },
  "fflate unzipSync + zipSync (CRC checked with zlib.crc32, level 6)": async () => {
    const ff = load("fflate");
    const files = ff.unzipSync(data);
    for (const name of Object.keys(files)) zlib.crc32(files[name]);
    files[CHANGED] = Buffer.concat([files[CHANGED], Buffer.from(" ")]);
    ff.zipSync(files, { level: 6 });
  },
  "@zip.js/zip.js (checkSignature; unchanged parts copied as stored)": async () => {
    const zipjs = load("@zip.js/zip.js");
    zipjs.configure({ useWebWorkers: false });
    const reader = new zipjs.ZipReader(new zipjs.Uint8ArrayReader(data));
    const entries = await reader.getEntries();
    const writer = new zipjs.ZipWriter(new zipjs.Uint8ArrayWriter(), { level: 6, dataDescriptor: false });
    for (const e of entries) {
      if (e.directory) {
        await writer.add(e.filename, undefined, { directory: true, entry: e });
        continue;
      }
      const plain = await e.getData(new zipjs.Uint8ArrayWriter(), { checkSignature: true });
      if (e.filename === CHANGED) await writer.add(e.filename, new zipjs.Uint8ArrayReader(Buffer.concat([plain, Buffer.from(" ")])));
      else await writer.add(e.filename, new zipjs.Uint8ArrayReader(await e.getData(new zipjs.Uint8ArrayWriter(), { passThrough: true })), { passThrough: true, entry: e });
    }
    await writer.close();
  },
};
console.log(`Zip: ${book} (${(data.length / 1e6).toFixed(1)} MB), read + CRC check + write with one part changed, median ms`);
for (const [name, fn] of Object.entries(zips)) console.log(`  ${name}: ${await time(fn)}`);

// XML: tokenize the shared strings of the budget workbook and the 100,000-row sheet.
const zipjs = load("@zip.js/zip.js");
async function part(file, name) {
  const entries = await new zipjs.ZipReader(new zipjs.Uint8ArrayReader(fs.readFileSync(file))).getEntries();
  return Buffer.from(await entries.find((e) => e.filename === name).getData(new zipjs.Uint8ArrayWriter())).toString("utf8");
}
const texts = { "sharedStrings.xml (budget)": await part(book, "xl/sharedStrings.xml"), "sheet1.xml (100,000 rows)": await part(large, "xl/worksheets/sheet1.xml") };
const tokenizers = {
  saxes: (text) => {
    const { SaxesParser } = load("saxes");
    const p = new SaxesParser({ position: true });
    p.on("opentag", () => {});
    p.on("text", () => {});
    p.write(text).close();
  },
  sax: (text) => {
    const p = load("sax").parser(true, { position: true });
    p.onopentag = () => {};
    p.ontext = () => {};
    p.write(text).close();
  },
  htmlparser2: (text) => {
    const { Parser } = load("htmlparser2");
    const p = new Parser({ onopentag() {}, ontext() {} }, { xmlMode: true });
    p.write(text);
    p.end();
  },
};
for (const [what, text] of Object.entries(texts)) {
  console.log(`XML: ${what} (${(text.length / 1e6).toFixed(1)} M characters), tokenize, median ms`);
  for (const [name, fn] of Object.entries(tokenizers)) console.log(`  ${name}: ${await time(() => fn(text))}`);
}
