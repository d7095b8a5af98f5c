/// <reference types="office-js" />
// createOfficeHost: the WorkbookHost inside Excel, on the global Excel and Office objects that
// office.js provides (nothing of Office is imported or bundled).
import { missingSheetOr } from "./excel-run";
import type { Lang, WorkbookHost } from "../host";
import { hostConfig, type OfficeHostOptions } from "./host-options";
import { readInput } from "./read-input";
import { readSheet } from "./read-sheet";
import { loadChoices, saveChoices } from "./settings";

/** The writing half of the host (office-writes.ts), loaded on the first write: opening the pane only reads. */
const writes = () => import(/* webpackChunkName: "excel-writes" */ "./office-writes");

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
    apply: async (plan, audit, applyOptions) => (await writes()).applyPlan(plan, audit, applyOptions, cfg, officeLanguage(), newId()),
    undo: async (record, undoOptions) => (await writes()).undoApply(record, !!undoOptions?.force, cfg),
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
    markCells: async (sheet, cells) => (await writes()).markCells(sheet, cells, cfg),
    unmarkCells: async (record) => (await writes()).unmarkCells(record, cfg),
    writeReportSheet: async (baseName, cells) => (await writes()).writeReportSheet(baseName, cells, cfg),
  };
}
