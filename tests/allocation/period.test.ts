import { checkPeriod, daysInYear, periodFactor, periodFraction } from "../../src/allocation/period";
import { ScheduleError } from "../../src/allocation/errors";
import type { Period } from "../../src/allocation/types";

const p = (from: string, to: string, prorate: Period["prorate"]): Period => ({ from, to, prorate });

function errorOf(period: Period): ScheduleError {
  try {
    periodFactor(period);
  } catch (e) {
    if (e instanceof ScheduleError) return e;
    throw e;
  }
  throw new Error("expected a ScheduleError");
}

describe("periodFactor", () => {
  it("is 1 without a period and for prorate none (the rate is already for the period)", () => {
    expect(periodFactor().toString()).toBe("1");
    expect(periodFactor(p("2019-04-01", "2019-12-31", "none")).toString()).toBe("1");
  });

  it("counts whole calendar months: April–December is 9/12", () => {
    expect(periodFraction(p("2019-04-01", "2019-12-31", "months"))).toEqual({ numerator: 9, denominator: 12 });
    expect(periodFactor(p("2019-04-01", "2019-12-31", "months")).toString()).toBe("0.75");
    expect(periodFactor(p("2022-05-01", "2022-12-31", "months")).toFixed(10)).toBe("0.6666666667");
    expect(periodFactor(p("2023-01-01", "2023-12-31", "months")).toString()).toBe("1");
    expect(periodFactor(p("2023-02-01", "2023-02-28", "months")).toFixed(6)).toBe("0.083333");
  });

  it("counts inclusive days over the days of that year", () => {
    expect(periodFraction(p("2020-02-01", "2020-02-29", "days"))).toEqual({ numerator: 29, denominator: 366 });
    expect(periodFraction(p("2019-04-01", "2019-12-31", "days"))).toEqual({ numerator: 275, denominator: 365 });
    expect(periodFraction(p("2024-01-01", "2024-12-31", "days"))).toEqual({ numerator: 366, denominator: 366 });
    expect(periodFraction(p("2023-07-14", "2023-07-14", "days"))).toEqual({ numerator: 1, denominator: 365 });
    expect(periodFactor(p("2020-02-01", "2020-02-29", "days")).toFixed(12)).toBe("0.079234972678");
  });

  it("knows leap years", () => {
    expect([1900, 2000, 2019, 2020, 2100].map(daysInYear)).toEqual([365, 366, 365, 366, 365]);
  });

  it("asks for days when a months period does not start on the 1st", () => {
    const e = errorOf(p("2019-04-15", "2019-12-31", "months"));
    expect(e.field).toBe("period.from");
    expect(e.message).toContain('gebruik prorate "days"');
    expect(e.messageEn).toContain('use prorate "days"');
  });

  it("asks for days when a months period does not end on the last day of a month", () => {
    const e = errorOf(p("2020-01-01", "2020-02-28", "months"));
    expect(e.field).toBe("period.to");
    expect(e.message).toContain("laatste dag van een maand");
    // 2020-02-29 is the last day in a leap year.
    expect(periodFraction(p("2020-01-01", "2020-02-29", "months"))).toEqual({ numerator: 2, denominator: 12 });
  });

  it("refuses a period that ends before it starts", () => {
    const e = errorOf(p("2019-12-31", "2019-04-01", "days"));
    expect(e.field).toBe("period.to");
    expect(e.message).toBe("period.to: ligt vóór from (2019-12-31).");
    expect(e.messageEn).toBe("period.to: lies before from (2019-12-31).");
  });

  it("refuses a period over two calendar years", () => {
    const e = errorOf(p("2019-04-01", "2020-03-31", "days"));
    expect(e.field).toBe("period.to");
    expect(e.message).toContain("hetzelfde kalenderjaar");
    expect(e.messageEn).toContain("same calendar year");
  });

  it.each([
    ["2019-02-29", "period.from", "geen bestaande datum"],
    ["2019-13-01", "period.from", "geen bestaande datum"],
    ["1-4-2019", "period.from", "JJJJ-MM-DD"],
    ["2019-4-1", "period.from", "JJJJ-MM-DD"],
  ])("refuses the date %p", (from, field, text) => {
    const e = errorOf(p(from, "2019-12-31", "days"));
    expect(e.field).toBe(field);
    expect(e.message).toContain(text);
  });

  it("names the component's period when given a prefix", () => {
    expect(() => periodFraction(p("2019-04-02", "2019-12-31", "months"), "components[1].period")).toThrow(
      /^components\[1\]\.period\.from: /,
    );
  });

  it("accepts a valid period without issues", () => {
    expect(checkPeriod(p("2022-05-01", "2022-12-31", "none"))).toEqual([]);
  });
});
