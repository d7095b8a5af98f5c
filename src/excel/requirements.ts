/// <reference types="office-js" />
// Which Excel the add-in runs in: the requirement sets the host needs, and the newer ones it
// uses when they are there. Office.js is the global the page loads from Microsoft's CDN.

/** The lowest ExcelApi set the host works with (the manifest asks for the same). */
export const MIN_EXCEL_API = "1.9";

/** Newer sets the host uses only after checking. */
export const OPTIONAL_EXCEL_API = {
  /** Range.getMergedAreasOrNullObject: merged cells in the input. */
  mergedAreas: "1.13",
  /** Excel.run({ mergeUndoGroup: true }): one apply is one Ctrl+Z step. */
  undoGroup: "1.20",
} as const;

/** Whether Office reports support for ExcelApi `version`; false outside Office or on any error. */
export function isExcelApiSupported(version: string): boolean {
  try {
    if (typeof Office === "undefined") return false;
    const req = Office.context?.requirements;
    return !!req && req.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/**
 * For the pane, before anything else: `ok` when this Excel has everything the add-in needs;
 * otherwise `missing` names the requirement sets (e.g. "ExcelApi 1.9") so the pane can say
 * plainly that this Excel is too old.
 */
export function checkRequirements(): { ok: boolean; missing: string[] } {
  const missing: string[] = [];
  if (!isExcelApiSupported(MIN_EXCEL_API)) missing.push(`ExcelApi ${MIN_EXCEL_API}`);
  return { ok: missing.length === 0, missing };
}

/** What the newer Excel versions add: the pane may mention it (e.g. "Ctrl+Z undoes an apply"). */
export function optionalFeatures(): { undoGroup: boolean; mergedAreas: boolean } {
  return {
    undoGroup: isExcelApiSupported(OPTIONAL_EXCEL_API.undoGroup),
    mergedAreas: isExcelApiSupported(OPTIONAL_EXCEL_API.mergedAreas),
  };
}
