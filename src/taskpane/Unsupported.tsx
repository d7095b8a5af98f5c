// What the pane shows instead of itself when it cannot run: Excel too old (a requirement set is
// missing), or the page was opened outside Excel.
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { PAGE_THEME } from "./page-theme";
import type { Lang } from "../host";
import { messagesFor } from "./i18n";

export function Unsupported({ lang, missing }: { lang: Lang; missing?: string }): React.JSX.Element {
  const t = messagesFor(lang);
  return (
    <FluentProvider theme={PAGE_THEME} lang={lang === "nl" ? "nl-NL" : "en"}>
      <MessageBar intent={missing === undefined ? "info" : "error"} layout="multiline">
        <MessageBarBody>
          {missing === undefined ? (
            t.notInExcel
          ) : (
            <>
              <MessageBarTitle>{t.tooOldTitle}</MessageBarTitle>
              {t.tooOldBody(missing)}
            </>
          )}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
