/// <reference types="office-js" />
// writeReportSheet: a report (the controller's comparison) on a new sheet, never over an existing
// one. Syncs: 1. the sheet names; 2. add the sheet, write the cells from A1, fit the columns and
// activate it (a report larger than one write block takes one sync per extra block). Cells are
// written as in apply: text as text (also "=x", "+31", "-5", "@home"), numbers with their format,
// formulas through `formulas`. If Excel fails after the sheet was added, the half-written sheet is
// deleted again and Excel's error passed on.
import { toA1 } from "../workbook/address";
import type { PlannedCell } from "../workbook/types";
import { plannedWrite } from "./cell-state";
import type { HostConfig } from "./host-options";
import { inRowBlocks, queueWrites, writeRetryable, writeRows, type RectWrites } from "./row-blocks";

const MAX_NAME = 31;

/**
 * A free sheet name for `base`: `base`, else `base (2)`, `base (3)`, … (compared without case, as
 * Excel does). Characters Excel refuses in a sheet name (: \ / ? * [ ]) become "_", apostrophes
 * at either end are dropped, and the base is shortened so that the name stays within 31 characters.
 */
export function reportSheetName(base: string, taken: string[]): string {
  const clean = (s: string): string => s.replace(/^'+|'+$/g, "").trim();
  const b = clean(base.replace(/[:\\/?*[\]]/g, "_").trim()) || "Rapport";
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const withSuffix = (suffix: string): string => clean(b.slice(0, MAX_NAME - suffix.length)) + suffix;
  const first = withSuffix("");
  if (!used.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const name = withSuffix(` (${n})`);
    if (!used.has(name.toLowerCase())) return name;
  }
}

export async function writeReportSheet(baseName: string, cells: PlannedCell[][], cfg: HostConfig): Promise<{ sheet: string }> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const name = reportSheetName(
      baseName,
      sheets.items.map((s) => s.name),
    );
    const height = cells.length;
    const width = cells.reduce((m, r) => Math.max(m, r.length), 0);
    const writes: RectWrites = {
      top: 0,
      left: 0,
      cells: cells.map((line, r) => line.map((p, c) => plannedWrite(p, "General", `${name}!${toA1(r, c)}`))),
    };
    try {
      await inRowBlocks(
        context,
        Math.max(1, height),
        writeRows(writes, cfg.writeBlockBytes, cfg.maxBlockRows),
        (start, count, first) => {
          // Until the first block is through, the sheet is added in it (a refused request applies nothing).
          const ws = first ? context.workbook.worksheets.add(name) : context.workbook.worksheets.getItem(name);
          if (height > 0) queueWrites(ws, writes, start, count);
          if (start + count >= height) {
            if (height > 0 && width > 0) ws.getRangeByIndexes(0, 0, height, width).format.autofitColumns();
            ws.activate();
          }
          return () => undefined;
        },
        writeRetryable,
      );
    } catch (e) {
      try {
        const left = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (!left.isNullObject) {
          left.delete();
          await context.sync();
        }
      } catch {
        // Excel's own error is what the user must see.
      }
      throw e;
    }
    return { sheet: name };
  });
}
