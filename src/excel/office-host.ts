/// <reference types="office-js" />
// createOfficeHost: the WorkbookHost inside Excel, on the global Excel and Office objects that
// office.js provides (nothing of Office is imported or bundled).
import { applyPlan } from "./apply-plan";
import { missingSheetOr } from "./excel-run";
import type { Lang, WorkbookHost } from "../host";
import { hostConfig, type OfficeHostOptions } from "./host-options";
import { readInput } from "./read-input";
import { markCells, unmarkCells } from "./marks";
import { readSheet } from "./read-sheet";
import { writeReportSheet } from "./report-sheet";
import { loadChoices, saveChoices } from "./settings";
import { undoApply } from "./undo-apply";

/** "nl" when Office's display language is Dutch (nl-NL, nl-BE), else "en". */
export function officeLanguage(): Lang {
  try {
    const tag = Office.context.displayLanguage;
    return typeof tag === "string" && tag.toLowerCase().startsWith("nl") ? "nl" : "en";
  } catch {
    return "en";
  }
}

let counter = 0;
function newId(): string {
  counter++;
  return `${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const cfg = hostConfig(options);
  return {
    language: officeLanguage,
    readInput: () => Excel.run((context) => readInput(context, cfg)),
    apply: (plan, audit, applyOptions) => applyPlan(plan, audit, applyOptions, cfg, officeLanguage(), newId()),
    undo: (record, undoOptions) => undoApply(record, !!undoOptions?.force, cfg),
    select: (sheet, address) =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        try {
          await context.sync();
        } catch (e) {
          throw missingSheetOr(e, sheet);
        }
      }),
    loadChoices: async () => loadChoices(),
    saveChoices,
    readSheet: (name) => Excel.run((context) => readSheet(context, name, cfg)),
    markCells: (sheet, cells) => markCells(sheet, cells, cfg),
    unmarkCells: (record) => unmarkCells(record, cfg),
    writeReportSheet: (baseName, cells) => writeReportSheet(baseName, cells, cfg),
  };
}
