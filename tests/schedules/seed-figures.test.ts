// Every figure in the seed papers, reproduced with the bundled schedules.
import { allocate } from "../../src/allocation/allocate";
import { Decimal } from "../../src/allocation/decimal";
import { formatEuro } from "../../src/allocation/format";
import { verify } from "../../src/allocation/verify";
import type { Municipality, Schedule } from "../../src/allocation/types";
import { findSchedule } from "../../src/schedules";

const beesel: Municipality = { name: "Beesel", code: "GM0889", population: 13478 };
const weert: Municipality = { name: "Weert", code: "GM0988", population: 50020 };
const schedule = (id: string): Schedule => {
  const s = findSchedule(id);
  if (!s) throw new Error(`no bundled schedule ${id}`);
  return s;
};
const amount = (id: string, who: Municipality[], component: string, index = 0): string => {
  const a = allocate(schedule(id), who);
  const c = a.components.find((x) => x.componentId === component);
  if (!c) throw new Error(`no component ${component}`);
  return c.amounts[index].toFixed(a.schedule.rounding.unit === "cent" ? 2 : 0);
};

describe("Limburg (Beesel's paper)", () => {
  it("bridging April–December 2019: € 0,05 for the period, Beesel € 673,90", () => {
    expect(amount("limburg-2019-overbrugging", [beesel], "overbrugging")).toBe("673.90");
    const a = allocate(schedule("limburg-2019-overbrugging"), [beesel]);
    expect(a.components[0].periodFactor.toString()).toBe("1");
    expect(formatEuro(a.totals[0], "nl", "cent")).toBe("€ 673,90");
  });

  it("from 2020: € 0,08 per year, Beesel € 1.078,24", () => {
    expect(amount("limburg-2020", [beesel], "basis")).toBe("1078.24");
    const a = allocate(schedule("limburg-2020"), [beesel]);
    expect(formatEuro(a.grandTotal, "nl", "cent")).toBe("€ 1.078,24");
  });
});

describe("Noord- en Midden-Limburg (Weert's paper DJ-1590409)", () => {
  it("2022: the extension for part of the year is € 2.501 for Weert, not pro-rated again", () => {
    expect(amount("nml-2022", [weert], "uitbreiding")).toBe("2501");
    expect(amount("nml-2022", [weert], "basis")).toBe("4002");
  });

  it("from 2023: Weert base € 4.002, extension € 3.501 (3.501,40 rounded), total € 7.503", () => {
    const a = allocate(schedule("nml-2023"), [weert]);
    expect(a.components.map((c) => c.amounts[0].toString())).toEqual(["4002", "3501"]);
    expect(a.totals[0].toString()).toBe("7503");
    expect(new Decimal("0.07").times(50020).toString()).toBe("3501.4");
    expect(formatEuro(a.totals[0], "nl", "euro")).toBe("€ 7.503");
  });

  it("a controller's check of Weert's figures passes, and a float-computed one does not", () => {
    const a = allocate(schedule("nml-2023"), [weert]);
    const ok = verify(a, [
      { index: 0, target: "basis", found: "4002" },
      { index: 0, target: "uitbreiding", found: "3501" },
      { index: 0, target: "total", found: "7503" },
    ]);
    expect(ok.mismatches).toEqual([]);
    const unrounded = verify(a, [{ index: 0, target: "uitbreiding", found: "3501.4" }]);
    expect(unrounded.mismatches[0]).toMatchObject({ expected: "3501", difference: "0.4" });
  });
});

describe("Noord-Holland Noord (€ 90.000 a year)", () => {
  // Illustrative populations for the 17 NHN municipalities of 2020 (not from the seeds).
  const nhn: Municipality[] = [
    ["Alkmaar", 109_436], ["Bergen (NH)", 29_929], ["Castricum", 35_736], ["Den Helder", 56_010], ["Drechterland", 19_461],
    ["Enkhuizen", 18_593], ["Heerhugowaard", 56_814], ["Heiloo", 23_009], ["Hollands Kroon", 47_832], ["Hoorn", 73_349],
    ["Koggenland", 23_006], ["Langedijk", 28_304], ["Medemblik", 44_926], ["Opmeer", 11_693], ["Schagen", 46_379],
    ["Stede Broec", 21_742], ["Texel", 13_628],
  ].map(([name, population]) => ({ name: name as string, population: population as number }));

  it("the shares add up to exactly € 90.000,00", () => {
    const a = allocate(schedule("nhn-2020"), nhn);
    expect(a.grandTotal.toFixed(2)).toBe("90000.00");
    expect(a.components[0].amounts.reduce((x, y) => x.plus(y), new Decimal(0)).toFixed(2)).toBe("90000.00");
    expect(a.components[0].extraUnitTo!.length).toBeLessThan(nhn.length);
    // Alkmaar's share is its population share, within one cent.
    const exact = new Decimal(90000).times(109_436).div(nhn.reduce((s, m) => s + (m.population as number), 0));
    expect(a.components[0].amounts[0].minus(exact).abs().lte("0.01")).toBe(true);
  });
});

describe("Limburg, first proposal of November 2018 (Weert's paper DJ-627784)", () => {
  // Illustrative: Limburg had about 1.116.000 inhabitants in 2018; Weert's share by population.
  const rest: Municipality = { name: "Rest van Limburg (illustratief)", population: 1_116_000 - 50_020 };

  it("a pure population share gives Weert about € 4.500 a year, not the estimated € 5.000", () => {
    const a = allocate(schedule("limburg-voorstel-2020"), [weert, rest]);
    expect(a.components[0].amounts[0].toString()).toBe("4482");
    expect(a.grandTotal.toString()).toBe("100000");
  });

  it("2019 is 9/12 of the year: € 75.000 is split", () => {
    const a = allocate(schedule("limburg-voorstel-2019"), [weert, rest]);
    expect(a.components[0].periodFactor.toString()).toBe("0.75");
    expect(a.grandTotal.toString()).toBe("75000");
    expect(a.components[0].amounts[0].toString()).toBe("3362");
  });
});
