// Ranges, their format and fill, and areas of ranges (RangeAreas, RangeCollection).
import { cellValue, FILL_PROPS, NO_FILL, valueType, withFill, type FillProp, type SimCell } from "./cells";
import { ExcelError, invalidArgument, notSimulated } from "./errors";
import { checkFormulaLimits } from "./formulas";
import { contains, intersects, MAX_COLS, MAX_ROWS, parseAddress, rectAddress, rectCells, type Rect } from "./geometry";
import { behaviour, type BehaviourTable } from "./behaviour";
import { STANDARD_WIDTH, type SimSheet } from "./sheet";
import type { TablesP } from "./behaviour-tables";

export interface RangeP {
  sheet: SimSheet;
  rect: Rect;
}

export interface AreasP {
  sheet: SimSheet;
  rects: Rect[];
}

function grid<T>(r: RangeP, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.rect.top; row <= r.rect.bottom; row++) {
    const line: T[] = [];
    for (let col = r.rect.left; col <= r.rect.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

/** Applies a 2-D input (or one value for every cell) to each cell; the size must match. */
export function eachInput(r: RangeP, value: unknown, f: (row: number, col: number, v: unknown) => void): void {
  const h = r.rect.bottom - r.rect.top + 1;
  const w = r.rect.right - r.rect.left + 1;
  if (!Array.isArray(value)) {
    if (rectCells(r.rect) > 1_000_000) throw notSimulated("one value set on more than 1,000,000 cells");
    for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) f(r.rect.top + i, r.rect.left + j, value);
    return;
  }
  if (value.length !== h || value.some((line) => !Array.isArray(line) || line.length !== w)) {
    throw invalidArgument(`the number of rows or columns in the input array doesn't match the size or dimensions of the range (${h}×${w})`);
  }
  for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) f(r.rect.top + i, r.rect.left + j, (value[i] as unknown[])[j]);
}

function typeAll(r: RangeP, value: unknown, formulas: boolean): void {
  eachInput(r, value, (row, col, v) => {
    if (formulas && typeof v === "string" && v.startsWith("=")) checkFormulaLimits(v);
    r.sheet.type(row, col, v);
  });
}

function visibleRuns(sheet: SimSheet, rect: Rect): Rect[] {
  const out: Rect[] = [];
  let start = -1;
  for (let row = rect.top; row <= rect.bottom + 1; row++) {
    const visible = row <= rect.bottom && !sheet.isRowHidden(row);
    if (visible && start < 0) start = row;
    if (!visible && start >= 0) {
      out.push({ top: start, bottom: row - 1, left: rect.left, right: rect.right });
      start = -1;
    }
  }
  return out;
}

/** Every cell of a rectangle (fills are read and set cell by cell). */
function eachCell(r: RangeP, f: (row: number, col: number) => void): void {
  if (rectCells(r.rect) > 1_000_000) throw notSimulated("fills on more than 1,000,000 cells at once");
  for (let row = r.rect.top; row <= r.rect.bottom; row++) for (let col = r.rect.left; col <= r.rect.right; col++) f(row, col);
}

/** A RangeFill property of a range: the cells' common value, or null when they differ (as Excel). */
function uniformFill(r: RangeP, prop: FillProp): unknown {
  let value: unknown = undefined;
  let same = true;
  let withFills = 0;
  for (const e of r.sheet.cells) {
    const c = e[1];
    if (!c.fill) continue;
    const row = Math.floor(e[0] / MAX_COLS);
    const col = e[0] % MAX_COLS;
    if (!contains(r.rect, row, col)) continue;
    withFills++;
    if (value === undefined) value = c.fill[prop];
    else if (value !== c.fill[prop]) same = false;
  }
  if (withFills < rectCells(r.rect)) {
    if (value === undefined) value = NO_FILL[prop];
    else if (value !== NO_FILL[prop]) same = false;
  }
  return same ? value : null;
}

function setFill(r: RangeP, prop: FillProp, v: unknown): void {
  if (v === null || v === undefined) return;
  eachCell(r, (row, col) => {
    const old = r.sheet.get(row, col) ?? {};
    r.sheet.put(row, col, { ...old, fill: withFill(old.fill, prop, v) });
  });
}

/** getCellProperties' options: { format: { fill: { color: true, … } } } (fills are what is modelled). */
function fillOptions(v: unknown): FillProp[] {
  if (!v || typeof v !== "object") throw invalidArgument("getCellProperties: the load options must be an object");
  const props: FillProp[] = [];
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (k !== "format") throw notSimulated(`getCellProperties of ${k}`);
    for (const [fk, fx] of Object.entries((x ?? {}) as Record<string, unknown>)) {
      if (fk !== "fill") throw notSimulated(`getCellProperties of format.${fk}`);
      if (fx === true) props.push(...FILL_PROPS);
      else if (fx && typeof fx === "object") {
        for (const [p, on] of Object.entries(fx as Record<string, unknown>)) {
          if (!(FILL_PROPS as string[]).includes(p)) throw invalidArgument(`unknown fill property ${p}`);
          if (on === true) props.push(p as FillProp);
        }
      } else throw invalidArgument("format.fill must be true or an object");
    }
  }
  return props;
}

/** setCellProperties: each entry's format.fill (pattern first, then colours and tints). */
function setCellProperties(r: RangeP, data: unknown): void {
  eachInput(r, data, (row, col, entry) => {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) throw invalidArgument("setCellProperties: each entry must be an object");
    for (const [k, x] of Object.entries(entry as Record<string, unknown>)) {
      if (k !== "format") throw notSimulated(`setCellProperties of ${k}`);
      for (const [fk, fx] of Object.entries((x ?? {}) as Record<string, unknown>)) {
        if (fk !== "fill") throw notSimulated(`setCellProperties of format.${fk}`);
        if (!fx || typeof fx !== "object") throw invalidArgument("setCellProperties: format.fill must be an object");
        const given = fx as Record<string, unknown>;
        for (const p of Object.keys(given)) if (!(FILL_PROPS as string[]).includes(p)) throw invalidArgument(`unknown fill property ${p}`);
        for (const p of FILL_PROPS) {
          if (!(p in given) || given[p] === null || given[p] === undefined) continue;
          const old = r.sheet.get(row, col) ?? {};
          r.sheet.put(row, col, { ...old, fill: withFill(old.fill, p, given[p]) });
        }
      }
    }
  });
}

function clear(r: RangeP, applyTo: unknown): void {
  const what = applyTo === undefined || applyTo === null ? "All" : String(applyTo);
  const { sheet, rect } = r;
  const each = (f: (c: SimCell) => SimCell): void => {
    for (const e of sheet.entries()) if (contains(rect, e.row, e.col)) sheet.put(e.row, e.col, f(e.cell));
  };
  if (what === "All") sheet.clear(rect);
  else if (what === "Contents") each((c) => ({ nf: c.nf, fill: c.fill }));
  else if (what === "Formats") each((c) => ({ ...c, nf: undefined, fill: undefined }));
  else throw notSimulated(`Range.clear("${what}")`);
}

function sub(r: RangeP, rect: Rect): RangeP {
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS || rect.bottom < rect.top || rect.right < rect.left) {
    throw invalidArgument("the range would lie outside the sheet");
  }
  return { sheet: r.sheet, rect };
}

const range = behaviour<RangeP>({
  alive: (p, env) => env.book.sheets.includes(p.sheet),
  get: {
    address: (p) => rectAddress(p.sheet.name, p.rect),
    rowIndex: (p) => p.rect.top,
    columnIndex: (p) => p.rect.left,
    rowCount: (p) => p.rect.bottom - p.rect.top + 1,
    columnCount: (p) => p.rect.right - p.rect.left + 1,
    cellCount: (p) => rectCells(p.rect),
    values: (p) => grid(p, (r, c) => cellValue(p.sheet.get(r, c))),
    formulas: (p) => grid(p, (r, c) => p.sheet.get(r, c)?.f ?? cellValue(p.sheet.get(r, c))),
    numberFormat: (p) => grid(p, (r, c) => p.sheet.numberFormat(r, c)),
    valueTypes: (p) => grid(p, (r, c) => valueType(p.sheet.get(r, c))),
    rowHidden: (p) => {
      let hidden = 0;
      for (let row = p.rect.top; row <= p.rect.bottom; row++) if (p.sheet.isRowHidden(row)) hidden++;
      return hidden === 0 ? false : hidden === p.rect.bottom - p.rect.top + 1 ? true : null;
    },
    columnHidden: () => false,
  },
  set: {
    values: (p, v) => typeAll(p, v, false),
    formulas: (p, v) => typeAll(p, v, true),
    numberFormat: (p, v) => eachInput(p, v, (r, c, x) => p.sheet.setNumberFormat(r, c, x)),
  },
  nav: { format: (p) => p },
  paths: {
    getTables: (p, [fully]): TablesP => {
      const inside = (x: Rect): boolean => x.top >= p.rect.top && x.bottom <= p.rect.bottom && x.left >= p.rect.left && x.right <= p.rect.right;
      const list = p.sheet.tables.filter((t) => (fully === true ? inside(t.rect) : intersects(t.rect, p.rect))).map((table) => ({ sheet: p.sheet, table }));
      return { list: () => list };
    },
    getSurroundingRegion: (p) => ({ sheet: p.sheet, rect: p.sheet.region(p.rect.top, p.rect.left) }),
    getEntireRow: (p) => sub(p, { ...p.rect, left: 0, right: MAX_COLS - 1 }),
    getEntireColumn: (p) => sub(p, { ...p.rect, top: 0, bottom: MAX_ROWS - 1 }),
    getRow: (p, [i]) => sub(p, { ...p.rect, top: p.rect.top + Number(i), bottom: p.rect.top + Number(i) }),
    getColumn: (p, [i]) => sub(p, { ...p.rect, left: p.rect.left + Number(i), right: p.rect.left + Number(i) }),
    getCell: (p, [row, col]) => sub(p, { top: p.rect.top + Number(row), bottom: p.rect.top + Number(row), left: p.rect.left + Number(col), right: p.rect.left + Number(col) }),
    getBoundingRect: (p, [other]) => {
      const o = typeof other === "string" ? { sheet: p.sheet, rect: parseAddress(other) } : (other as RangeP);
      if (o.sheet !== p.sheet) throw invalidArgument("getBoundingRect: the ranges are on different sheets");
      return sub(p, { top: Math.min(p.rect.top, o.rect.top), left: Math.min(p.rect.left, o.rect.left), bottom: Math.max(p.rect.bottom, o.rect.bottom), right: Math.max(p.rect.right, o.rect.right) });
    },
    getUsedRangeOrNullObject: (p, [valuesOnly]) => {
      const used = p.sheet.usedRect(valuesOnly === true);
      if (!used || !intersects(used, p.rect)) return null;
      const r = p.rect;
      return { sheet: p.sheet, rect: { top: Math.max(used.top, r.top), bottom: Math.min(used.bottom, r.bottom), left: Math.max(used.left, r.left), right: Math.min(used.right, r.right) } };
    },
    getSpecialCellsOrNullObject: (p, [cellType]): AreasP | null => {
      if (cellType !== "Visible") throw notSimulated(`getSpecialCells("${String(cellType)}")`);
      // Excel's quirk: on a single cell, special cells are looked up in the used range.
      const rect = rectCells(p.rect) === 1 ? (p.sheet.usedRect(false) ?? p.rect) : p.rect;
      const rects = visibleRuns(p.sheet, rect);
      return rects.length ? { sheet: p.sheet, rects } : null;
    },
    getMergedAreasOrNullObject: (p): AreasP | null => {
      const rects = p.sheet.merges.filter((m) => intersects(m, p.rect)).map((m) => ({ ...m }));
      if (rects.length > 512) throw new ExcelError("GeneralException", "More than 512 merged areas.", 500);
      return rects.length ? { sheet: p.sheet, rects } : null;
    },
  },
  actions: {
    _ValidateArraySize: (p, [rows, cols]) => {
      if (Number(rows) !== p.rect.bottom - p.rect.top + 1 || Number(cols) !== p.rect.right - p.rect.left + 1) {
        throw invalidArgument("the number of rows or columns in the input array doesn't match the size or dimensions of the range");
      }
    },
    getCellProperties: (p, [options]) => {
      const props = fillOptions(options);
      return grid(p, (row, col) => {
        const fill = p.sheet.get(row, col)?.fill ?? NO_FILL;
        return { format: { fill: Object.fromEntries(props.map((k) => [k, fill[k]])) } };
      });
    },
    setCellProperties: (p, [data]) => setCellProperties(p, data),
    select: (p, _args, env) => {
      if (env.book.activeSheet !== p.sheet.name) throw new ExcelError("InvalidSelection", "The current selection is invalid for this operation.");
      env.book.selection = { ...p.rect };
      env.book.activeCell = { row: p.rect.top, col: p.rect.left };
      env.note({ kind: "select", sheet: p.sheet.name, address: rectAddress(p.sheet.name, p.rect).split("!")[1] });
    },
    clear: (p, [applyTo]) => clear(p, applyTo),
  },
});

const rangeFormat = behaviour<RangeP>({
  alive: (p, env) => env.book.sheets.includes(p.sheet),
  nav: { fill: (p) => p },
  get: {
    columnWidth: (p) => {
      const first = p.sheet.widths.get(p.rect.left) ?? STANDARD_WIDTH;
      for (let c = p.rect.left; c <= p.rect.right; c++) if ((p.sheet.widths.get(c) ?? STANDARD_WIDTH) !== first) return null;
      return first;
    },
  },
  set: {
    columnWidth: (p, v) => {
      if (typeof v !== "number" || !(v >= 0)) throw invalidArgument("columnWidth must be a number");
      for (let c = p.rect.left; c <= p.rect.right; c++) {
        if (v === STANDARD_WIDTH) p.sheet.widths.delete(c);
        else p.sheet.widths.set(c, v);
      }
    },
  },
  actions: {
    autofitColumns: (p) => {
      for (let c = p.rect.left; c <= p.rect.right; c++) {
        let chars = 0;
        for (let r = p.rect.top; r <= p.rect.bottom; r++) chars = Math.max(chars, p.sheet.displayText(r, c).length);
        const width = chars === 0 ? STANDARD_WIDTH : Math.round(chars * 5.25 + 7.5);
        if (width === STANDARD_WIDTH) p.sheet.widths.delete(c);
        else p.sheet.widths.set(c, width);
      }
    },
  },
});

const fillGet = Object.fromEntries(FILL_PROPS.map((k) => [k, (p: RangeP) => uniformFill(p, k)]));
const fillSet = Object.fromEntries(FILL_PROPS.map((k) => [k, (p: RangeP, v: unknown) => setFill(p, k, v)]));

const rangeFill = behaviour<RangeP>({
  alive: (p, env) => env.book.sheets.includes(p.sheet),
  get: fillGet,
  set: fillSet,
  actions: {
    clear: (p) =>
      eachCell(p, (row, col) => {
        const old = p.sheet.get(row, col);
        if (old?.fill) p.sheet.put(row, col, { ...old, fill: undefined });
      }),
  },
});

const rangeAreas = behaviour<AreasP>({
  get: {
    address: (p) => p.rects.map((r) => rectAddress(p.sheet.name, r)).join(","),
    areaCount: (p) => p.rects.length,
  },
  nav: { areas: (p) => p },
});

const rangeCollection = behaviour<AreasP>({
  get: { count: (p) => p.rects.length },
  items: (p) => p.rects.map((rect): RangeP => ({ sheet: p.sheet, rect: { ...rect } })),
});

export const RANGE_BEHAVIOUR: BehaviourTable = {
  Range: range,
  RangeFormat: rangeFormat,
  RangeFill: rangeFill,
  RangeAreas: rangeAreas,
  RangeCollection: rangeCollection,
};
