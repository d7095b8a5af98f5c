// The two kinds of package parts that say what the other parts are: [Content_Types].xml and the
// relationship parts (*.rels). Read with the tokenizer; changed by splicing, so everything else
// in them stays as it was.
import { Package, relsPartOf, resolveTarget } from "./package";
import { attrsXml, scanXml, splice } from "./xml";

export const CONTENT_TYPES = "[Content_Types].xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The archive name of the target part (internal relationships). */
  part: string;
  start: number;
  end: number;
}

/** A relationship type by its last segment, the same in Transitional and Strict OOXML ("worksheet"). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export class Relationships {
  readonly list: Relationship[] = [];
  /** Where added relationships go: before </Relationships>, or the whole <Relationships/> when it is empty. */
  private closeAt = -1;
  private emptyRoot: { start: number; end: number } | undefined;
  private prefix = "";
  private readonly additions: string[] = [];
  private readonly removals: { start: number; end: number }[] = [];

  constructor(
    private readonly pkg: Package,
    /** The part whose relationships these are ("" for the package). */
    readonly source: string,
  ) {
    const text = pkg.text(relsPartOf(source))?.text;
    if (text === undefined) return;
    scanXml(text, {
      open: (tag) => {
        if (tag.name === "Relationships") {
          this.prefix = tag.prefix;
          if (tag.selfClosing) this.emptyRoot = { start: tag.start, end: tag.end };
        }
        if (tag.name !== "Relationship") return;
        const target = tag.attrs.Target ?? "";
        const external = tag.attrs.TargetMode === "External";
        this.list.push({
          id: tag.attrs.Id ?? "",
          type: tag.attrs.Type ?? "",
          target,
          external,
          part: external ? "" : resolveTarget(source, target),
          start: tag.start,
          end: tag.selfClosing ? tag.end : -1,
        });
      },
      close: (tag) => {
        if (tag.name === "Relationship") {
          const last = this.list[this.list.length - 1];
          if (last && last.end < 0) last.end = tag.end;
        }
        if (tag.name === "Relationships" && !this.emptyRoot) this.closeAt = tag.start;
      },
    });
  }

  byKind(kind: string): Relationship[] {
    return this.list.filter((r) => relKind(r.type) === kind);
  }

  byId(id: string): Relationship | undefined {
    return this.list.find((r) => r.id === id);
  }

  /** A new Id ("rId7"): one more than the highest rIdN in use. */
  private nextId(): string {
    let max = 0;
    for (const r of this.list) {
      const m = /^rId(\d+)$/.exec(r.id);
      if (m) max = Math.max(max, Number(m[1]));
    }
    return `rId${max + 1}`;
  }

  add(type: string, target: string): string {
    const id = this.nextId();
    this.list.push({ id, type, target, external: false, part: resolveTarget(this.source, target), start: -1, end: -1 });
    this.additions.push(`<${this.prefix}Relationship${attrsXml({ Id: id, Type: type, Target: target })}/>`);
    return id;
  }

  remove(rel: Relationship): void {
    const at = this.list.indexOf(rel);
    if (at >= 0) this.list.splice(at, 1);
    if (rel.start >= 0) this.removals.push({ start: rel.start, end: rel.end });
  }

  /** Writes the changes into the package (a new relationships part when there was none). */
  save(): void {
    if (this.additions.length === 0 && this.removals.length === 0) return;
    const name = relsPartOf(this.source);
    const current = this.pkg.text(name)?.text;
    if (current === undefined) {
      const body = this.additions.join("");
      this.pkg.setText(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}">${body}</Relationships>`);
      return;
    }
    const edits = this.removals.map((r) => ({ ...r, text: "" }));
    const adding = this.additions.join("");
    if (adding && this.emptyRoot) {
      const tag = current.slice(this.emptyRoot.start, this.emptyRoot.end);
      edits.push({ ...this.emptyRoot, text: `${tag.replace(/\s*\/>$/, ">")}${adding}</${this.prefix}Relationships>` });
    } else if (adding) {
      edits.push({ start: this.closeAt, end: this.closeAt, text: adding });
    }
    this.pkg.setText(name, splice(current, edits));
    this.additions.length = 0;
    this.removals.length = 0;
  }
}

export const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** [Content_Types].xml: what each part is, by Override or by the Default of its extension. */
export class ContentTypes {
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, { type: string; start: number; end: number }>();
  private closeAt = -1;
  private prefix = "";
  private readonly edits: { start: number; end: number; text: string }[] = [];

  constructor(private readonly pkg: Package) {
    const text = pkg.text(CONTENT_TYPES)?.text;
    if (text === undefined) return;
    scanXml(text, {
      open: (tag) => {
        if (tag.name === "Types") this.prefix = tag.prefix;
        if (tag.name === "Default") this.defaults.set((tag.attrs.Extension ?? "").toLowerCase(), tag.attrs.ContentType ?? "");
        if (tag.name === "Override") {
          this.overrides.set((tag.attrs.PartName ?? "").replace(/^\//, "").toLowerCase(), { type: tag.attrs.ContentType ?? "", start: tag.start, end: tag.selfClosing ? tag.end : -1 });
        }
      },
      close: (tag) => {
        if (tag.name === "Override") {
          for (const o of this.overrides.values()) if (o.end < 0) o.end = tag.end;
        }
        if (tag.name === "Types") this.closeAt = tag.start;
      },
    });
  }

  get present(): boolean {
    return this.closeAt >= 0;
  }

  typeOf(part: string): string | undefined {
    const name = part.replace(/^\//, "").toLowerCase();
    const o = this.overrides.get(name);
    if (o) return o.type;
    const dot = name.lastIndexOf(".");
    return dot < 0 ? undefined : this.defaults.get(name.slice(dot + 1));
  }

  /** The part names (archive form) with an Override of this type. */
  partsOfType(type: string): string[] {
    return [...this.overrides].filter(([, o]) => o.type === type).map(([name]) => name);
  }

  addOverride(part: string, type: string): void {
    const name = part.replace(/^\//, "");
    this.overrides.set(name.toLowerCase(), { type, start: -1, end: -1 });
    this.edits.push({ start: this.closeAt, end: this.closeAt, text: `<${this.prefix}Override${attrsXml({ PartName: `/${name}`, ContentType: type })}/>` });
  }

  removeOverride(part: string): void {
    const name = part.replace(/^\//, "").toLowerCase();
    const o = this.overrides.get(name);
    if (!o) return;
    this.overrides.delete(name);
    if (o.start >= 0) this.edits.push({ start: o.start, end: o.end, text: "" });
  }

  save(): void {
    if (this.edits.length === 0) return;
    const text = this.pkg.text(CONTENT_TYPES)?.text as string;
    this.pkg.setText(CONTENT_TYPES, splice(text, this.edits));
    this.edits.length = 0;
  }
}
