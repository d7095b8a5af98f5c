import fc from "fast-check";
import { allocate } from "../../src/allocation/allocate";
import { Decimal } from "../../src/allocation/decimal";
import { AllocationError, ScheduleError } from "../../src/allocation/errors";
import { decimalRounding } from "../../src/allocation/round";
import type { Component, Municipality, RoundingMode, Schedule } from "../../src/allocation/types";
import { makeSchedule, municipalities, perInhabitant, shareOfTotal } from "./helpers";

const s = (xs: Decimal[]): string[] => xs.map((x) => x.toFixed());

describe("allocate: per inhabitant", () => {
  it("rounds population × rate once per municipality", () => {
    const a = allocate(makeSchedule([perInhabitant("basis", "0.08")]), municipalities([13478, 50020, 0]));
    expect(s(a.components[0].amounts)).toEqual(["1078.24", "4001.6", "0"]);
    expect(a.components[0].total.toFixed(2)).toBe("5079.84");
    expect(a.components[0].periodFactor.toString()).toBe("1");
    expect(a.components[0].extraUnitTo).toBeUndefined();
  });

  it("applies a months factor once: 0.08 × 9/12 × 1001 = 60.06", () => {
    const period = { from: "2023-04-01", to: "2023-12-31", prorate: "months" as const };
    const a = allocate(makeSchedule([perInhabitant("deel", "0.08", { period })]), municipalities([1001, 1]));
    expect(a.components[0].periodFactor.toString()).toBe("0.75");
    expect(s(a.components[0].amounts)).toEqual(["60.06", "0.06"]);
  });

  it("applies an exact days factor (275/365 does not terminate)", () => {
    const period = { from: "2019-04-01", to: "2019-12-31", prorate: "days" as const };
    const a = allocate(makeSchedule([perInhabitant("deel", "0.08", { period })], { unit: "cent", mode: "half-up" }, 2019), municipalities([13478]));
    // 13478 × 0.08 × 275/365 = 812.3726… → 812.37
    expect(s(a.components[0].amounts)).toEqual(["812.37"]);
  });

  it("rounds exact halves with the schedule's mode", () => {
    const up = allocate(makeSchedule([perInhabitant("x", "0.5")], { unit: "euro", mode: "half-up" }), municipalities([1, 3, 5]));
    const even = allocate(makeSchedule([perInhabitant("x", "0.5")], { unit: "euro", mode: "half-even" }), municipalities([1, 3, 5]));
    expect(s(up.components[0].amounts)).toEqual(["1", "2", "3"]);
    expect(s(even.components[0].amounts)).toEqual(["0", "2", "2"]);
  });

  it("sums rounded components into the total per municipality", () => {
    const a = allocate(
      makeSchedule([perInhabitant("basis", "0.08"), perInhabitant("uitbreiding", "0.07")], { unit: "euro", mode: "half-up" }),
      municipalities([50020, 13478]),
    );
    expect(s(a.components[1].amounts)).toEqual(["3501", "943"]);
    expect(s(a.totals)).toEqual(["7503", "2021"]);
    expect(a.grandTotal.toString()).toBe("9524");
    // Not round(50020 × 0.15) = 7503 by luck: 13478 × 0.15 = 2021.7 → 2022, but the sum of rounded parts is 2021.
    expect(new Decimal(13478).times("0.15").toDecimalPlaces(0).toString()).toBe("2022");
  });

  it("stays exact for very large populations and rates (BigInt path)", () => {
    const a = allocate(makeSchedule([perInhabitant("x", "123456789012.3456789")]), municipalities([Number.MAX_SAFE_INTEGER]));
    const expected = new Decimal(Number.MAX_SAFE_INTEGER).times("123456789012.3456789").toDecimalPlaces(2);
    expect(a.components[0].amounts[0].toFixed(2)).toBe(expected.toFixed(2));
  });

  it("agrees with a direct Decimal computation for random rates, populations and periods", () => {
    const modes: RoundingMode[] = ["half-up", "half-even"];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 99_999 }).map((n) => `${Math.floor(n / 10000)}.${String(n % 10000).padStart(4, "0")}`),
        fc.constantFrom("cent" as const, "euro" as const),
        fc.constantFrom(...modes),
        fc.integer({ min: 1, max: 365 }),
        (pops, rate, unit, mode, days) => {
          const from = "2023-01-01";
          const to = new Date(Date.UTC(2023, 0, days)).toISOString().slice(0, 10);
          const schedule = makeSchedule([perInhabitant("x", rate, { period: { from, to, prorate: "days" } })], { unit, mode });
          const a = allocate(schedule, municipalities(pops));
          const dp = unit === "cent" ? 2 : 0;
          pops.forEach((p, i) => {
            const expected = new Decimal(p).times(rate).times(days).div(365).toDecimalPlaces(dp, decimalRounding(mode));
            expect(a.components[0].amounts[i].toFixed(dp)).toBe(expected.toFixed(dp));
          });
        },
      ),
    );
  });

  it("more inhabitants never pay less", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 2, maxLength: 30 }), (pops) => {
        const a = allocate(makeSchedule([perInhabitant("x", "0.0735")], { unit: "euro", mode: "half-even" }), municipalities(pops));
        const amounts = a.components[0].amounts;
        for (let i = 0; i < pops.length; i++) {
          for (let j = 0; j < pops.length; j++) if (pops[i] > pops[j]) expect(amounts[i].gte(amounts[j])).toBe(true);
        }
      }),
    );
  });
});

describe("allocate: share of total", () => {
  it("rounds total × factor to the unit first, then splits it exactly", () => {
    const period = { from: "2019-04-01", to: "2019-12-31", prorate: "months" as const };
    const schedule = makeSchedule([shareOfTotal("aandeel", "100000", { period })], { unit: "euro", mode: "half-up" }, 2019);
    const a = allocate(schedule, municipalities([50020, 13478, 100000]));
    expect(a.components[0].total.toString()).toBe("75000");
    expect(a.components[0].amounts.reduce((x, y) => x.plus(y), new Decimal(0)).toString()).toBe("75000");
    expect(a.components[0].extraUnitTo).toEqual(expect.any(Array));
  });

  it("rounds a non-terminating period total to cents before splitting", () => {
    const period = { from: "2023-01-01", to: "2023-01-10", prorate: "days" as const };
    const a = allocate(makeSchedule([shareOfTotal("t", "1000", { period })]), municipalities([1, 1, 1]));
    // 1000 × 10/365 = 27.3972… → 27.40, split 9.14 + 9.13 + 9.13.
    expect(a.components[0].total.toFixed(2)).toBe("27.40");
    expect(s(a.components[0].amounts)).toEqual(["9.14", "9.13", "9.13"]);
    expect(a.components[0].extraUnitTo).toEqual([0]);
  });

  it("adds up exactly and is monotonic for random populations; a shuffle changes nobody's share", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 1, maxLength: 40 }).filter((p) => p.some((x) => x > 0)),
        fc.integer({ min: 0, max: 10_000_000 }),
        (pops, total) => {
          const schedule = makeSchedule([shareOfTotal("t", `${total}.00`)]);
          const rows = municipalities(pops);
          const a = allocate(schedule, rows);
          const amounts = a.components[0].amounts;
          expect(amounts.reduce((x, y) => x.plus(y), new Decimal(0)).eq(total)).toBe(true);
          for (let i = 0; i < pops.length; i++) {
            expect(amounts[i].gte(0)).toBe(true);
            for (let j = 0; j < pops.length; j++) if (pops[i] > pops[j]) expect(amounts[i].gte(amounts[j])).toBe(true);
          }
          const reversed = allocate(schedule, [...rows].reverse());
          const byName = new Map(rows.map((r, i) => [r.name, amounts[i].toFixed(2)]));
          [...rows].reverse().forEach((r, i) => expect(reversed.components[0].amounts[i].toFixed(2)).toBe(byName.get(r.name)));
        },
      ),
    );
  });

  it("refuses to split a total over municipalities without inhabitants", () => {
    expect(() => allocate(makeSchedule([shareOfTotal("t", "90000")]), municipalities([0, 0]))).toThrow(AllocationError);
  });
});

describe("allocate: fixed amounts", () => {
  const fixed = (amounts: Record<string, string>, extra: Partial<Component> = {}): Schedule =>
    makeSchedule([{ id: "vast", label: "Vast", kind: "fixed-amount", amounts, ...extra } as Component]);
  const nhn: Municipality[] = [
    { name: "Alkmaar", code: "GM0361", population: 109436 },
    { name: "Den Helder", code: "GM0400", population: 56010 },
    { name: "Súdwest-Fryslân", population: 90000 },
  ];

  it("matches a CBS code first (trimmed, any case), then a name (accents and case ignored)", () => {
    const a = allocate(fixed({ " gm0361 ": "25000", "sudwest-FRYSLAN": "10.50", Texel: "1" }), nhn);
    expect(s(a.components[0].amounts)).toEqual(["25000", "0", "10.5"]);
    expect(a.components[0].unmatchedKeys).toEqual(["Texel"]);
    expect(a.totals[0].toFixed(2)).toBe("25000.00");
  });

  it("matches a code even when a name is the same text", () => {
    const rows: Municipality[] = [
      { name: "GM0400", population: 1 },
      { name: "Den Helder", code: "GM0400", population: 2 },
    ];
    const a = allocate(fixed({ GM0400: "5" }), rows);
    expect(s(a.components[0].amounts)).toEqual(["0", "5"]);
  });

  it("refuses a key that matches two municipalities", () => {
    const rows: Municipality[] = [
      { name: "Bergen", population: 1 },
      { name: "bergen ", population: 2 },
    ];
    expect(() => allocate(fixed({ Bergen: "5" }), rows)).toThrow(/"Bergen" past bij meer dan één gemeente \("Bergen", "bergen "\)/);
  });

  it("refuses two keys that point to the same municipality", () => {
    expect(() => allocate(fixed({ GM0361: "5", Alkmaar: "6" }), nhn)).toThrow(/"GM0361" en "Alkmaar" wijzen allebei naar Alkmaar/);
  });

  it("applies the period factor to a fixed amount", () => {
    const period = { from: "2023-07-01", to: "2023-12-31", prorate: "months" as const };
    const a = allocate(fixed({ Alkmaar: "25000.01" }, { period }), nhn);
    expect(a.components[0].amounts[0].toFixed(2)).toBe("12500.01"); // 12500.005 → half away from zero
  });
});

describe("allocate: input checks", () => {
  const schedule = makeSchedule([perInhabitant("basis", "0.08")]);

  it.each([-1, 1.5, Number.NaN, 2 ** 53])("refuses population %p naming the municipality", (population) => {
    expect(() => allocate(schedule, [{ name: "Beesel", population: 1 }, { name: "Weert", population }])).toThrow(
      /Gemeente nr\. 2 \("Weert"\) heeft geen geldig aantal inwoners/,
    );
  });

  it("refuses an invalid period in an unvalidated schedule, naming the component's field", () => {
    const bad = { ...schedule, components: [perInhabitant("x", "0.08", { period: { from: "2023-04-02", to: "2023-12-31", prorate: "months" } })] };
    expect(() => allocate(bad, municipalities([1]))).toThrow(ScheduleError);
    expect(() => allocate(bad, municipalities([1]))).toThrow(/^components\[0\]\.period\.from/);
  });

  it("gives empty results for no municipalities", () => {
    const a = allocate(schedule, []);
    expect(a.totals).toEqual([]);
    expect(a.grandTotal.toString()).toBe("0");
  });
});
