// VERDEEL.SLEUTEL as a plain function: on every bundled schedule, on random weighted keys and fixed
// percentages and random tables (headers in any order and spelling), it gives exactly what
// allocate gives for the same rows, and what an independent exact computation (BigInt fractions,
// a plain largest remainder) gives; what-if totals, weights and percentages as the pane's
// overrides; bad input refused with the position in the range.
import fc from "fast-check";
import { allocate, applyOverrides, type Component, type Municipality, type Schedule } from "../../src/allocation";
import { keyShareOf } from "../../src/functions/key-share";
import { shareUserSchedules } from "../../src/functions/schedules";
import { bundledSchedules } from "../../src/schedules";
import { partition, percentageCase, sheetTable, weightedSchedule, type SheetTable } from "./arbitraries";
import { largestRemainder, percentageShares, periodFactor, units, unitsToNumber, weightedShares, type Fraction } from "./exact";
import { failing } from "./failing";

type Split = Extract<Component, { kind: "share-of-total" | "fixed-percentage" }>;
const splits = (s: Schedule) => s.components.filter((c): c is Split => c.kind === "share-of-total" || c.kind === "fixed-percentage");
const scaleOf = (s: Schedule) => (s.rounding.unit === "cent" ? 2 : 0);
const keyMeasures = (c: Split) => (c.kind === "share-of-total" ? (c.key ?? [{ measure: "inwoners" }]).map((k) => k.measure) : []);

/** A random schedule is one of the user's own (id "test"), as the pane hands them over. */
function own(s: Schedule): string {
  shareUserSchedules([s]);
  return s.id;
}
afterEach(() => shareUserSchedules([]));

/** The component's amounts by the independent computation, as numbers. */
function exactAmounts(s: Schedule, c: Split, munis: Municipality[]): number[] {
  const total = units(c.total, periodFactor(c.period), scaleOf(s), s.rounding.mode);
  let shares: Fraction[];
  if (c.kind === "fixed-percentage") {
    throw new Error("fixed percentages: the test passes them in the table's order");
  } else {
    const key = c.key ?? [{ measure: "inwoners", weight: "1" }];
    shares = weightedShares(total, key.map((k) => ({ weight: k.weight, values: munis.map((m) => (k.measure === "inwoners" ? String(m.population) : m.measures![k.measure])) })));
  }
  return largestRemainder(shares, munis).map((u) => unitsToNumber(u, scaleOf(s)));
}

/** allocate's amounts for the component, or its refusal; the function must give the same. */
function expectSameAsAllocate(s: Schedule, c: Split, sheet: SheetTable, got: () => number[][]): number[] | undefined {
  let expected: number[];
  try {
    expected = allocate({ ...s, components: [c] }, sheet.municipalities).components[0].amounts.map((a) => a.toNumber());
  } catch (error) {
    expect(failing(got)).toBe((error as Error).message);
    return undefined;
  }
  expect(got()).toEqual(expected.map((a) => [a]));
  return expected;
}

describe.each(bundledSchedules().map((s) => [s.id, s] as [string, Schedule]))("bundled schedule %s", (id, schedule) => {
  const list = splits(schedule);
  if (list.length === 0) {
    test("splits no fixed total: refused, naming its components and VERDEEL.BIJDRAGE", () => {
      const table = [["Gemeente", "Inwoners"], ["Weert", 50020]];
      expect(failing(() => keyShareOf(table, id, null, null, null))).toBe(
        `Verdeelschema ${id} verdeelt geen vast totaal (onderdelen: ${schedule.components.map((c) => c.id).join(", ")}); gebruik VERDEEL.BIJDRAGE.`,
      );
    });
    return;
  }
  test.each(list.map((c) => [c.id, c] as [string, Split]))("%s: allocate's split and the exact one, for random tables", (_cid, c) => {
    fc.assert(
      fc.property(sheetTable(keyMeasures(c)), (sheet) => {
        const expected = expectSameAsAllocate(schedule, c, sheet, () => keyShareOf(sheet.table, id, c.id, null, null));
        if (expected) expect(exactAmounts(schedule, c, sheet.municipalities)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe("random schedules", () => {
  test("a weighted key: allocate's split and the exact one, whatever the measures, weights, period and unit", () => {
    fc.assert(
      fc.property(
        weightedSchedule.chain((s) => sheetTable(keyMeasures(splits(s)[0])).map((sheet) => ({ s, sheet }))),
        ({ s, sheet }) => {
          const c = splits(s)[0];
          const expected = expectSameAsAllocate(s, c, sheet, () => keyShareOf(sheet.table, own(s), null, null, null));
          if (!expected) return;
          expect(exactAmounts(s, c, sheet.municipalities)).toEqual(expected);
          const unitsSum = expected.reduce((sum, a) => sum + BigInt(Math.round(a * 10 ** scaleOf(s))), 0n);
          expect(unitsSum).toBe(units(c.total, periodFactor(c.period), scaleOf(s), s.rounding.mode));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("fixed percentages, keyed by code or name: allocate's split and the exact one", () => {
    fc.assert(
      fc.property(percentageCase, ({ schedule: s, sheet, percentages }) => {
        const c = splits(s)[0];
        const expected = expectSameAsAllocate(s, c, sheet, () => keyShareOf(sheet.table, own(s), "bijdrage", null, null))!;
        const total = units(c.total, periodFactor(c.period), scaleOf(s), s.rounding.mode);
        const exact = largestRemainder(percentageShares(total, percentages), sheet.municipalities).map((u) => unitsToNumber(u, scaleOf(s)));
        expect(exact).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

/** Pairs as the sheet holds them: two columns, or two rows. */
function pairsRange(pairs: [string, number][], byRows: boolean): unknown[][] {
  return byRows ? pairs.map(([l, v]) => [l, v]) : [pairs.map(([l]) => l), pairs.map(([, v]) => v)];
}

const LABELS: Record<string, string[]> = {
  inwoners: ["inwoners", "Inwoners", "Aantal inwoners"],
  woningen: ["woningen", "Woningen", "Aantal woningen"],
  huishoudens: ["huishoudens", "Huishoudens"],
  oppervlakte: ["oppervlakte", "Oppervlakte (km²)", "Totale oppervlakte"],
  clienten: ["clienten", "Cliënten"],
};

describe("what if", () => {
  test("another total and other weights: allocate's split of the schedule with the pane's overrides, and the exact one", () => {
    const arb = weightedSchedule.chain((s) => {
      const key = (splits(s)[0] as { key: { measure: string }[] }).key;
      return fc.record({
        s: fc.constant(s),
        sheet: sheetTable(key.map((k) => k.measure)),
        weights: partition(key.length, 1, 3, 1),
        labels: fc.tuple(...key.map((k) => fc.constantFrom(...LABELS[k.measure]))),
        total: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
        byRows: fc.boolean(),
      });
    });
    fc.assert(
      fc.property(arb, ({ s, sheet, weights, labels, total, byRows }) => {
        const c = splits(s)[0] as Extract<Split, { kind: "share-of-total" }>;
        const key = c.key!;
        const overridden = applyOverrides(s, {
          weights: { [c.id]: Object.fromEntries(key.map((k, i) => [k.measure, weights[i]])) },
          ...(total !== undefined ? { rates: { [c.id]: String(total) } } : {}),
        });
        const range = pairsRange(labels.map((l, i) => [l, Number(weights[i])]), byRows);
        const expected = expectSameAsAllocate(overridden, splits(overridden)[0], sheet, () => keyShareOf(sheet.table, own(s), null, total ?? null, range));
        if (expected) expect(exactAmounts(overridden, splits(overridden)[0], sheet.municipalities)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  test("other percentages, named by municipality or CBS code as in the table: allocate's split with the pane's overrides", () => {
    const arb = percentageCase.chain((x) =>
      fc.record({
        x: fc.constant(x),
        percentages: partition(x.sheet.municipalities.length, 100, 2, 0),
        byCode: fc.array(fc.boolean(), { minLength: x.sheet.municipalities.length, maxLength: x.sheet.municipalities.length }),
        byRows: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ x, percentages, byCode, byRows }) => {
        const { schedule: s, sheet } = x;
        const c = splits(s)[0] as Extract<Split, { kind: "fixed-percentage" }>;
        // The schedule's key of each row: its code, or its name in capitals (arbitraries.ts).
        const keyOf = (m: Municipality) => Object.keys(c.percentages).find((k) => k === m.code || k === m.name.toUpperCase())!;
        const overridden = applyOverrides(s, { percentages: { [c.id]: Object.fromEntries(sheet.municipalities.map((m, i) => [keyOf(m), percentages[i]])) } });
        const range = pairsRange(sheet.municipalities.map((m, i) => [byCode[i] ? m.code! : m.name, Number(percentages[i])]), byRows);
        expectSameAsAllocate(overridden, splits(overridden)[0], sheet, () => keyShareOf(sheet.table, own(s), null, null, range));
        const total = units(c.total, periodFactor(c.period), scaleOf(s), s.rounding.mode);
        const exact = largestRemainder(percentageShares(total, percentages), sheet.municipalities).map((u) => unitsToNumber(u, scaleOf(s)));
        expect(keyShareOf(sheet.table, own(s), null, null, range).map((r) => r[0])).toEqual(exact);
      }),
      { numRuns: 100 },
    );
  });
});
