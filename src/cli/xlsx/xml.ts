// Reading XML parts with a streaming tokenizer (saxes) that also says where each tag stands in
// the text, so a part can be patched by splicing, and writing the bits of XML we add.
import { SaxesParser } from "saxes";

/** An element's start tag as the scanner reports it. */
export interface StartTag {
  /** Local name, without a namespace prefix ("row" for both <row> and <x:row>). */
  name: string;
  /** The prefix with its colon ("x:"), or "". */
  prefix: string;
  attrs: Record<string, string>;
  /** Offsets in the text: the "<" of the tag, and just after its ">". */
  start: number;
  end: number;
  selfClosing: boolean;
}

export interface EndTag {
  name: string;
  /** Offsets in the text: the "<" of "</name>" (for a self-closing tag: its start), just after ">". */
  start: number;
  end: number;
}

export interface XmlVisitor {
  open?(tag: StartTag): void;
  close?(tag: EndTag): void;
  /** Character data (entities decoded, CDATA included) directly inside the current element. */
  text?(text: string): void;
}

/** A part that is not well-formed XML; `line` and `column` are 1-based. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
  ) {
    super(`XML syntax error at ${line}:${column}`);
    this.name = "XmlSyntaxError";
  }
}

function split(qname: string): { prefix: string; name: string } {
  const colon = qname.indexOf(":");
  return colon < 0 ? { prefix: "", name: qname } : { prefix: qname.slice(0, colon + 1), name: qname.slice(colon + 1) };
}

/**
 * Walks a whole XML text, calling the visitor for every start tag, end tag and piece of text.
 * Throws XmlSyntaxError (with the position) when the text is not well-formed.
 */
export function scanXml(text: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ position: true });
  const { open, close, text: onText } = visitor;
  // The start of the tag being read: the "<" before the position at which its name ended.
  let tagStart = 0;
  const selfClosingAt = new Map<number, number>();
  parser.on("opentagstart", () => {
    tagStart = text.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag) => {
    const end = parser.position;
    if (tag.isSelfClosing) selfClosingAt.set(end, tagStart);
    if (open) {
      const { prefix, name } = split(tag.name);
      open({ name, prefix, attrs: tag.attributes as Record<string, string>, start: tagStart, end, selfClosing: tag.isSelfClosing });
    }
  });
  if (close) {
    parser.on("closetag", (tag) => {
      const end = parser.position;
      const start = tag.isSelfClosing ? (selfClosingAt.get(end) ?? end) : text.lastIndexOf("</", end - 1);
      if (tag.isSelfClosing) selfClosingAt.delete(end);
      close({ name: split(tag.name).name, start, end });
    });
  }
  if (onText) {
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  parser.on("error", () => {
    throw new XmlSyntaxError(parser.line, parser.column + 1);
  });
  parser.write(text).close();
}

/**
 * Text content of an OOXML string (ST_Xstring): characters XML cannot hold are written as
 * _xHHHH_, and a literal "_xHHHH_" is protected by escaping its underscore.
 */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold
const NOT_IN_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

export function encodeXstring(text: string): string {
  return text.replace(NOT_IN_XML, (ch) => (ch === "_" ? "_x005F" : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`));
}

/** Text for an element's content. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}

/** Text for an attribute value in double quotes (line breaks and tabs kept as they are). */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return `&#${ch.charCodeAt(0)};`;
    }
  });
}

/** ` name="value"` for each defined value, in the order given. */
export function attrsXml(attrs: Record<string, string | number | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}

/**
 * A start tag with one attribute set (added at the end, or its value replaced in place), the
 * rest of the tag kept character for character.
 */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const escaped = escapeAttr(value);
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => `${head}"${escaped}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${escaped}"${tag.slice(close)}`;
}

/** A start tag without one attribute (the rest kept as it is). */
export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** Replaces text ranges (non-overlapping, any order) in one pass. */
export function splice(text: string, edits: { start: number; end: number; text: string }[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error("overlapping edits");
    out.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(text.slice(at));
  return out.join("");
}
