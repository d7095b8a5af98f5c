// VERDEEL.AANDEEL as a plain function: allocate's shares on every bundled schedule with a share
// of a fixed total and on random data; checked against an independent largest-remainder split in
// BigInt units with the documented tie-break; the shape of the range kept; bad input refused.
import fc from "fast-check";
import { allocate, periodFraction, type Schedule } from "../../src/allocation";
import { shareOf } from "../../src/functions/share";
import { bundledSchedules } from "../../src/schedules";
import { fraction, largestRemainder } from "./exact";
import { failing } from "./failing";

const column = (xs: unknown[]) => xs.map((x) => [x]);

/** The split by populations, by the independent computation of exact.ts. */
function hamilton(totalUnits: bigint, pops: number[], keys: { name: string; code?: string }[]): bigint[] {
  const sum = pops.reduce((s, p) => s + BigInt(p), 0n);
  const shares = pops.map((p) => fraction(totalUnits * BigInt(p), sum));
  return largestRemainder(shares, pops.map((population, i) => ({ population, ...keys[i] })));
}

// Shares by population (AANDEEL's split); the illustrative weighted key splits by more measures, and
// VERDEEL.SLEUTEL splits it by the schedule (key-share.test.ts).
const withShare = bundledSchedules().filter((s) => s.components.some((c) => c.kind === "share-of-total" && !c.key));

test("the bundled schedules with a share of a fixed total by population are nhn-2020 and Limburg's 2018 proposal", () => {
  expect(withShare.map((s) => s.id).sort()).toEqual(["limburg-voorstel-2019", "limburg-voorstel-2020", "nhn-2020"]);
});

describe.each(withShare.map((s) => [s.id, s] as [string, Schedule]))("%s", (_id, schedule) => {
  test("the shares of the total for the period equal allocate's, for random populations", () => {
    const c = schedule.components.find((x) => x.kind === "share-of-total")!;
    if (c.kind !== "share-of-total") throw new Error("not a share");
    const f = periodFraction(c.period);
    // The total for the period, exact: these schedules' factors give whole units (75.000 = 9/12 of 100.000).
    const units = BigInt(c.total) * 100n * BigInt(f.numerator);
    expect(units % BigInt(f.denominator)).toBe(0n);
    const totalForPeriod = Number(units / BigInt(f.denominator)) / 100;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }).filter((p) => p.some((x) => x > 0)), (pops) => {
        const munis = pops.map((population, i) => ({ name: `G${i}`, population }));
        const expected = allocate(schedule, munis).components.find((x) => x.componentId === c.id)!.amounts.map((a) => a.toNumber());
        const got = shareOf(column(pops), totalForPeriod, schedule.rounding.unit, column(munis.map((m) => m.name)));
        expect(got).toEqual(column(expected));
      }),
      { numRuns: 40 },
    );
  });
});

describe("the split itself", () => {
  const caseArb = fc.record({
    pops: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 25 }).filter((p) => p.some((x) => x > 0)), // small: many ties
    cents: fc.integer({ min: 0, max: 10_000_000 }),
    codes: fc.array(fc.constantFrom("GM0889", "GM0988", "GM0957", "Beesel", "Weert", "Écht", "Echt", ""), { minLength: 25, maxLength: 25 }),
  });

  test("adds up to the total and equals the independent split, ties included (cents and euros)", () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ pops, cents, codes }, euros) => {
        const unitsTotal = euros ? BigInt(Math.floor(cents / 100)) : BigInt(cents);
        const total = euros ? Number(unitsTotal) : cents / 100;
        const names = codes.slice(0, pops.length);
        const keys = names.map((n) => (/^GM\d{4}$/.test(n) ? { name: n, code: n } : { name: n }));
        const got = shareOf(column(pops), total, euros ? "euro" : "cent", column(names)).map((r) => r[0]);
        const expected = hamilton(unitsTotal, pops, keys).map((u) => (euros ? Number(u) : Number(u) / 100));
        expect(got).toEqual(expected);
        const sumUnits = got.reduce((s, v) => s + BigInt(Math.round(v * (euros ? 1 : 100))), 0n);
        expect(sumUnits).toBe(unitsTotal);
      }),
      { numRuns: 300 },
    );
  });

  test("€ 1,00 over three equal municipalities: the extra cent by the tie-break, not by row order", () => {
    // 33 cents each and one left over: equal remainders, equal populations; CBS code decides.
    expect(shareOf([[100], [100], [100]], 1, null, [["GM0988"], ["GM0889"], ["GM0957"]])).toEqual([[0.33], [0.34], [0.33]]);
    expect(shareOf([[100], [100], [100]], 1, null, [["GM0957"], ["GM0988"], ["GM0889"]])).toEqual([[0.33], [0.33], [0.34]]);
    // Without names the earlier row gets it.
    expect(shareOf([[100], [100], [100]], 1, null, null)).toEqual([[0.34], [0.33], [0.33]]);
  });

  test("a row stays a row, a single cell is one share", () => {
    expect(shareOf([[1, 3]], 100, "euro", null)).toEqual([[25, 75]]);
    expect(shareOf([[5]], 90000, null, null)).toEqual([[90000]]);
  });

  test("0 inhabitants gets 0; a total of 0 gives zeros", () => {
    expect(shareOf([[0], [10]], 10, null, null)).toEqual([[0], [10]]);
    expect(shareOf([[0], [0]], 0, null, null)).toEqual([[0], [0]]);
  });
});

describe("bad input names what is wrong and where", () => {
  test("the populations, by row or column", () => {
    expect(failing(() => shareOf([[1], [2], [3], ["42.500"]], 100, null, null))).toBe(
      'inwoners_bereik, rij 4: "42.500" is tekst, geen getal. Typ het aantal inwoners als getal, zonder punten of spaties.',
    );
    expect(failing(() => shareOf([[1, -2]], 100, null, null))).toBe("inwoners_bereik, kolom 2: -2 is negatief; een aantal inwoners is 0 of meer.");
    expect(failing(() => shareOf([[1], [null]], 100, null, null))).toBe("inwoners_bereik, rij 2: de cel is leeg; vul het aantal inwoners in.");
    expect(failing(() => shareOf([[0], [0]], 100, null, null))).toBe("Het totaal kan niet verdeeld worden: het totaal aantal inwoners is 0.");
  });

  test("the shape of the ranges", () => {
    expect(failing(() => shareOf([[1, 2], [3, 4]], 100, null, null))).toBe("inwoners_bereik moet één kolom of één rij zijn, niet 2 rijen bij 2 kolommen.");
    expect(failing(() => shareOf([[1], [2]], 100, null, [["a"], ["b"], ["c"]]))).toBe(
      "namen_bereik (3 bij 1) moet even groot zijn als inwoners_bereik (2 bij 1).",
    );
    expect(failing(() => shareOf(5, 100, null, null))).toBe("inwoners_bereik moet een bereik van cellen zijn.");
    expect(failing(() => shareOf([[1], [2]], 100, null, [["a"], [true]]))).toBe("namen_bereik, rij 2: WAAR is geen naam of CBS-code.");
  });

  test("the total and the unit: more decimals than the unit is refused, never rounded", () => {
    expect(failing(() => shareOf([[1]], 90000.005, null, null))).toBe(
      "totaal: 90000,005 heeft meer decimalen dan de eenheid cent; rond het eerst zelf af (de functie rondt een bedrag nooit stilzwijgend af).",
    );
    expect(failing(() => shareOf([[1]], 90000.5, "euro", null))).toMatch(/^totaal: 90000,5 heeft meer decimalen dan de eenheid euro/);
    expect(failing(() => shareOf([[1]], -1, null, null))).toBe("totaal: -1 is negatief; een bedrag is 0 of meer.");
    expect(failing(() => shareOf([[1]], "90.000", null, null))).toBe('totaal: "90.000" is geen bedrag. Typ een getal, bijvoorbeeld 90000 of 0,07.');
    expect(failing(() => shareOf([[1]], 1e13, null, null))).toMatch(/^totaal: 10000000000000 heeft meer dan 12 cijfers/);
    expect(failing(() => shareOf([[1]], 100, "centen", null))).toBe('eenheid: "centen" is geen eenheid; gebruik "cent" of "euro".');
  });

  test("a total Excel computed in binary is read as Excel shows it: 0,1 + 0,2 is 0,3", () => {
    expect(shareOf([[1], [2]], 0.1 + 0.2, null, null)).toEqual([[0.1], [0.2]]);
  });
});
