// An error as the user reads it: in their language when the error carries both (the core's
// VerdeelError, the Office host's ExcelHostError), else its message as it is.
import { VerdeelError, type Lang } from "../../allocation";
import { ExcelHostError } from "../../excel/errors";

export function errorText(e: unknown, lang: Lang): string {
  if (e instanceof VerdeelError) return e.text(lang);
  if (e instanceof ExcelHostError) return e.text(lang);
  return e instanceof Error ? e.message : String(e);
}
