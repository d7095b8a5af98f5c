// The example data of Noord- en Midden-Limburg, shared by the preview page (example-book.ts)
// and, through this pure module, by anything else that needs the same figures
// (examples/make-examples.ts writes them into examples/noord-midden-limburg.xlsx).
// Pure data: no Node, no DOM.

export interface ExampleMunicipality {
  name: string;
  code: string;
  population: number;
  /** True when the figure is in the decision papers; false: illustrative, a plausible round figure. */
  fromDecisionPapers: boolean;
}

/** Noord- en Midden-Limburg (domain.md). Only Beesel and Weert are real figures from the papers. */
export const NML_MUNICIPALITIES: readonly ExampleMunicipality[] = Object.freeze(
  [
    { name: "Beesel", code: "GM0889", population: 13478, fromDecisionPapers: true },
    { name: "Bergen (L.)", code: "GM0893", population: 13100, fromDecisionPapers: false },
    { name: "Gennep", code: "GM0907", population: 17300, fromDecisionPapers: false },
    { name: "Horst aan de Maas", code: "GM1507", population: 42500, fromDecisionPapers: false },
    { name: "Mook en Middelaar", code: "GM0944", population: 7900, fromDecisionPapers: false },
    { name: "Peel en Maas", code: "GM1894", population: 44000, fromDecisionPapers: false },
    { name: "Venlo", code: "GM0983", population: 102000, fromDecisionPapers: false },
    { name: "Venray", code: "GM0984", population: 44500, fromDecisionPapers: false },
    { name: "Echt-Susteren", code: "GM1711", population: 31700, fromDecisionPapers: false },
    { name: "Leudal", code: "GM1640", population: 36000, fromDecisionPapers: false },
    { name: "Maasgouw", code: "GM1641", population: 23700, fromDecisionPapers: false },
    { name: "Nederweert", code: "GM0946", population: 17200, fromDecisionPapers: false },
    { name: "Roerdalen", code: "GM1669", population: 20800, fromDecisionPapers: false },
    { name: "Roermond", code: "GM0957", population: 59000, fromDecisionPapers: false },
    { name: "Weert", code: "GM0988", population: 50020, fromDecisionPapers: true },
  ].map((m) => Object.freeze(m)),
);

/** The note under the table (cell A18 of the example workbook). */
export const EXAMPLE_NOTE =
  "Bron: Beesel (13.478) en Weert (50.020) volgen uit de besluitstukken over zorgcoördinatie mensenhandel (bijdrage gedeeld door tarief); " +
  "de andere inwonertallen zijn illustratief (ronde, aannemelijke getallen), geen CBS-cijfers.";

/** Column C's number format in the example workbook. */
export const POPULATION_FORMAT = "#,##0";

/** The headers of sheet Gemeenten, and of sheet Bron. */
export const EXAMPLE_HEADERS = ["Gemeente", "Gemeentecode", "Inwoners"] as const;
export const SOURCE_HEADERS = ["Gemeente", "Inwoners", "Herkomst van het inwonertal"] as const;

/** Column C of sheet Bron: where a figure comes from. */
export function populationOrigin(m: ExampleMunicipality): string {
  return m.fromDecisionPapers ? "besluitstukken zorgcoördinatie mensenhandel (bijdrage gedeeld door tarief)" : "illustratief, geen CBS-cijfer";
}

/** The euro format of the contribution columns in the controle workbook (whole euros). */
export const CONTROLE_FORMAT = '"€" #,##0;"€" -#,##0';

/** The deliberate error in the controle workbook. */
export const CONTROLE_ERROR = {
  name: "Venlo",
  /** Column E, Excel row of Venlo (header in row 1, Beesel in row 2). */
  cell: "E8",
  header: "Bijdrage uitbreiding 2023",
  correct: 7140,
  wrong: 7410,
};

/** nml-2023, computed here independently of the allocation code: whole euros, half up. */
export function nml2023(population: number): { basis: number; uitbreiding: number; totaal: number } {
  const euros = (cents: number): number => Math.floor((population * cents + 50) / 100);
  const basis = euros(8);
  const uitbreiding = euros(7);
  return { basis, uitbreiding, totaal: basis + uitbreiding };
}

/**
 * Gooi en Vechtstreek, CBS population on 1 January 2020 (as in the domain brief), without Weesp,
 * which joined Amsterdam on 24 March 2022. For building that region's schedule in the editor.
 */
export const GOOI_EN_VECHTSTREEK: readonly { name: string; code: string; population: number }[] = [
  { name: "Blaricum", code: "GM0376", population: 11536 },
  { name: "Gooise Meren", code: "GM1942", population: 58041 },
  { name: "Hilversum", code: "GM0402", population: 90883 },
  { name: "Huizen", code: "GM0406", population: 41273 },
  { name: "Laren", code: "GM0417", population: 11274 },
  { name: "Wijdemeren", code: "GM1696", population: 24360 },
];

export const GOOI_NOTE = "Bron: CBS, bevolking op 1 januari 2020. Weesp ontbreekt: sinds 24-3-2022 deel van Amsterdam.";
