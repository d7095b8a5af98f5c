// The preview page: the real task pane, on the Office host and office.js, beside the simulated
// Excel's workbook it works on.
import { FluentProvider, Link, makeStyles, Subtitle1, Text, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import type { Lang, WorkbookHost } from "../host";
import type { SimulatedExcel } from "../simulated-excel";
import { previewMessages } from "./i18n";
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
  /** Resizable by its corner, like Excel's task pane (320-350 px there); ?width=320 sets it. */
  pane: {
    flexShrink: 0,
    boxSizing: "border-box",
    minWidth: "160px",
    maxWidth: "100%",
    resize: "horizontal",
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  paneTitle: {
    display: "block",
    overflowWrap: "anywhere",
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

/** The task pane's width in px (border included): `?width=320`, else 350; 160 (Excel's 320 px at 200 % zoom) to 1200. */
export function paneWidthFromUrl(search: string): number {
  const asked = Number(new URLSearchParams(search).get("width") ?? "");
  return Number.isInteger(asked) && asked >= 160 && asked <= 1200 ? asked : DEFAULT_PANE_WIDTH;
}

/** The upper end of Excel's task pane (320-350 px). */
const DEFAULT_PANE_WIDTH = 350;

export function PreviewPage({ host, excel, lang }: { host: WorkbookHost; excel: SimulatedExcel; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const t = previewMessages(lang);
  return (
    <FluentProvider theme={webLightTheme} lang={t.locale}>
      <main className={styles.page}>
        <header>
          <Title3 as="h1" block>
            {t.title}
          </Title3>
          <Text as="p" block>
            {t.intro}
            <Link href={t.otherLanguage.href}>{t.otherLanguage.label}</Link>
          </Text>
        </header>
        <div className={styles.columns}>
          <aside className={styles.pane} style={{ width: `${paneWidthFromUrl(window.location.search)}px` }} aria-label={t.paneRegion}>
            <Subtitle1 as="h2" className={styles.paneTitle}>
              Verdeelsleutel
            </Subtitle1>
            <App host={host} />
          </aside>
          <section className={styles.book} aria-label={t.workbookRegion}>
            <Sheet excel={excel} lang={lang} />
          </section>
        </div>
      </main>
    </FluentProvider>
  );
}
