/// <reference types="office-js" />
// Excel.run with or without an undo group, and the error for a sheet that is gone.
import { ExcelHostError, officeErrorCode } from "./errors";

/** Excel.run, as one undo group where Excel supports it (ExcelApi 1.20). */
export function excelRun<T>(undoGroup: boolean, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return undoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}

export function sheetMissing(sheet: string): ExcelHostError {
  return new ExcelHostError("sheet-missing", (m) => m.sheetMissing(sheet), { sheet });
}

/** After a sync whose only possible ItemNotFound is the named sheet: the error to throw. */
export function missingSheetOr(e: unknown, sheet: string): unknown {
  return officeErrorCode(e) === "ItemNotFound" ? sheetMissing(sheet) : e;
}
