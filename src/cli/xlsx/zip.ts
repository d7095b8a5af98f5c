// The zip container of an .xlsx, through zip.js: reading every entry (each checked against its
// CRC-32), and writing a new archive in which unchanged entries are copied as they were stored
// (the same compressed bytes) and changed or new ones are compressed anew.
import {
  configure,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
  type Entry,
  type FileEntry,
} from "@zip.js/zip.js";

configure({ useWebWorkers: false });

/** Why an archive cannot be read, for the caller's message. */
export type ZipProblem =
  | { kind: "not-a-zip" }
  | { kind: "damaged-entry"; part: string }
  | { kind: "encrypted"; part: string }
  | { kind: "unsupported-method"; part: string; method: number }
  | { kind: "duplicate"; part: string };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem.kind}${"part" in problem ? ` (${problem.part})` : ""}`);
    this.name = "ZipError";
  }
}

/** One entry of the archive as read: its name, its content, and how to copy it unchanged. */
export interface ZipEntry {
  name: string;
  directory: boolean;
  /** The uncompressed content (empty for a folder). */
  data: Uint8Array;
  /** zip.js's entry, for copying the stored bytes into a new archive. */
  source: Entry;
}

const METHODS = new Set([0, 8]);

async function readEntry(entry: FileEntry): Promise<Uint8Array> {
  if (entry.encrypted) throw new ZipError({ kind: "encrypted", part: entry.filename });
  if (!METHODS.has(entry.compressionMethod)) throw new ZipError({ kind: "unsupported-method", part: entry.filename, method: entry.compressionMethod });
  try {
    return await entry.getData(new Uint8ArrayWriter(), { checkSignature: true });
  } catch {
    throw new ZipError({ kind: "damaged-entry", part: entry.filename });
  }
}

/** Every entry of the archive, in the archive's order, each one's content checked against its CRC-32. */
export async function readZip(data: Uint8Array): Promise<ZipEntry[]> {
  let entries: Entry[];
  const reader = new ZipReader(new Uint8ArrayReader(data));
  try {
    entries = await reader.getEntries();
  } catch {
    throw new ZipError({ kind: "not-a-zip" });
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.filename)) throw new ZipError({ kind: "duplicate", part: e.filename });
    seen.add(e.filename);
  }
  const contents = await Promise.all(entries.map((e) => (e.directory ? Promise.resolve(new Uint8Array(0)) : readEntry(e))));
  await reader.close();
  return entries.map((e, i) => ({ name: e.filename, directory: e.directory, data: contents[i], source: e }));
}

/** An entry of the archive to write: copied as stored, or new content. */
export type ZipOutEntry = { name: string; copy: Entry } | { name: string; data: Uint8Array };

/**
 * Writes an archive: `copy` entries keep their stored (compressed) bytes, CRC-32, sizes, date and
 * attributes; `data` entries are deflated (level `level`) and dated `when`.
 */
export async function writeZip(entries: ZipOutEntry[], when: Date, level: number): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { level, dataDescriptor: false });
  for (const e of entries) {
    if ("copy" in e) {
      const source = e.copy;
      if (source.directory) {
        await writer.add(e.name, undefined, { directory: true, entry: source });
      } else {
        const stored = await source.getData(new Uint8ArrayWriter(), { passThrough: true });
        await writer.add(e.name, new Uint8ArrayReader(stored), { passThrough: true, entry: source });
      }
    } else {
      await writer.add(e.name, new Uint8ArrayReader(e.data), { lastModDate: when });
    }
  }
  return writer.close();
}
