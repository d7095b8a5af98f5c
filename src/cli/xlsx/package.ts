// An Open Packaging Conventions package (the parts of an .xlsx) with the changes an action makes:
// parts replaced, added or removed. Every other part is written back exactly as it was stored.
import { decodePart, encodePart, type PartText } from "./part-text";
import { writeZip, type ZipEntry, type ZipOutEntry } from "./zip";

/** A part name as stored in the archive ("xl/workbook.xml"), looked up without regard to case. */
function key(name: string): string {
  return name.replace(/^\//, "").toLowerCase();
}

export class Package {
  private readonly entries: ZipEntry[];
  private readonly byKey = new Map<string, ZipEntry>();
  /** Changed and new parts by key, with the name they are written under. */
  private readonly changed = new Map<string, { name: string; data: Uint8Array }>();
  private readonly removed = new Set<string>();
  private readonly texts = new Map<string, PartText>();

  constructor(entries: ZipEntry[]) {
    this.entries = entries;
    for (const e of entries) this.byKey.set(key(e.name), e);
  }

  /** The archive name of a part ("/xl/Workbook.xml" finds "xl/workbook.xml"), or undefined. */
  resolve(name: string): string | undefined {
    const k = key(name);
    if (this.removed.has(k)) return undefined;
    const changed = this.changed.get(k);
    if (changed) return changed.name;
    const entry = this.byKey.get(k) ?? this.byKey.get(key(safeDecode(name)));
    return entry && !entry.directory ? entry.name : undefined;
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  /** The names of all parts (no folders), in the archive's order, new parts last. */
  partNames(): string[] {
    const names = this.entries.filter((e) => !e.directory && !this.removed.has(key(e.name))).map((e) => e.name);
    for (const [k, c] of this.changed) if (!this.byKey.has(k)) names.push(c.name);
    return names;
  }

  bytes(name: string): Uint8Array | undefined {
    const stored = this.resolve(name);
    if (stored === undefined) return undefined;
    const k = key(stored);
    return this.changed.get(k)?.data ?? this.byKey.get(k)?.data;
  }

  /** The text of an XML part (decoded once and kept), or undefined when there is no such part. */
  text(name: string): PartText | undefined {
    const stored = this.resolve(name);
    if (stored === undefined) return undefined;
    const k = key(stored);
    let t = this.texts.get(k);
    if (!t) {
      t = decodePart(stored, this.bytes(stored) as Uint8Array);
      this.texts.set(k, t);
    }
    return t;
  }

  /** Replaces a part's text (in the part's own encoding) or adds a new UTF-8 part. */
  setText(name: string, text: string): void {
    const stored = this.resolve(name) ?? name.replace(/^\//, "");
    const encoding = this.text(stored)?.encoding ?? "utf8";
    const k = key(stored);
    this.removed.delete(k);
    this.changed.set(k, { name: stored, data: encodePart(text, encoding) });
    this.texts.set(k, { text, encoding });
  }

  remove(name: string): void {
    const stored = this.resolve(name);
    if (stored === undefined) return;
    const k = key(stored);
    this.changed.delete(k);
    this.texts.delete(k);
    this.removed.add(k);
  }

  /** Whether any part was changed, added or removed. */
  isChanged(name: string): boolean {
    const k = key(name);
    return this.changed.has(k) || this.removed.has(k);
  }

  /** The archive: unchanged entries (also folders) copied as stored, in their order; new parts last. */
  async toZip(when: Date, level: number): Promise<Uint8Array> {
    const out: ZipOutEntry[] = [];
    for (const e of this.entries) {
      const k = key(e.name);
      if (this.removed.has(k)) continue;
      const changed = this.changed.get(k);
      out.push(changed ? { name: e.name, data: changed.data } : { name: e.name, copy: e.source });
    }
    for (const [k, c] of this.changed) if (!this.byKey.has(k)) out.push({ name: c.name, data: c.data });
    return writeZip(out, when, level);
  }
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The folder of a part ("xl/worksheets/sheet1.xml" -> "xl/worksheets"). */
export function partFolder(name: string): string {
  const n = name.replace(/^\//, "");
  const at = n.lastIndexOf("/");
  return at < 0 ? "" : n.slice(0, at);
}

/** The relationships part of a part ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" -> "_rels/.rels"). */
export function relsPartOf(name: string): string {
  const n = name.replace(/^\//, "");
  const folder = partFolder(n);
  const file = n.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder ? `${folder}/` : ""}_rels/${file}.rels`;
}

/** A relationship target resolved against the folder of its source part, as an archive name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : partFolder(sourcePart).split("/").filter(Boolean);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** A target for a relationship from `sourcePart` to `targetPart`, relative where it can be. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = partFolder(sourcePart);
  const to = targetPart.replace(/^\//, "");
  if (from === "") return to;
  return to.startsWith(`${from}/`) ? to.slice(from.length + 1) : `/${to}`;
}
