// The text of an XML part and back to bytes in the same encoding, so that a patched part keeps
// every character it did not change (UTF-8 with or without a byte order mark, or UTF-16 LE/BE).

export type PartEncoding = "utf8" | "utf8-bom" | "utf16le" | "utf16be";

export interface PartText {
  text: string;
  encoding: PartEncoding;
}

export class PartEncodingError extends Error {
  constructor(readonly part: string) {
    super(`part ${part} is not valid UTF-8 or UTF-16`);
    this.name = "PartEncodingError";
  }
}

function swap16(bytes: Uint8Array): Buffer {
  const out = Buffer.from(bytes);
  out.swap16();
  return out;
}

export function decodePart(part: string, bytes: Uint8Array): PartText {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: b.toString("utf16le", 2), encoding: "utf16le" };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    if (b.length % 2 !== 0) throw new PartEncodingError(part);
    return { text: swap16(b.subarray(2)).toString("utf16le"), encoding: "utf16be" };
  }
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? b.subarray(3) : b);
  } catch {
    throw new PartEncodingError(part);
  }
  return { text, encoding: bom ? "utf8-bom" : "utf8" };
}

export function encodePart(text: string, encoding: PartEncoding): Uint8Array {
  switch (encoding) {
    case "utf8":
      return Buffer.from(text, "utf8");
    case "utf8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), swap16(Buffer.from(text, "utf16le"))]);
  }
}
