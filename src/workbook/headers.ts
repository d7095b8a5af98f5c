// Header text: normalisation and the roles a header can play (name, population, code, period).

export type HeaderRole = "name" | "population" | "code" | "period";

/** Trailing unit remarks that say nothing about which column it is: "Bevolking (aantal)". */
const UNIT_SUFFIX =
  /\s*\((?:aantal|aantallen|number|count|abs\.?|absoluut|absolute|personen|persons|x\s*1|km²|km2|km\^2)\)\s*$/;

/**
 * Normalise a header for comparison: strip BOM and the unit remark, fold case and accents,
 * collapse white space, unify apostrophes. "  Inwonertal (aantal) " -> "inwonertal";
 * "Regio\u2019s" -> "regio's"; "Gemeente:" -> "gemeente". Apostrophes are kept on purpose:
 * CBS uses "Regio's" for names and "RegioS" for codes.
 */
export function normalizeHeader(text: unknown): string {
  if (text === null || text === undefined) return "";
  let s = typeof text === "string" ? text : String(text);
  s = s
    .replace(/\uFEFF/g, "")
    .replace(/[\u00A0\u2007\u202F\t\r\n]/g, " ")
    .replace(/[\u2018\u2019\u02BC`\u00B4]/g, "'")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  s = s.replace(UNIT_SUFFIX, "").replace(/\s*:$/, "").trim();
  return s;
}

/** Exact headers per role, best first (the order decides when several columns qualify). */
const EXACT: Record<HeaderRole, string[]> = {
  name: [
    "gemeente",
    "gemeentenaam",
    "gemeente naam",
    "naam gemeente",
    "naam",
    "municipality",
    "municipality name",
    "name",
    "regio's",
    "regio",
  ],
  population: [
    "inwoners",
    "aantal inwoners",
    "inwonertal",
    "inwonersaantal",
    "bevolking",
    "totale bevolking",
    "population",
    "inhabitants",
    "bevolking op 1 januari",
    // CBS Regionale kerncijfers (70072ned): the StatLine path of the topic.
    "bevolking/bevolkingssamenstelling op 1 januari/totale bevolking",
  ],
  code: [
    "gemeentecode",
    "cbs-code",
    "cbs code",
    "cbscode",
    "gm-code",
    "gm code",
    "gmcode",
    "code",
    "regios",
    "regiocode",
    "municipality code",
    // CBS Regionale kerncijfers: Regioaanduiding/Codering (Code).
    "regioaanduiding/codering (code)",
    "codering (code)",
  ],
  period: ["perioden", "periode", "jaar", "period", "year"],
};

/** Population headers may go on: "Inwoners 1-1-2022", "Aantal inwoners per 1 januari". */
const POPULATION_PREFIXES = [
  "inwoners",
  "aantal inwoners",
  "inwonertal",
  "inwonersaantal",
  "bevolking",
  "population",
  "inhabitants",
  "bevolkingop1januari", // CBS typed data set: BevolkingOp1Januari_1
];

/** Words that make a population-like header something else (density, growth, shares). */
const NOT_POPULATION = /(per km|km2|km²|dichtheid|density|%|procent|percentage|groei|growth|mutatie|aandeel|share|per 1000)/;

export interface RoleMatch {
  role: HeaderRole;
  /** Lower is better: index in the role's list; prefix matches rank after all exact ones. */
  rank: number;
}

/**
 * The last part of a StatLine topic path ("Bevolking/…/Totale bevolking (aantal)" → "totale
 * bevolking"), normalised; "" for a header without "/".
 */
export function headerLeaf(normalized: string): string {
  const slash = normalized.lastIndexOf("/");
  return slash < 0 ? "" : normalizeHeader(normalized.slice(slash + 1));
}

/** Which role a header plays, if any. Takes raw or normalised text. */
export function matchHeaderRole(text: unknown): RoleMatch | undefined {
  const h = normalizeHeader(text);
  if (h === "") return undefined;
  for (const role of ["name", "population", "code", "period"] as HeaderRole[]) {
    const i = EXACT[role].indexOf(h);
    if (i >= 0) return { role, rank: i };
  }
  // A StatLine topic path: only its whole path (above) or an exact last part counts, never a
  // prefix: "Bevolking/…" is the start of dozens of CBS topics.
  if (h.includes("/")) {
    const leaf = headerLeaf(h);
    const i = EXACT.population.indexOf(leaf);
    return i >= 0 ? { role: "population", rank: 50 + i } : undefined;
  }
  if (!NOT_POPULATION.test(h)) {
    for (let i = 0; i < POPULATION_PREFIXES.length; i++) {
      const p = POPULATION_PREFIXES[i];
      if (h.startsWith(p)) {
        const next = h.charAt(p.length);
        if (p === "bevolkingop1januari" || next === " " || next === "_" || next === "-") {
          return { role: "population", rank: 100 + i };
        }
      }
    }
  }
  return undefined;
}

/** True when two header texts are the same after normalisation. */
export function sameHeader(a: unknown, b: unknown): boolean {
  const x = normalizeHeader(a);
  return x !== "" && x === normalizeHeader(b);
}

/**
 * Headers of the measures a schedule can split or charge by, best first: Dutch, English, and the
 * StatLine paths of CBS Regionale kerncijfers (70072ned). `inwoners` is the population role above.
 */
const MEASURE_HEADERS: Record<string, string[]> = {
  woningen: [
    "woningen",
    "aantal woningen",
    "woningvoorraad",
    "woningvoorraad op 1 januari",
    "voorraad woningen",
    "dwellings",
    "number of dwellings",
    "housing stock",
    "bouwen en wonen/woningvoorraad/voorraad op 1 januari",
  ],
  huishoudens: [
    "huishoudens",
    "aantal huishoudens",
    "particuliere huishoudens",
    "huishoudens totaal",
    "households",
    "number of households",
    "bevolking/particuliere huishoudens/huishoudens totaal",
  ],
  oppervlakte: [
    "oppervlakte",
    "totale oppervlakte",
    "oppervlakte totaal",
    "area",
    "total area",
    "milieu en bodemgebruik/bodemgebruik/oppervlakte/totale oppervlakte",
  ],
};

/** How well a header names a measure (lower is better), or undefined. The population uses matchHeaderRole. */
export function matchMeasureHeader(text: unknown, measure: string): number | undefined {
  const list = MEASURE_HEADERS[measure];
  if (!list) return undefined;
  const h = normalizeHeader(text);
  if (h === "") return undefined;
  const i = list.indexOf(h);
  if (i >= 0) return i;
  // A StatLine path whose last part is one of the plain headers ("…/Totale oppervlakte (km²)").
  const j = h.includes("/") ? list.indexOf(headerLeaf(h)) : -1;
  return j >= 0 ? 50 + j : undefined;
}
