// styles.xml: the number format of each cell style (for reading), and new cell styles derived
// from existing ones (for writing). New fonts, number formats and cell styles are appended; the
// existing ones, and everything else in the part (dxfs, named styles, colours), stay as they were.
import { BUILTIN_FORMATS, builtinId, isDateFormat } from "./number-formats";
import { attrsXml, escapeAttr, scanXml, setAttr, splice } from "./xml";

/** What a written cell needs of its style beyond the style it is based on. */
export interface StyleChange {
  numFmt?: string;
  bold?: boolean;
  /** Font size in points. */
  size?: number;
  wrap?: boolean;
  verticalTop?: boolean;
}

interface Collection {
  /** Raw text of each item ("<font>…</font>", "<xf …/>"). */
  items: string[];
  /** The collection's start tag and where new items go (before its end tag). */
  tagStart: number;
  tagEnd: number;
  closeAt: number;
  selfClosing: boolean;
}

export const DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

export class StyleSheet {
  private readonly numFmts = new Map<number, string>();
  private numFmtsAt: Collection | undefined;
  /** Where a <numFmts> element goes when the part has none: right after <styleSheet …>. */
  private rootTagEnd = 0;
  private prefix = "";
  private fonts: Collection | undefined;
  private cellXfs: Collection | undefined;
  private readonly added = { numFmts: [] as string[], fonts: [] as string[], xfs: [] as string[] };
  private readonly derived = new Map<string, number>();
  private readonly dateStyles: boolean[] = [];

  constructor(
    private readonly text: string,
    private readonly date1904: boolean,
  ) {
    let current: Collection | undefined;
    let depth = 0;
    let itemStart = -1;
    // The scanner reports a close for self-closing tags too, so depth goes back down there.
    scanXml(text, {
      open: (tag) => {
        depth++;
        if (depth === 1) {
          this.rootTagEnd = tag.end;
          this.prefix = tag.prefix;
        }
        if (depth === 2 && (tag.name === "numFmts" || tag.name === "fonts" || tag.name === "cellXfs")) {
          current = { items: [], tagStart: tag.start, tagEnd: tag.end, closeAt: tag.start, selfClosing: tag.selfClosing };
          if (tag.name === "numFmts") this.numFmtsAt = current;
          if (tag.name === "fonts") this.fonts = current;
          if (tag.name === "cellXfs") this.cellXfs = current;
        }
        if (depth === 3 && current) {
          itemStart = tag.start;
          if (tag.name === "numFmt") this.numFmts.set(Number(tag.attrs.numFmtId), tag.attrs.formatCode ?? "");
        }
      },
      close: (tag) => {
        if (depth === 3 && current && itemStart >= 0) current.items.push(text.slice(itemStart, tag.end));
        if (depth === 2 && current) {
          current.closeAt = tag.start;
          current = undefined;
        }
        depth--;
      },
    });
  }

  get styleCount(): number {
    return (this.cellXfs?.items.length ?? 0) + this.added.xfs.length;
  }

  private xf(index: number): string | undefined {
    const items = this.cellXfs?.items ?? [];
    return index < items.length ? items[index] : this.added.xfs[index - items.length];
  }

  /** The number format code of a cell style (undefined for General or an unknown style). */
  formatOf(index: number): string | undefined {
    const xf = this.xf(index);
    if (!xf) return undefined;
    const id = Number(attr(xf, "numFmtId") ?? 0);
    if (id === 0) return undefined;
    return this.numFmts.get(id) ?? BUILTIN_FORMATS[id];
  }

  /** Whether numbers in this cell style are dates (then the reader gives a Date). */
  isDate(index: number): boolean {
    let known = this.dateStyles[index];
    if (known === undefined) {
      const xf = this.xf(index);
      const id = xf ? Number(attr(xf, "numFmtId") ?? 0) : 0;
      known = isDateFormat(id, this.numFmts.get(id));
      this.dateStyles[index] = known;
    }
    return known;
  }

  get is1904(): boolean {
    return this.date1904;
  }

  private numFmtId(code: string): number {
    const builtin = builtinId(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.numFmts) if (c === code) return id;
    const id = Math.max(163, ...this.numFmts.keys()) + 1;
    this.numFmts.set(id, code);
    this.added.numFmts.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private fontId(baseFont: number, change: StyleChange): number {
    const fonts = this.fonts?.items ?? [];
    let font = fonts[baseFont] ?? fonts[0] ?? `<${this.prefix}font/>`;
    const open = /^<[^>]*?(\/?)>/.exec(font) as RegExpExecArray;
    if (open[1] === "/") font = `${open[0].slice(0, -2)}></${this.prefix}font>`;
    const p = this.prefix;
    if (change.size !== undefined) font = font.replace(new RegExp(`<${p}sz\\b[^>]*/>`), "");
    if (change.bold) font = font.replace(new RegExp(`<${p}b\\b[^>]*/>`), "");
    // A font's children may come in any order (CT_Font is a choice): the new ones go first.
    const extra = `${change.bold ? `<${p}b/>` : ""}${change.size !== undefined ? `<${p}sz val="${change.size}"/>` : ""}`;
    const headEnd = font.indexOf(">") + 1;
    this.added.fonts.push(font.slice(0, headEnd) + extra + font.slice(headEnd));
    return fonts.length + this.added.fonts.length - 1;
  }

  /** A cell style like `base` with `change` applied (the same one for the same request). */
  derive(base: number, change: StyleChange): number {
    const memo = `${base}|${change.numFmt ?? ""}|${change.bold ? 1 : 0}|${change.size ?? ""}|${change.wrap ? 1 : 0}|${change.verticalTop ? 1 : 0}`;
    const known = this.derived.get(memo);
    if (known !== undefined) return known;
    let xf = this.xf(base) ?? this.xf(0) ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const headEnd = xf.indexOf(">") + 1;
    let head = xf.slice(0, headEnd);
    let body = xf.slice(headEnd);
    if (change.numFmt !== undefined) {
      head = setAttr(setAttr(head, "numFmtId", String(this.numFmtId(change.numFmt))), "applyNumberFormat", "1");
    }
    if (change.bold || change.size !== undefined) {
      head = setAttr(setAttr(head, "fontId", String(this.fontId(Number(attr(head, "fontId") ?? 0), change))), "applyFont", "1");
    }
    if (change.wrap || change.verticalTop) {
      head = setAttr(head, "applyAlignment", "1");
      const alignment = { wrapText: change.wrap ? "1" : undefined, vertical: change.verticalTop ? "top" : undefined };
      const existing = new RegExp(`<${this.prefix}alignment\\b[^>]*?/?>`).exec(body);
      if (existing) {
        let tag = existing[0];
        for (const [k, v] of Object.entries(alignment)) if (v) tag = setAttr(tag, k, v);
        body = body.replace(existing[0], tag);
      } else {
        const tag = `<${this.prefix}alignment${attrsXml(alignment)}/>`;
        if (head.endsWith("/>")) {
          head = `${head.slice(0, -2)}>`;
          body = `${tag}</${this.prefix}xf>`;
        } else {
          body = tag + body;
        }
      }
    }
    xf = head + body;
    this.added.xfs.push(xf);
    const index = this.styleCount - 1;
    this.derived.set(memo, index);
    return index;
  }

  get changed(): boolean {
    return this.added.xfs.length > 0;
  }

  /** The part's text with the new number formats, fonts and cell styles appended and the counts updated. */
  patched(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    const append = (c: Collection | undefined, items: string[], element: string, before: number): void => {
      if (items.length === 0) return;
      if (!c) {
        edits.push({ start: before, end: before, text: `<${this.prefix}${element} count="${items.length}">${items.join("")}</${this.prefix}${element}>` });
        return;
      }
      const tag = setAttr(this.text.slice(c.tagStart, c.tagEnd), "count", String(c.items.length + items.length));
      if (c.selfClosing) {
        edits.push({ start: c.tagStart, end: c.tagEnd, text: `${tag.replace(/\s*\/>$/, ">")}${items.join("")}</${this.prefix}${element}>` });
      } else {
        edits.push({ start: c.tagStart, end: c.tagEnd, text: tag });
        edits.push({ start: c.closeAt, end: c.closeAt, text: items.join("") });
      }
    };
    append(this.numFmtsAt, this.added.numFmts, "numFmts", this.rootTagEnd);
    append(this.fonts, this.added.fonts, "fonts", this.fonts?.tagStart ?? this.rootTagEnd);
    append(this.cellXfs, this.added.xfs, "cellXfs", this.cellXfs?.tagStart ?? this.rootTagEnd);
    return splice(this.text, edits);
  }
}
