// The example workbook in memory: the same sheets and cells as examples/noord-midden-limburg.xlsx
// (sheet Gemeenten with the 15 municipalities, the source note in A18, sheet Bron), and a large
// synthetic one for measuring the preview with as many rows as the Netherlands has municipalities.
import { toA1 } from "../workbook";
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
  type ExampleMunicipality,
} from "./example-data";
import { MemoryWorkbook } from "./memory-host";

function fillMunicipalities(
  book: MemoryWorkbook,
  list: readonly { name: string; code: string; population: number }[],
  note?: string,
): void {
  const ws = book.addSheet("Gemeenten");
  EXAMPLE_HEADERS.forEach((h, c) => ws.put(0, c, { value: h }));
  list.forEach((m, i) => {
    ws.put(i + 1, 0, { value: m.name });
    ws.put(i + 1, 1, { value: m.code });
    ws.put(i + 1, 2, { value: m.population, numberFormat: POPULATION_FORMAT });
  });
  if (note) ws.put(list.length + 2, 0, { value: note });
}

/** examples/noord-midden-limburg.xlsx, in memory; Gemeenten is active, A1 selected. */
export function exampleBook(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  fillMunicipalities(book, NML_MUNICIPALITIES, EXAMPLE_NOTE);
  const bron = book.addSheet("Bron");
  SOURCE_HEADERS.forEach((h, c) => bron.put(0, c, { value: h }));
  NML_MUNICIPALITIES.forEach((m: ExampleMunicipality, i) => {
    bron.put(i + 1, 0, { value: m.name });
    bron.put(i + 1, 1, { value: m.population });
    bron.put(i + 1, 2, { value: populationOrigin(m) });
  });
  book.activeSheet = "Gemeenten";
  book.selection = { sheet: "Gemeenten", address: toA1(0, 0) };
  return book;
}

/**
 * `count` made-up municipalities ("Gemeente 001", GM9001, …) with deterministic populations
 * between 1,000 and 900,000, and Weert (50,020) as the last row so its figures are known.
 */
export function syntheticBook(count: number): MemoryWorkbook {
  const list: { name: string; code: string; population: number }[] = [];
  let seed = 20230101;
  for (let i = 1; i < count; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    list.push({
      name: `Gemeente ${String(i).padStart(3, "0")}`,
      code: `GM${String(9000 + i).padStart(4, "0")}`,
      population: 1000 + (seed % 899000),
    });
  }
  list.push({ name: "Weert", code: "GM0988", population: 50020 });
  const book = new MemoryWorkbook();
  fillMunicipalities(book, list, "Bron: verzonnen inwonertallen om de snelheid te meten (geen CBS-cijfers).");
  book.activeSheet = "Gemeenten";
  book.selection = { sheet: "Gemeenten", address: "A1" };
  return book;
}

/** The headers of the contribution columns in the controle example (D, E, F). */
export const CONTROLE_HEADERS = ["Bijdrage basis 2023", "Bijdrage uitbreiding 2023", "Bijdrage totaal 2023"] as const;

/**
 * examples/noord-midden-limburg-controle.xlsx, in memory: the plain example with the nml-2023
 * contributions filled in by an independent computation, Venlo's extension wrong on purpose.
 */
export function controleBook(): MemoryWorkbook {
  const book = exampleBook();
  const ws = book.sheet("Gemeenten")!;
  CONTROLE_HEADERS.forEach((h, i) => ws.put(0, 3 + i, { value: h }));
  NML_MUNICIPALITIES.forEach((m, i) => {
    const f = nml2023(m.population);
    const uitbreiding = m.name === CONTROLE_ERROR.name ? CONTROLE_ERROR.wrong : f.uitbreiding;
    [f.basis, uitbreiding, f.totaal].forEach((v, k) => ws.put(i + 1, 3 + k, { value: v, numberFormat: CONTROLE_FORMAT }));
  });
  return book;
}

/** The six Gooi en Vechtstreek municipalities (CBS 1-1-2020, without Weesp) on sheet Gemeenten. */
export function gooiBook(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  fillMunicipalities(book, GOOI_EN_VECHTSTREEK, GOOI_NOTE);
  book.activeSheet = "Gemeenten";
  book.selection = { sheet: "Gemeenten", address: "A1" };
  return book;
}
