// The task pane: Fluent UI in the user's language (Dutch when Office speaks Dutch, else English),
// talking to the workbook only through the WorkbookHost it is given.
import { FluentProvider } from "@fluentui/react-components";
import { PAGE_THEME } from "./page-theme";
import { useMemo } from "react";
import type { Lang, WorkbookHost } from "../host";
import { MessagesContext, messagesFor } from "./i18n";
import { Pane } from "./Pane";

export interface AppProps {
  host: WorkbookHost;
  /** Delay before the user's choices are saved in the document (ms). */
  saveDelayMs?: number;
}

export function App({ host, saveDelayMs = 500 }: AppProps): React.JSX.Element {
  const lang: Lang = host.language() === "nl" ? "nl" : "en";
  const messages = useMemo(() => ({ lang, t: messagesFor(lang) }), [lang]);
  return (
    <FluentProvider theme={PAGE_THEME} lang={lang === "nl" ? "nl-NL" : "en"}>
      <MessagesContext.Provider value={messages}>
        <Pane host={host} saveDelayMs={saveDelayMs} />
      </MessagesContext.Provider>
    </FluentProvider>
  );
}
