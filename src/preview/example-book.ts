// The example workbooks, built in the simulated Excel: the same sheets and cells as
// examples/noord-midden-limburg.xlsx (sheet Gemeenten with the 15 municipalities, the source note
// in A18, sheet Bron), the controle example, Gooi en Vechtstreek, and a large synthetic one for
// measuring the preview with as many rows as the Netherlands has municipalities.
import type { CellInput, SimulatedExcel } from "../simulated-excel";
import {
  CONTROLE_ERROR,
  CONTROLE_FORMAT,
  EXAMPLE_HEADERS,
  EXAMPLE_NOTE,
  GOOI_EN_VECHTSTREEK,
  GOOI_NOTE,
  NML_MUNICIPALITIES,
  POPULATION_FORMAT,
  SOURCE_HEADERS,
  nml2023,
  populationOrigin,
} from "./example-data";

function municipalities(excel: SimulatedExcel, list: readonly { name: string; code: string; population: number }[], note?: string): void {
  const rows: CellInput[][] = [[...EXAMPLE_HEADERS], ...list.map((m): CellInput[] => [m.name, m.code, { v: m.population, nf: POPULATION_FORMAT }])];
  if (note) rows.push([], [note]);
  excel.addSheet("Gemeenten", rows);
}

/** examples/noord-midden-limburg.xlsx; Gemeenten is active, A1 selected. */
export function exampleBook(excel: SimulatedExcel): SimulatedExcel {
  municipalities(excel, NML_MUNICIPALITIES, EXAMPLE_NOTE);
  excel.addSheet("Bron", [[...SOURCE_HEADERS], ...NML_MUNICIPALITIES.map((m) => [m.name, m.population, populationOrigin(m)])]);
  excel.select("Gemeenten", "A1");
  return excel;
}

/**
 * `count` made-up municipalities ("Gemeente 001", GM9001, …) with deterministic populations
 * between 1,000 and 900,000, and Weert (50,020) as the last row so its figures are known.
 */
export function syntheticBook(excel: SimulatedExcel, count: number): SimulatedExcel {
  const list: { name: string; code: string; population: number }[] = [];
  let seed = 20230101;
  for (let i = 1; i < count; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    list.push({ name: `Gemeente ${String(i).padStart(3, "0")}`, code: `GM${String(9000 + i).padStart(4, "0")}`, population: 1000 + (seed % 899000) });
  }
  list.push({ name: "Weert", code: "GM0988", population: 50020 });
  municipalities(excel, list, "Bron: verzonnen inwonertallen om de snelheid te meten (geen CBS-cijfers).");
  excel.select("Gemeenten", "A1");
  return excel;
}

/** The headers of the contribution columns in the controle example (D, E, F). */
export const CONTROLE_HEADERS = ["Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"] as const;

/**
 * examples/noord-midden-limburg-controle.xlsx: the plain example with the nml-2023 contributions
 * filled in by an independent computation, Venlo's extension wrong on purpose.
 */
export function controleBook(excel: SimulatedExcel): SimulatedExcel {
  exampleBook(excel);
  const rows: CellInput[][] = [[...CONTROLE_HEADERS]];
  for (const m of NML_MUNICIPALITIES) {
    const f = nml2023(m.population);
    const uitbreiding = m.name === CONTROLE_ERROR.name ? CONTROLE_ERROR.wrong : f.uitbreiding;
    rows.push([f.basis, uitbreiding, f.totaal].map((v): CellInput => ({ v, nf: CONTROLE_FORMAT })));
  }
  excel.setCells("Gemeenten", "D1", rows);
  return excel;
}

/** The six Gooi en Vechtstreek municipalities (CBS 1-1-2020, without Weesp) on sheet Gemeenten. */
export function gooiBook(excel: SimulatedExcel): SimulatedExcel {
  municipalities(excel, GOOI_EN_VECHTSTREEK, GOOI_NOTE);
  excel.select("Gemeenten", "A1");
  return excel;
}

/** The example a preview address asks for: ?rows=N, ?example=controle, ?example=gooi, else the plain one. */
export function bookFor(excel: SimulatedExcel, params: URLSearchParams): SimulatedExcel {
  const rows = Number(params.get("rows") ?? "");
  if (Number.isInteger(rows) && rows >= 2) return syntheticBook(excel, Math.min(rows, 100000));
  if (params.get("example") === "controle") return controleBook(excel);
  if (params.get("example") === "gooi") return gooiBook(excel);
  return exampleBook(excel);
}
