// What can be wrong with a file the host is asked to read, for the command's message.
import type { ZipProblem } from "./zip";

export type BookProblem =
  | ZipProblem
  /** A zip without [Content_Types].xml: not an Office file (an OpenDocument file is named). */
  | { kind: "not-ooxml"; opendocument?: string }
  /** An Office package of another kind (Word, PowerPoint, a binary .xlsb workbook). */
  | { kind: "other-office"; what: "xlsb" | "word" | "powerpoint" | "other"; contentType: string }
  | { kind: "no-workbook" }
  | { kind: "bad-xml"; part: string; line: number; column: number }
  | { kind: "bad-encoding"; part: string }
  /** A worksheet whose rows or cells cannot be placed (a bad reference, rows out of order). */
  | { kind: "bad-sheet"; part: string; where?: string };

export class BookError extends Error {
  constructor(readonly problem: BookProblem) {
    super(`workbook: ${problem.kind}`);
    this.name = "BookError";
  }
}
