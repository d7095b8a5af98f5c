// Weighted keys, fixed percentages and amounts per unit, against the independent exact reference
// in reference.ts (fractions and a plain largest remainder), and their refusals.
import fc from "fast-check";
import { allocate } from "../../src/allocation/allocate";
import { AllocationError, ScheduleError } from "../../src/allocation/errors";
import { applyOverrides } from "../../src/allocation/overrides";
import { parseSchedule } from "../../src/allocation/schema";
import { scheduleToJson } from "../../src/allocation/schedule-json";
import type { Component, Municipality, RoundingMode, RoundingUnit, Schedule } from "../../src/allocation/types";
import { toPlainAmounts } from "../../src/allocation/plain-amounts";
import { add, div, frac, largestRemainder, mul, parseFraction, roundFraction, type Fraction } from "./reference";

function schedule(components: Component[], unit: RoundingUnit = "cent", mode: RoundingMode = "half-up"): Schedule {
  return parseSchedule({ id: "test", title: "Test", region: "Testregio", year: 2024, source: "test", rounding: { unit, mode }, components });
}

const unitsOf = (values: Float64Array | readonly bigint[]): bigint[] => Array.from(values as ArrayLike<number | bigint>, (v) => BigInt(v));
const scaleOf = (unit: RoundingUnit): bigint => (unit === "cent" ? 100n : 1n);

/** The exact share of every municipality in units: T × Σ_k w_k × m_k(i) / S_k. */
function exactKeyShares(totalUnits: bigint, key: { measure: string; weight: string }[], munis: Municipality[]): Fraction[] {
  const value = (m: Municipality, measure: string): Fraction =>
    measure === "inwoners" ? frac(BigInt(m.population as number)) : parseFraction(m.measures?.[measure] as string);
  const sums = key.map((k) => munis.reduce((s, m) => add(s, value(m, k.measure)), frac(0n)));
  return munis.map((m) =>
    key.reduce((s, k, j) => add(s, mul(frac(totalUnits), mul(parseFraction(k.weight), div(value(m, k.measure), sums[j])))), frac(0n)),
  );
}

/** Weights with `decimals` decimals, each > 0, adding up to exactly 1. */
const weightsArb = (count: number, decimals: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 10 ** decimals - 1 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10 ** decimals];
      return points.slice(1).map((p, i) => {
        const n = p - points[i];
        return decimals === 0 ? String(n) : (n / 10 ** decimals).toFixed(decimals);
      });
    });

/** Municipalities with population, dwellings and an area in km² with two decimals; many ties. */
const muniArb = (n: { min: number; max: number }) =>
  fc.array(
    fc.record({
      population: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1_000_000 }), fc.constant(1000)),
      dwellings: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 500_000 })),
      area: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 99_999 })),
      coded: fc.boolean(),
    }),
    { minLength: n.min, maxLength: n.max },
  ).map((rows) =>
    rows.map(
      (r, i): Municipality => ({
        name: `Gemeente ${String(i).padStart(3, "0")}`,
        ...(r.coded ? { code: `GM${String(900 - i).padStart(4, "0")}` } : {}),
        population: r.population,
        measures: { woningen: String(r.dwellings), oppervlakte: (r.area / 100).toFixed(2) },
      }),
    ),
  );

describe("share of a total by a weighted key: every figure equals the exact reference", () => {
  it("random keys over inhabitants, dwellings and area, cents and euros", () => {
    fc.assert(
      fc.property(
        muniArb({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(fc.constant(count), weightsArb(count, 2))),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom<RoundingUnit>("cent", "euro"),
        (munis, [count, weights], totalUnits, unit) => {
          const measures = ["inwoners", "woningen", "oppervlakte"].slice(0, count);
          const key = measures.map((measure, i) => ({ measure, weight: weights[i] }));
          const sums = measures.map((m) => munis.reduce((s, x) => s + Number(m === "inwoners" ? x.population : x.measures?.[m]), 0));
          const total = unit === "cent" ? (totalUnits / 100).toFixed(2) : String(totalUnits);
          const s = schedule([{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total, key }], unit);
          // A key measure that adds up to 0 cannot split anything, not even a total of 0: refused by design.
          if (sums.some((x) => x === 0)) {
            expect(() => allocate(s, munis)).toThrow(AllocationError);
            return;
          }
          const result = allocate(s, munis).components[0];
          const got = unitsOf(result.units!.values);
          const expected = totalUnits === 0 ? munis.map(() => 0n) : largestRemainder(BigInt(totalUnits), exactKeyShares(BigInt(totalUnits), key, munis), munis);
          expect(got).toEqual(expected);
          expect(got.reduce((a, b) => a + b, 0n)).toBe(BigInt(totalUnits));
          expect(toPlainAmounts(result.amounts, unit)).toEqual(toPlainAmounts(result.units!, unit));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("very unequal measures, one municipality, and ties broken by population, code and name", () => {
    const munis: Municipality[] = [
      { name: "Groot", population: 1_000_000_000, measures: { woningen: "1", oppervlakte: "999999999999.99" } },
      { name: "Klein", population: 1, measures: { woningen: "1000000000000", oppervlakte: "0.01" } },
      { name: "Nul", population: 0, measures: { woningen: "0", oppervlakte: "0" } },
    ];
    const key = [
      { measure: "inwoners", weight: "0.5" },
      { measure: "woningen", weight: "0.3" },
      { measure: "oppervlakte", weight: "0.2" },
    ];
    const s = schedule([{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "250000", key }]);
    const got = unitsOf(allocate(s, munis).components[0].units!.values);
    expect(got).toEqual(largestRemainder(25_000_000n, exactKeyShares(25_000_000n, key, munis), munis));
    expect(got[2]).toBe(0n);
    // One municipality pays everything.
    const one = allocate(s, munis.slice(0, 1)).components[0];
    expect(toPlainAmounts(one.units!, "cent")).toEqual(["250000.00"]);
    // Three equal rows, one unit left over twice: population, then code, then name decide.
    const tied: Municipality[] = [
      { name: "C", population: 5, measures: { woningen: "1" } },
      { name: "B", code: "GM0002", population: 5, measures: { woningen: "1" } },
      { name: "A", population: 5, measures: { woningen: "1" } },
    ];
    const t = schedule([{ id: "a", label: "A", kind: "share-of-total", total: "2", key: [{ measure: "woningen", weight: "1" }] }], "euro");
    const r = allocate(t, tied).components[0];
    expect(unitsOf(r.units!.values)).toEqual([0n, 1n, 1n]);
    expect(r.extraUnitTo).toEqual([1, 2]);
    expect(r.key).toEqual([{ measure: "woningen", weight: "1", sum: "3" }]);
  });

  it("without a key splits by population, exactly as a key of inwoners 1", () => {
    fc.assert(
      fc.property(muniArb({ min: 1, max: 30 }), fc.integer({ min: 0, max: 1_000_000 }), (munis, units) => {
        if (munis.every((m) => m.population === 0)) return;
        const total = (units / 100).toFixed(2);
        const plain = allocate(schedule([{ id: "a", label: "A", kind: "share-of-total", total }]), munis).components[0];
        const keyed = allocate(schedule([{ id: "a", label: "A", kind: "share-of-total", total, key: [{ measure: "inwoners", weight: "1" }] }]), munis).components[0];
        expect(unitsOf(keyed.units!.values)).toEqual(unitsOf(plain.units!.values));
        expect(plain.key).toEqual([{ measure: "inwoners", weight: "1", sum: String(munis.reduce((s, m) => s + (m.population as number), 0)) }]);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses a measure that adds up to 0, a missing measure and a decimal where it must be whole", () => {
    const key = [{ measure: "inwoners", weight: "0.5" }, { measure: "woningen", weight: "0.5" }];
    const s = schedule([{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "1000", key }]);
    const zero = (): unknown => allocate(s, [{ name: "A", population: 10, measures: { woningen: "0" } }]);
    expect(zero).toThrow(AllocationError);
    expect(zero).toThrow('Onderdeel "aandeel": het totaal kan niet verdeeld worden, want woningen is bij alle gemeenten samen 0.');
    try {
      zero();
    } catch (e) {
      expect((e as AllocationError).messageEn).toBe('Component "aandeel": the total cannot be split, because woningen adds up to 0 over all municipalities.');
    }
    expect(() => allocate(s, [{ name: "A", population: 10 }])).toThrow('Gemeente nr. 1 ("A"): woningen ontbreekt.');
    expect(() => allocate(s, [{ name: "A", population: 10, measures: { woningen: "2.5" } }])).toThrow("woningen moet een geheel getal zijn, niet 2.5.");
    expect(() => allocate(s, [{ name: "A", population: 10, measures: { woningen: "-2" } }])).toThrow('woningen is geen getal ≥ 0 ("-2").');
    // A population of 0 everywhere: an error naming the component, never a crash; a zero total gives zeros.
    const byPopulation = schedule([{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "90000" }]);
    expect(() => allocate(byPopulation, [{ name: "A", population: 0 }, { name: "B", population: 0 }])).toThrow(
      "Het totaal kan niet verdeeld worden: het totaal aantal inwoners is 0.",
    );
    const nothing = schedule([{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "0" }]);
    expect(toPlainAmounts(allocate(nothing, [{ name: "A", population: 0 }]).components[0].units!, "cent")).toEqual(["0.00"]);
  });
});

describe("fixed percentages", () => {
  /** Percentages with two decimals adding up to exactly 100. */
  const percentagesArb = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }).map((parts) => {
      const sum = parts.reduce((a, b) => a + b, 0) || 1;
      const hundredths = parts.map((p) => Math.floor((p * 10000) / sum));
      hundredths[0] += 10000 - hundredths.reduce((a, b) => a + b, 0);
      return hundredths.map((h) => (h / 100).toFixed(2));
    });

  it("every figure equals the reference, the shares add up to the total", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((n) => fc.tuple(percentagesArb(n), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }))),
        fc.integer({ min: 0, max: 100_000_000 }),
        ([percentages, pops], totalUnits) => {
          const munis: Municipality[] = pops.map((population, i) => ({ name: `G${i}`, code: ` gm${1000 + i} `, population }));
          const record = Object.fromEntries(munis.map((m, i) => [i % 2 === 0 ? m.name : m.code!.trim(), percentages[i]]));
          const s = schedule([{ id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: (totalUnits / 100).toFixed(2), percentages: record }]);
          const got = unitsOf(allocate(s, munis).components[0].units!.values);
          const shares = percentages.map((p) => div(mul(frac(BigInt(totalUnits)), parseFraction(p)), frac(100n)));
          expect(got).toEqual(largestRemainder(BigInt(totalUnits), shares, munis));
          expect(got.reduce((a, b) => a + b, 0n)).toBe(BigInt(totalUnits));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names both lists when the percentages and the municipalities do not fit", () => {
    const s = schedule([
      { id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "1200000", percentages: { Venlo: "30", Weert: "12.5", Venray: "57.5" } },
    ]);
    const munis = [{ name: "Venlo", population: 1 }, { name: "Weert", population: 1 }, { name: "Horst aan de Maas", population: 1 }];
    expect(() => allocate(s, munis)).toThrow(
      'Onderdeel "bijdrage" verdeelt met vaste percentages, en die passen niet bij de gemeenten in de gegevens: zonder percentage: "Horst aan de Maas"; met een percentage maar niet in de gegevens: "Venray".',
    );
    const ok = allocate(s, [...munis.slice(0, 2), { name: "Venray", population: 1 }]).components[0];
    expect(toPlainAmounts(ok.units!, "euro")).toEqual(["360000", "150000", "690000"]);
  });
});

describe("an amount per unit of a measure", () => {
  it("rounds measure × rate once per municipality, as the reference does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 99_999 }),
        fc.constantFrom<RoundingMode>("half-up", "half-even"),
        fc.constantFrom<RoundingUnit>("cent", "euro"),
        (areas, rateMills, mode, unit) => {
          const munis = areas.map((a, i): Municipality => ({ name: `G${i}`, population: 1, measures: { oppervlakte: (a / 100).toFixed(2) } }));
          const rate = (rateMills / 1000).toFixed(3);
          const s = schedule([{ id: "opp", label: "Oppervlakte", kind: "per-unit", measure: "oppervlakte", rate }], unit, mode);
          const got = unitsOf(allocate(s, munis).components[0].units!.values);
          const expected = areas.map((a) => roundFraction(mul(mul(frac(BigInt(a), 100n), parseFraction(rate)), frac(scaleOf(unit))), mode));
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("pro-rates by the period once, like a per-inhabitant rate", () => {
    const s = schedule([
      { id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25", period: { from: "2024-04-01", to: "2024-12-31", prorate: "months" } },
    ]);
    const r = allocate(s, [{ name: "Venlo", population: 1, measures: { woningen: "45001" } }]).components[0];
    // 45001 × 1.25 × 9/12 = 42188.4375 → 42188.44
    expect(toPlainAmounts(r.units!, "cent")).toEqual(["42188.44"]);
  });
});

describe("the format of the new kinds", () => {
  const base = { id: "gr", title: "GR", region: "Regio", year: 2024, source: "Gemeenschappelijke regeling", rounding: { unit: "euro", mode: "half-up" } };
  const parse = (components: unknown[]): Schedule => parseSchedule({ ...base, components });
  const issues = (components: unknown[]): string[] => {
    try {
      parse(components);
      return [];
    } catch (e) {
      return (e as ScheduleError).issues.map((i) => `${i.field}: ${i.message.split(": ").slice(1).join(": ")}`);
    }
  };

  it("writes and reads every kind back unchanged", () => {
    const s = parse([
      { id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "250000", key: [{ measure: "inwoners", weight: "0.5" }, { measure: "woningen", weight: "0.3" }, { measure: "oppervlakte", weight: "0.2" }] },
      { id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "1200000", percentages: { Venlo: "30", Weert: "70" } },
      { id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" },
    ]);
    expect(parseSchedule(JSON.parse(scheduleToJson(s)))).toEqual(s);
    expect(JSON.parse(scheduleToJson(s)).components[0].key[2]).toEqual({ measure: "oppervlakte", weight: "0.2" });
  });

  it("refuses weights that do not add up to 1, a repeated measure, a weight of 0 and a bad measure id", () => {
    expect(issues([{ id: "a", label: "A", kind: "share-of-total", total: "1", key: [{ measure: "inwoners", weight: "0.5" }, { measure: "woningen", weight: "0.4" }] }])).toEqual([
      "components[0].key: de gewichten tellen op tot 0.9; samen moeten ze precies 1 zijn (bijvoorbeeld 0.5 + 0.3 + 0.2).",
    ]);
    expect(issues([{ id: "a", label: "A", kind: "share-of-total", total: "1", key: [{ measure: "woningen", weight: "1" }, { measure: "woningen", weight: "0" }] }])).toEqual([
      "components[0].key[1].measure: woningen komt al eerder in de sleutel voor; noem elke maatstaf één keer.",
      "components[0].key[1].weight: moet groter dan 0 zijn; laat een maatstaf zonder gewicht weg.",
    ]);
    expect(issues([{ id: "a", label: "A", kind: "per-unit", measure: "Woningen", rate: "1" }])[0]).toMatch(/^components\[0\]\.measure: "Woningen" is geen geldige maatstaf/);
    expect(issues([{ id: "a", label: "A", kind: "share-of-total", total: "1", key: [] }])[0]).toMatch(/^components\[0\]\.key: moet minstens één maatstaf/);
    expect(issues([{ id: "a", label: "A", kind: "share-of-total", total: "1", key: [{ measure: "woningen", weight: 1 }] }])[0]).toMatch(
      /^components\[0\]\.key\[0\]\.weight: schrijf het bedrag als tekst/,
    );
  });

  it("refuses percentages that do not add up to 100, and a total finer than the rounding unit", () => {
    expect(issues([{ id: "b", label: "B", kind: "fixed-percentage", total: "100", percentages: { Venlo: "30", Weert: "12.5" } }])).toEqual([
      "components[0].percentages: de percentages tellen op tot 42.5; samen moeten ze precies 100 zijn.",
    ]);
    expect(issues([{ id: "a", label: "A", kind: "share-of-total", total: "90000.50" }])).toEqual(["components[0].total: heeft meer dan 0 decimalen (90000.50)."]);
    expect(issues([{ id: "a", label: "A", kind: "share-of-total", total: "90000.00" }])).toEqual([]);
    expect(issues([{ id: "b", label: "B", kind: "fixed-percentage", total: "0.5", percentages: { Venlo: "100" } }])).toEqual([
      "components[0].total: heeft meer dan 0 decimalen (0.5).",
    ]);
  });
});

describe("what-if edits of the new kinds", () => {
  const agreed = schedule(
    [
      { id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "250000", key: [{ measure: "inwoners", weight: "0.5" }, { measure: "woningen", weight: "0.5" }] },
      { id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "1000", percentages: { A: "40", B: "60" } },
      { id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" },
    ],
    "euro",
  );

  it("changes weights, percentages and a rate per unit, and says at once when weights no longer add up to 1", () => {
    const edited = applyOverrides(agreed, {
      weights: { aandeel: { inwoners: "0,6", woningen: "0,4" } },
      percentages: { bijdrage: { A: "45", B: "55" } },
      rates: { woning: "1,50", bijdrage: "2000" },
    });
    expect(edited.components).toEqual([
      { id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "250000", key: [{ measure: "inwoners", weight: "0.6" }, { measure: "woningen", weight: "0.4" }] },
      { id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "2000", percentages: { A: "45", B: "55" } },
      { id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.50" },
    ]);
    expect(agreed.components[0]).toMatchObject({ key: [{ weight: "0.5" }, { weight: "0.5" }] });
    const wrong = (): Schedule => applyOverrides(agreed, { weights: { aandeel: { inwoners: "0,6" } } });
    expect(wrong).toThrow(ScheduleError);
    expect(wrong).toThrow("test, components[0].key: de gewichten tellen op tot 1.1; samen moeten ze precies 1 zijn");
    expect(() => applyOverrides(agreed, { weights: { aandeel: { oppervlakte: "0,1" } } })).toThrow(
      'de sleutel van "aandeel" heeft geen maatstaf oppervlakte; maatstaven: inwoners, woningen.',
    );
    expect(() => applyOverrides(agreed, { percentages: { bijdrage: { C: "10" } } })).toThrow('onderdeel "bijdrage" heeft geen percentage voor "C".');
  });

  it("refuses a total typed with more decimals than the unit instead of rounding it (90000,49 in euros)", () => {
    const nhn = schedule([{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "90000" }], "euro");
    const typed = (): Schedule => applyOverrides(nhn, { rates: { aandeel: "90000,49" } });
    expect(typed).toThrow(ScheduleError);
    expect(typed).toThrow("test, rates.aandeel: 90000,49 heeft meer decimalen dan de verdeelsleutel afrondt (op hele euro's)");
    expect(applyOverrides(nhn, { rates: { aandeel: "90000,00" } }).components[0]).toMatchObject({ total: "90000.00" });
  });
});
