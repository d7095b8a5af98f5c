// VERDEEL.SCHEMA as a plain function: every field of every bundled schedule is the schedule's
// own value, in Dutch and English names; what it cannot answer, it says.
import { localize, periodFraction, type Schedule } from "../../src/allocation";
import { setFunctionsLanguage } from "../../src/functions/i18n";
import { scheduleFieldOf } from "../../src/functions/schedule-field";
import { bundledSchedules, findSchedule } from "../../src/schedules";
import { failing } from "./failing";

afterEach(() => setFunctionsLanguage("nl"));

describe.each(bundledSchedules().map((s) => [s.id, s] as [string, Schedule]))("%s", (id, s) => {
  test("the schedule's own fields, by Dutch and English name", () => {
    const expected: [string, string, number | string][] = [
      ["titel", "title", localize(s.title, "nl")],
      ["regio", "region", s.region],
      ["jaar", "year", s.year],
      ["bron", "source", s.source],
      ["eenheid", "unit", s.rounding.unit],
      ["afronding", "rounding", s.rounding.mode],
      ["peildatum", "population-date", s.populationDate ?? ""],
      ["onderdelen", "components", s.components.map((c) => c.id).join(", ")],
    ];
    for (const [nl, en, value] of expected) {
      expect(scheduleFieldOf(id, null, nl)).toBe(value);
      expect(scheduleFieldOf(id, null, en)).toBe(value);
    }
    expect(scheduleFieldOf(id, null, null)).toBe(localize(s.title, "nl"));
  });

  test("each component's fields", () => {
    for (const c of s.components) {
      const f = periodFraction(c.period);
      expect(scheduleFieldOf(id, c.id, "periodefactor")).toBe(f.numerator / f.denominator);
      expect(scheduleFieldOf(id, c.id, "Period Factor")).toBe(f.numerator / f.denominator);
      expect(scheduleFieldOf(id, c.id, "begrotingspost")).toBe(c.budgetLine ?? "");
      expect(scheduleFieldOf(id, c.id, "naam")).toBe(localize(c.label, "nl"));
      expect(scheduleFieldOf(id, c.id, "soort")).toBe(c.kind);
      if (c.kind === "per-inhabitant") {
        expect(scheduleFieldOf(id, c.id, "tarief")).toBe(Number(c.rate));
        expect(scheduleFieldOf(id, c.id, null)).toBe(Number(c.rate));
      }
      if (c.kind === "share-of-total") {
        expect(scheduleFieldOf(id, c.id, "total")).toBe(Number(c.total));
        expect(scheduleFieldOf(id, c.id, null)).toBe(Number(c.total));
      }
    }
  });
});

test("the figures of the seeds: Limburg 2019 bridging € 0,05 for the whole period, Limburg's 2019 proposal 9/12 of € 100.000", () => {
  expect(scheduleFieldOf("limburg-2019-overbrugging", null, "tarief")).toBe(0.05);
  expect(scheduleFieldOf("limburg-2019-overbrugging", null, "periodefactor")).toBe(1);
  expect(scheduleFieldOf("limburg-voorstel-2019", null, "totaal")).toBe(100000);
  expect(scheduleFieldOf("limburg-voorstel-2019", null, "periodefactor")).toBe(0.75);
  expect(scheduleFieldOf("nml-2022", "uitbreiding", "begrotingspost")).toBe(findSchedule("nml-2022")!.components[1].budgetLine ?? "");
});

test("texts follow Excel's language", () => {
  setFunctionsLanguage("en");
  expect(scheduleFieldOf("limburg-2020", null, null)).toBe("Limburg: care coordination human trafficking from 2020");
  expect(scheduleFieldOf("limburg-2020", "basis", "label")).toBe("Contribution");
});

test("what it cannot answer", () => {
  expect(failing(() => scheduleFieldOf("nml-2023", null, "tarief"))).toBe(
    "veld tarief: verdeelschema nml-2023 heeft meer onderdelen; noem het onderdeel (basis, uitbreiding).",
  );
  expect(failing(() => scheduleFieldOf("nhn-2020", "aandeel", "tarief"))).toBe("veld tarief: onderdeel aandeel is aandeel in een vast totaal en heeft geen tarief.");
  expect(failing(() => scheduleFieldOf("nhn-2020", null, "kleur"))).toMatch(/^veld: onbekend veld "kleur"; gebruik "tarief", "totaal", .*"onderdelen"\.$/);
  expect(failing(() => scheduleFieldOf("nhn-2020", "aandel", "jaar"))).toBe('Verdeelschema nhn-2020 heeft geen onderdeel "aandel"; onderdelen: aandeel.');
  expect(failing(() => scheduleFieldOf("nhn-2020", null, "colour"), "en")).toMatch(/^field: unknown field "colour"; use "rate", "total", .*"components"\.$/);
});
