// VERDEEL.BIJDRAGE as a plain function: on every bundled schedule it gives exactly what allocate
// gives for the same municipality (random populations), what-if rates as the pane's overrides,
// and bad input refused with a message that names it.
import fc from "fast-check";
import { allocate, measuresUsed, parseSchedule, type Schedule } from "../../src/allocation";
import { contributionOf } from "../../src/functions/contribution";
import { bundledSchedules } from "../../src/schedules";
import { failing } from "./failing";

// At least one municipality with inhabitants: a share of nobody's population is refused by design
// (the share tests cover that refusal), and the shared schedules here have a share component.
const populations = fc
  .array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 40 })
  .filter((pops) => pops.some((p) => p > 0));
const munis = (pops: number[]) => pops.map((population, i) => ({ name: `Gemeente ${i + 1}`, population }));

// The schedules a population alone can allocate (the illustrative weighted key also needs dwellings and area).
const byPopulation = bundledSchedules().filter((s) => measuresUsed(s.components).every((m) => m === "inwoners"));

describe.each(byPopulation.map((s) => [s.id, s] as [string, Schedule]))("%s", (_id, schedule) => {
  const perInhabitant = schedule.components.filter((c) => c.kind === "per-inhabitant");

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

  if (perInhabitant.length > 0) {
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
    test("has no per-inhabitant component: said so, naming the components", () => {
      expect(failing(() => contributionOf(1000, schedule.id, null, null))).toMatch(/geen onderdeel per inwoner \(onderdelen: /);
    });
  }
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
    expect(failing(() => contributionOf(1, "nhn-2020", "aandeel", null))).toMatch(/is een aandeel in een vast totaal .*gebruik VERDEEL\.AANDEEL\./);
  });

  test("the what-if rate", () => {
    expect(failing(() => contributionOf(1, "nml-2023", null, 0.09))).toBe(
      "tarief: verdeelschema nml-2023 heeft meer onderdelen per inwoner; noem het onderdeel (basis, uitbreiding).",
    );
    expect(failing(() => contributionOf(1, "limburg-2020", null, -0.08))).toBe("tarief: -0,08 is negatief; een bedrag is 0 of meer.");
    expect(failing(() => contributionOf(1, "limburg-2020", null, 0.00000000001))).toBe("tarief: 1e-11 heeft meer dan 10 decimalen.");
    expect(failing(() => contributionOf(1, "limburg-2020", null, "0,09"))).toBe('tarief: "0,09" is geen bedrag. Typ een getal, bijvoorbeeld 90000 of 0,07.');
  });
});
