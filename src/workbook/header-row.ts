// Finding the header row: in an Excel table, in a plain range (title rows above are fine), or
// in one column holding unsplit CSV lines; and which header plays which role.
import { columnLetters } from "./address";
import { cellAt, cellText, headerRowEnd, isBlank, lastGridRow } from "./cells";
import { isCbsExport } from "./cbs-export";
import { periodKey } from "./cbs-period";
import { guessSeparator, splitCsvLine } from "./csv-line";
import { yearIn } from "./detect-options";
import { finding } from "./findings";
import { matchHeaderRole, normalizeHeader, type HeaderRole } from "./headers";
import type { ColumnChoice, Finding, Grid, TableInfo } from "./types";

/** How many non-empty rows from the top are searched for a header row. */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderCell {
  /** Absolute column, or the field index within an unsplit CSV line. */
  col: number;
  text: string;
}

export interface RoleAssignment {
  name?: number;
  /** Absent only when the population is optional (the schedule does not use it) and no column has it. */
  population?: number;
  code?: number;
  period?: number;
}

/** A population column per period ("Inwoners 1-1-2022", "Inwoners 1-1-2023"; or "2022", "2023" under a CBS "Regio's"). */
export interface PeriodColumn {
  col: number;
  /** The year ("2023"). */
  key: string;
  /** The header as written. */
  raw: string;
  provisional: boolean;
}

type Assign =
  | { ok: true; roles: RoleAssignment; ambiguous?: number[]; periodColumns?: PeriodColumn[] }
  | { ok: false; missingChoice?: { role: HeaderRole; asked: string }; nameLike: boolean };

const CHOICE_KEYS: [HeaderRole, "nameColumn" | "populationColumn" | "codeColumn"][] = [
  ["name", "nameColumn"],
  ["population", "populationColumn"],
  ["code", "codeColumn"],
];

/**
 * Assign roles to the cells of one candidate header row; a manual choice wins. With
 * `populationOptional` a row with a name (or code) column and no population column also fits.
 */
export function assignRoles(cells: HeaderCell[], choice?: ColumnChoice, populationOptional = false): Assign {
  const taken = new Set<number>();
  const chosen: Partial<Record<HeaderRole, number>> = {};
  for (const [role, key] of CHOICE_KEYS) {
    const asked = choice?.[key];
    if (asked === undefined || normalizeHeader(asked) === "") continue;
    const want = normalizeHeader(asked);
    const hit = cells.find((c) => !taken.has(c.col) && normalizeHeader(c.text) === want);
    if (!hit) {
      const nameLike = cells.some((c) => {
        const m = matchHeaderRole(c.text);
        return m !== undefined && (m.role === "name" || m.role === "code");
      });
      return { ok: false, missingChoice: { role, asked }, nameLike };
    }
    chosen[role] = hit.col;
    taken.add(hit.col);
  }
  const best: Partial<Record<HeaderRole, { col: number; rank: number }>> = {};
  const populationCandidates: number[] = [];
  for (const c of cells) {
    if (taken.has(c.col)) continue;
    const m = matchHeaderRole(c.text);
    if (!m) continue;
    if (m.role === "population") populationCandidates.push(c.col);
    const b = best[m.role];
    if (!b || m.rank < b.rank) best[m.role] = { col: c.col, rank: m.rank };
  }
  const name = chosen.name ?? best.name?.col;
  let code = chosen.code ?? best.code?.col;
  let population = chosen.population ?? best.population?.col;
  const period = best.period?.col;
  // Periods as columns in a CBS export: population columns that each name another year, or bare
  // periods "2022", "2023*" as headers. The period is chosen like a Perioden column's. Elsewhere
  // two population columns stay ambiguous: the user chooses.
  let periodColumns: PeriodColumn[] | undefined;
  if (chosen.population === undefined && period === undefined && isCbsExport(cells.map((c) => c.text))) {
    const nameText = name !== undefined ? normalizeHeader(cells.find((c) => c.col === name)?.text) : "";
    const pool = populationCandidates.length > 1
      ? cells.filter((c) => populationCandidates.includes(c.col))
      : population === undefined && nameText === "regio's"
        ? cells.filter((c) => !taken.has(c.col) && periodKey(c.text) !== undefined)
        : [];
    const dated = pool.map((c) => {
      const k = periodKey(c.text);
      return { col: c.col, key: k?.key ?? yearIn(c.text) ?? "", raw: c.text, provisional: k?.provisional ?? false };
    });
    if (dated.length > 0 && dated.every((d) => d.key !== "") && new Set(dated.map((d) => d.key)).size === dated.length) {
      periodColumns = dated;
      population = dated.reduce((a, b) => (b.key > a.key ? b : a)).col;
    }
  }
  if ((population === undefined && !populationOptional) || (name === undefined && code === undefined)) {
    return { ok: false, nameLike: name !== undefined || code !== undefined };
  }
  if (code !== undefined && code === name) code = undefined;
  const roles: RoleAssignment = {};
  if (population !== undefined) roles.population = population;
  if (name !== undefined) roles.name = name;
  if (code !== undefined) roles.code = code;
  if (period !== undefined) roles.period = period;
  if (periodColumns) return { ok: true, roles, periodColumns };
  if (chosen.population === undefined && populationCandidates.length > 1) {
    return { ok: true, roles, ambiguous: populationCandidates };
  }
  return { ok: true, roles };
}

export type HeaderSearch =
  | { kind: "cells"; row: number; roles: RoleAssignment; cells: HeaderCell[]; table?: TableInfo; ambiguous?: number[]; periodColumns?: PeriodColumn[] }
  | {
      kind: "split";
      row: number;
      column: number;
      separator: string;
      fields: string[];
      roles: RoleAssignment;
      ambiguous?: number[];
      periodColumns?: PeriodColumn[];
    }
  | { kind: "none"; findings: Finding[] };

function rowCells(grid: Grid, row: number, left: number, right: number): HeaderCell[] {
  const out: HeaderCell[] = [];
  for (let c = left; c <= right; c++) {
    const v = cellAt(grid, row, c);
    if (!isBlank(v)) out.push({ col: c, text: cellText(v).replace(/\uFEFF/g, "").trim() });
  }
  return out;
}

function listHeaders(cells: HeaderCell[], split: boolean): string {
  return cells.map((c) => (split ? c.text : `${columnLetters(c.col)}: ${c.text}`)).join(", ");
}

/** Search the tables, then the first rows, for a header row (see assignRoles for `populationOptional`). */
export function findHeaderRow(grid: Grid, choice?: ColumnChoice, populationOptional = false): HeaderSearch {
  // For the message when nothing fits: the most header-like row seen (name-like first, then widest).
  let missing: { role: HeaderRole; asked: string; row: number; headers: string; score: number } | undefined;
  let nameOnly: { row: number; headers: string } | undefined;
  let firstRow: { row: number; headers: string; score: number } | undefined;

  const note = (a: Assign, row: number, cells: HeaderCell[], split: boolean): void => {
    if (a.ok || cells.length === 0) return;
    const headers = listHeaders(cells, split);
    const score = (a.nameLike ? 1000 : 0) + cells.length;
    if (a.missingChoice && (!missing || score > missing.score)) missing = { ...a.missingChoice, row, headers, score };
    if (a.nameLike && !nameOnly) nameOnly = { row, headers };
    if (!firstRow || score > firstRow.score) firstRow = { row, headers, score };
  };

  for (const t of grid.tables ?? []) {
    const cells = rowCells(grid, t.rect.top, t.rect.left, t.rect.right);
    const a = assignRoles(cells, choice, populationOptional);
    if (a.ok) return { kind: "cells", row: t.rect.top, roles: a.roles, cells, table: t, ambiguous: a.ambiguous, periodColumns: a.periodColumns };
    note(a, t.rect.top, cells, false);
  }

  const bottom = lastGridRow(grid);
  let searched = 0;
  for (let r = grid.top; r <= bottom && searched < HEADER_SEARCH_ROWS; r++) {
    const cells = rowCells(grid, r, grid.left, headerRowEnd(grid, r));
    if (cells.length === 0) continue;
    searched++;
    const a = assignRoles(cells, choice, populationOptional);
    if (a.ok) return { kind: "cells", row: r, roles: a.roles, cells, ambiguous: a.ambiguous, periodColumns: a.periodColumns };
    if (cells.length === 1) {
      const raw = cellAt(grid, r, cells[0].col);
      const sep = typeof raw === "string" ? guessSeparator(raw) : undefined;
      if (sep !== undefined && typeof raw === "string") {
        const fields = splitCsvLine(raw, sep);
        const fieldCells = fields.map((text, i) => ({ col: i, text }));
        const s = assignRoles(fieldCells, choice, populationOptional);
        if (s.ok) {
          return {
            kind: "split",
            row: r,
            column: cells[0].col,
            separator: sep,
            fields,
            roles: s.roles,
            ambiguous: s.ambiguous,
            periodColumns: s.periodColumns,
          };
        }
        note(s, r, fieldCells, true);
        continue;
      }
    }
    note(a, r, cells, false);
  }

  const sheet = grid.sheet;
  if (missing) {
    return {
      kind: "none",
      findings: [
        finding("column-not-found", "error", sheet, undefined, {
          role: missing.role,
          asked: missing.asked,
          headerRow: missing.row + 1,
          headers: missing.headers,
        }),
      ],
    };
  }
  if (nameOnly) {
    return {
      kind: "none",
      findings: [
        finding("column-not-found", "error", sheet, undefined, {
          role: "population",
          asked: "",
          headerRow: nameOnly.row + 1,
          headers: nameOnly.headers,
        }),
      ],
    };
  }
  const params: Record<string, string | number> = { rows: HEADER_SEARCH_ROWS };
  if (firstRow) {
    params.headerRow = firstRow.row + 1;
    params.headers = firstRow.headers;
  }
  return { kind: "none", findings: [finding("no-header", "error", sheet, undefined, params)] };
}
