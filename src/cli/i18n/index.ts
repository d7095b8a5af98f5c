// The command's catalogue in the user's language (VERDEEL_LANG).
import type { Lang } from "../../allocation";
import { en } from "./en";
import { nl } from "./nl";
import type { CliMessages } from "./types";

export type { CliMessages, CommandOutcome, HelpTopic, PairOption } from "./types";

/** Both catalogues, for the test that compares them. */
export const CLI_MESSAGES: Record<Lang, CliMessages> = { nl, en };

export function cliMessages(lang: Lang): CliMessages {
  return CLI_MESSAGES[lang];
}
