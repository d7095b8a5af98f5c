// The Office host's message catalogue: the texts of its own errors and the label of an apply in
// the undo list, Dutch (nl.ts) and English (en.ts). Both implement this interface, so a missing
// text fails the type check.

export interface ExcelHostMessages {
  /** A sheet too large to read at once (the 5 million cells of one Excel read). */
  sheetTooLarge: (sheet: string, cells: number) => string;
  /** The input area on a sheet too large to read at once. */
  areaTooLarge: (sheet: string, cells: number) => string;
  /** The sheet of a plan or undo record is gone. */
  sheetMissing: (sheet: string) => string;
  /** Undo refused: a sheet it must change is protected. */
  undoProtected: (sheet: string) => string;
  /** Marking wrong cells refused: the sheet is protected. */
  markProtected: (sheet: string) => string;
  /** Removing the marks refused: the sheet is protected. */
  unmarkProtected: (sheet: string) => string;
  /** Saving the choices in the document settings failed; `why` is Office's reason (may be empty). */
  settingsFailed: (why: string) => string;
  /** The word between schedule and place in the undo list's label ("nml-2023 op Blad1!A1:F10"). */
  appliedOn: string;
}
