import { applyOverrides } from "../../src/allocation/overrides";
import { ScheduleError } from "../../src/allocation/errors";
import type { Schedule } from "../../src/allocation/types";
import { makeSchedule, perInhabitant, shareOfTotal } from "./helpers";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const base = (): Schedule =>
  deepFreeze(
    makeSchedule([
      perInhabitant("basis", "0.08", { budgetLine: "6700001" }),
      shareOfTotal("aandeel", "90000"),
      { id: "vast", label: "Vast", kind: "fixed-amount", amounts: { Alkmaar: "25000" } },
    ]),
  );

function errorOf(schedule: Schedule, overrides: Parameters<typeof applyOverrides>[1]): ScheduleError {
  try {
    applyOverrides(schedule, overrides);
  } catch (e) {
    if (e instanceof ScheduleError) return e;
    throw e;
  }
  throw new Error("expected a ScheduleError");
}

describe("applyOverrides", () => {
  it("sets a rate with a decimal comma or point, and a total", () => {
    const s = base();
    const before = JSON.stringify(s);
    const comma = applyOverrides(s, { rates: { basis: "0,07", aandeel: "100000" } });
    expect(comma.components[0]).toMatchObject({ rate: "0.07" });
    expect(comma.components[1]).toMatchObject({ total: "100000" });
    expect(applyOverrides(s, { rates: { basis: "0.09" } }).components[0]).toMatchObject({ rate: "0.09" });
    expect(JSON.stringify(s)).toBe(before);
  });

  it("never changes the input schedule (deeply frozen) and returns a new object", () => {
    const s = base();
    const changed = applyOverrides(s, { rates: { basis: "0.10" }, budgetLines: { aandeel: "56814/44320" } });
    expect(changed).not.toBe(s);
    expect(changed.components[0]).not.toBe(s.components[0]);
    expect(s.components[0]).toMatchObject({ rate: "0.08" });
    expect(s.components[1].budgetLine).toBeUndefined();
    expect(changed.components[1].budgetLine).toBe("56814/44320");
  });

  it("sets and removes budget lines", () => {
    const s = base();
    expect(applyOverrides(s, { budgetLines: { basis: " 6663001 " } }).components[0].budgetLine).toBe("6663001");
    expect(applyOverrides(s, { budgetLines: { basis: "" } }).components[0].budgetLine).toBeUndefined();
    expect(applyOverrides(s, { budgetLines: { vast: "1.2" } }).components[2].budgetLine).toBe("1.2");
  });

  it("with no overrides returns an equal copy", () => {
    const s = base();
    expect(applyOverrides(s, {})).toEqual(s);
  });

  it("refuses a rate for a fixed-amount component, naming it", () => {
    const e = errorOf(base(), { rates: { vast: "1" } });
    expect(e.field).toBe("rates.vast");
    expect(e.message).toBe('test, rates.vast: onderdeel "vast" heeft vaste bedragen per gemeente en geen tarief of totaal om aan te passen.');
    expect(e.messageEn).toContain('component "vast" has fixed amounts per municipality');
  });

  it("refuses an unknown component, listing the known ones", () => {
    const e = errorOf(base(), { budgetLines: { extra: "1" } });
    expect(e.field).toBe("budgetLines.extra");
    expect(e.message).toContain('heeft geen onderdeel "extra"; onderdelen: basis, aandeel, vast.');
    expect(e.messageEn).toContain('has no component "extra"; components: basis, aandeel, vast.');
    expect(errorOf(base(), { rates: { Basis: "1" } }).field).toBe("rates.Basis");
  });

  it.each(["-0.07", "abc", "1.078,24", "90.000", "0.07 euro", ""])("refuses the rate %p", (value) => {
    const e = errorOf(base(), { rates: { basis: value } });
    expect(e.field).toBe("rates.basis");
    expect(e.message).toContain(`"${value}" is geen bedrag ≥ 0 voor onderdeel "basis"`);
    expect(e.messageEn).toContain(`"${value}" is not an amount ≥ 0 for component "basis"`);
  });

  it("validates the result like a schedule file", () => {
    const e = errorOf(base(), { rates: { basis: "0.12345678901" } });
    expect(e.field).toBe("components[0].rate");
    expect(e.message).toContain("meer dan 10 decimalen");
  });

  it("reports every problem at once", () => {
    const e = errorOf(base(), { rates: { vast: "1", nope: "2" }, budgetLines: { nope: "3" } });
    expect(e.issues.map((i) => i.field)).toEqual(["rates.vast", "rates.nope", "budgetLines.nope"]);
  });
});
