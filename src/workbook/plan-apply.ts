// planApply: where the contribution columns, budget lines and totals go, which cells would be
// overwritten, and the audit record. Pure: the host carries the plan out.
import type { Allocation, Component, ComponentResult, Overrides, Schedule } from "../allocation/types";
import { rectToA1, rectsIntersect, toA1 } from "./address";
import { cellAt, cellOccupied, cellText, headerRowEnd, isBlank } from "./cells";
import { normalizeHeader } from "./headers";
import type { Lang } from "./messages";
import { buildAudit } from "./plan-audit";
import { localize, toPlainAmount, toPlainAmounts } from "../allocation";
import { inlineLabel } from "./text-format";
import type { DetectedTable, Grid, PlannedCell, PlannedColumn, WritePlan } from "./types";

/** Euro number format with cents: € 1.078,24 (Excel shows the locale's separators). */
export const EURO_CENTS_FORMAT = "€ #,##0.00;€ -#,##0.00";
/** Euro number format in whole euros: € 3.501. */
export const EURO_WHOLE_FORMAT = "€ #,##0;€ -#,##0";

const SKIP: PlannedCell = Object.freeze({ kind: "skip" }) as PlannedCell;

export interface PlanApplyArgs {
  grid: Grid;
  table: DetectedTable;
  allocation: Allocation;
  /** Component id -> budget line to write (the user's, else the schedule's default). */
  budgetLines: Record<string, string>;
  lang: Lang;
  toolVersion: string;
  now: Date;
  /** What-if rates and budget lines, recorded as such in the audit. */
  overrides?: Overrides;
  /**
   * Added: the schedule as agreed, before what-if overrides (allocation.schedule is the one
   * the amounts were computed with). Lets the audit say "(gewijzigd; vastgesteld 0,05)".
   */
  agreedSchedule?: Schedule;
}

/** The year a component's header names: its period's year, else the schedule's. */
export function componentYear(component: Component, schedule: Schedule): number {
  return component.period ? Number(component.period.from.slice(0, 4)) : schedule.year;
}

interface ColumnSpec {
  header: string;
  role: PlannedColumn["role"];
  componentId?: string;
  result?: ComponentResult;
}

/** The headers planApply writes, in order: amounts, total (several components), budget lines. */
export function plannedHeaders(schedule: Schedule, lang: Lang): { header: string; role: PlannedColumn["role"]; componentId?: string }[] {
  const nl = lang === "nl";
  const out: { header: string; role: PlannedColumn["role"]; componentId?: string }[] = [];
  const seen = new Set<string>();
  const unique = (h: string, id: string): string => {
    const key = normalizeHeader(h);
    const text = seen.has(key) ? `${h} (${id})` : h;
    seen.add(normalizeHeader(text));
    return text;
  };
  for (const c of schedule.components) {
    const label = inlineLabel(localize(c.label, lang));
    const h = `${nl ? "Bijdrage" : "Contribution"} ${label} ${componentYear(c, schedule)}`;
    out.push({ header: unique(h, c.id), role: "amount", componentId: c.id });
  }
  if (schedule.components.length > 1) {
    out.push({ header: unique(`${nl ? "Bijdrage totaal" : "Contribution total"} ${schedule.year}`, "total"), role: "total" });
  }
  for (const c of schedule.components) {
    const label = inlineLabel(localize(c.label, lang));
    out.push({ header: unique(`${nl ? "Begrotingspost" : "Budget line"} ${label}`, c.id), role: "budget-line", componentId: c.id });
  }
  return out;
}

/** The row a new totals row goes in: the first empty row below the data (an Excel table: just below it). */
function newTotalsRow(grid: Grid, table: DetectedTable, columns: number[]): number {
  const start = table.table ? table.table.rect.bottom + 1 : table.lastRow + 1;
  if (table.table) return start;
  const check = [table.nameColumn, table.populationColumn, ...columns];
  if (table.codeColumn !== undefined) check.push(table.codeColumn);
  for (let r = start; r < start + 50; r++) {
    if (check.every((c) => isBlank(cellAt(grid, r, c)))) return r;
  }
  return start;
}

export function planApply(args: PlanApplyArgs): WritePlan {
  const { grid, table, allocation, lang } = args;
  const schedule = allocation.schedule;
  const format = schedule.rounding.unit === "cent" ? EURO_CENTS_FORMAT : EURO_WHOLE_FORMAT;
  const resultById = new Map(allocation.components.map((c) => [c.componentId, c]));
  if (allocation.totals.length !== table.rows.length) {
    throw new Error(
      `planApply: de verdeling heeft ${allocation.totals.length} gemeenten, de tabel ${table.rows.length} / ` +
        `the allocation has ${allocation.totals.length} municipalities, the table ${table.rows.length}`,
    );
  }

  // Which columns: reuse one whose header is already in the header row, else the next free one.
  const existing = new Map<string, number>();
  const right = Math.max(headerRowEnd(grid, table.headerRow), table.lastColumn);
  for (let c = grid.left; c <= right; c++) {
    const v = cellAt(grid, table.headerRow, c);
    if (isBlank(v)) continue;
    const key = normalizeHeader(cellText(v));
    if (!existing.has(key)) existing.set(key, c);
  }
  const specs: ColumnSpec[] = plannedHeaders(schedule, lang).map((h) => ({
    ...h,
    result: h.componentId !== undefined && h.role === "amount" ? resultById.get(h.componentId) : undefined,
  }));
  const claimed = new Set<number>();
  const columns: PlannedColumn[] = specs.map((s) => {
    const at = existing.get(normalizeHeader(s.header));
    const pc: PlannedColumn = { column: -1, header: s.header, role: s.role, existing: false };
    if (s.componentId !== undefined) pc.componentId = s.componentId;
    if (at !== undefined && !claimed.has(at)) {
      pc.column = at;
      pc.existing = true;
      claimed.add(at);
    }
    return pc;
  });
  let next = table.lastColumn + 1;
  for (const pc of columns) {
    if (pc.existing) continue;
    while (claimed.has(next)) next++;
    pc.column = next;
    claimed.add(next);
    next++;
  }

  const colNumbers = columns.map((c) => c.column);
  const left = Math.min(...colNumbers);
  const rightCol = Math.max(...colNumbers);
  const width = rightCol - left + 1;
  const top = table.headerRow;
  const totalsRow = table.totalsRow ?? newTotalsRow(grid, table, colNumbers);
  const height = totalsRow - top + 1;

  // Budget lines: one shared cell per column (always text, also when it begins with "=").
  const lineOf = (id: string): string => {
    const comp = schedule.components.find((c) => c.id === id);
    return args.budgetLines[id] ?? args.overrides?.budgetLines?.[id] ?? comp?.budgetLine ?? "";
  };

  // What each slot of the rectangle holds on a charged row: amount texts or one shared text cell.
  const slotTexts: (string[] | undefined)[] = new Array(width).fill(undefined);
  const slotCell: PlannedCell[] = new Array(width).fill(SKIP);
  const header: PlannedCell[] = new Array(width).fill(SKIP);
  const totals: PlannedCell[] = new Array(width).fill(SKIP);
  for (let k = 0; k < columns.length; k++) {
    const pc = columns[k];
    const ci = pc.column - left;
    if (!pc.existing) header[ci] = { kind: "text", value: pc.header };
    if (pc.role === "budget-line") {
      const code = lineOf(pc.componentId as string);
      if (code !== "") slotCell[ci] = { kind: "text", value: code };
      continue;
    }
    const result = specs[k].result as ComponentResult;
    const amounts = pc.role === "total" ? allocation.totals : result.amounts;
    slotTexts[ci] = toPlainAmounts(amounts, schedule.rounding);
    const sum = pc.role === "total" ? allocation.grandTotal : result.total;
    totals[ci] = { kind: "number", value: toPlainAmount(sum, schedule.rounding), format };
  }

  // Row by row (young objects together; much faster than filling column by column).
  const rows = table.rows;
  const indexOfRow = new Int32Array(height).fill(-1);
  for (let i = 0; i < rows.length; i++) indexOfRow[rows[i].row - top] = i;
  const cells: PlannedCell[][] = new Array(height);
  const skipRow = (): PlannedCell[] => new Array<PlannedCell>(width).fill(SKIP);
  for (let r = 0; r < height; r++) {
    if (r === 0) {
      cells[r] = header;
      continue;
    }
    if (r === height - 1) {
      cells[r] = totals;
      continue;
    }
    const i = indexOfRow[r];
    if (i < 0) {
      cells[r] = skipRow();
      continue;
    }
    const row: PlannedCell[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const texts = slotTexts[c];
      row[c] = texts !== undefined ? { kind: "number", value: texts[i], format } : slotCell[c];
    }
    cells[r] = row;
  }

  // The "Totaal" label, only in an empty name cell.
  const extraCells: { row: number; col: number; cell: PlannedCell }[] = [];
  if (!cellOccupied(grid, totalsRow, table.nameColumn)) {
    extraCells.push({ row: totalsRow, col: table.nameColumn, cell: { kind: "text", value: lang === "nl" ? "Totaal" : "Total" } });
  }

  // Conflicts: every planned cell that already holds a value or a formula; merges in the way.
  const conflicts: string[] = [];
  const values = grid.values;
  const formulas = grid.formulas;
  for (let r = 0; r < height; r++) {
    const row = cells[r];
    const vr = values[top + r - grid.top];
    const fr = formulas ? formulas[top + r - grid.top] : undefined;
    if (!vr && !fr) continue;
    for (let c = 0; c < width; c++) {
      if (row[c].kind === "skip") continue;
      const gc = left + c - grid.left;
      const v = vr ? vr[gc] : undefined;
      const f = fr ? fr[gc] : undefined;
      if ((v !== null && v !== undefined && v !== "") || (typeof f === "string" && f !== "")) {
        conflicts.push(toA1(top + r, left + c));
      }
    }
  }
  for (const m of grid.merges ?? []) {
    for (const col of colNumbers) {
      if (rectsIntersect(m, { top, bottom: totalsRow, left: col, right: col })) {
        conflicts.push(rectToA1(m));
        break;
      }
    }
  }

  const plan: WritePlan = {
    sheet: table.sheet,
    top,
    left,
    cells,
    columns,
    totalsRow,
    conflicts,
    audit: buildAudit({ ...args, columns, lineOf }),
  };
  if (extraCells.length > 0) plan.extraCells = extraCells;
  return plan;
}
