// Random schedules of the kinds beyond population (a weighted key, fixed percentages, per unit) and
// random tables for them as a budget officer's sheet holds them: headers in any order and in the
// spellings the pane recognises (CBS's included), numbers in cells, names and codes with ties.
import fc from "fast-check";
import { parseSchedule, type Municipality, type Period, type Rounding, type Schedule } from "../../src/allocation";

export const MEASURES = ["inwoners", "woningen", "huishoudens", "oppervlakte", "clienten"] as const;
const WHOLE = new Set(["inwoners", "woningen", "huishoudens"]);

/** Headers a column of each measure may have, as typed or as CBS exports them. */
const HEADERS: Record<string, string[]> = {
  inwoners: ["Inwoners", "Aantal inwoners", "Bevolking op 1 januari", "Population", "Inwoners 1-1-2024"],
  woningen: ["Woningen", "Aantal woningen", "Woningvoorraad", "Bouwen en wonen/Woningvoorraad/Voorraad op 1 januari (aantal)"],
  huishoudens: ["Huishoudens", "Particuliere huishoudens", "Households"],
  oppervlakte: ["Oppervlakte (km²)", "Totale oppervlakte", "Area", "Milieu en bodemgebruik/Bodemgebruik/Oppervlakte/Totale oppervlakte (km²)"],
  clienten: ["Cliënten", "clienten"],
};
const NAME_HEADERS = ["Gemeente", "Naam", "Municipality", "Regio's"];
const CODE_HEADERS = ["Gemeentecode", "CBS-code", "Code"];

export const rounding: fc.Arbitrary<Rounding> = fc.record({ unit: fc.constantFrom("cent", "euro"), mode: fc.constantFrom("half-up", "half-even") });

/** No period, one that documents the period (none), whole months, or days (2024 is a leap year). */
export const period: fc.Arbitrary<Period | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ a: fc.integer({ min: 1, max: 12 }), b: fc.integer({ min: 1, max: 12 }), prorate: fc.constantFrom("none", "months") as fc.Arbitrary<"none" | "months"> }).map(({ a, b, prorate }) => {
    const [from, to] = [Math.min(a, b), Math.max(a, b)];
    const last = new Date(Date.UTC(2024, to, 0)).getUTCDate();
    return { from: `2024-${String(from).padStart(2, "0")}-01`, to: `2024-${String(to).padStart(2, "0")}-${last}`, prorate };
  }),
  fc.tuple(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: 365 })).map(([a, b]) => {
    const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
    return { from: day(Math.min(a, b)), to: day(Math.max(a, b)), prorate: "days" as const };
  }),
);

/** A decimal string with `decimals` decimals from an integer of those units: 1250, 2 → "12.5". */
export function plain(unitsValue: number | bigint, decimals: number): string {
  const digits = String(unitsValue).padStart(decimals + 1, "0");
  if (decimals === 0) return digits;
  const text = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`.replace(/0+$/, "");
  return text.endsWith(".") ? text.slice(0, -1) : text;
}

/** `parts` numbers ≥ `min` (in units of 10^-decimals) that add up to exactly `whole`. */
export function partition(parts: number, whole: number, decimals: number, min: number): fc.Arbitrary<string[]> {
  const total = whole * 10 ** decimals;
  return fc.array(fc.integer({ min: 0, max: total - parts * min }), { minLength: parts - 1, maxLength: parts - 1 }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), total - parts * min];
    return sorted.slice(1).map((c, i) => plain(c - sorted[i] + min, decimals));
  });
}

/** A total to split: whole units of the schedule's unit, as a string. */
const totalFor = (r: Rounding) => fc.integer({ min: 0, max: 2_000_000_000 }).map((u) => plain(u, r.unit === "cent" ? 2 : 0));

/** A schedule of the user's own for a test: only the id, the rounding and the components matter. */
export function testSchedule(id: string, rounding: Rounding, components: unknown[]): Schedule {
  return parseSchedule({ id, title: id, region: "Test", year: 2024, source: "Test", rounding, components });
}

const schedule = (r: Rounding, components: unknown[]) => testSchedule("test", r, components);

/** A share of a fixed total by a weighted key of 1–4 measures, weights with up to 4 decimals. */
export const weightedSchedule: fc.Arbitrary<Schedule> = fc
  .record({
    r: rounding,
    p: period,
    measures: fc.shuffledSubarray([...MEASURES], { minLength: 1, maxLength: 4 }),
    decimals: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ r, p, measures, decimals }) =>
    fc.record({ total: totalFor(r), weights: partition(measures.length, 1, decimals, 1) }).map(({ total, weights }) =>
      schedule(r, [{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total, ...(p ? { period: p } : {}), key: measures.map((measure, i) => ({ measure, weight: weights[i] })) }]),
    ),
  );

/** A measure's value for one municipality: small numbers (ties), sometimes large; km² with decimals. */
function measureValue(measure: string): fc.Arbitrary<string> {
  const whole = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 2_000_000 })).map(String);
  if (WHOLE.has(measure)) return whole;
  return fc.oneof(whole, fc.integer({ min: 0, max: 100_000 }).map((u) => plain(u, 2)), fc.integer({ min: 0, max: 10_000_000 }).map((u) => plain(u, 4)));
}

/** One municipality: a name and a code from small pools (equal ones on purpose), its measures. */
function municipality(measures: readonly string[]): fc.Arbitrary<Municipality> {
  return fc
    .record({
      name: fc.constantFrom("Weert", "Venlo", "Écht", "Echt", "Zeeland", "Bergen (L.)", "", " Beesel "),
      code: fc.constantFrom("GM0988", "GM0983", "GM1903", "gm0889", "", ""),
      population: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 1_000_000 })),
      values: fc.tuple(...measures.filter((m) => m !== "inwoners").map(measureValue)),
    })
    .map(({ name, code, population, values }) => {
      const others = measures.filter((m) => m !== "inwoners");
      const m: Municipality = { name, population };
      if (code !== "") m.code = code;
      if (others.length > 0) m.measures = Object.fromEntries(others.map((x, i) => [x, values[i]]));
      return m;
    });
}

/** A table as the sheet holds it: the header row (columns shuffled, an unrelated one among them) and the rows. */
export interface SheetTable {
  table: unknown[][];
  /** What allocate gets for the same rows: names and codes trimmed, population 0 without its column. */
  municipalities: Municipality[];
}

/** Rows for these measures; with `names` the name and code columns are there (else at random). */
export function sheetTable(measures: readonly string[], options: { rows?: fc.Arbitrary<Municipality[]>; names?: boolean } = {}): fc.Arbitrary<SheetTable> {
  const rows = options.rows ?? fc.array(municipality(measures), { minLength: 1, maxLength: 30 });
  const headerOf = (list: string[]) => fc.constantFrom(...list);
  return fc
    .record({
      rows,
      withName: options.names ? fc.constant(true) : fc.boolean(),
      withCode: options.names ? fc.constant(true) : fc.boolean(),
      withPopulation: measures.includes("inwoners") ? fc.constant(true) : fc.boolean(),
      headers: fc.record({
        name: headerOf(NAME_HEADERS),
        code: headerOf(CODE_HEADERS),
        measures: fc.tuple(...MEASURES.map((m) => headerOf(HEADERS[m]))),
      }),
      order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    })
    .map(({ rows: list, withName, withCode, withPopulation, headers, order }) => {
      const columns: { header: string; cell: (m: Municipality) => unknown }[] = [{ header: "Provincie", cell: () => "Limburg" }];
      if (withName) columns.push({ header: headers.name, cell: (m) => m.name });
      if (withCode) columns.push({ header: headers.code, cell: (m) => m.code ?? "" });
      if (withPopulation) columns.push({ header: headers.measures[0], cell: (m) => m.population });
      for (const measure of measures.filter((m) => m !== "inwoners")) {
        columns.push({ header: headers.measures[MEASURES.indexOf(measure as (typeof MEASURES)[number])], cell: (m) => Number(m.measures![measure]) });
      }
      const shuffled = columns.map((c, i) => ({ c, k: order[i % order.length] * 10 + i })).sort((a, b) => a.k - b.k).map((x) => x.c);
      const table = [shuffled.map((c) => c.header), ...list.map((m) => shuffled.map((c) => c.cell(m)))];
      const municipalities = list.map((m) => {
        const out: Municipality = { name: withName ? m.name.trim() : "", population: withPopulation ? m.population : 0 };
        if (withCode && m.code) out.code = m.code;
        if (m.measures) out.measures = m.measures;
        return out;
      });
      return { table, municipalities };
    });
}

/** A split by fixed percentages over distinct municipalities, keyed by code or name; the table that fits it. */
export const percentageCase: fc.Arbitrary<{ schedule: Schedule; sheet: SheetTable; percentages: string[] }> = fc
  .record({ r: rounding, p: period, n: fc.integer({ min: 1, max: 20 }), decimals: fc.integer({ min: 0, max: 3 }) })
  .chain(({ r, p, n, decimals }) =>
    fc.record({
      total: totalFor(r),
      percentages: partition(n, 100, decimals, 0),
      byCode: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      populations: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      r: fc.constant(r),
      p: fc.constant(p),
    }),
  )
  .chain(({ total, percentages, byCode, populations, r, p }) => {
    const rows = populations.map((population, i) => ({ name: `Gemeente ${String.fromCharCode(65 + i)}`, code: `GM${String(100 + i).padStart(4, "0")}`, population }));
    const keys = rows.map((m, i) => (byCode[i] ? m.code : m.name.toUpperCase()));
    const s = schedule(r, [{ id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total, ...(p ? { period: p } : {}), percentages: Object.fromEntries(keys.map((k, i) => [k, percentages[i]])) }]);
    return sheetTable(["inwoners"], { rows: fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), names: true }).map((sheet) => ({
      schedule: s,
      sheet,
      // In the table's row order.
      percentages: sheet.municipalities.map((m) => percentages[rows.findIndex((x) => x.code === m.code)]),
    }));
  });

/** A component per unit of a measure, with a rate of up to 6 decimals. */
export const perUnitSchedule: fc.Arbitrary<Schedule> = fc
  .record({ r: rounding, p: period, measure: fc.constantFrom(...MEASURES), rate: fc.integer({ min: 0, max: 50_000_000 }).map((u) => plain(u, 6)) })
  .map(({ r, p, measure, rate }) => schedule(r, [{ id: "per-woning", label: "Per eenheid", kind: "per-unit", measure, rate, ...(p ? { period: p } : {}) }]));

export { measureValue };
