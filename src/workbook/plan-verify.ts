// planVerify: read the figures to check from the workbook, cell by cell; verifyReport: compare
// them with the allocation through the core's verify(). One implementation for every host.
import { parseUserDecimal, verify } from "../allocation";
import { Decimal } from "../allocation/decimal";
import type { Allocation, FoundFigure } from "../allocation/types";
import { columnLetters, toA1 } from "./address";
import { cellAt, cellText, formulaAt, headerRowEnd, isBlank, isCellError } from "./cells";
import { finding } from "./findings";
import { normalizeHeader } from "./headers";
import { cellNumberText } from "./number-text";
import type { DetectedTable, Finding, Grid } from "./types";
import { sumFindings, type TotalsRowFigure } from "./verify-sums";

export interface VerifyCheck {
  /** A component id, or "total". */
  target: string;
  /** The header of the column that holds the figures. */
  header: string;
}

/** Where one found figure came from; parallel to `found`. */
export interface VerifyCell {
  /** Index of the municipality in table.rows (and the allocation). */
  index: number;
  target: string;
  /** Absolute 0-based position. */
  row: number;
  col: number;
  /** A1 address. */
  cell: string;
  /** The formula, when the cell holds one (its value is what was compared). */
  formula?: string;
}

export interface VerifyPlan {
  found: FoundFigure[];
  findings: Finding[];
  cells: VerifyCell[];
  /** Added: the figures of the table's totals row under the checked columns (when it has one), for verifyReport's sums. */
  totalsRow?: TotalsRowFigure[];
}

/** Find each check column by header and read each charged row's figure. */
export function planVerify(args: { grid: Grid; table: DetectedTable; checks: VerifyCheck[] }): VerifyPlan {
  const { grid, table, checks } = args;
  const sheet = table.sheet;
  const found: FoundFigure[] = [];
  const findings: Finding[] = [];
  const cells: VerifyCell[] = [];
  const totalsRow: TotalsRowFigure[] = [];

  const headerCols: { col: number; text: string; key: string }[] = [];
  const right = Math.max(headerRowEnd(grid, table.headerRow), table.lastColumn);
  for (let c = grid.left; c <= right; c++) {
    const v = cellAt(grid, table.headerRow, c);
    if (isBlank(v)) continue;
    const text = cellText(v).trim();
    headerCols.push({ col: c, text, key: normalizeHeader(text) });
  }

  for (const check of checks) {
    const want = normalizeHeader(check.header);
    const hit = headerCols.find((h) => h.key === want && want !== "");
    if (!hit) {
      findings.push(
        finding("check-column-not-found", "error", sheet, undefined, {
          header: check.header,
          target: check.target,
          headerRow: table.headerRow + 1,
          headers: headerCols.map((h) => `${columnLetters(h.col)}: ${h.text}`).join(", "),
        }),
      );
      continue;
    }
    const col = hit.col;
    if (table.totalsRow !== undefined) {
      const v = cellAt(grid, table.totalsRow, col);
      totalsRow.push({ target: check.target, header: hit.text, row: table.totalsRow, col, found: typeof v === "number" ? cellNumberText(v) : null });
    }
    const rows = table.rows;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i].row;
      const v = cellAt(grid, r, col);
      const formula = formulaAt(grid, r, col);
      const address = toA1(r, col);
      let value: string | null = null;
      // A figure from a formula carries the formula, so the pane can show what computed it.
      const extra: Record<string, string> = formula !== null ? { formula } : {};
      if (typeof v === "number") {
        value = cellNumberText(v);
      } else if (isCellError(v)) {
        findings.push(finding("check-error", "warning", sheet, address, { error: v.error, name: rows[i].name, target: check.target, ...extra }));
      } else if (isBlank(v)) {
        findings.push(finding("check-blank", "warning", sheet, address, { name: rows[i].name, target: check.target, ...extra }));
      } else {
        findings.push(
          finding("check-not-a-number", "warning", sheet, address, { text: cellText(v), name: rows[i].name, target: check.target, ...extra }),
        );
      }
      found.push({ index: i, target: check.target, found: value });
      const vc: VerifyCell = { index: i, target: check.target, row: r, col, cell: address };
      if (formula !== null) vc.formula = formula;
      cells.push(vc);
    }
  }
  return table.totalsRow !== undefined ? { found, findings, cells, totalsRow } : { found, findings, cells };
}

export interface VerifyMismatchRow {
  /** 1-based Excel row. */
  row: number;
  /** A1 address of the checked cell. */
  cell: string;
  name: string;
  /** Component id or "total". */
  component: string;
  expected: string;
  found: string | null;
  /** found − expected; null when no number was found. */
  difference: string | null;
}

export interface VerifyReport {
  checked: number;
  /** Figures that match (within the tolerance): "juist". */
  matched: number;
  /** Added: figures that do not, = mismatches.length: "onjuist". */
  wrong: number;
  mismatches: VerifyMismatchRow[];
  sumOfDifferences: string;
  /** Of `matched`: figures that differ by no more than the tolerance ("juist binnen de tolerantie"). */
  withinTolerance: number;
  /** The sum of those differences (found − expected). */
  sumWithinTolerance: string;
  /**
   * planVerify's findings with the expected figure added, plus check-formula (info) for each
   * formula cell whose result does not match, and row-total-mismatch / totals-row-mismatch
   * (warnings) where a row's total or the totals row does not add up (verify-sums.ts).
   */
  findings: Finding[];
}

/** Compare what planVerify found with the allocation (tolerance in euros, a decimal string). */
export function verifyReport(
  args: VerifyPlan & { allocation: Allocation; table: DetectedTable; tolerance: string },
): VerifyReport {
  const { allocation, table, found, cells } = args;
  const result = verify(allocation, found, args.tolerance);

  // Where each (target, index) was read: position in `cells`.
  const where = new Map<string, Int32Array>();
  for (let k = 0; k < cells.length; k++) {
    let a = where.get(cells[k].target);
    if (!a) {
      a = new Int32Array(table.rows.length).fill(-1);
      where.set(cells[k].target, a);
    }
    a[cells[k].index] = k;
  }
  const cellOf = (target: string, index: number): VerifyCell | undefined => {
    const k = where.get(target)?.[index];
    return k === undefined || k < 0 ? undefined : cells[k];
  };

  const extra: Finding[] = [];
  const expectedByCell = new Map<string, string>();
  const mismatches: VerifyMismatchRow[] = result.mismatches.map((m) => {
    const vc = cellOf(m.target, m.index);
    const row = table.rows[m.index];
    const cell = vc?.cell ?? "";
    if (vc) expectedByCell.set(vc.cell, m.expected);
    if (vc?.formula !== undefined && m.found !== null) {
      extra.push(
        finding("check-formula", "info", table.sheet, cell, {
          formula: vc.formula,
          found: m.found,
          expected: m.expected,
          name: row?.name ?? "",
          target: m.target,
        }),
      );
    }
    return {
      row: (vc?.row ?? row?.row ?? -1) + 1,
      cell,
      name: row?.name ?? "",
      component: m.target,
      expected: m.expected,
      found: m.found,
      difference: m.difference,
    };
  });
  const findings = args.findings.map((f) => {
    const e = f.cell !== undefined ? expectedByCell.get(f.cell) : undefined;
    return e === undefined ? f : { ...f, params: { ...f.params, expected: e } };
  });
  const sums = sumFindings({ allocation, table, found, cells, totalsRow: args.totalsRow, tolerance: new Decimal(parseUserDecimal(args.tolerance) ?? "0") });
  return {
    checked: result.checked,
    matched: result.matched,
    wrong: mismatches.length,
    mismatches,
    sumOfDifferences: result.sumOfDifferences,
    withinTolerance: result.withinTolerance,
    sumWithinTolerance: result.sumWithinTolerance,
    findings: [...findings, ...extra, ...sums],
  };
}
