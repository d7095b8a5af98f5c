// VERDEEL.SCHEMA as a plain function: every field of every bundled schedule is the schedule's
// own value, in Dutch and English names; what it cannot answer, it says.
import { localize, periodFraction, type Schedule } from "../../src/allocation";
import { setFunctionsLanguage } from "../../src/functions/i18n";
import { scheduleFieldOf } from "../../src/functions/schedule-field";
import { shareUserSchedules } from "../../src/functions/schedules";
import { bundledSchedules, findSchedule } from "../../src/schedules";
import { testSchedule } from "./arbitraries";
import { failing } from "./failing";

afterEach(() => {
  setFunctionsLanguage("nl");
  shareUserSchedules([]);
});

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
      if (c.kind === "per-inhabitant") expect(scheduleFieldOf(id, c.id, "maatstaven")).toBe("inwoners");
      if (c.kind === "share-of-total") {
        expect(scheduleFieldOf(id, c.id, "total")).toBe(Number(c.total));
        expect(scheduleFieldOf(id, c.id, null)).toBe(Number(c.total));
        const key = c.key ?? [{ measure: "inwoners", weight: "1" }];
        expect(scheduleFieldOf(id, c.id, "measures")).toBe(key.map((k) => k.measure).join(", "));
        for (const k of key) expect(scheduleFieldOf(id, c.id, "gewicht", k.measure)).toBe(Number(k.weight));
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

test("the illustrative weighted key: its measures and weights, a measure also by its header", () => {
  const id = "gooi-vechtstreek-voorbeeld";
  expect(scheduleFieldOf(id, null, "maatstaven")).toBe("inwoners, woningen, oppervlakte");
  expect(scheduleFieldOf(id, "aandeel", "gewicht", "inwoners")).toBe(0.5);
  expect(scheduleFieldOf(id, "aandeel", "weight", "Aantal woningen")).toBe(0.3);
  expect(scheduleFieldOf(id, null, "gewicht", "Oppervlakte (km²)")).toBe(0.2);
  expect(scheduleFieldOf(id, null, "totaal")).toBe(250000);
});

describe("per unit and fixed percentages (a schedule of the user's own)", () => {
  const own = testSchedule("omgevingsdienst", { unit: "euro", mode: "half-up" }, [
    { id: "per-woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" },
    { id: "vast", label: "Vast", kind: "fixed-percentage", total: "1200000", percentages: { GM0983: "30", Weert: "45", "Súdwest-Fryslân": "25" } },
  ]);

  test("rate, measure, total and each percentage, by CBS code or name as allocate matches them", () => {
    shareUserSchedules([own]);
    expect(scheduleFieldOf("omgevingsdienst", "per-woning", null)).toBe(1.25);
    expect(scheduleFieldOf("omgevingsdienst", "per-woning", "tarief")).toBe(1.25);
    expect(scheduleFieldOf("omgevingsdienst", "per-woning", "maatstaven")).toBe("woningen");
    expect(scheduleFieldOf("omgevingsdienst", "vast", null)).toBe(1200000);
    expect(scheduleFieldOf("omgevingsdienst", "vast", "percentage", "gm0983")).toBe(30);
    expect(scheduleFieldOf("omgevingsdienst", "vast", "percentage", " WEERT ")).toBe(45);
    expect(scheduleFieldOf("omgevingsdienst", "vast", "percentage", "sudwest-fryslan")).toBe(25);
    expect(scheduleFieldOf("omgevingsdienst", "vast", "soort")).toBe("fixed-percentage");
  });

  test("what it cannot answer", () => {
    shareUserSchedules([own]);
    expect(failing(() => scheduleFieldOf("omgevingsdienst", "vast", "percentage"))).toBe("veld percentage: noem de gemeente in maatstaf_of_gemeente (GM0983, Weert, Súdwest-Fryslân).");
    expect(failing(() => scheduleFieldOf("omgevingsdienst", "vast", "percentage", "Venlo"))).toBe('Onderdeel vast heeft geen percentage voor "Venlo"; percentages voor: GM0983, Weert, Súdwest-Fryslân.');
    expect(failing(() => scheduleFieldOf("omgevingsdienst", "per-woning", "percentage", "Weert"))).toBe(
      "veld percentage: onderdeel per-woning is per eenheid van een maatstaf en heeft geen percentage.",
    );
    expect(failing(() => scheduleFieldOf("omgevingsdienst", "per-woning", "tarief", "woningen"))).toBe(
      "maatstaf_of_gemeente: veld tarief hoort niet bij één maatstaf of gemeente; laat het leeg.",
    );
    expect(failing(() => scheduleFieldOf("omgevingsdienst", null, "jaar", "Weert"))).toBe("maatstaf_of_gemeente: veld jaar hoort niet bij één maatstaf of gemeente; laat het leeg.");
    expect(failing(() => scheduleFieldOf("omgevingsdienst", "vast", "maatstaven"))).toBe("veld maatstaven: onderdeel vast is vaste percentages per gemeente en heeft geen maatstaven.");
    expect(failing(() => scheduleFieldOf("gooi-vechtstreek-voorbeeld", "aandeel", "gewicht"))).toBe(
      "veld gewicht: noem de maatstaf in maatstaf_of_gemeente (inwoners, woningen, oppervlakte).",
    );
    expect(failing(() => scheduleFieldOf("gooi-vechtstreek-voorbeeld", "aandeel", "gewicht", "huishoudens"))).toBe(
      'Onderdeel aandeel heeft geen maatstaf "huishoudens" in de sleutel; maatstaven: inwoners, woningen, oppervlakte.',
    );
    expect(failing(() => scheduleFieldOf("gooi-vechtstreek-voorbeeld", "aandeel", "gewicht"), "en")).toBe(
      "field gewicht: name the measure in measure_or_municipality (inwoners, woningen, oppervlakte).",
    );
  });
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
