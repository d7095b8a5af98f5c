// The columns the pane offers and shows: the header options of the detected table (or of the first
// row with text), the header a role was detected in, and the table's range as A1 text.
import { columnLetters, detectTable, rectToA1 } from "../../workbook";
import type { ColumnChoice, DetectedTable, Finding, Grid } from "../../workbook/types";
import type { HeaderOption } from "../components/DataSection";

/** A copy of `record` without `key` (the same object when it has no such key). */
export function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The columns the user can choose from: the detected header row, else the first row with text. */
export function headerOptions(grid: Grid | undefined, table: DetectedTable | undefined): HeaderOption[] {
  if (!grid) return [];
  const fromTable = (t: DetectedTable): HeaderOption[] => {
    if (t.split) {
      const letters = columnLetters(t.split.column);
      return t.split.fields
        .filter((f) => f.trim() !== "")
        .map((header, i) => ({ col: t.split!.column * 1000 + i, letters, header }));
    }
    return Object.entries(t.headers)
      .map(([col, header]) => ({ col: Number(col), letters: columnLetters(Number(col)), header }))
      .filter((o) => o.header !== "")
      .sort((a, b) => a.col - b.col);
  };
  if (table) return fromTable(table);
  const auto = detectTable(grid).table;
  if (auto) return fromTable(auto);
  for (let r = 0; r < grid.values.length && r < 20; r++) {
    const row = grid.values[r] ?? [];
    const out: HeaderOption[] = [];
    row.forEach((v, i) => {
      if (typeof v === "string" && v.trim() !== "")
        out.push({ col: grid.left + i, letters: columnLetters(grid.left + i), header: v.trim() });
    });
    if (out.length > 0) return out;
  }
  return [];
}

export function roleHeader(table: DetectedTable | undefined, role: "name" | "population"): string | undefined {
  if (!table) return undefined;
  if (table.split) {
    const field = role === "name" ? (table.split.nameField ?? table.split.codeField) : table.split.populationField;
    return field !== undefined ? table.split.fields[field] : undefined;
  }
  const col = role === "name" ? table.nameColumn : table.populationColumn;
  return col !== undefined ? table.headers[col] : undefined;
}

export function tableRange(table: DetectedTable): string {
  const cols = Object.keys(table.headers).map(Number);
  const left = table.table ? table.table.rect.left : Math.min(table.nameColumn, ...cols);
  return rectToA1({ top: table.headerRow, left, bottom: Math.max(table.lastRow, table.headerRow), right: table.lastColumn });
}

/** A measure the schedule uses besides the population, and the header of its column (chosen or found). */
export interface MeasureChoice {
  measure: string;
  header: string | undefined;
}

/** The measures to offer a column choice for in Gegevens: chosen by hand, else as detection found them (not when ambiguous). */
export function measureChoices(measures: readonly string[], choice: ColumnChoice, table: DetectedTable | undefined, findings: readonly Finding[]): MeasureChoice[] {
  return measures.map((measure) => {
    const chosen = choice.measureColumns?.[measure];
    if (chosen !== undefined) return { measure, header: chosen };
    const ambiguous = findings.some((f) => f.code === "column-ambiguous" && f.params.measure === measure);
    const col = table?.measureColumns?.[measure];
    if (ambiguous || col === undefined || !table) return { measure, header: undefined };
    const field = table.split?.measureFields?.[measure];
    return { measure, header: table.split && field !== undefined ? table.split.fields[field] : table.headers[col] };
  });
}
