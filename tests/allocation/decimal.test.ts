import fc from "fast-check";
import { Decimal, toDecimal, isDecimalString } from "../../src/allocation/decimal";
import { decimalFromUnits } from "../../src/allocation/decimal-from-units";
import { AllocationError } from "../../src/allocation/errors";

describe("Decimal configuration", () => {
  it("rounds half away from zero by default and keeps 40 digits", () => {
    expect(new Decimal("2.5").toDecimalPlaces(0).toString()).toBe("3");
    expect(new Decimal("-2.5").toDecimalPlaces(0).toString()).toBe("-3");
    expect(Decimal.precision).toBe(40);
  });

  it("computes 0.07 × 50020 exactly, unlike a JavaScript number", () => {
    expect(0.07 * 50020).not.toBe(3501.4);
    expect(new Decimal("0.07").times(50020).toString()).toBe("3501.4");
  });
});

describe("toDecimal", () => {
  it.each([
    ["0.08", "0.08"],
    ["90000", "90000"],
    ["-3.00", "-3"],
    [13478, "13478"],
  ])("accepts %p", (input, expected) => {
    expect(toDecimal(input).toString()).toBe(expected);
  });

  it.each(["0,08", " 1", "1e3", "", "abc", ".5", "5.", "+1"])("refuses the text %p", (input) => {
    expect(() => toDecimal(input)).toThrow(AllocationError);
    expect(() => toDecimal(input)).toThrow(/geen decimaal getal/);
  });

  it.each([0.1, 1.5, Number.NaN, Infinity, 2 ** 60])("refuses the number %p (not a safe integer)", (input) => {
    expect(() => toDecimal(input)).toThrow(/geen geheel getal/);
  });

  it("isDecimalString tells plain decimal strings apart", () => {
    expect(isDecimalString("0.08")).toBe(true);
    expect(isDecimalString("-1")).toBe(true);
    expect(isDecimalString(0.08)).toBe(false);
    expect(isDecimalString("1e2")).toBe(false);
  });
});

describe("decimalFromUnits", () => {
  it("gives the same Decimal as parsing the text, for any safe integer and scale 0..15", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger().map((x) => x), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })),
        fc.integer({ min: 0, max: 15 }),
        (units, scale) => {
          const fast = decimalFromUnits(units, scale);
          const parsed = new Decimal(`${units}e-${scale}`);
          expect(fast.eq(parsed)).toBe(true);
          expect(fast.toFixed(scale)).toBe(parsed.toFixed(scale));
          expect(fast.plus(parsed).toFixed()).toBe(parsed.times(2).toFixed());
          expect(fast.times(3).toFixed()).toBe(parsed.times(3).toFixed());
          expect(fast.toString()).toBe(parsed.toString());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("handles values with zero words inside and at the end", () => {
    for (const units of [10000000, 100000000000000, 100000000000001, 12345670000000, 70000000000005, 1000000000000000]) {
      for (const scale of [0, 2]) {
        expect(decimalFromUnits(units, scale).toFixed(scale)).toBe(new Decimal(`${units}e-${scale}`).toFixed(scale));
      }
    }
    expect(decimalFromUnits(67390, 2).toFixed(2)).toBe("673.90");
    expect(decimalFromUnits(5, 2).toString()).toBe("0.05");
    expect(decimalFromUnits(0, 2).isZero()).toBe(true);
  });

  it("builds Decimals that are instances of the configured clone", () => {
    const d = decimalFromUnits(107824, 2);
    expect(Decimal.isDecimal(d)).toBe(true);
    expect(d).toBeInstanceOf(Decimal);
    // Division uses the clone's precision (40 digits), proving the constructor link.
    expect(d.div(3).toString()).toBe(new Decimal("1078.24").div(3).toString());
  });

  it("takes BigInt and scales beyond 15 through the text path", () => {
    expect(decimalFromUnits(12345678901234567890n, 2).toFixed(2)).toBe("123456789012345678.90");
    expect(decimalFromUnits(123, 9).toString()).toBe("0.000000123");
    expect(decimalFromUnits(123, 17).toString()).toBe("0.00000000000000123");
    expect(() => decimalFromUnits(1.5, 2)).toThrow(RangeError);
  });
});
