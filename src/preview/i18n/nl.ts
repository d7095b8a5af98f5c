// Dutch: the preview page's first language.
import type { PreviewMessages } from "./types";

export const nl: PreviewMessages = {
  locale: "nl-NL",
  title: "Verdeelsleutel: voorbeeld zonder Excel",
  intro:
    "Links het echte taakvenster, dat via Microsofts office.js met een nagebootste Excel praat; rechts de werkmap van die Excel (de voorbeeldwerkmap Noord- en Midden-Limburg). Niets verlaat deze pagina. ",
  otherLanguage: { href: "?lang=en", label: "English" },
  paneRegion: "Taakvenster",
  workbookRegion: "Werkmap",

  sheetTabs: "Werkbladen",
  selection: "Selectie",
  filterOn: "Filter actief",
  sheetProtected: "Blad beveiligd",
  cell: "Cel",
  newContent: "Nieuwe inhoud",
  setCell: "Cel invullen",
  badAddress: "Schrijf een celadres zoals E16.",
  cellsRegion: "Cellen van het werkblad",
  hiddenRow: (row) => `${row} (verborgen)`,
  marked: "gemarkeerd",
};
