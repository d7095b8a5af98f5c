import { ScheduleError } from "../../src/allocation/errors";
import { parseSchedule } from "../../src/allocation/schema";
import { scheduleToJson } from "../../src/allocation/schedule-json";
import type { Schedule } from "../../src/allocation/types";

function valid(): Record<string, unknown> {
  return {
    id: "nml-2023",
    title: { nl: "Noord- en Midden-Limburg 2023", en: "North and Central Limburg 2023" },
    region: "Noord- en Midden-Limburg",
    year: 2023,
    source: "B&W-voorstel",
    rounding: { unit: "euro", mode: "half-up" },
    components: [
      { id: "basis", label: "Basis", kind: "per-inhabitant", rate: "0.08" },
      { id: "uitbreiding", label: { nl: "Uitbreiding", en: "Extension" }, kind: "per-inhabitant", rate: "0.07", budgetLine: "56814/44320" },
    ],
  };
}

// Test edits reach into arbitrary JSON, including wrong types on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** The valid schedule with one change made by `edit`. */
function withChange(edit: (s: Json) => void): Record<string, unknown> {
  const s = valid();
  edit(s);
  return s;
}

function errorOf(json: unknown, origin?: string): ScheduleError {
  try {
    parseSchedule(json, origin);
  } catch (e) {
    if (e instanceof ScheduleError) return e;
    throw e;
  }
  throw new Error("expected a ScheduleError");
}

describe("parseSchedule: valid schedules", () => {
  it("accepts the documented format and returns a copy", () => {
    const json = valid();
    const s = parseSchedule(json);
    expect(s).toEqual(json);
    expect(s).not.toBe(json);
  });

  it("accepts every kind, a period, a note and a population date", () => {
    const s = parseSchedule(
      withChange((x) => {
        x.note = "aanname";
        x.populationDate = "CBS, 1 januari 2023";
        x.rounding = { unit: "cent", mode: "half-even" };
        x.components.push({ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "90000" });
        x.components.push({ id: "vast", label: "Vast", kind: "fixed-amount", amounts: { GM0361: "25000.00" } });
        x.components[0].period = { from: "2023-05-01", to: "2023-12-31", prorate: "months" };
      }),
    );
    expect(s.components.map((c) => c.kind)).toEqual(["per-inhabitant", "per-inhabitant", "share-of-total", "fixed-amount"]);
  });

  it("round-trips through scheduleToJson", () => {
    const s = parseSchedule(withChange((x) => (x.components[0].period = { from: "2023-01-01", to: "2023-06-30", prorate: "days" })));
    const text = scheduleToJson(s);
    expect(text.endsWith("\n")).toBe(true);
    expect(parseSchedule(JSON.parse(text))).toEqual(s);
    expect(Object.keys(JSON.parse(text))).toEqual(["id", "title", "region", "year", "source", "rounding", "components"]);
  });
});

// Each case: a change, the field that must be named, a Dutch and an English fragment.
const cases: [string, (s: Json) => void, string, string, string][] = [
  ["a JSON number as rate", (s) => (s.components[1].rate = 0.07), "components[1].rate", 'schrijf het bedrag als tekst tussen aanhalingstekens, bijvoorbeeld "0.07"', 'write the amount as a string in quotes, e.g. "0.07"'],
  ["a JSON number as total", (s) => (s.components[0] = { id: "a", label: "A", kind: "share-of-total", total: 90000 }), "components[0].total", '"90000" in plaats van 90000', '"90000" instead of 90000'],
  ["a JSON number as fixed amount", (s) => (s.components[0] = { id: "a", label: "A", kind: "fixed-amount", amounts: { Alkmaar: 25000 } }), "components[0].amounts.Alkmaar", "als tekst", "as a string"],
  ["a rate with a decimal comma", (s) => (s.components[0].rate = "0,08"), "components[0].rate", '"0,08" is geen decimaal getal', '"0,08" is not a decimal number'],
  ["a negative rate", (s) => (s.components[0].rate = "-0.08"), "components[0].rate", "mag niet negatief zijn (-0.08)", "must not be negative (-0.08)"],
  ["a rate with too many decimals", (s) => (s.components[0].rate = "0.12345678901"), "components[0].rate", "meer dan 10 decimalen", "more than 10 decimals"],
  ["a fixed amount finer than the unit", (s) => (s.components[0] = { id: "a", label: "A", kind: "fixed-amount", amounts: { "Bergen (NH)": "1.50" } }), 'components[0].amounts["Bergen (NH)"]', "meer dan 0 decimalen", "more than 0 decimals"],
  ["an empty amounts object", (s) => (s.components[0] = { id: "a", label: "A", kind: "fixed-amount", amounts: {} }), "components[0].amounts", "minstens één gemeente", "at least one municipality"],
  ["a missing rate", (s) => delete s.components[0].rate, "components[0].rate", 'ontbreekt (verplicht bij kind "per-inhabitant")', 'is missing (required for kind "per-inhabitant")'],
  ["a share-of-total without total", (s) => (s.components[0].kind = "share-of-total"), "components[0].total", 'ontbreekt (verplicht bij kind "share-of-total")', 'is missing (required for kind "share-of-total")'],
  ["an unknown kind", (s) => (s.components[0].kind = "per-capita"), "components[0].kind", 'onbekende soort "per-capita"', 'unknown kind "per-capita"'],
  ["a missing kind", (s) => delete s.components[0].kind, "components[0].kind", "ontbreekt; kies", "is missing; choose"],
  ["an unknown top-level field", (s) => (s.rate = "0.08"), "rate", "onbekend veld (spelfout?); toegestaan: id, title", "unknown field (a typo?); allowed: id, title"],
  ["an unknown component field", (s) => (s.components[1].budgetline = "1"), "components[1].budgetline", "toegestaan: id, label, kind, period, budgetLine, rate", "allowed: id, label, kind, period, budgetLine, rate"],
  ["an unknown period field", (s) => (s.components[0].period = { from: "2023-01-01", to: "2023-12-31", prorate: "none", factor: "1" }), "components[0].period.factor", "toegestaan: from, to, prorate", "allowed: from, to, prorate"],
  ["a component id with capitals", (s) => (s.components[0].id = "Basis"), "components[0].id", '"Basis" is geen geldige id', '"Basis" is not a valid id'],
  ["a duplicate component id", (s) => (s.components[1].id = "basis"), "components[1].id", 'komt al voor bij components[0]', "is already used by components[0]"],
  ["a schedule id with a space", (s) => (s.id = "nml 2023"), "id", '"nml 2023" is geen geldige id', '"nml 2023" is not a valid id'],
  ["a year with a fraction", (s) => (s.year = 2023.5), "year", "moet een geheel getal zijn", "must be a whole number"],
  ["a year as text", (s) => (s.year = "2023"), "year", "moet een getal zijn, niet tekst", "must be a number, not a string"],
  ["a year too early", (s) => (s.year = 1899), "year", "moet minstens 1900 zijn", "must be at least 1900"],
  ["a year too late", (s) => (s.year = 2201), "year", "mag hoogstens 2200 zijn", "must be at most 2200"],
  ["a title as number", (s) => (s.title = 5), "title", "moet tekst zijn of een object", "must be a string or an object"],
  ["a title object without nl", (s) => (s.title = { en: "x" }), "title.nl", "ontbreekt", "is missing"],
  ["an empty title", (s) => (s.title = "  "), "title", "mag niet leeg zijn", "must not be empty"],
  ["an empty Dutch label", (s) => (s.components[1].label = { nl: "", en: "Extension" }), "components[1].label.nl", "mag niet leeg zijn", "must not be empty"],
  ["a missing region", (s) => delete s.region, "region", "ontbreekt (verplicht veld)", "is missing (required field)"],
  ["an empty source", (s) => (s.source = ""), "source", "mag niet leeg zijn", "must not be empty"],
  ["an unknown rounding unit", (s) => (s.rounding.unit = "cents"), "rounding.unit", '"cents" is niet toegestaan; kies uit "cent", "euro"', '"cents" is not allowed; choose from "cent", "euro"'],
  ["a missing rounding mode", (s) => delete s.rounding.mode, "rounding.mode", "ontbreekt", "is missing"],
  ["no components", (s) => (s.components = []), "components", "minstens één onderdeel", "at least one component"],
  ["components not a list", (s) => (s.components = {}), "components", "moet een lijst [ … ] zijn, niet een object", "must be a list [ … ], not an object"],
  ["an empty budget line", (s) => (s.components[1].budgetLine = " "), "components[1].budgetLine", "mag niet leeg zijn", "must not be empty"],
  ["a months period from the 15th", (s) => (s.components[0].period = { from: "2023-05-15", to: "2023-12-31", prorate: "months" }), "components[0].period.from", 'gebruik prorate "days"', 'use prorate "days"'],
  ["a period outside the year", (s) => (s.components[0].period = { from: "2022-05-01", to: "2022-12-31", prorate: "none" }), "components[0].period.from", "niet in het jaar van de verdeelsleutel (2023)", "does not lie in the schedule's year (2023)"],
  ["a period that ends before it starts", (s) => (s.components[0].period = { from: "2023-05-01", to: "2023-04-30", prorate: "days" }), "components[0].period.to", "ligt vóór from", "lies before from"],
  ["an unknown prorate", (s) => (s.components[0].period = { from: "2023-05-01", to: "2023-12-31", prorate: "weeks" }), "components[0].period.prorate", '"weeks" is niet toegestaan', '"weeks" is not allowed'],
  ["a date in another format", (s) => (s.components[0].period = { from: "1-5-2023", to: "2023-12-31", prorate: "days" }), "components[0].period.from", "JJJJ-MM-DD", "YYYY-MM-DD"],
];

describe("parseSchedule: messages name the field, in Dutch and English", () => {
  it.each(cases)("%s", (_name, edit, field, nl, en) => {
    const e = errorOf(withChange(edit), "mijn.json");
    expect(e.field).toBe(field);
    expect(e.origin).toBe("mijn.json");
    expect(e.message.startsWith(`mijn.json, ${field}: `)).toBe(true);
    expect(e.messageEn.startsWith(`mijn.json, ${field}: `)).toBe(true);
    expect(e.message).toContain(nl);
    expect(e.messageEn).toContain(en);
  });

  it("refuses something that is not an object, naming the whole schedule", () => {
    const e = errorOf("nml-2023");
    expect(e.field).toBe("");
    expect(e.message).toBe("(hele schema): moet een JSON-object { … } zijn.");
    expect(e.messageEn).toBe("(whole schedule): must be a JSON object { … }.");
  });

  it("lists every problem in issues, the first one in the message", () => {
    const e = errorOf(withChange((s) => {
      s.year = "x";
      s.components[0].rate = 0.08;
      s.colour = "red";
    }));
    expect(e.issues.map((i) => i.field)).toEqual(["year", "components[0].rate", "colour"]);
    expect(e.issues.every((i) => i.message.startsWith(`${i.field}: `) && i.messageEn.startsWith(`${i.field}: `))).toBe(true);
    expect(e.message).toBe(e.issues[0].message);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("ScheduleError");
  });

  it("names a rate given to a share-of-total as an unknown field, allowing total and key", () => {
    const e = errorOf(withChange((s) => (s.components[0].kind = "share-of-total")));
    const rate = e.issues.find((i) => i.field === "components[0].rate");
    expect(rate?.message).toBe("components[0].rate: onbekend veld (spelfout?); toegestaan: id, label, kind, period, budgetLine, total, key.");
    expect(rate?.messageEn).toBe("components[0].rate: unknown field (a typo?); allowed: id, label, kind, period, budgetLine, total, key.");
  });

  it("keeps the parsed result typed as a Schedule", () => {
    const s: Schedule = parseSchedule(valid());
    expect(s.rounding.unit).toBe("euro");
  });
});
