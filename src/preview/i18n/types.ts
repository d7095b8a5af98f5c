// The preview page's own frame (around the real task pane): its heading, the paragraph that says
// what the page is, the language link and the simulated sheet's controls, Dutch (nl.ts) and
// English (en.ts). Both implement this interface, so a missing text fails the type check. The
// task pane inside the page speaks from its own catalogue.

export interface PreviewMessages {
  /** The BCP 47 tag of the page in this language (FluentProvider, the html element). */
  locale: string;
  title: string;
  /** What the page shows; ends in a space, before the language link. */
  intro: string;
  /** The link to the page in the other language: its query and the language's own name. */
  otherLanguage: { href: string; label: string };
  paneRegion: string;
  workbookRegion: string;

  // The simulated sheet
  sheetTabs: string;
  selection: string;
  filterOn: string;
  sheetProtected: string;
  cell: string;
  newContent: string;
  setCell: string;
  badAddress: string;
  cellsRegion: string;
  /** A row header of a hidden row. */
  hiddenRow: (row: number) => string;
  /** Beside a cell the check marked wrong, so the mark is not told by colour alone. */
  marked: string;
}
