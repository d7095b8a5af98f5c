/// <reference types="office-js" />
// readSheet: the used range of a named sheet (values, formulas, number formats) as a Grid, for the
// controller's and what-if flows (e.g. the rates block on `Tarieven`). One sync: the sheet, its
// protection and the cells of its used range (cells with values or formulas) in one batch. A sheet
// that does not exist gives undefined. When that one read is refused (Excel on the web answers
// ResponsePayloadSizeLimitExceeded above ~5 MB), the extent is read first and the cells in row blocks.
import type { CellRect, Grid } from "../workbook/types";
import { CELL_PROPS } from "./cell-state";
import { ExcelHostError, isResponseTooLarge, officeErrorCode } from "./errors";
import type { HostConfig } from "./host-options";
import { readCells, rectOf, toGrid } from "./read-input";

const DIMS = "rowIndex,columnIndex,rowCount,columnCount";

function emptyGrid(sheet: string, isProtected: boolean): Grid {
  return { sheet, top: 0, left: 0, values: [], formulas: [], numberFormats: [], protected: isProtected };
}

export async function readSheet(context: Excel.RequestContext, name: string, cfg: HostConfig): Promise<Grid | undefined> {
  const ws = context.workbook.worksheets.getItem(name).load("name");
  const protection = ws.protection.load("protected");
  const used = ws.getUsedRangeOrNullObject(true).load(`${DIMS},${CELL_PROPS}`);
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) === "ItemNotFound") return undefined;
    if (!isResponseTooLarge(e)) throw e;
    return readInBlocks(context, name, cfg);
  }
  if (used.isNullObject) return emptyGrid(ws.name, protection.protected);
  const cells = { values: used.values, valueTypes: used.valueTypes as string[][], formulas: used.formulas, numberFormat: used.numberFormat };
  return toGrid(ws.name, rectOf(used), cells, { protected: protection.protected });
}

/** The slow path for a large sheet: its extent, then its cells in row blocks. */
async function readInBlocks(context: Excel.RequestContext, name: string, cfg: HostConfig): Promise<Grid | undefined> {
  const ws = context.workbook.worksheets.getItem(name).load("name");
  const protection = ws.protection.load("protected");
  const used = ws.getUsedRangeOrNullObject(true).load(DIMS);
  await context.sync();
  if (used.isNullObject) return emptyGrid(ws.name, protection.protected);
  const rect: CellRect = rectOf(used);
  const count = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  if (count > cfg.maxReadCells) {
    const sheet = ws.name;
    throw new ExcelHostError("too-many-cells", (m) => m.sheetTooLarge(sheet, count), { sheet, cells: count });
  }
  const { cells } = await readCells(context, ws, rect, cfg.readBlockCells, () => () => undefined);
  return toGrid(ws.name, rect, cells, { protected: protection.protected });
}
