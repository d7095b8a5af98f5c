// detectTable: a grid in, the table of municipalities out, with a finding for every cell that
// is not what it should be. Pure; one pass over the rows (a second over the charged rows for names
// only when some row has no code).
import { rectToA1, rectsIntersect, toA1 } from "./address";
import { cellAt, cellText, formulaAt, isBlank, isCellError, lastGridRow } from "./cells";
import { isCbsExport, isFigureBlank } from "./cbs-export";
import { periodKey } from "./cbs-period";
import { choosePeriod, type PeriodChoice, type PeriodSeen } from "./cbs-period-choice";
import { splitCsvLine } from "./csv-line";
import type { DetectOptions } from "./detect-options";
import { finding } from "./findings";
import { findHeaderRow } from "./header-row";
import { cbsNonMunicipality, codeKey, gmCodeNumber, isFormulaLike, isNoteText, isTotalsName, nameKey, stripCbsMunicipalitySuffix } from "./names";
import { readMeasureCell } from "./measure-cell";
import { findMeasureColumns } from "./measure-columns";
import { readPopulation } from "./population";
import type {
  CellValue,
  ColumnChoice,
  DataRow,
  DetectedTable,
  DetectResult,
  Finding,
  Grid,
  SplitColumn,
  TableInfo,
} from "./types";

/** The role cells of one row (for an unsplit CSV line: its fields). */
interface RowCells {
  name: CellValue;
  population: CellValue;
  code: CellValue;
  period: CellValue;
  /** The measures asked for, in the order of `measureIds`. */
  measures: CellValue[];
  /** Unsplit CSV: the number of fields on the line. */
  fieldCount: number;
  /** Unsplit CSV: the fields of the line. */
  fields: string[];
}

/** Nothing in the row's role cells nor in its measures: a blank row. */
function roleBlank(rc: RowCells): boolean {
  return isBlank(rc.name) && isBlank(rc.population) && isBlank(rc.code) && isBlank(rc.period) && rc.measures.every(isBlank);
}

/** Findings carry a row for sorting: sheet-wide first, then top to bottom. */
class FindingList {
  private readonly items: { row: number; seq: number; f: Finding }[] = [];
  add(row: number, f: Finding): void {
    this.items.push({ row, seq: this.items.length, f });
  }
  sorted(): Finding[] {
    return this.items.sort((a, b) => a.row - b.row || a.seq - b.seq).map((x) => x.f);
  }
}

/**
 * The table of municipalities on a grid, with a finding for every cell that is not what it
 * should be. `choice` overrides the columns detection would take; `options` (see
 * detectOptionsFor) names the measures to read besides the population and the population date
 * the schedule asks for.
 */
export function detectTable(grid: Grid, choice?: ColumnChoice, options?: DetectOptions): DetectResult {
  const sheet = grid.sheet;
  const out = new FindingList();
  if (grid.protected) out.add(-2, finding("sheet-protected", "error", sheet, undefined));
  if (grid.filterActive) out.add(-2, finding("filter-active", "error", sheet, undefined));

  const h = findHeaderRow(grid, choice, options?.populationOptional === true);
  if (h.kind === "none") {
    for (const f of h.findings) out.add(-1, f);
    return { findings: out.sorted() };
  }

  const headerRow = h.row;
  const roles = { ...h.roles };
  // Periods as columns: the population column is the chosen period's.
  let columnPeriod: PeriodChoice | undefined;
  if (h.periodColumns) {
    const byKey = new Map(h.periodColumns.map((c) => [c.key, c]));
    const seen = new Map<string, PeriodSeen>(h.periodColumns.map((c) => [c.key, { raw: c.raw, provisional: c.provisional, count: 0 }]));
    const at = (key: string): string => toA1(headerRow, h.kind === "split" ? h.column : (byKey.get(key) as { col: number }).col);
    columnPeriod = choosePeriod({
      seen,
      asked: choice?.period,
      askedKey: choice?.period !== undefined ? (periodKey(choice.period)?.key ?? choice.period.trim()) : undefined,
      options,
      sheet,
      cell: at,
      columns: true,
      add: (f) => out.add(-1, f),
    });
    roles.population = (byKey.get(columnPeriod.key) as { col: number }).col;
  }
  let split: SplitColumn | undefined;
  let tableInfo: TableInfo | undefined;
  let nameColumn: number;
  /** Undefined only when the schedule does not use the population and the sheet has no such column. */
  let populationColumn: number | undefined;
  let codeColumn: number | undefined;
  let periodColumn: number | undefined;
  const headers: Record<number, string> = {};

  if (h.kind === "split") {
    split = {
      column: h.column,
      separator: h.separator,
      fields: h.fields,
    };
    if (roles.population !== undefined) split.populationField = roles.population;
    if (roles.name !== undefined) split.nameField = roles.name;
    if (roles.code !== undefined) split.codeField = roles.code;
    if (roles.period !== undefined) split.periodField = roles.period;
    nameColumn = h.column;
    if (roles.population !== undefined) populationColumn = h.column;
    if (roles.code !== undefined) codeColumn = h.column;
    if (roles.period !== undefined) periodColumn = h.column;
  } else {
    tableInfo = h.table;
    nameColumn = roles.name ?? (roles.code as number);
    populationColumn = roles.population;
    codeColumn = roles.code;
    periodColumn = roles.period;
  }
  const nameIsCode = roles.name === undefined;

  // --- Measures besides the population (woningen, oppervlakte, …) ------------------------------
  const measureIds = options?.measures ?? [];
  const measureAt: number[] = [];
  if (measureIds.length > 0) {
    const cells = h.kind === "split" ? h.fields.map((text, i) => ({ col: i, text })) : h.cells;
    const taken = new Set<number>((h.periodColumns ?? []).map((c) => c.col));
    for (const r of [roles.name, roles.population, roles.code, roles.period]) if (r !== undefined) taken.add(r);
    const found = findMeasureColumns({
      cells,
      taken,
      measures: measureIds,
      choice,
      sheet,
      headerRow,
      split: h.kind === "split" ? { column: h.column } : undefined,
    });
    for (const f of found.findings) out.add(-1, f);
    for (const m of measureIds) measureAt.push(found.columns[m] ?? -1);
    if (split) {
      const fields: Record<string, number> = {};
      measureIds.forEach((m, k) => {
        if (measureAt[k] >= 0) fields[m] = measureAt[k];
      });
      split.measureFields = fields;
    }
  }

  // --- Reading the role cells of a row --------------------------------------------------------
  const rc: RowCells = { name: null, population: null, code: null, period: null, measures: measureIds.map(() => null), fieldCount: 0, fields: [] };
  const sp = split;
  const read = sp
    ? (r: number): void => {
        const v = cellAt(grid, r, sp.column);
        rc.name = rc.population = rc.code = rc.period = null;
        rc.fieldCount = 0;
        rc.fields = [];
        for (let k = 0; k < measureAt.length; k++) rc.measures[k] = null;
        if (typeof v === "string") {
          if (v.trim() === "") return;
          const f = splitCsvLine(v, sp.separator);
          rc.fieldCount = f.length;
          rc.fields = f;
          for (let k = 0; k < measureAt.length; k++) rc.measures[k] = measureAt[k] >= 0 ? (f[measureAt[k]] ?? null) : null;
          rc.name = (sp.nameField !== undefined ? f[sp.nameField] : f[sp.codeField as number]) ?? null;
          rc.population = sp.populationField !== undefined ? (f[sp.populationField] ?? null) : null;
          rc.code = sp.codeField !== undefined ? (f[sp.codeField] ?? null) : null;
          rc.period = sp.periodField !== undefined ? (f[sp.periodField] ?? null) : null;
        } else if (!isBlank(v)) {
          rc.name = v;
          rc.fieldCount = 1;
        }
      }
    : (r: number): void => {
        rc.name = cellAt(grid, r, nameColumn);
        rc.population = populationColumn !== undefined ? cellAt(grid, r, populationColumn) : null;
        rc.code = codeColumn !== undefined && !nameIsCode ? cellAt(grid, r, codeColumn) : null;
        rc.period = periodColumn !== undefined ? cellAt(grid, r, periodColumn) : null;
        for (let k = 0; k < measureAt.length; k++) rc.measures[k] = measureAt[k] >= 0 ? cellAt(grid, r, measureAt[k]) : null;
      };
  const isNoteRow = (r: number): boolean => {
    if (sp) {
      const v = cellAt(grid, r, sp.column);
      return typeof v === "string" && rc.fieldCount <= 1 && isNoteText(v);
    }
    return (
      typeof rc.name === "string" && isNoteText(rc.name) && isBlank(rc.population) && isBlank(rc.code) && isBlank(rc.period)
    );
  };

  // --- Where the data ends ------------------------------------------------------------------
  const gridBottom = lastGridRow(grid);
  let tableTotals: number | undefined;
  let dataEnd: number;
  if (tableInfo) {
    dataEnd = tableInfo.rect.bottom;
    if (tableInfo.hasTotalsRow) {
      tableTotals = tableInfo.rect.bottom;
      dataEnd--;
    }
  } else {
    dataEnd = headerRow;
    for (let r = gridBottom; r > headerRow; r--) {
      read(r);
      if (!roleBlank(rc)) {
        dataEnd = r;
        break;
      }
    }
  }
  // Trailing notes ("Bron: CBS"), and the last row with content.
  const notes: number[] = [];
  let lastContent = headerRow;
  for (let r = dataEnd; r > headerRow; r--) {
    read(r);
    if (roleBlank(rc)) continue;
    if (isNoteRow(r)) {
      notes.push(r);
      continue;
    }
    lastContent = r;
    break;
  }
  if (!tableInfo) dataEnd = lastContent;

  // --- The block's columns ----------------------------------------------------------------------
  let firstColumn: number;
  let lastColumn: number;
  if (tableInfo) {
    firstColumn = tableInfo.rect.left;
    lastColumn = tableInfo.rect.right;
  } else {
    const blockBottom = Math.max(dataEnd, ...notes);
    let width = 0;
    for (let r = headerRow; r <= blockBottom; r++) {
      const row = grid.values[r - grid.top];
      if (row && row.length > width) width = row.length;
    }
    const used = new Uint8Array(width);
    for (let r = headerRow; r <= blockBottom; r++) {
      const row = grid.values[r - grid.top];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (used[c] === 0 && !isBlank(row[c])) used[c] = 1;
    }
    if (sp) {
      firstColumn = sp.column;
      lastColumn = sp.column;
      for (let c = width - 1; c >= 0; c--) {
        if (used[c]) {
          lastColumn = Math.max(sp.column, grid.left + c);
          break;
        }
      }
    } else {
      const roleCols = [nameColumn];
      if (populationColumn !== undefined) roleCols.push(populationColumn);
      if (codeColumn !== undefined) roleCols.push(codeColumn);
      if (periodColumn !== undefined) roleCols.push(periodColumn);
      firstColumn = Math.min(...roleCols);
      lastColumn = Math.max(...roleCols);
      while (firstColumn - 1 >= grid.left && used[firstColumn - 1 - grid.left]) firstColumn--;
      while (lastColumn + 1 - grid.left < width && used[lastColumn + 1 - grid.left]) lastColumn++;
    }
  }
  if (sp) {
    headers[sp.column] = cellText(cellAt(grid, headerRow, sp.column));
  }
  for (let c = firstColumn; c <= lastColumn; c++) {
    const v = cellAt(grid, headerRow, c);
    if (!isBlank(v)) headers[c] = cellText(v).trim();
  }
  const rowRange = (r1: number, r2: number): string =>
    rectToA1({ top: r1, bottom: r2, left: firstColumn, right: lastColumn });

  if (h.ambiguous) {
    const list = h.ambiguous.map((c) => (sp ? sp.fields[c] : `${toA1(headerRow, c)}: ${headers[c]}`)).join(", ");
    out.add(
      -1,
      finding("column-ambiguous", "error", sheet, rowRange(headerRow, headerRow), {
        role: "population",
        headers: list,
        used: sp ? sp.fields[roles.population as number] : headers[populationColumn as number],
      }),
    );
  }

  // --- Periods (CBS "Perioden") -------------------------------------------------------------
  let periodActive = false;
  let chosenPeriod: string | undefined;
  let periodLabel: string | undefined;
  let periodBy: PeriodChoice["by"] | undefined = columnPeriod?.by;
  if (columnPeriod) periodLabel = columnPeriod.raw;
  if (periodColumn !== undefined) {
    const seen = new Map<string, PeriodSeen>();
    let valid = true;
    for (let r = headerRow + 1; r <= dataEnd && valid; r++) {
      read(r);
      if (isBlank(rc.period)) continue;
      const text = cellText(rc.period).trim();
      const k = periodKey(text);
      if (!k) {
        valid = false;
        break;
      }
      const s = seen.get(k.key);
      if (s) s.count++;
      else seen.set(k.key, { raw: text, provisional: k.provisional, count: 1 });
    }
    if (valid && seen.size > 0) {
      periodActive = true;
      const chosen = choosePeriod({
        seen,
        asked: choice?.period,
        askedKey: choice?.period !== undefined ? (periodKey(choice.period)?.key ?? choice.period.trim()) : undefined,
        options,
        sheet,
        cell: () => toA1(headerRow, periodColumn as number),
        add: (f) => out.add(-1, f),
      });
      chosenPeriod = chosen.key;
      periodLabel = chosen.raw;
      periodBy = chosen.by;
    }
  }
  if (!periodActive && !columnPeriod && choice?.period !== undefined && choice.period.trim() !== "") {
    out.add(-1, finding("period-not-found", "error", sheet, undefined, { asked: choice.period, available: "" }));
  }

  // --- A CBS export: rows without any figure for the period are former municipalities -----------
  const cbs = isCbsExport(sp ? sp.fields : Object.values(headers));
  const roleColumns = new Set<number>(sp ? [sp.nameField, sp.codeField, sp.periodField].filter((x): x is number => x !== undefined) : [nameColumn, ...(codeColumn !== undefined ? [codeColumn] : []), ...(periodColumn !== undefined ? [periodColumn] : [])]);
  const noFigures = (r: number): boolean => {
    if (sp) return rc.fields.every((f, i) => roleColumns.has(i) || isFigureBlank(f));
    for (let c = firstColumn; c <= lastColumn; c++) if (!roleColumns.has(c) && !isFigureBlank(cellAt(grid, r, c))) return false;
    return true;
  };
  const former: string[] = [];
  let formerFirst = -1;

  // --- The rows ---------------------------------------------------------------------------------
  const hidden = grid.hiddenRows && grid.hiddenRows.length > 0 ? new Set(grid.hiddenRows) : undefined;
  const rows: DataRow[] = [];
  const byCode = new Map<string | number, number>();
  let withoutCode = 0;
  let rowErrors = false;
  let sum = 0;
  let totalsRow = tableTotals;
  if (tableTotals !== undefined) {
    out.add(tableTotals, finding("totals-row", "info", sheet, rowRange(tableTotals, tableTotals), { by: "table" }));
  }

  let blankStart = -1;
  let blankEnd = -1;
  const flushBlank = (): void => {
    if (blankStart < 0) return;
    out.add(blankStart, finding("blank-row", "info", sheet, rowRange(blankStart, blankEnd), {
      from: blankStart + 1,
      to: blankEnd + 1,
    }));
    blankStart = blankEnd = -1;
  };
  let hiddenStart = -1;
  let hiddenEnd = -1;
  const flushHidden = (): void => {
    if (hiddenStart < 0) return;
    out.add(hiddenStart, finding("hidden-row", "error", sheet, rowRange(hiddenStart, hiddenEnd), {
      from: hiddenStart + 1,
      to: hiddenEnd + 1,
    }));
    hiddenStart = hiddenEnd = -1;
  };
  const popCol = populationColumn;
  const codeCol = codeColumn ?? nameColumn;

  for (let r = headerRow + 1; r <= dataEnd; r++) {
    read(r);
    if (roleBlank(rc)) {
      if (blankStart >= 0 && blankEnd === r - 1) blankEnd = r;
      else {
        flushBlank();
        blankStart = blankEnd = r;
      }
      continue;
    }
    flushBlank();
    if (r > lastContent) {
      // Trailing notes inside an Excel table.
      continue;
    }
    if (periodActive && !isBlank(rc.period)) {
      const k = periodKey(cellText(rc.period).trim());
      if (k && k.key !== chosenPeriod) continue;
    }

    // Name (or the code, when the sheet has no name column).
    let nameText: string | undefined;
    let nameError: string | undefined;
    const nv = nameIsCode ? rc.code ?? rc.name : rc.name;
    if (isCellError(nv)) nameError = nv.error;
    else if (!isBlank(nv)) {
      nameText = typeof nv === "string" ? nv : cellText(nv);
      if (nameText.includes("\uFEFF")) nameText = nameText.replace(/\uFEFF/g, "");
      nameText = nameText.trim();
    }
    const codeText =
      !nameIsCode && !isBlank(rc.code) && !isCellError(rc.code) ? cellText(rc.code).trim() : nameIsCode ? nameText : undefined;

    if (nameText !== undefined && isTotalsName(nameText)) {
      if (r === lastContent) {
        if (totalsRow === undefined) totalsRow = r;
        out.add(r, finding("totals-row", "info", sheet, rowRange(r, r), { by: "name", name: nameText }));
      } else {
        out.add(r, finding("totals-row", "error", sheet, rowRange(r, r), { by: "name", name: nameText, position: "middle" }));
      }
      continue;
    }
    const nonMunicipality = nameText !== undefined || codeText !== undefined ? cbsNonMunicipality(nameText ?? "", codeText) : undefined;
    if (nonMunicipality !== undefined) {
      out.add(r, finding("cbs-row-skipped", "info", sheet, toA1(r, nameColumn), { name: nameText ?? codeText ?? "", kind: nonMunicipality }));
      continue;
    }
    if (cbs && nameText !== undefined && noFigures(r)) {
      former.push(stripCbsMunicipalitySuffix(nameText));
      if (formerFirst < 0) formerFirst = r;
      continue;
    }

    const p = popCol !== undefined ? readPopulation(rc.population, sp !== undefined) : undefined;
    if (r === lastContent && typeof p === "number" && rows.length >= 2 && p === sum) {
      if (nameText === undefined) {
        if (totalsRow === undefined) totalsRow = r;
        out.add(r, finding("totals-row", "info", sheet, rowRange(r, r), { by: "sum", sum: p }));
      } else {
        // A named row that adds up exactly: a total under another name, or a coincidence. Do not guess.
        out.add(r, finding("totals-row", "error", sheet, rowRange(r, r), { by: "sum", sum: p, name: nameText, position: "named" }));
      }
      continue;
    }

    if (hidden && hidden.has(r)) {
      if (hiddenStart >= 0 && hiddenEnd === r - 1) hiddenEnd = r;
      else {
        flushHidden();
        hiddenStart = hiddenEnd = r;
      }
    }

    let bad = false;
    if (p !== undefined && typeof p !== "number") {
      rowErrors = true;
      bad = true;
      const params = { ...p.params };
      if (nameText !== undefined) params.name = nameText;
      // A formula without a stored result was never calculated (written by a program, not by Excel).
      const formula = p.code === "population-blank" && sp === undefined ? formulaAt(grid, r, popCol as number) : null;
      if (formula !== null) params.formula = formula;
      out.add(r, finding(p.code, "error", sheet, toA1(r, popCol as number), params));
    }
    if (nameText === undefined) {
      bad = true;
      rowErrors = true;
      const params: Record<string, string | number> = {};
      if (nameError !== undefined) params.error = nameError;
      if (typeof p === "number") params.population = p;
      out.add(r, finding("name-blank", "error", sheet, toA1(r, nameColumn), params));
    } else if (isFormulaLike(nameText)) {
      bad = true;
      rowErrors = true;
      out.add(r, finding("name-formula-like", "error", sheet, toA1(r, nameColumn), { name: nameText }));
    }
    let measures: Record<string, string> | undefined;
    for (let k = 0; k < measureIds.length; k++) {
      if (measureAt[k] < 0) continue;
      const m = readMeasureCell(rc.measures[k], measureIds[k], sp !== undefined);
      if (typeof m === "string") {
        (measures ??= {})[measureIds[k]] = m;
        continue;
      }
      bad = true;
      rowErrors = true;
      const params = { ...m.params };
      if (nameText !== undefined) params.name = nameText;
      out.add(r, finding(m.code, "error", sheet, toA1(r, sp ? sp.column : measureAt[k]), params));
    }
    if (bad || (p !== undefined && typeof p !== "number") || nameText === undefined) continue;

    const name = stripCbsMunicipalitySuffix(nameText);
    const hasCode = codeText !== undefined && codeText !== "";
    if (hasCode && !nameIsCode) {
      const num = gmCodeNumber(codeText);
      const ck: string | number = num >= 0 ? num : codeKey(codeText);
      const prev = byCode.get(ck);
      if (prev !== undefined) {
        const first = rows[prev];
        out.add(r, finding("duplicate-municipality", "error", sheet, toA1(r, codeCol), {
          by: "code",
          name,
          code: codeText,
          other: toA1(first.row, codeCol),
          otherName: first.name,
        }));
        continue;
      }
      byCode.set(ck, rows.length);
    } else {
      withoutCode++;
    }
    // One object shape per kind of row (adding "code" afterwards would change its shape).
    const dataRow: DataRow = hasCode ? { row: r, name, code: codeText } : { row: r, name };
    if (p !== undefined) dataRow.population = p;
    if (measures) dataRow.measures = measures;
    rows.push(dataRow);
    if (p !== undefined) sum += p;
  }
  flushBlank();
  flushHidden();

  // The same name twice is a duplicate unless both rows carry different codes; when every row
  // has a (unique) code, the code check above already decided, and this pass is skipped.
  if (withoutCode > 0 && rows.length > 1) {
    const byName = new Map<string, number>();
    let removed: Set<number> | undefined;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const nk = nameKey(row.name);
      const prev = byName.get(nk);
      if (prev === undefined) {
        byName.set(nk, i);
        continue;
      }
      const first = rows[prev];
      const codesDiffer =
        !nameIsCode && first.code !== undefined && row.code !== undefined && codeKey(first.code) !== codeKey(row.code);
      if (codesDiffer) continue;
      out.add(row.row, finding("duplicate-municipality", "error", sheet, toA1(row.row, nameColumn), {
        by: "name",
        name: row.name,
        other: toA1(first.row, nameColumn),
        otherName: first.name,
      }));
      (removed ??= new Set()).add(i);
    }
    if (removed) {
      const keep = removed;
      const kept = rows.filter((_, i) => !keep.has(i));
      rows.length = 0;
      for (const k of kept) rows.push(k);
    }
  }

  if (former.length > 0) {
    out.add(formerFirst, finding("cbs-former-municipalities", "info", sheet, toA1(formerFirst, nameColumn), {
      count: former.length,
      period: periodLabel ?? "",
      names: former.slice(0, 5).join(", "),
    }));
  }

  for (const r of notes) {
    const text = cellText(sp ? cellAt(grid, r, sp.column) : cellAt(grid, r, nameColumn)).trim();
    out.add(r, finding("note-row", "info", sheet, toA1(r, nameColumn), { text }));
  }

  // Merged cells in the header (columns in use) or the data area.
  const block = {
    top: headerRow,
    bottom: Math.max(dataEnd, totalsRow ?? dataEnd),
    left: firstColumn,
    right: lastColumn,
  };
  for (const m of grid.merges ?? []) {
    if (rectsIntersect(m, block)) {
      out.add(m.top, finding("merged-cells", "error", sheet, rectToA1(m), {}));
    }
  }

  if (rows.length === 0 && !rowErrors) {
    out.add(headerRow, finding("no-data", "error", sheet, rowRange(headerRow, headerRow), { headerRow: headerRow + 1 }));
  }

  const table: DetectedTable = {
    sheet,
    headerRow,
    firstRow: headerRow + 1,
    lastRow: totalsRow !== undefined && totalsRow <= dataEnd + (tableTotals !== undefined ? 1 : 0) ? totalsRow - 1 : dataEnd,
    nameColumn,
    lastColumn,
    headers,
    rows,
  };
  if (populationColumn !== undefined) table.populationColumn = populationColumn;
  if (codeColumn !== undefined) table.codeColumn = codeColumn;
  if (tableInfo) table.table = tableInfo;
  if (totalsRow !== undefined) table.totalsRow = totalsRow;
  if ((periodActive || columnPeriod) && periodLabel !== undefined) {
    table.period = periodLabel;
    if (periodBy !== undefined) table.periodBy = periodBy;
    if (periodActive && periodColumn !== undefined) table.periodColumn = periodColumn;
  }
  if (measureIds.length > 0) {
    const columns: Record<string, number> = {};
    measureIds.forEach((m, k) => {
      if (measureAt[k] >= 0) columns[m] = sp ? sp.column : measureAt[k];
    });
    table.measureColumns = columns;
  }
  if (former.length > 0) table.formerMunicipalities = former;
  if (sp) table.split = sp;
  return { table, findings: out.sorted() };
}
