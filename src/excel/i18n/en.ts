// English: the Office host's second language, equal in content to the Dutch.
import type { ExcelHostMessages } from "./types";

const cellCount = (cells: number): string => cells.toLocaleString("en-US");

export const en: ExcelHostMessages = {
  sheetTooLarge: (sheet, cells) => `The sheet ${sheet} (${cellCount(cells)} cells) is larger than the 5 million cells Excel can read at once.`,
  areaTooLarge: (sheet, cells) =>
    `The area on ${sheet} (${cellCount(cells)} cells) is larger than the 5 million cells Excel can read at once. Select a cell in the table of municipalities, or put the data in an Excel table.`,
  sheetMissing: (sheet) => `The sheet ${sheet} no longer exists (renamed or deleted).`,
  undoProtected: (sheet) => `The sheet ${sheet} is protected: undo is possible once the protection is removed.`,
  markProtected: (sheet) => `The sheet ${sheet} is protected: the cells cannot be marked. Remove the protection and try again.`,
  unmarkProtected: (sheet) => `The sheet ${sheet} is protected: the marks cannot be removed. Remove the protection and try again.`,
  settingsFailed: (why) => `The choices could not be saved in the workbook. ${why}`.trim(),
  appliedOn: "on",
};
