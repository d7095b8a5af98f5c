import fc from "fast-check";
import { allocate } from "../../src/allocation/allocate";
import { Decimal } from "../../src/allocation/decimal";
import { AllocationError } from "../../src/allocation/errors";
import type { Allocation, FoundFigure } from "../../src/allocation/types";
import { verify } from "../../src/allocation/verify";
import { makeSchedule, perInhabitant } from "./helpers";

const weert = { name: "Weert", population: 50020 };
const beesel = { name: "Beesel", population: 13478 };
const euros = (): Allocation =>
  allocate(makeSchedule([perInhabitant("basis", "0.08"), perInhabitant("uitbreiding", "0.07")], { unit: "euro", mode: "half-up" }), [weert, beesel]);
const cents = (): Allocation => allocate(makeSchedule([perInhabitant("basis", "0.08")]), [beesel, weert]);
const f = (index: number, target: string, found: string | null): FoundFigure => ({ index, target, found });

describe("verify", () => {
  it("matches figures equal to the expected ones, in any plain notation", () => {
    const r = verify(euros(), [f(0, "basis", "4002"), f(0, "uitbreiding", "3501.00"), f(0, "total", "7503"), f(1, "total", "2021")]);
    expect(r).toEqual({ checked: 4, matched: 4, mismatches: [], sumOfDifferences: "0", withinTolerance: 0, sumWithinTolerance: "0" });
    const c = verify(cents(), [f(0, "basis", "1078.24"), f(1, "basis", "4001.6"), f(1, "basis", "4001.600")]);
    expect(c.matched).toBe(3);
    expect(c.sumOfDifferences).toBe("0.00");
  });

  it("reports found − expected with the unit's decimals (cents)", () => {
    const r = verify(cents(), [f(0, "basis", "1077.84"), f(1, "basis", "4002")]);
    expect(r.mismatches).toEqual([
      { index: 0, target: "basis", expected: "1078.24", found: "1077.84", difference: "-0.40" },
      { index: 1, target: "basis", expected: "4001.60", found: "4002", difference: "0.40" },
    ]);
    expect(r.sumOfDifferences).toBe("0.00");
  });

  it("reports differences as they are for whole euros, with more decimals when the found figure has them", () => {
    const r = verify(euros(), [f(0, "uitbreiding", "3501.4"), f(0, "basis", "4000"), f(1, "basis", "1078.005")]);
    expect(r.mismatches.map((m) => m.difference)).toEqual(["0.4", "-2", "0.005"]);
    expect(r.sumOfDifferences).toBe("-1.595");
  });

  it("catches the float error of a formula: 3501.4000000000005 is not 3501", () => {
    const r = verify(euros(), [f(0, "uitbreiding", String(0.07 * 50020))]);
    expect(r.mismatches[0].difference).toBe("0.4000000000005");
  });

  it("counts a missing figure as a mismatch without a difference", () => {
    const r = verify(euros(), [f(0, "basis", null), f(0, "basis", "4002")]);
    expect(r.mismatches).toEqual([{ index: 0, target: "basis", expected: "4002", found: null, difference: null }]);
    expect(r.matched).toBe(1);
    expect(r.sumOfDifferences).toBe("0");
  });

  it("counts and sums the figures that match only within the tolerance, apart from the exact ones", () => {
    // Weert: basis 4002, uitbreiding 3501, total 7503 (expected).
    const found = [f(0, "uitbreiding", "3501.4"), f(0, "basis", "4001.5"), f(0, "total", "7503"), f(1, "total", "2300")];
    const r = verify(euros(), found, "0.5");
    expect([r.matched, r.withinTolerance, r.sumWithinTolerance]).toEqual([3, 2, "-0.1"]); // 0.4 + (-0.5)
    expect(r.mismatches.map((m) => m.difference)).toEqual(["279"]);
    expect(r.sumOfDifferences).toBe("279");
    const exact = verify(euros(), found, "0");
    expect([exact.withinTolerance, exact.sumWithinTolerance]).toEqual([0, "0"]);
    // The slow path (more decimals than the fast one can hold) counts the same way.
    const slow = verify(cents(), [f(0, "basis", "1078.2400000000000001"), f(1, "basis", "4001.6")], "0.0000000000000001");
    expect([slow.matched, slow.withinTolerance, slow.sumWithinTolerance]).toEqual([2, 1, "0.0000000000000001"]);
  });

  it("matches within the tolerance, inclusive, and accepts a decimal comma", () => {
    const found = [f(0, "uitbreiding", "3501.4"), f(0, "basis", "4002.5"), f(0, "total", "7504")];
    expect(verify(euros(), found, "0.5").matched).toBe(2);
    expect(verify(euros(), found, "0,5").matched).toBe(2);
    expect(verify(euros(), found, "1").matched).toBe(3);
    expect(verify(euros(), found, "0.4").matched).toBe(1);
    expect(verify(euros(), found, "0.39").matched).toBe(0);
    expect(verify(cents(), [f(0, "basis", "1078.245")], "0.005").matched).toBe(1);
    expect(verify(cents(), [f(0, "basis", "1078.2451")], "0.005").mismatches[0].difference).toBe("0.0051");
  });

  it("refuses a negative or unreadable tolerance", () => {
    expect(() => verify(euros(), [], "-1")).toThrow(/Tolerantie "-1" is geen bedrag ≥ 0/);
    expect(() => verify(euros(), [], "1.000,00")).toThrow(AllocationError);
  });

  it("accepts exponent notation in found figures and refuses text", () => {
    expect(verify(cents(), [f(0, "basis", "1.07824e3")]).matched).toBe(1);
    expect(() => verify(cents(), [f(0, "basis", "€ 1.078,24")])).toThrow(/Gevonden waarde "€ 1.078,24" \(gemeente nr\. 1, basis\) is geen getal/);
  });

  it("refuses unknown targets and indexes", () => {
    expect(() => verify(euros(), [f(0, "extra", "1")])).toThrow(/Onbekend doel "extra".*basis, uitbreiding, total/);
    expect(() => verify(euros(), [f(2, "basis", "1")])).toThrow(/Gemeente nr\. 3 bestaat niet/);
    expect(() => verify(euros(), [f(-1, "basis", "1")])).toThrow(AllocationError);
  });

  it("gives the same answers for an allocation built by hand (no fast path)", () => {
    const a = euros();
    const copy: Allocation = {
      ...a,
      components: a.components.map((c) => ({ ...c, amounts: c.amounts.map((x) => new Decimal(x.toFixed())) })),
      totals: a.totals.map((x) => new Decimal(x.toFixed())),
    };
    const found = [f(0, "uitbreiding", "3501.4"), f(0, "basis", "4002"), f(1, "total", "2020"), f(0, "total", null)];
    expect(verify(copy, found, "0.1")).toEqual(verify(a, found, "0.1"));
  });

  it("keeps an allocation's amounts equal to its units: they cannot be replaced after allocate", () => {
    const a = euros();
    expect(() => {
      a.components[0].amounts[0] = new Decimal(4000);
    }).toThrow(TypeError);
    expect(() => {
      a.totals[0] = new Decimal(4000);
    }).toThrow(TypeError);
    expect(verify(a, [f(0, "basis", "4000")]).matched).toBe(0);
  });

  it("the fast path and the exact path agree on random figures and tolerances", () => {
    const a = cents();
    const copy: Allocation = { ...a, components: a.components.map((c) => ({ ...c, amounts: c.amounts.map((x) => new Decimal(x.toFixed())) })), totals: a.totals.map((x) => new Decimal(x.toFixed())) };
    const decimalText = fc
      .tuple(fc.boolean(), fc.integer({ min: 0, max: 10_000 }), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
      .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : "." + fraction}`);
    fc.assert(
      fc.property(
        fc.array(fc.record({ index: fc.integer({ min: 0, max: 1 }), target: fc.constantFrom("basis", "total"), found: fc.option(decimalText, { nil: null }) })),
        fc.constantFrom("0", "0.01", "0.005", "1", "2500"),
        (found, tolerance) => {
          expect(verify(a, found, tolerance)).toEqual(verify(copy, found, tolerance));
        },
      ),
    );
  });
});
