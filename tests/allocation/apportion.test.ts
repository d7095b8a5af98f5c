import fc from "fast-check";
import { apportion, apportionUnits, type TieKey } from "../../src/allocation/apportion";
import { Decimal } from "../../src/allocation/decimal";
import { AllocationError } from "../../src/allocation/errors";
import { toBigIntVector } from "../../src/allocation/unit-vector";

const cent = new Decimal("0.01");
const euro = new Decimal(1);
const keysFor = (weights: number[]): TieKey[] => weights.map((population, i) => ({ population, name: `G${i}` }));
const strings = (xs: Decimal[]): string[] => xs.map((x) => x.toFixed());

describe("apportion: examples", () => {
  it("splits 100 over three equal weights and gives the leftover unit by the tie-break", () => {
    const r = apportion(new Decimal(100), [1, 1, 1], euro, [
      { population: 1, name: "Cuijk" },
      { population: 1, name: "Boxmeer" },
      { population: 1, name: "Aa en Hunze" },
    ]);
    // Remainders and populations are equal and there are no codes: name ascending decides.
    expect(strings(r.amounts)).toEqual(["33", "33", "34"]);
    expect(r.extraUnitTo).toEqual([2]);
  });

  it("prefers the larger remainder, then the larger population, then a code, then the name", () => {
    // 10 over weights 3,3,4 (W=10): exact shares 3, 3, 4: nothing left over.
    expect(strings(apportion(new Decimal(10), [3, 3, 4], euro, keysFor([3, 3, 4])).amounts)).toEqual(["3", "3", "4"]);
    // 1 unit over weights 1,1 with different tie populations: the larger population wins.
    const byPopulation = apportion(new Decimal(1), [1, 1], euro, [
      { population: 10, name: "Klein" },
      { population: 20, name: "Groot" },
    ]);
    expect(byPopulation.extraUnitTo).toEqual([1]);
    // Same population: a row with a CBS code comes before one without, codes ascending.
    const byCode = apportion(new Decimal(2), [1, 1, 1], euro, [
      { population: 5, name: "A" },
      { population: 5, name: "B", code: "GM0999" },
      { population: 5, name: "C", code: " gm0100 " },
    ]);
    expect(byCode.extraUnitTo).toEqual([1, 2]);
  });

  it("compares names by code points after NFC, not by locale", () => {
    const composed = "\u00c9cole"; // É as one code point
    const decomposed = "E\u0301cole"; // E + combining acute: the same name after NFC
    const r = apportion(new Decimal(1), [1, 1, 1], euro, [
      { population: 1, name: composed },
      { population: 1, name: "Zeeland" },
      { population: 1, name: decomposed },
    ]);
    // "Zeeland" (Z = U+005A) sorts before "École" (É = U+00C9) by code point.
    expect(r.extraUnitTo).toEqual([1]);
    // The two spellings of École are identical keys: input index decides between them.
    const twins = apportion(new Decimal(1), [1, 1], euro, [
      { population: 1, name: decomposed },
      { population: 1, name: composed },
    ]);
    expect(twins.extraUnitTo).toEqual([0]);
  });

  it("splits € 90.000 in cents over NHN-like weights to exactly € 90.000,00", () => {
    const weights = [109_436, 29_929, 35_736, 56_010, 19_461, 18_593, 56_814, 23_009, 47_832, 73_349, 23_006, 28_304, 44_926, 11_693, 46_379, 21_742, 13_628];
    const r = apportion(new Decimal(90000), weights, cent, keysFor(weights));
    expect(r.amounts.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2)).toBe("90000.00");
  });

  it("gives zeros for a zero total, and for zero weights only when the total is zero", () => {
    expect(strings(apportion(new Decimal(0), [0, 0], euro, keysFor([0, 0])).amounts)).toEqual(["0", "0"]);
    expect(strings(apportion(new Decimal(0), [3, 4], euro, keysFor([3, 4])).amounts)).toEqual(["0", "0"]);
    expect(() => apportion(new Decimal(5), [0, 0], euro, keysFor([0, 0]))).toThrow(/de gewichten zijn samen 0/);
    // Nobody to charge: the total cannot silently disappear.
    expect(() => apportion(new Decimal(5), [], euro, [])).toThrow(/de gewichten zijn samen 0/);
    expect(apportion(new Decimal(0), [], euro, []).amounts).toEqual([]);
  });

  it("refuses negative totals, bad weights and totals that are not whole units", () => {
    expect(() => apportion(new Decimal(-5), [1], euro, keysFor([1]))).toThrow(/negatief/);
    expect(() => apportion(new Decimal(5), [-1, 2], euro, keysFor([1, 2]))).toThrow(/Gewicht 1 \(G0\) moet een geheel getal ≥ 0 zijn/);
    expect(() => apportion(new Decimal(5), [1.5], euro, keysFor([1]))).toThrow(AllocationError);
    expect(() => apportion(new Decimal(5), [1, 2], euro, keysFor([1]))).toThrow(/2 gewichten maar 1 sleutels/);
    expect(() => apportion(new Decimal("5.5"), [1], euro, keysFor([1]))).toThrow(/geen geheel aantal eenheden/);
    expect(() => apportion(new Decimal(5), [1], new Decimal(0), keysFor([1]))).toThrow(/groter dan 0/);
  });

  it("works with other units such as 0.05", () => {
    const r = apportion(new Decimal("1.00"), [1, 1, 1], new Decimal("0.05"), keysFor([1, 1, 1]));
    expect(strings(r.amounts)).toEqual(["0.35", "0.35", "0.3"]);
  });

  it("is exact with totals too large for JavaScript numbers (BigInt path)", () => {
    const r = apportionUnits(10n ** 20n + 1n, [1, 1, 1], keysFor([1, 1, 1]));
    expect(r.units.kind).toBe("bigint");
    expect(toBigIntVector(r.units).map(String)).toEqual(["33333333333333333334", "33333333333333333334", "33333333333333333333"]);
    expect(r.extraUnitTo).toEqual([0, 1]);
  });
});

// ---- Properties -------------------------------------------------------------------------

interface Case {
  totalUnits: bigint;
  weights: number[];
  keys: (TieKey & { population: number })[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    totalUnits: fc.oneof(fc.bigInt({ min: 0n, max: 10_000n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 22n })),
    rows: fc.array(
      fc.record({
        // Small ranges make equal weights, equal remainders and equal populations common.
        weight: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2_000_000 })),
        code: fc.option(fc.constantFrom("GM0001", "GM0002", "gm0003", "GM0004"), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
  })
  .filter(({ totalUnits, rows }) => totalUnits === 0n || rows.some((r) => r.weight > 0))
  .map(({ totalUnits, rows }) => ({
    totalUnits,
    weights: rows.map((r) => r.weight),
    keys: rows.map((r, i) => ({ population: r.weight, code: r.code, name: `Gemeente ${i % 7}-${i}` })),
  }));

function exact(c: Case): { floors: bigint[]; remainders: bigint[] } {
  const sum = BigInt(c.weights.reduce((a, b) => a + b, 0));
  if (sum === 0n) return { floors: c.weights.map(() => 0n), remainders: c.weights.map(() => 0n) };
  return {
    floors: c.weights.map((w) => (c.totalUnits * BigInt(w)) / sum),
    remainders: c.weights.map((w) => (c.totalUnits * BigInt(w)) % sum),
  };
}

const unitsOf = (c: Case): bigint[] => toBigIntVector(apportionUnits(c.totalUnits, c.weights, c.keys).units);

describe("apportion: properties", () => {
  it("shares add up to the total exactly and none is negative", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const units = unitsOf(c);
        expect(units.reduce((a, b) => a + b, 0n)).toBe(c.totalUnits);
        expect(units.every((u) => u >= 0n)).toBe(true);
      }),
    );
  });

  it("each share is its exact share floored, or that plus one unit", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const units = unitsOf(c);
        const { floors } = exact(c);
        units.forEach((u, i) => expect([floors[i], floors[i] + 1n]).toContain(u));
      }),
    );
  });

  it("extra units go to the largest remainders, ties by population, code, name", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { extraUnitTo } = apportionUnits(c.totalUnits, c.weights, c.keys);
        const { remainders } = exact(c);
        const extra = new Set(extraUnitTo);
        for (const i of extra) {
          for (let j = 0; j < c.weights.length; j++) {
            if (extra.has(j)) continue;
            expect(remainders[i] >= remainders[j]).toBe(true);
            if (remainders[i] === remainders[j]) expect(c.keys[i].population >= c.keys[j].population).toBe(true);
          }
        }
        expect(extraUnitTo).toEqual([...extraUnitTo].sort((a, b) => a - b));
      }),
    );
  });

  it("does not depend on row order: a shuffle gives every municipality the same amount", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray([...c.weights.keys()], { minLength: c.weights.length }))),
        ([c, order]) => {
          const before = unitsOf(c);
          const shuffled: Case = { totalUnits: c.totalUnits, weights: order.map((i) => c.weights[i]), keys: order.map((i) => c.keys[i]) };
          const after = unitsOf(shuffled);
          order.forEach((original, position) => expect(after[position]).toBe(before[original]));
        },
      ),
    );
  });

  it("is deterministic", () => {
    fc.assert(fc.property(caseArb, (c) => expect(unitsOf(c)).toEqual(unitsOf(c))));
  });

  it("a municipality with more inhabitants never gets less than one with fewer", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const units = unitsOf(c);
        for (let i = 0; i < units.length; i++) {
          for (let j = 0; j < units.length; j++) {
            if (c.weights[i] > c.weights[j]) expect(units[i] >= units[j]).toBe(true);
          }
        }
      }),
    );
  });

  it("matches a plain reference (BigInt, full sort) on both the number and the BigInt path", () => {
    const codePoints = (x: string): number[] => Array.from(x.normalize("NFC"), (ch) => ch.codePointAt(0) ?? 0);
    const compareText = (a: string, b: string): number => {
      const x = codePoints(a);
      const y = codePoints(b);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
      return x.length - y.length;
    };
    fc.assert(
      fc.property(caseArb, (c) => {
        const { floors, remainders } = exact(c);
        const code = (i: number): string => (c.keys[i].code ?? "").trim().toUpperCase();
        const order = [...c.weights.keys()].sort((a, b) => {
          if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b] ? -1 : 1;
          if (c.keys[a].population !== c.keys[b].population) return c.keys[b].population - c.keys[a].population;
          if (code(a) !== code(b)) return code(a) === "" ? 1 : code(b) === "" ? -1 : compareText(code(a), code(b));
          const byName = compareText(c.keys[a].name, c.keys[b].name);
          return byName !== 0 ? byName : a - b;
        });
        const leftover = Number(c.totalUnits - floors.reduce((x, y) => x + y, 0n));
        const chosen = order.slice(0, leftover).sort((a, b) => a - b);
        const result = apportionUnits(c.totalUnits, c.weights, c.keys);
        expect(result.extraUnitTo).toEqual(chosen);
        expect(toBigIntVector(result.units)).toEqual(floors.map((f, i) => (chosen.includes(i) ? f + 1n : f)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("apportion: weights whose sum exceeds 2^53", () => {
  it("sums the weights exactly: splitting their own sum gives every row its weight", () => {
    const big = Number.MAX_SAFE_INTEGER; // 2^53 - 1
    const weights = [big, big, 1, 1, 1, 1, 1];
    // In floating point this sum is not exact; the split must still be.
    const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
    const r = apportionUnits(sum, weights, keysFor(weights));
    expect(r.units.kind).toBe("bigint");
    expect(toBigIntVector(r.units)).toEqual(weights.map((w) => BigInt(w)));
    expect(r.extraUnitTo).toEqual([]);
  });
});
