// Reading VERDEEL.SLEUTEL's `tabel`: the municipalities with their headers in the first row, as
// Excel's database functions (DBSOM) take a range. Columns are found by header, the way the task
// pane and the command find them (Gemeente, Gemeentecode, Inwoners, Woningen, Oppervlakte (km²),
// CBS's StatLine headers, or a measure's own id), in any order; a needed one that is missing, or
// one found twice, is an error that names the headers, never a guess.
import { POPULATION_MEASURE, type Municipality } from "../allocation";
import { isOmitted, readGrid, readMeasureValue, readPopulation } from "./cells";
import { headerRole, namesMeasure } from "./headers";
import { failure, type TableColumn, type Where } from "./i18n";

const PARAM = "tabel";

interface Column extends TableColumn {
  /** 0-based index in the row. */
  index: number;
}

interface Columns {
  name?: Column;
  code?: Column;
  population?: Column;
  /** The other measures the component needs, by id. */
  measures: Map<string, Column>;
}

export interface Table {
  municipalities: Municipality[];
  /** Whether a name or code column was found (fixed percentages match on them). */
  hasNames: boolean;
}

/** The one column among `candidates`, none, or an error naming them all. */
function single(candidates: Column[], role: "name" | "code" | "measure", measure: string): Column | undefined {
  if (candidates.length > 1) throw failure((m) => m.ambiguousColumn(m.param(PARAM), role, measure, candidates));
  return candidates[0];
}

function findColumns(header: readonly unknown[], measures: readonly string[]): Columns {
  const texts: Column[] = [];
  header.forEach((cell, index) => {
    if (typeof cell === "string" && cell.trim() !== "") texts.push({ index, column: index + 1, header: cell.trim() });
  });
  const headers = texts.map((c) => `"${c.header}"`).join(", ");
  // Names and codes in the first row: the header row was left out of the range.
  const known = texts.some((c) => headerRole(c.header) !== undefined || measures.some((x) => namesMeasure(c.header, x)));
  if (!known) throw failure((m) => m.noHeaderRow(m.param(PARAM), headers));
  const byRole = (role: string) => texts.filter((c) => headerRole(c.header) === role);
  const columns: Columns = {
    name: single(byRole("name"), "name", ""),
    code: single(byRole("code"), "code", ""),
    population: single(byRole("population"), "measure", POPULATION_MEASURE),
    measures: new Map(),
  };
  const taken = new Set([columns.name, columns.code, columns.population].filter((c) => c !== undefined).map((c) => c.index));
  for (const measure of measures) {
    if (measure === POPULATION_MEASURE) {
      if (!columns.population) throw failure((m) => m.missingColumn(m.param(PARAM), measure, headers));
      continue;
    }
    const found = single(texts.filter((c) => !taken.has(c.index) && namesMeasure(c.header, measure)), "measure", measure);
    if (!found) throw failure((m) => m.missingColumn(m.param(PARAM), measure, headers));
    columns.measures.set(measure, found);
    taken.add(found.index);
  }
  return columns;
}

/** A name or code cell: text (trimmed) or a number as text; empty is "". */
function readLabel(value: unknown, where: Where): string {
  if (isOmitted(value)) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  throw failure((m) => m.badName(m.at(where), m.show(value)));
}

/**
 * The municipalities of the table, one per row under the header row, with the measures the
 * component needs. The population is read when the table has a column for it (the tie-break uses
 * it), and is 0 otherwise.
 */
export function readTable(value: unknown, measures: readonly string[]): Table {
  const rows = readGrid(value, PARAM);
  const columns = findColumns(rows[0], measures);
  if (rows.length < 2) throw failure((m) => m.noDataRows(m.param(PARAM)));
  const municipalities: Municipality[] = new Array(rows.length - 1);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const where = (c: Column): Where => ({ param: PARAM, row: r + 1, column: c.column, header: c.header });
    const municipality: Municipality = {
      name: columns.name ? readLabel(row[columns.name.index], where(columns.name)) : "",
      population: columns.population ? readPopulation(row[columns.population.index], where(columns.population)) : 0,
    };
    const code = columns.code ? readLabel(row[columns.code.index], where(columns.code)) : "";
    if (code !== "") municipality.code = code;
    if (columns.measures.size > 0) {
      const values: Record<string, string> = {};
      for (const [measure, c] of columns.measures) values[measure] = readMeasureValue(row[c.index], measure, where(c));
      municipality.measures = values;
    }
    municipalities[r - 1] = municipality;
  }
  return { municipalities, hasNames: columns.name !== undefined || columns.code !== undefined };
}
