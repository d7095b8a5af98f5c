// The message a plain function's failure carries, in Dutch (default) or English: both are made at
// once, the cell shows the one of Excel's language.
import type { FunctionFailure } from "../../src/functions/i18n";

export function failing(f: () => unknown, lang: "nl" | "en" = "nl"): string {
  try {
    f();
  } catch (e) {
    if (typeof (e as FunctionFailure).text === "function") return (e as FunctionFailure).text(lang);
    return (e as Error).message;
  }
  throw new Error("no error");
}
