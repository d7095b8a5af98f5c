// The catalog for the user's language, handed down through React context.
import { createContext, useContext } from "react";
import type { Lang } from "../../host";
import { en } from "./en";
import { nl } from "./nl";
import type { Messages } from "./types";

export type { Messages, WriteAction } from "./types";

export function messagesFor(lang: Lang): Messages {
  return lang === "nl" ? nl : en;
}

export const MessagesContext = createContext<{ lang: Lang; t: Messages }>({ lang: "nl", t: nl });

/** The UI language and its catalog. */
export function useMessages(): { lang: Lang; t: Messages } {
  return useContext(MessagesContext);
}
