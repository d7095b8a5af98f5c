// Packing the parts of an .xlsx (a zip archive) with Node's own zlib.
//
// exceljs 4.4 renders every part of a workbook itself and then packs them with JSZip, which
// deflates in JavaScript (pako). For a large sheet that packing is a good part of the save. This
// file lets exceljs render exactly the same parts, in the same order, and packs them with
// node:zlib instead (native code, on libuv's thread pool while the next part is rendered).
// It uses exceljs's XLSX methods below `write()`; exceljs is pinned (package.json), and a test
// compares every part with what exceljs's own writer makes.
import { promises as fs } from "node:fs";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type ExcelJS from "exceljs";
import { withJoinedXml } from "./xlsx-xml-chunks";

const gzip = promisify(zlib.gzip);

/** What exceljs's render steps need of a zip: `append`. */
interface PartSink {
  append(data: string | Buffer | ArrayBuffer | Uint8Array, options: { name: string; base64?: boolean }): void;
}

type WorkbookModel = Record<string, unknown>;

/** exceljs's XLSX (wb.xlsx): the steps of its `write()`, which takes JSZip as its zip. */
interface XlsxSteps {
  workbook: { model: WorkbookModel };
  prepareModel(model: WorkbookModel, options: object): void;
  addContentTypes(zip: PartSink, model: WorkbookModel): Promise<void>;
  addOfficeRels(zip: PartSink, model: WorkbookModel): Promise<void>;
  addWorkbookRels(zip: PartSink, model: WorkbookModel): Promise<void>;
  addWorksheets(zip: PartSink, model: WorkbookModel): Promise<void>;
  addSharedStrings(zip: PartSink, model: WorkbookModel): Promise<void>;
  addDrawings(zip: PartSink, model: WorkbookModel): void;
  addTables(zip: PartSink, model: WorkbookModel): void;
  addThemes(zip: PartSink, model: WorkbookModel): Promise<void>;
  addStyles(zip: PartSink, model: WorkbookModel): Promise<void>;
  addMedia(zip: PartSink, model: WorkbookModel): Promise<void>;
  addApp(zip: PartSink, model: WorkbookModel): Promise<void>;
  addCore(zip: PartSink, model: WorkbookModel): Promise<void>;
  addWorkbook(zip: PartSink, model: WorkbookModel): Promise<void>;
}

interface Packed {
  /** Raw deflate data. */
  data: Buffer;
  crc: number;
  size: number;
}

/**
 * Deflates one part. A gzip member is raw deflate data between a 10-byte header and a trailer
 * holding the CRC-32 and the length, which is all a zip entry needs (native CRC, any Node 20).
 */
async function pack(raw: Buffer, level: number): Promise<Packed> {
  const gz = await gzip(raw, { level });
  if (gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8 || gz[3] !== 0) throw new Error("unexpected gzip header");
  return { data: gz.subarray(10, gz.length - 8), crc: gz.readUInt32LE(gz.length - 8), size: raw.length };
}

function toBuffer(data: string | Buffer | ArrayBuffer | Uint8Array, base64: boolean): Buffer {
  if (typeof data === "string") return Buffer.from(data, base64 ? "base64" : "utf8");
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** MS-DOS date and time, as zip headers hold them. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const MAX_ENTRIES = 0xffff;
const MAX_SIZE = 0xffffffff;

/** The archive layout (local headers, data, central directory, end record), without zip64. */
function zipArchive(entries: [string, Packed][], when: Date): Buffer[] {
  const { time, date } = dosDateTime(when);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, part] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const flags = nameBytes.length === name.length ? 0 : 0x0800; // bit 11: the name is UTF-8
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    local.copy(header, 6, 4, 30); // version needed … name length, as in the local header
    // extra and comment length, disk, attributes: 0
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes);
    chunks.push(local, nameBytes, part.data);
    offset += local.length + nameBytes.length + part.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  if (offset > MAX_SIZE || centralSize > MAX_SIZE) throw new Error("workbook too large for a zip without zip64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return [...chunks, ...central, end];
}

/**
 * Writes the workbook as exceljs's `wb.xlsx.writeFile(file)` does (the same parts, rendered by
 * exceljs, with fewer live strings: xlsx-xml-chunks.ts), packed with node:zlib at deflate `level`.
 */
export async function writeXlsxFile(wb: ExcelJS.Workbook, file: string, level: number): Promise<void> {
  const xlsx = wb.xlsx as unknown as XlsxSteps;
  // A later part of the same name replaces the earlier one, as in JSZip.
  const parts = new Map<string, Promise<Packed>>();
  const zip: PartSink = {
    append(data, options) {
      const packed = pack(toBuffer(data, options.base64 === true), level);
      packed.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      parts.set(options.name, packed);
    },
  };
  await withJoinedXml(async () => {
    const { model } = xlsx.workbook;
    xlsx.prepareModel(model, {});
    // The order of exceljs 4.4's XLSX.write(): shared strings after the worksheets, and so on.
    await xlsx.addContentTypes(zip, model);
    await xlsx.addOfficeRels(zip, model);
    await xlsx.addWorkbookRels(zip, model);
    await xlsx.addWorksheets(zip, model);
    await xlsx.addSharedStrings(zip, model);
    xlsx.addDrawings(zip, model);
    xlsx.addTables(zip, model);
    await Promise.all([xlsx.addThemes(zip, model), xlsx.addStyles(zip, model)]);
    await xlsx.addMedia(zip, model);
    await Promise.all([xlsx.addApp(zip, model), xlsx.addCore(zip, model)]);
    await xlsx.addWorkbook(zip, model);
  });

  const names = [...parts.keys()];
  if (names.length > MAX_ENTRIES) throw new Error("too many parts for a zip without zip64");
  const packed = await Promise.all(names.map((name) => parts.get(name) as Promise<Packed>));
  const chunks = zipArchive(
    names.map((name, i) => [name, packed[i]]),
    new Date(),
  );
  await fs.writeFile(file, Buffer.concat(chunks));
}
