import { allocate } from "../../src/allocation/allocate";
import { Decimal } from "../../src/allocation/decimal";
import { toPlainAmounts } from "../../src/allocation/plain-amounts";
import { makeSchedule, municipalities, perInhabitant } from "./helpers";

describe("toPlainAmounts", () => {
  it("formats allocate's arrays from their units, and other arrays from the Decimals, alike", () => {
    const a = allocate(makeSchedule([perInhabitant("basis", "0.08")]), municipalities([13478, 50020, 0, 1]));
    const fast = toPlainAmounts(a.components[0].amounts, "cent");
    expect(fast).toEqual(["1078.24", "4001.60", "0.00", "0.08"]);
    const copies = a.components[0].amounts.map((x) => new Decimal(x.toString()));
    expect(toPlainAmounts(copies, { unit: "cent", mode: "half-up" })).toEqual(fast);
  });

  it("never drops decimals an amount has, and uses the unit asked for", () => {
    expect(toPlainAmounts([new Decimal("0.125")], "cent")).toEqual(["0.125"]);
    const a = allocate(makeSchedule([perInhabitant("basis", "0.05")], { unit: "euro", mode: "half-up" }), municipalities([50020, 13478]));
    expect(toPlainAmounts(a.totals, "euro")).toEqual(["2501", "674"]);
    expect(toPlainAmounts(a.totals, "cent")).toEqual(["2501.00", "674.00"]);
  });
});
