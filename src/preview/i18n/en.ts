// English: the preview page's second language, equal in content to the Dutch.
import type { PreviewMessages } from "./types";

export const en: PreviewMessages = {
  locale: "en",
  title: "Verdeelsleutel: preview without Excel",
  intro:
    "On the left the real task pane, talking to a simulated Excel through Microsoft's office.js; on the right that Excel's workbook (the Noord- en Midden-Limburg example). Nothing leaves this page. ",
  otherLanguage: { href: "?lang=nl", label: "Nederlands" },
  paneRegion: "Task pane",
  workbookRegion: "Workbook",

  sheetTabs: "Sheets",
  selection: "Selection",
  filterOn: "Filter on",
  sheetProtected: "Sheet protected",
  cell: "Cell",
  newContent: "New content",
  setCell: "Set cell",
  badAddress: "Write a cell address such as E16.",
  cellsRegion: "Cells of the sheet",
  hiddenRow: (row) => `${row} (hidden)`,
  marked: "marked",
};
