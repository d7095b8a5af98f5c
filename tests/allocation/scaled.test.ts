import fc from "fast-check";
import { Decimal } from "../../src/allocation/decimal";
import { decimalRounding } from "../../src/allocation/round";
import { formatScaled, parseScaled, roundQuotient, roundQuotientBig, splitDecimal } from "../../src/allocation/scaled";
import type { RoundingMode } from "../../src/allocation/types";

const modes: RoundingMode[] = ["half-up", "half-even"];

describe("roundQuotient", () => {
  it.each([
    [5, 2, "half-up", 3],
    [5, 2, "half-even", 2],
    [7, 2, "half-even", 4],
    [-5, 2, "half-up", -3],
    [-5, 2, "half-even", -2],
    [350140, 100, "half-up", 3501],
    [0, 7, "half-up", 0],
  ] as const)("%d / %d with %s = %d", (n, d, mode, expected) => {
    expect(roundQuotient(n, d, mode)).toBe(expected);
    expect(roundQuotientBig(BigInt(n), BigInt(d), mode)).toBe(BigInt(expected));
  });

  it("agrees with Decimal division and rounding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(...modes),
        (n, d, mode) => {
          // + 0 turns Decimal's -0 into 0.
          const expected = new Decimal(n).div(d).toDecimalPlaces(0, decimalRounding(mode)).toNumber() + 0;
          expect(roundQuotient(n, d, mode)).toBe(expected);
          expect(Number(roundQuotientBig(BigInt(n), BigInt(d), mode))).toBe(expected);
        },
      ),
    );
  });
});

describe("splitDecimal", () => {
  it("splits into mantissa and scale", () => {
    expect(splitDecimal("0.08")).toEqual({ mantissa: 8n, scale: 2 });
    expect(splitDecimal("90000")).toEqual({ mantissa: 90000n, scale: 0 });
    expect(splitDecimal("-1.50")).toEqual({ mantissa: -150n, scale: 2 });
    expect(() => splitDecimal("0,08")).toThrow(/geen decimaal getal/);
  });
});

describe("parseScaled and formatScaled", () => {
  it.each([
    ["1078.24", 2, 107824],
    ["673.9", 2, 67390],
    ["4002", 0, 4002],
    ["-0.4", 2, -40],
    ["-0", 2, 0],
  ] as const)("parses %p at scale %d", (text, scale, expected) => {
    expect(parseScaled(text, scale)).toBe(expected);
  });

  it.each([["3501.4", 0], ["1.", 2], [".5", 2], ["1e3", 2], ["", 2], ["-", 2], ["1.2.3", 2], ["12345678901234567", 0]] as const)(
    "gives null for %p at scale %d (the exact path handles it)",
    (text, scale) => {
      expect(parseScaled(text, scale)).toBeNull();
    },
  );

  it.each([
    [-40, 2, 2, "-0.40"],
    [400, 3, 0, "0.4"],
    [400, 3, 2, "0.40"],
    [-3, 0, 0, "-3"],
    [0, 2, 2, "0.00"],
    [5, 3, 2, "0.005"],
    [123456n, 2, 2, "1234.56"],
  ] as const)("formats %p at scale %d with at least %d decimals as %p", (units, scale, min, expected) => {
    expect(formatScaled(units, scale, min)).toBe(expected);
  });
});
