// VERDEEL.BIJDRAGE as a plain function: on every bundled schedule and on random components per
// unit of a measure it gives exactly what allocate gives for the same municipality (random
// values), and what an independent exact computation gives; what-if rates as the pane's
// overrides; bad input refused with a message that names it.
import fc from "fast-check";
import { allocate, parseSchedule, type Schedule } from "../../src/allocation";
import { contributionOf } from "../../src/functions/contribution";
import { shareUserSchedules } from "../../src/functions/schedules";
import { bundledSchedules } from "../../src/schedules";
import { measureValue, perUnitSchedule, testSchedule } from "./arbitraries";
import { decimal, fraction, mul, periodFactor, round, unitsToNumber } from "./exact";
import { failing } from "./failing";

// At least one municipality with inhabitants: a share of nobody's population is refused by design
// (the share tests cover that refusal), and the shared schedules here have a share component.
const populations = fc
  .array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 40 })
  .filter((pops) => pops.some((p) => p > 0));
const munis = (pops: number[]) => pops.map((population, i) => ({ name: `Gemeente ${i + 1}`, population }));

describe.each(bundledSchedules().map((s) => [s.id, s] as [string, Schedule]))("%s", (_id, schedule) => {
  // The bundled schedules charge per inhabitant or split a total; per unit is tested on random schedules below.
  const perInhabitant = schedule.components.filter((c) => c.kind === "per-inhabitant");

  if (perInhabitant.length > 0) {
    test("each per-inhabitant component, for every municipality, is allocate's amount", () => {
      fc.assert(
        fc.property(populations, (pops) => {
          const a = allocate(schedule, munis(pops));
          for (const c of perInhabitant) {
            const amounts = a.components.find((r) => r.componentId === c.id)!.amounts;
            pops.forEach((p, i) => expect(contributionOf(p, schedule.id, c.id, null)).toBe(amounts[i].toNumber()));
          }
        }),
        { numRuns: 25 },
      );
    });

    test("without a component: the sum of the rounded per-inhabitant components, as allocate totals them", () => {
      const reduced = { ...schedule, components: perInhabitant };
      fc.assert(
        fc.property(populations, (pops) => {
          const totals = allocate(reduced, munis(pops)).totals;
          pops.forEach((p, i) => expect(contributionOf(p, schedule.id, null, null)).toBe(totals[i].toNumber()));
        }),
        { numRuns: 25 },
      );
    });

    test("a what-if rate gives what allocate gives with that rate in the schedule", () => {
      const rate = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10_000); // 0 to 10 euro, 4 decimals
      fc.assert(
        fc.property(populations, rate, (pops, r) => {
          const c = perInhabitant[0];
          const overridden = parseSchedule({ ...schedule, components: schedule.components.map((x) => (x === c ? { ...c, rate: String(r) } : x)) });
          const amounts = allocate(overridden, munis(pops)).components.find((x) => x.componentId === c.id)!.amounts;
          pops.forEach((p, i) => expect(contributionOf(p, schedule.id, c.id, r)).toBe(amounts[i].toNumber()));
        }),
        { numRuns: 15 },
      );
    });
  } else {
    test("has no component per inhabitant or per unit: said so, naming the components", () => {
      expect(failing(() => contributionOf(1000, schedule.id, null, null))).toBe(
        `Verdeelschema ${schedule.id} heeft geen onderdeel per inwoner of per eenheid (onderdelen: ${schedule.components.map((c) => c.id).join(", ")}).`,
      );
    });
  }
});

describe("per unit of a measure (random components, values, periods and units)", () => {
  afterEach(() => shareUserSchedules([]));

  test("allocate's amount, and round(value × rate × period factor) computed exactly", () => {
    const arb = perUnitSchedule.chain((s) => {
      const c = s.components[0] as { measure: string };
      return fc.record({ s: fc.constant(s), value: c.measure === "inwoners" ? fc.integer({ min: 0, max: 2_000_000 }).map(String) : measureValue(c.measure) });
    });
    fc.assert(
      fc.property(arb, ({ s, value }) => {
        const c = s.components[0];
        if (c.kind !== "per-unit") throw new Error("not per unit");
        const municipality = c.measure === "inwoners" ? { name: "", population: Number(value) } : { name: "", population: 0, measures: { [c.measure]: value } };
        const expected = allocate(s, [municipality]).totals[0].toNumber();
        shareUserSchedules([s]);
        expect(contributionOf(Number(value), s.id, null, null)).toBe(expected);
        expect(contributionOf(Number(value), s.id, c.id, null)).toBe(expected);
        const scale = s.rounding.unit === "cent" ? 2 : 0;
        const exact = round(mul(mul(mul(decimal(value), decimal(c.rate)), periodFactor(c.period)), fraction(10n ** BigInt(scale))), s.rounding.mode);
        expect(expected).toBe(unitsToNumber(exact, scale));
      }),
      { numRuns: 300 },
    );
  });

  const mixed = testSchedule("gemengd", { unit: "cent", mode: "half-up" }, [
    { id: "basis", label: "Basis", kind: "per-inhabitant", rate: "0.08" },
    { id: "per-woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" },
    { id: "per-km2", label: "Per km²", kind: "per-unit", measure: "oppervlakte", rate: "10.005" },
  ]);

  test("one component per unit: the value is its measure's (€ 1,25 × 4.702 dwellings = € 5.877,50; € 10,005 × 11,21 km² = € 112,16)", () => {
    shareUserSchedules([mixed]);
    expect(contributionOf(4702, "gemengd", "per-woning", null)).toBe(Number(470200n * 125n / 100n) / 100);
    // 10,005 × 11,21 = 112,15605: in cents 11215,605, half up 11216.
    expect(contributionOf(11.21, "gemengd", "per-km2", null)).toBe(unitsToNumber(round(fraction(10005n * 1121n, 1000n), "half-up"), 2));
    expect(contributionOf(11.21, "gemengd", "per-km2", 10)).toBe(Number(1121n * 10n) / 100);
    expect(contributionOf(11536, "gemengd", "basis", null)).toBe(Number(11536n * 8n) / 100);
  });

  test("without a component, components of different measures are refused: one number cannot be both", () => {
    shareUserSchedules([mixed]);
    expect(failing(() => contributionOf(11536, "gemengd", null, null))).toBe(
      "Verdeelschema gemengd rekent per eenheid van verschillende maatstaven (basis: inwoners, per-woning: woningen, per-km2: oppervlakte); één getal kan niet voor allebei gelden: noem het onderdeel.",
    );
  });

  test("a value the measure cannot have", () => {
    shareUserSchedules([mixed]);
    expect(failing(() => contributionOf(4702.5, "gemengd", "per-woning", null))).toBe("inwoners: 4702,5 is geen geheel getal, en het aantal woningen is altijd geheel.");
    expect(failing(() => contributionOf("11,21", "gemengd", "per-km2", null))).toBe('inwoners: "11,21" is tekst, geen getal. Typ de oppervlakte als getal.');
    expect(failing(() => contributionOf(-1, "gemengd", "per-km2", null))).toBe("inwoners: -1 is negatief; de oppervlakte is 0 of meer.");
    expect(failing(() => contributionOf(null, "gemengd", "per-woning", null))).toBe("inwoners: de cel is leeg; vul het aantal woningen in.");
    expect(failing(() => contributionOf(1e16, "gemengd", "per-woning", null))).toMatch(/^inwoners: 10000000000000000 is te groot om exact mee te rekenen/);
    expect(failing(() => contributionOf(-1, "gemengd", "per-km2", null), "en")).toBe("population: -1 is negative; the area is 0 or more.");
  });
});

describe("figures checked by arithmetic", () => {
  test("Beesel, limburg-2020: 13.478 × € 0,08 = € 1.078,24", () => {
    expect(contributionOf(13478, "limburg-2020", null, null)).toBe(Number(13478n * 8n) / 100);
  });

  test("Weert, nml-2023 extra: 50.020 × € 0,07 = € 3.501,40, in whole euros € 3.501; both components € 7.503", () => {
    expect(contributionOf(50020, "nml-2023", "uitbreiding", null)).toBe(Number((50020n * 7n + 50n) / 100n));
    expect(contributionOf(50020, "nml-2023", null, null)).toBe(Number((50020n * 8n + 50n) / 100n) + 3501);
  });

  test("a what-if rate rounds half away from zero to the schedule's unit: 1.250 × € 0,0002 = € 0,25", () => {
    expect(contributionOf(1250, "limburg-2020", null, 0.0002)).toBe(0.25);
    expect(contributionOf(1250, "limburg-2020", null, 0.0006)).toBe(0.75);
  });

  test("a rate from a cell is a number, never a thousands group: 1.000 × € 9,459 = € 9.459,00", () => {
    expect(contributionOf(1000, "limburg-2020", null, 9.459)).toBe(Number(1000n * 9459n) / 1000);
  });

  test("names are trimmed and case-insensitive; the user's view is what Excel shows", () => {
    expect(contributionOf(13478, " Limburg-2020 ", "BASIS", null)).toBe(1078.24);
  });
});

describe("bad input names what is wrong", () => {
  test("the population", () => {
    expect(failing(() => contributionOf("13.478", "limburg-2020", null, null))).toBe(
      'inwoners: "13.478" is tekst, geen getal. Typ het aantal inwoners als getal, zonder punten of spaties.',
    );
    expect(failing(() => contributionOf(-3, "limburg-2020", null, null))).toBe("inwoners: -3 is negatief; een aantal inwoners is 0 of meer.");
    expect(failing(() => contributionOf(13478.5, "limburg-2020", null, null))).toBe("inwoners: 13478,5 is geen geheel aantal inwoners.");
    expect(failing(() => contributionOf(null, "limburg-2020", null, null))).toBe("inwoners: de cel is leeg; vul het aantal inwoners in.");
    expect(failing(() => contributionOf(true, "limburg-2020", null, null))).toBe("inwoners: WAAR is geen aantal inwoners.");
    expect(failing(() => contributionOf(2 ** 60, "limburg-2020", null, null))).toMatch(/te groot voor een exact aantal inwoners/);
  });

  test("the schedule and the component", () => {
    expect(failing(() => contributionOf(1, 2020, null, null))).toBe("schema: 2020 is geen tekst; typ de naam tussen aanhalingstekens.");
    expect(failing(() => contributionOf(1, "nml-2023", "extra", null))).toBe('Verdeelschema nml-2023 heeft geen onderdeel "extra"; onderdelen: basis, uitbreiding.');
    expect(failing(() => contributionOf(1, "nhn-2020", "aandeel", null))).toBe(
      "Onderdeel aandeel van nhn-2020 is aandeel in een vast totaal en hangt af van alle gemeenten samen; gebruik VERDEEL.SLEUTEL met de tabel van alle gemeenten.",
    );
  });

  test("the what-if rate", () => {
    expect(failing(() => contributionOf(1, "nml-2023", null, 0.09))).toBe(
      "tarief: verdeelschema nml-2023 heeft meer onderdelen per inwoner of per eenheid; noem het onderdeel (basis, uitbreiding).",
    );
    expect(failing(() => contributionOf(1, "limburg-2020", null, -0.08))).toBe("tarief: -0,08 is negatief; een bedrag is 0 of meer.");
    expect(failing(() => contributionOf(1, "limburg-2020", null, 0.00000000001))).toBe("tarief: 1e-11 heeft meer dan 10 decimalen.");
    expect(failing(() => contributionOf(1, "limburg-2020", null, "0,09"))).toBe('tarief: "0,09" is geen bedrag. Typ een getal, bijvoorbeeld 90000 of 0,07.');
  });
});
