import { Decimal } from "../../src/allocation/decimal";
import { roundMoney, toPlainAmount, unitDecimals, unitOf } from "../../src/allocation/round";
import type { Rounding } from "../../src/allocation/types";

const cents: Rounding = { unit: "cent", mode: "half-up" };
const centsEven: Rounding = { unit: "cent", mode: "half-even" };
const euros: Rounding = { unit: "euro", mode: "half-up" };
const eurosEven: Rounding = { unit: "euro", mode: "half-even" };

describe("roundMoney", () => {
  it.each([
    ["3501.4", euros, "3501"],
    ["3501.5", euros, "3502"],
    ["-3501.5", euros, "-3502"],
    ["2.5", eurosEven, "2"],
    ["3.5", eurosEven, "4"],
    ["-2.5", eurosEven, "-2"],
    ["-0.5", euros, "-1"],
    ["0.125", cents, "0.13"],
    ["-0.125", cents, "-0.13"],
    ["0.125", centsEven, "0.12"],
    ["0.135", centsEven, "0.14"],
    ["-0.135", centsEven, "-0.14"],
    ["673.9", cents, "673.9"],
    ["1078.2449999", cents, "1078.24"],
  ] as const)("%s with %j → %s", (x, rounding, expected) => {
    expect(roundMoney(new Decimal(x), rounding).toString()).toBe(expected);
  });

  it("does not change its argument", () => {
    const x = new Decimal("1.005");
    roundMoney(x, cents);
    expect(x.toString()).toBe("1.005");
  });
});

describe("units", () => {
  it("gives 0.01 for cents and 1 for euros", () => {
    expect(unitOf(cents).toString()).toBe("0.01");
    expect(unitOf(euros).toString()).toBe("1");
    expect(unitOf("cent").toString()).toBe("0.01");
    expect(unitDecimals("cent")).toBe(2);
    expect(unitDecimals(euros)).toBe(0);
  });

  it("writes amounts with the unit's decimals, never fewer", () => {
    expect(toPlainAmount(new Decimal("673.9"), "cent")).toBe("673.90");
    expect(toPlainAmount(new Decimal("3501"), "euro")).toBe("3501");
    expect(toPlainAmount(new Decimal("0.125"), "cent")).toBe("0.125");
  });
});

