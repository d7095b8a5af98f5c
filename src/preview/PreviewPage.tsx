// The preview page: the real task pane, on the Office host and office.js, beside the simulated
// Excel's workbook it works on.
import { FluentProvider, Link, makeStyles, Subtitle1, Text, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import type { Lang, WorkbookHost } from "../host";
import type { SimulatedExcel } from "../simulated-excel";
import { Sheet } from "./Sheet";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  columns: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalL,
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  paneTitle: {
    display: "block",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  book: {
    flexGrow: 1,
    flexBasis: "480px",
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export function PreviewPage({ host, excel, lang }: { host: WorkbookHost; excel: SimulatedExcel; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const nl = lang === "nl";
  return (
    <FluentProvider theme={webLightTheme} lang={nl ? "nl-NL" : "en"}>
      <main className={styles.page}>
        <header>
          <Title3 as="h1" block>
            {nl ? "Verdeelsleutel: voorbeeld zonder Excel" : "Verdeelsleutel: preview without Excel"}
          </Title3>
          <Text as="p" block>
            {nl
              ? "Links het echte taakvenster, dat via Microsofts office.js met een nagebootste Excel praat; rechts de werkmap van die Excel (de voorbeeldwerkmap Noord- en Midden-Limburg). Niets verlaat deze pagina. "
              : "On the left the real task pane, talking to a simulated Excel through Microsoft's office.js; on the right that Excel's workbook (the Noord- en Midden-Limburg example). Nothing leaves this page. "}
            <Link href={nl ? "?lang=en" : "?lang=nl"}>{nl ? "English" : "Nederlands"}</Link>
          </Text>
        </header>
        <div className={styles.columns}>
          <aside className={styles.pane} aria-label={nl ? "Taakvenster" : "Task pane"}>
            <Subtitle1 as="h2" className={styles.paneTitle}>
              Verdeelsleutel
            </Subtitle1>
            <App host={host} />
          </aside>
          <section className={styles.book} aria-label={nl ? "Werkmap" : "Workbook"}>
            <Sheet excel={excel} lang={lang} />
          </section>
        </div>
      </main>
    </FluentProvider>
  );
}
