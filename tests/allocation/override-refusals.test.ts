// Every refusal of applyOverrides, pinned by field and by message in both languages. The edited
// values are checked without the schedule parser (an override only changes values); these cases
// held when applyOverrides re-parsed the whole schedule, and must keep holding. The refusals of a
// value the parser checks are also compared with what parseSchedule says about the same schedule
// edited by hand, so nothing the parse pass caught can slip through.
import { ScheduleError } from "../../src/allocation/errors";
import { applyOverrides } from "../../src/allocation/overrides";
import { parseSchedule } from "../../src/allocation/schema";
import type { Component, Overrides, Schedule } from "../../src/allocation/types";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const COMPONENTS: Component[] = [
  { id: "basis", label: "Basis", kind: "per-inhabitant", rate: "0.08" },
  { id: "woning", label: "Per woning", kind: "per-unit", measure: "woningen", rate: "1.25" },
  { id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "90000", key: [{ measure: "inwoners", weight: "0.5" }, { measure: "woningen", weight: "0.5" }] },
  { id: "pop", label: "Naar inwoners", kind: "share-of-total", total: "1000" },
  { id: "bijdrage", label: "Bijdrage", kind: "fixed-percentage", total: "2000", percentages: { Venlo: "60", Weert: "40" } },
  { id: "vast", label: "Vast", kind: "fixed-amount", amounts: { Alkmaar: "25000" } },
];

function json(unit: "cent" | "euro" = "euro"): Record<string, unknown> {
  return { id: "proef", title: "Proef", region: "Testregio", year: 2024, source: "test", rounding: { unit, mode: "half-up" }, components: structuredClone(COMPONENTS) };
}

const agreed = (unit: "cent" | "euro" = "euro"): Schedule => deepFreeze(parseSchedule(json(unit)));

type Issue = [field: string, nl: string, en: string];

function refusal(run: () => unknown): Issue[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ScheduleError) {
      expect([e.field, e.message, e.messageEn]).toEqual([e.issues[0].field, e.issues[0].message, e.issues[0].messageEn]);
      return e.issues.map((i) => [i.field, i.message, i.messageEn]);
    }
    throw e;
  }
  throw new Error("expected a ScheduleError");
}

/** The schedule's JSON with one component's fields changed by hand, for parseSchedule to judge. */
function editedByHand(unit: "cent" | "euro", edit: (components: Record<string, unknown>[]) => void): Record<string, unknown> {
  const j = json(unit);
  edit(j.components as Record<string, unknown>[]);
  return j;
}

describe("applyOverrides refuses what the edit makes wrong, as the parse pass did", () => {
  const cases: { name: string; unit?: "cent" | "euro"; overrides: Overrides; hand?: (c: Record<string, unknown>[]) => void; issues: Issue[] }[] = [
    {
      name: "a rate with more than 10 decimals",
      overrides: { rates: { basis: "0,12345678901" } },
      hand: (c) => (c[0].rate = "0.12345678901"),
      issues: [["components[0].rate", "proef, components[0].rate: heeft meer dan 10 decimalen (0.12345678901).", "proef, components[0].rate: has more than 10 decimals (0.12345678901)."]],
    },
    {
      name: "a rate with more than 12 digits before the point",
      overrides: { rates: { basis: "1234567890123" } },
      hand: (c) => (c[0].rate = "1234567890123"),
      issues: [["components[0].rate", "proef, components[0].rate: heeft meer dan 12 cijfers voor de punt.", "proef, components[0].rate: has more than 12 digits before the point."]],
    },
    {
      name: "a rate per unit with more than 10 decimals",
      overrides: { rates: { woning: "1.00000000001" } },
      hand: (c) => (c[1].rate = "1.00000000001"),
      issues: [["components[1].rate", "proef, components[1].rate: heeft meer dan 10 decimalen (1.00000000001).", "proef, components[1].rate: has more than 10 decimals (1.00000000001)."]],
    },
    {
      name: "a total with more than 12 digits before the point",
      overrides: { rates: { pop: "1234567890123" } },
      hand: (c) => (c[3].total = "1234567890123"),
      issues: [["components[3].total", "proef, components[3].total: heeft meer dan 12 cijfers voor de punt.", "proef, components[3].total: has more than 12 digits before the point."]],
    },
    {
      name: "a fixed-percentage total with more than 12 digits",
      overrides: { rates: { bijdrage: "9999999999999" } },
      hand: (c) => (c[4].total = "9999999999999"),
      issues: [["components[4].total", "proef, components[4].total: heeft meer dan 12 cijfers voor de punt.", "proef, components[4].total: has more than 12 digits before the point."]],
    },
    {
      name: "weights that no longer add up to 1",
      overrides: { weights: { aandeel: { inwoners: "0,6" } } },
      hand: (c) => ((c[2].key as { weight: string }[])[0].weight = "0.6"),
      issues: [["components[2].key", "proef, components[2].key: de gewichten tellen op tot 1.1; samen moeten ze precies 1 zijn (bijvoorbeeld 0.5 + 0.3 + 0.2).", "proef, components[2].key: the weights add up to 1.1; together they must be exactly 1 (e.g. 0.5 + 0.3 + 0.2)."]],
    },
    {
      name: "a weight of 0",
      overrides: { weights: { aandeel: { inwoners: "0", woningen: "1" } } },
      hand: (c) => {
        const key = c[2].key as { weight: string }[];
        key[0].weight = "0";
        key[1].weight = "1";
      },
      issues: [["components[2].key[0].weight", "proef, components[2].key[0].weight: moet groter dan 0 zijn; laat een maatstaf zonder gewicht weg.", "proef, components[2].key[0].weight: must be greater than 0; leave out a measure without weight."]],
    },
    {
      name: "a weight with more than 10 decimals, which also breaks the sum",
      overrides: { weights: { aandeel: { inwoners: "0.50000000001" } } },
      hand: (c) => ((c[2].key as { weight: string }[])[0].weight = "0.50000000001"),
      issues: [
        ["components[2].key[0].weight", "proef, components[2].key[0].weight: heeft meer dan 10 decimalen (0.50000000001).", "proef, components[2].key[0].weight: has more than 10 decimals (0.50000000001)."],
        ["components[2].key", "proef, components[2].key: de gewichten tellen op tot 1.00000000001; samen moeten ze precies 1 zijn (bijvoorbeeld 0.5 + 0.3 + 0.2).", "proef, components[2].key: the weights add up to 1.00000000001; together they must be exactly 1 (e.g. 0.5 + 0.3 + 0.2)."],
      ],
    },
    {
      name: "percentages that no longer add up to 100",
      overrides: { percentages: { bijdrage: { Venlo: "65" } } },
      hand: (c) => ((c[4].percentages as Record<string, string>).Venlo = "65"),
      issues: [["components[4].percentages", "proef, components[4].percentages: de percentages tellen op tot 105; samen moeten ze precies 100 zijn.", "proef, components[4].percentages: the percentages add up to 105; together they must be exactly 100."]],
    },
    {
      name: "a percentage with more than 12 digits, and the sum",
      overrides: { percentages: { bijdrage: { Weert: "1234567890123" } } },
      hand: (c) => ((c[4].percentages as Record<string, string>).Weert = "1234567890123"),
      issues: [
        ['components[4].percentages.Weert', "proef, components[4].percentages.Weert: heeft meer dan 12 cijfers voor de punt.", "proef, components[4].percentages.Weert: has more than 12 digits before the point."],
        ["components[4].percentages", "proef, components[4].percentages: de percentages tellen op tot 1234567890183; samen moeten ze precies 100 zijn.", "proef, components[4].percentages: the percentages add up to 1234567890183; together they must be exactly 100."],
      ],
    },
    {
      name: "problems in several components, in the order of the schedule",
      overrides: { rates: { pop: "1234567890123", basis: "0.12345678901" }, weights: { aandeel: { woningen: "0.6" } } },
      hand: (c) => {
        c[0].rate = "0.12345678901";
        c[3].total = "1234567890123";
        (c[2].key as { weight: string }[])[1].weight = "0.6";
      },
      issues: [
        ["components[0].rate", "proef, components[0].rate: heeft meer dan 10 decimalen (0.12345678901).", "proef, components[0].rate: has more than 10 decimals (0.12345678901)."],
        ["components[2].key", "proef, components[2].key: de gewichten tellen op tot 1.1; samen moeten ze precies 1 zijn (bijvoorbeeld 0.5 + 0.3 + 0.2).", "proef, components[2].key: the weights add up to 1.1; together they must be exactly 1 (e.g. 0.5 + 0.3 + 0.2)."],
        ["components[3].total", "proef, components[3].total: heeft meer dan 12 cijfers voor de punt.", "proef, components[3].total: has more than 12 digits before the point."],
      ],
    },
  ];

  it.each(cases)("$name", ({ unit = "euro", overrides, hand, issues }) => {
    const schedule = agreed(unit);
    expect(refusal(() => applyOverrides(schedule, overrides))).toEqual(issues);
    if (hand) expect(refusal(() => parseSchedule(editedByHand(unit, hand), schedule.id))).toEqual(issues);
  });
});

describe("applyOverrides refuses an edit it cannot make, before any value check", () => {
  const cases: { name: string; unit?: "cent" | "euro"; overrides: Overrides; issues: Issue[] }[] = [
    {
      name: "an unknown component",
      overrides: { rates: { nope: "1" } },
      issues: [["rates.nope", 'proef, rates.nope: verdeelsleutel proef heeft geen onderdeel "nope"; onderdelen: basis, woning, aandeel, pop, bijdrage, vast.', 'proef, rates.nope: schedule proef has no component "nope"; components: basis, woning, aandeel, pop, bijdrage, vast.']],
    },
    {
      name: "a rate for fixed amounts",
      overrides: { rates: { vast: "1" } },
      issues: [["rates.vast", 'proef, rates.vast: onderdeel "vast" heeft vaste bedragen per gemeente en geen tarief of totaal om aan te passen.', 'proef, rates.vast: component "vast" has fixed amounts per municipality and no rate or total to change.']],
    },
    {
      name: "a negative rate",
      overrides: { rates: { basis: "-0,07" } },
      issues: [["rates.basis", 'proef, rates.basis: "-0,07" is geen bedrag ≥ 0 voor onderdeel "basis"; schrijf bijvoorbeeld 0,07 of 0.07 (geen scheiding voor duizendtallen: 90000).', 'proef, rates.basis: "-0,07" is not an amount ≥ 0 for component "basis"; write e.g. 0.07 or 0,07 (no thousands separator: 90000).']],
    },
    {
      name: "a total with more decimals than the unit",
      overrides: { rates: { pop: "1000,5" } },
      issues: [["rates.pop", "proef, rates.pop: 1000,5 heeft meer decimalen dan de verdeelsleutel afrondt (op hele euro's); het totaal wordt niet stilzwijgend afgerond: typ een bedrag in hele euro's.", "proef, rates.pop: 1000,5 has more decimals than the schedule rounds to (whole euros); the total is not rounded silently: type an amount in whole euros."]],
    },
    {
      name: "a total with more decimals than cents",
      unit: "cent",
      overrides: { rates: { bijdrage: "2000.005" } },
      issues: [["rates.bijdrage", "proef, rates.bijdrage: 2000.005 heeft meer decimalen dan de verdeelsleutel afrondt (op centen); het totaal wordt niet stilzwijgend afgerond: typ een bedrag in centen.", "proef, rates.bijdrage: 2000.005 has more decimals than the schedule rounds to (cents); the total is not rounded silently: type an amount in cents."]],
    },
    {
      name: "weights for a component without a weighted key",
      overrides: { weights: { pop: { inwoners: "1" } } },
      issues: [["weights.pop", 'proef, weights.pop: onderdeel "pop" heeft geen gewogen sleutel.', 'proef, weights.pop: component "pop" has no weighted key.']],
    },
    {
      name: "a weight for a measure the key does not have",
      overrides: { weights: { aandeel: { oppervlakte: "0,1" } } },
      issues: [["weights.aandeel.oppervlakte", 'proef, weights.aandeel.oppervlakte: de sleutel van "aandeel" heeft geen maatstaf oppervlakte; maatstaven: inwoners, woningen.', 'proef, weights.aandeel.oppervlakte: the key of "aandeel" has no measure oppervlakte; measures: inwoners, woningen.']],
    },
    {
      name: "a weight that is not a number",
      overrides: { weights: { aandeel: { inwoners: "half" } } },
      issues: [["weights.aandeel.inwoners", 'proef, weights.aandeel.inwoners: "half" is geen getal ≥ 0 voor het gewicht van inwoners; schrijf bijvoorbeeld 0,07 of 0.07 (geen scheiding voor duizendtallen: 90000).', 'proef, weights.aandeel.inwoners: "half" is not a number ≥ 0 for the weight of inwoners; write e.g. 0.07 or 0,07 (no thousands separator: 90000).']],
    },
    {
      name: "percentages for a component without them",
      overrides: { percentages: { basis: { Venlo: "1" } } },
      issues: [["percentages.basis", 'proef, percentages.basis: onderdeel "basis" verdeelt niet met vaste percentages.', 'proef, percentages.basis: component "basis" does not split by fixed percentages.']],
    },
    {
      name: "a percentage for a key the component does not have",
      overrides: { percentages: { bijdrage: { Venray: "10" } } },
      issues: [['percentages.bijdrage["Venray"]', 'proef, percentages.bijdrage["Venray"]: onderdeel "bijdrage" heeft geen percentage voor "Venray".', 'proef, percentages.bijdrage["Venray"]: component "bijdrage" has no percentage for "Venray".']],
    },
    {
      name: "a percentage written with a thousands separator",
      overrides: { percentages: { bijdrage: { Venlo: "1.000" } } },
      issues: [['percentages.bijdrage["Venlo"]', 'proef, percentages.bijdrage["Venlo"]: "1.000" is geen getal ≥ 0 voor het percentage van "Venlo"; schrijf bijvoorbeeld 0,07 of 0.07 (geen scheiding voor duizendtallen: 90000).', 'proef, percentages.bijdrage["Venlo"]: "1.000" is not a number ≥ 0 for the percentage of "Venlo"; write e.g. 0.07 or 0,07 (no thousands separator: 90000).']],
    },
    {
      name: "a budget line for an unknown component",
      overrides: { budgetLines: { nope: "1" } },
      issues: [["budgetLines.nope", 'proef, budgetLines.nope: verdeelsleutel proef heeft geen onderdeel "nope"; onderdelen: basis, woning, aandeel, pop, bijdrage, vast.', 'proef, budgetLines.nope: schedule proef has no component "nope"; components: basis, woning, aandeel, pop, bijdrage, vast.']],
    },
  ];

  it.each(cases)("$name", ({ unit = "euro", overrides, issues }) => {
    expect(refusal(() => applyOverrides(agreed(unit), overrides))).toEqual(issues);
  });

  it("refuses a value that is not text (a caller in JavaScript) as not a value, not with a TypeError", () => {
    const issues = refusal(() => applyOverrides(agreed(), { rates: { basis: 7 as unknown as string } }));
    expect(issues).toEqual([["rates.basis", 'proef, rates.basis: "7" is geen bedrag ≥ 0 voor onderdeel "basis"; schrijf bijvoorbeeld 0,07 of 0.07 (geen scheiding voor duizendtallen: 90000).', 'proef, rates.basis: "7" is not an amount ≥ 0 for component "basis"; write e.g. 0.07 or 0,07 (no thousands separator: 90000).']]);
  });

  it("reports these before the value checks: a wrong value beside an unknown component gives only the edit's problems", () => {
    const issues = refusal(() => applyOverrides(agreed(), { rates: { nope: "1", basis: "0.12345678901" } }));
    expect(issues.map(([field]) => field)).toEqual(["rates.nope"]);
  });
});
