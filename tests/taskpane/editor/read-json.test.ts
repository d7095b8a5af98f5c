// Import from JSON text: the command's parseSchedule and its messages, naming the file and field.
import { scheduleToJson } from "../../../src/allocation";
import { findSchedule } from "../../../src/schedules";
import type { ScheduleIssue } from "../../../src/allocation";
import { readScheduleText } from "../../../src/taskpane/editor/read-json";
import { FULL } from "./helpers";

function issuesOf(text: string, origin: string): ScheduleIssue[] {
  const result = readScheduleText(text, origin);
  if (result.ok) throw new Error(`${origin} was read although it is not valid`);
  return result.issues;
}

describe("readScheduleText", () => {
  test("a valid schedule, also with a byte order mark, reads back as itself", () => {
    const nml = findSchedule("nml-2023");
    if (!nml) throw new Error("nml-2023 is bundled");
    expect(readScheduleText(scheduleToJson(nml), "nml.json")).toEqual({ ok: true, schedule: nml });
    expect(readScheduleText(`\uFEFF${scheduleToJson(FULL)}`, "full.json")).toEqual({ ok: true, schedule: FULL });
  });

  test("every problem, each naming the file and the field, in Dutch and English", () => {
    const json = JSON.parse(scheduleToJson(FULL)) as { components: Record<string, unknown>[]; year: unknown };
    json.components[0].rate = 0.08;
    json.components[1].budgetline = "x";
    json.year = "2022";
    const issues = issuesOf(JSON.stringify(json), "mijn-schema.json");
    expect(issues.map((i) => i.field)).toEqual(["year", "components[0].rate", "components[1].budgetline"]);
    expect(issues[1].message).toBe(
      'mijn-schema.json, components[0].rate: schrijf het bedrag als tekst tussen aanhalingstekens, bijvoorbeeld "0.08" in plaats van 0.08: een JSON-getal is een binair getal en niet exact.',
    );
    expect(issues[2].messageEn).toMatch(/^mijn-schema\.json, components\[1\]\.budgetline: unknown field \(a typo\?\); allowed: /);
  });

  test("no JSON, or nothing at all", () => {
    const broken = issuesOf('{ "id": "x", }', "kapot.json");
    expect(broken).toHaveLength(1);
    expect(broken[0].message).toMatch(/^kapot\.json: geen geldige JSON \(.+\)\.$/);
    expect(broken[0].messageEn).toMatch(/^kapot\.json: not valid JSON \(.+\)\.$/);
    expect(readScheduleText(" \n", "geplakte tekst")).toEqual({
      ok: false,
      issues: [
        {
          field: "",
          message: "geplakte tekst: leeg; kies een bestand of plak de JSON van een verdeelschema.",
          messageEn: "geplakte tekst: empty; choose a file or paste the JSON of a schedule.",
        },
      ],
    });
  });
});
