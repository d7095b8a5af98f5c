// The language of the functions' messages, and the failure a function reports to its cell.
import { VerdeelError, type Lang } from "../../allocation";
import { en } from "./en";
import { nl } from "./nl";
import type { FunctionMessages } from "./types";

export { functionsLanguage, languageOf, setFunctionsLanguage } from "./language";
export type { FieldId, FunctionId, FunctionMessages, ParamKey, TableColumn, Where } from "./types";

const CATALOGUES: Record<Lang, FunctionMessages> = { nl, en };

export function messagesFor(lang: Lang): FunctionMessages {
  return CATALOGUES[lang];
}

/** Bad input to a function: its message in both languages. The cell shows #VALUE! with it. */
export class FunctionFailure extends Error {
  readonly nl: string;
  readonly en: string;

  constructor(nlText: string, enText: string) {
    super(nlText);
    this.name = "FunctionFailure";
    this.nl = nlText;
    this.en = enText;
  }

  text(lang: Lang): string {
    return lang === "en" ? this.en : this.nl;
  }
}

/** A failure whose text the catalogue of each language writes. */
export function failure(write: (m: FunctionMessages) => string): FunctionFailure {
  return new FunctionFailure(write(nl), write(en));
}

/** The allocation core's own refusals keep their Dutch and English messages. */
export function asFailure(error: unknown): FunctionFailure | undefined {
  if (error instanceof FunctionFailure) return error;
  if (error instanceof VerdeelError) return new FunctionFailure(error.message, error.messageEn);
  return undefined;
}
