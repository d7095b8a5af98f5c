// Correctness at scale: the figures hold for 100k and 200k rows as they do for 15.
// Speed is measured by `npm run bench`, never asserted here (the machine is shared and noisy).
import { allocate } from "../../src/allocation/allocate";
import { apportion } from "../../src/allocation/apportion";
import { Decimal } from "../../src/allocation/decimal";
import { parseSchedule } from "../../src/allocation/schema";
import type { FoundFigure, Municipality } from "../../src/allocation/types";
import { verify } from "../../src/allocation/verify";

const schedule = parseSchedule({
  id: "perf",
  title: "Performance",
  region: "Test",
  year: 2023,
  source: "test",
  rounding: { unit: "cent", mode: "half-up" },
  components: [
    { id: "basis", label: "Basis", kind: "per-inhabitant", rate: "0.08" },
    { id: "uitbreiding", label: "Uitbreiding", kind: "per-inhabitant", rate: "0.0735", period: { from: "2023-03-15", to: "2023-12-31", prorate: "days" } },
  ],
});

describe("at scale", () => {
  it("allocates and verifies 100k municipalities × 2 components and finds the one wrong figure", () => {
    const rows: Municipality[] = Array.from({ length: 100_000 }, (_, i) => ({ name: `G${i}`, population: 1000 + ((i * 7919) % 200_000) }));
    const expected = allocate(schedule, rows);
    const found: FoundFigure[] = [];
    for (const c of expected.components) c.amounts.forEach((x, index) => found.push({ index, target: c.componentId, found: x.toFixed(2) }));
    found[5] = { ...found[5], found: "1.00" };
    const result = verify(allocate(schedule, rows), found);
    expect(result.checked).toBe(200_000);
    expect(result.mismatches).toHaveLength(1);
    expect(result.mismatches[0]).toMatchObject({ index: 5, target: "basis", found: "1.00" });
  });

  it("apportions over 200k weights and the shares add up to the total exactly", () => {
    const weights = Array.from({ length: 200_000 }, (_, i) => 100 + ((i * 104_729) % 500_000));
    const keys = weights.map((population, i) => ({ population, name: `G${i}` }));
    const r = apportion(new Decimal("90000000"), weights, new Decimal("0.01"), keys);
    const sum = r.amounts.reduce((a, b) => a.plus(b), new Decimal(0));
    expect(sum.toFixed(2)).toBe("90000000.00");
    expect(r.amounts.every((a) => a.gte(0))).toBe(true);
  });
});
