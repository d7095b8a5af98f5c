// A CSV file as CBS StatLine delivers it (or a plain "Gemeente;Inwoners" list) read into a Grid,
// as Excel would show it after opening the file: encoding, separator and decimal mark detected,
// fields trimmed, numbers as numbers. Pure: bytes or text in, a grid out; papaparse splits the
// lines. A file that is not understood gets a CsvError naming the line.
import Papa from "papaparse";
import type { Lang } from "../allocation";
import { PLANNER_MESSAGES, plannerMessages, type CsvTexts } from "./i18n/planner";
import type { CellValue, Grid } from "./types";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
export type CsvSeparator = ";" | "," | "\t";

export interface CsvRead {
  grid: Grid;
  encoding: CsvEncoding;
  /** A byte order mark opened the file. */
  bom: boolean;
  separator: CsvSeparator;
  /** Numbers were written with a decimal comma ("35,72"). */
  decimalComma: boolean;
  /** Lines with content (the header included). */
  lines: number;
}

/** A CSV file that cannot be read as a table; `line` is 1-based (0: the file as a whole). */
export class CsvError extends Error {
  readonly line: number;
  readonly messageEn: string;

  constructor(line: number, messageNl: string, messageEn: string) {
    super(messageNl);
    this.name = "CsvError";
    this.line = line;
    this.messageEn = messageEn;
  }
}

/** A CsvError whose message is a text of the workbook catalogue, in both languages. */
function csvError(line: number, text: (m: CsvTexts) => string): CsvError {
  return new CsvError(line, text(PLANNER_MESSAGES.nl.csv), text(PLANNER_MESSAGES.en.csv));
}

/** The text of a file and its encoding: a BOM decides, else UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  if (bytes.includes(0)) {
    throw csvError(0, (m) => m.notText);
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252", bom: false };
  }
}

/** The separator of the header line: `;` or tab when it has them (outside quotes), else `,`. */
function guessSeparator(header: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ";": 0, "\t": 0, ",": 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ";" || ch === "\t" || ch === ",")) counts[ch]++;
  }
  if (counts[";"] === 0 && counts["\t"] === 0) return ",";
  return counts["\t"] > counts[";"] ? "\t" : ";";
}

const DECIMAL_COMMA = /^-?\d+,\d+$/;
const DECIMAL_POINT = /^-?\d+(?:\.\d+)?$/;
const WHOLE = /^-?\d+$/;

/** A field as Excel shows it: blank → null, a number that reads unambiguously → the number, else the text. */
function fieldValue(text: string, decimalComma: boolean): CellValue {
  if (text === "") return null;
  const digits = text.replace(/[^\d]/g, "").replace(/^0+(?=\d)/, "").length;
  if (digits > 15) return text;
  if (WHOLE.test(text)) return Number(text);
  if (decimalComma ? DECIMAL_COMMA.test(text) : DECIMAL_POINT.test(text)) return Number(text.replace(",", "."));
  return text;
}

/**
 * Reads CSV bytes (or text) into a grid named `sheet`, starting at A1. Lines without content are
 * kept as empty rows (detection skips them); a line with more fields than the header, or a quote
 * that is never closed, is a CsvError naming the line.
 */
export function readCsv(input: Uint8Array | string, sheet: string): CsvRead {
  const decoded = typeof input === "string" ? { text: input.replace(/^\uFEFF/, ""), encoding: "utf-8" as const, bom: input.startsWith("\uFEFF") } : decodeCsvBytes(input);
  const text = decoded.text;
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  if (text.trim() === "") throw csvError(0, (m) => m.empty);
  const separator = guessSeparator(firstLine);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, quoteChar: '"', skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) {
    // Rows are lines: CBS fields hold no line breaks, and a quote left open is exactly the error here.
    const line = (quoteError.row ?? 0) + 1;
    throw csvError(line, (m) => m.quoteOpen(line));
  }
  const rows = parsed.data.map((fields) => fields.map((f) => f.trim()));
  while (rows.length > 0 && rows[rows.length - 1].every((f) => f === "")) rows.pop();
  const width = rows[0].length;
  rows.forEach((fields, r) => {
    if (fields.length > width && fields.slice(width).some((f) => f !== "")) {
      throw csvError(r + 1, (m) => m.tooManyFields(r + 1, fields.length, width, separator));
    }
  });
  const decimalComma = separator !== "," && rows.some((fields, r) => r > 0 && fields.some((f) => DECIMAL_COMMA.test(f)));
  const values = rows.map((fields, r) => fields.slice(0, width).map((f) => (r === 0 ? (f === "" ? null : f) : fieldValue(f, decimalComma))));
  return {
    grid: { sheet, top: 0, left: 0, values },
    encoding: decoded.encoding,
    bom: decoded.bom,
    separator,
    decimalComma,
    lines: rows.filter((fields) => fields.some((f) => f !== "")).length,
  };
}

const SEPARATOR_NAME: Record<CsvSeparator, keyof CsvTexts["separators"]> = {
  ";": "semicolon",
  ",": "comma",
  "\t": "tab",
};

/** What was detected, for the command's output: "UTF-8 met BOM, gescheiden door puntkomma, decimale komma, 701 regels". */
export function describeCsv(read: CsvRead, lang: Lang): string {
  const t = plannerMessages(lang).csv;
  const encoding = read.encoding.toUpperCase().replace("WINDOWS", "Windows") + (read.bom ? t.withBom : "");
  return t.description(encoding, t.separators[SEPARATOR_NAME[read.separator]], read.decimalComma ? t.decimalComma : t.decimalPoint, read.lines);
}
