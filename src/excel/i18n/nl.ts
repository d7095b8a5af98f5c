// Dutch: the Office host's first language.
import type { ExcelHostMessages } from "./types";

const cellCount = (cells: number): string => cells.toLocaleString("nl-NL");

export const nl: ExcelHostMessages = {
  sheetTooLarge: (sheet, cells) => `Het werkblad ${sheet} (${cellCount(cells)} cellen) is groter dan de 5 miljoen cellen die Excel in één keer kan lezen.`,
  areaTooLarge: (sheet, cells) =>
    `Het gebied ${sheet} (${cellCount(cells)} cellen) is groter dan de 5 miljoen cellen die Excel in één keer kan lezen. Selecteer een cel in de tabel met gemeenten, of zet de gegevens in een Excel-tabel.`,
  sheetMissing: (sheet) => `Het werkblad ${sheet} bestaat niet meer (hernoemd of verwijderd).`,
  undoProtected: (sheet) => `Het werkblad ${sheet} is beveiligd: ongedaan maken kan pas als de beveiliging is opgeheven.`,
  markProtected: (sheet) => `Het werkblad ${sheet} is beveiligd: de cellen kunnen niet worden gemarkeerd. Hef de beveiliging op en probeer het opnieuw.`,
  unmarkProtected: (sheet) => `Het werkblad ${sheet} is beveiligd: de markering kan niet worden weggehaald. Hef de beveiliging op en probeer het opnieuw.`,
  settingsFailed: (why) => `De keuzes konden niet in de werkmap worden bewaard. ${why}`.trim(),
  appliedOn: "op",
};
