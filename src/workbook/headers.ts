// Header text: normalisation and the roles a header can play (name, population, code, period).

export type HeaderRole = "name" | "population" | "code" | "period";

/** Trailing unit remarks that say nothing about which column it is: "Bevolking (aantal)". */
const UNIT_SUFFIX =
  /\s*\((?:aantal|aantallen|number|count|abs\.?|absoluut|absolute|personen|persons|x\s*1)\)\s*$/;

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

/** Which role a header plays, if any. Takes raw or normalised text. */
export function matchHeaderRole(text: unknown): RoleMatch | undefined {
  const h = normalizeHeader(text);
  if (h === "") return undefined;
  for (const role of ["name", "population", "code", "period"] as HeaderRole[]) {
    const i = EXACT[role].indexOf(h);
    if (i >= 0) return { role, rank: i };
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
