// What every field of the editor needs: the texts, its message (when it should show), a way to
// say the user has been there, and a way to ask for the focus. A control carries its form key in
// `data-field`, so focus can find it without ids of our own (Fluent's Field keeps its own ids
// and so its label, hint and message stay tied to the control).
import { createContext, useContext } from "react";
import type { Lang } from "../../allocation";
import type { EditorMessages } from "./messages";
import { nl } from "./messages";

export interface EditorContextValue {
  lang: Lang;
  m: EditorMessages;
  /** The field's message in the user's language, or undefined (none, or not to be shown yet). */
  message(key: string): string | undefined;
  /** The user changed or left the field: its message shows from now on. */
  touch(...keys: string[]): void;
  /** Move the focus to this key's control after the next render (added, moved, removed). */
  focusSoon(key: string): void;
}

export const EditorContext = createContext<EditorContextValue>({
  lang: "nl",
  m: nl,
  message: () => undefined,
  touch: () => undefined,
  focusSoon: () => undefined,
});

export function useEditor(): EditorContextValue {
  return useContext(EditorContext);
}
