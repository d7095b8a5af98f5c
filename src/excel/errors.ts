// Errors the Office.js host raises itself, with a code the pane can branch on and a message from
// the host's catalogue (./i18n) in the language asked for (the pane may show it as is, or word it
// from the code and params).
import type { Lang } from "../allocation";
import { EXCEL_HOST_MESSAGES, type ExcelHostMessages } from "./i18n";

export type ExcelHostErrorCode =
  /** The area to read holds more than the 5 million cells Excel allows in one read. */
  | "too-many-cells"
  /** The sheet of a plan or undo record is gone (renamed or deleted). */
  | "sheet-missing"
  /** Undo: the sheet (or the audit sheet) is protected now. */
  | "protected"
  /** Saving the document settings failed. */
  | "settings-failed";

export class ExcelHostError extends Error {
  override name = "ExcelHostError";
  constructor(
    readonly code: ExcelHostErrorCode,
    /** The message, picked from the catalogue of either language. */
    private readonly say: (messages: ExcelHostMessages) => string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${say(EXCEL_HOST_MESSAGES.nl)} / ${say(EXCEL_HOST_MESSAGES.en)}`);
  }

  /** The message in one language. */
  text(lang: Lang): string {
    return this.say(EXCEL_HOST_MESSAGES[lang]);
  }
}

/** The `code` of an Office.js error (OfficeExtension.Error), if it has one. */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** A request too large for Excel on the web: worth retrying in smaller blocks. */
export function isRequestTooLarge(e: unknown): boolean {
  return officeErrorCode(e) === "RequestPayloadSizeLimitExceeded";
}

/** A response too large for Excel on the web: worth reading again in smaller blocks. */
export function isResponseTooLarge(e: unknown): boolean {
  return officeErrorCode(e) === "ResponsePayloadSizeLimitExceeded";
}
