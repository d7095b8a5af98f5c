// The form's validation: the command's schema messages, each on its field; the editor's own
// checks (not an amount, a duplicate row, a bundled id); a schedule only when nothing is wrong.
import { parseSchedule, ScheduleError } from "../../../src/allocation";
import { bundledSchedules } from "../../../src/schedules";
import { emptyForm, formToJson, scheduleToForm, type ScheduleForm } from "../../../src/taskpane/editor/form";
import { addRows, updateComponent } from "../../../src/taskpane/editor/form-edit";
import { problemText, validateForm, type FieldIssue } from "../../../src/taskpane/editor/validate";
import { FULL } from "./helpers";

const BUNDLED_IDS = bundledSchedules().map((s) => s.id);

function issuesOf(form: ScheduleForm): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of validateForm(form, BUNDLED_IDS).issues) (out[issue.key] ??= []).push(problemText(issue, "nl"));
  return out;
}

function parseIssues(form: ScheduleForm): string[] {
  try {
    parseSchedule(formToJson(form));
    return [];
  } catch (e) {
    return (e as ScheduleError).issues.map((i) => i.message);
  }
}

const valid = (): ScheduleForm => scheduleToForm(FULL, "nl");

describe("validateForm", () => {
  test("a valid form gives the schedule parseSchedule gives, and no issues", () => {
    const v = validateForm(valid(), BUNDLED_IDS);
    expect(v.issues).toEqual([]);
    expect(v.schedule).toEqual(FULL);
  });

  test("a new, empty form: every required field at once, even though the year is missing too", () => {
    const form = { ...emptyForm(2023), year: "" };
    const keys = Object.keys(issuesOf(form));
    expect(keys.sort()).toEqual(["id", "k1.rate", "region", "source", "title.nl", "year"].sort());
    expect(issuesOf(form).year).toEqual(["Ontbreekt (verplicht veld)."]);
    expect(issuesOf(form)["title.nl"]).toEqual(["Mag niet leeg zijn."]);
    expect(issuesOf(form)["k1.rate"]).toEqual(["Vul een bedrag in, bijvoorbeeld 0,08."]);
    expect(validateForm(form, BUNDLED_IDS).schedule).toBeUndefined();
  });

  test("each schema message lands on the field it names, as parseSchedule words it", () => {
    let form = valid();
    const [basis, uitbreiding, aandeel, vast] = form.components;
    form = { ...form, id: "Proef 2022", year: "1800" };
    form = updateComponent(form, basis.key, { id: "Basis", labelNl: " ", rate: "-0,05" });
    form = updateComponent(form, uitbreiding.key, {
      id: "aandeel",
      period: { enabled: true, from: "2022-06-01", to: "2022-05-31", prorate: "none" },
    });
    form = updateComponent(form, aandeel.key, {
      total: "0,12345678901",
      period: { enabled: true, from: "2022-04-02", to: "2022-12-30", prorate: "months" },
    });
    form = updateComponent(form, vast.key, {
      amounts: [
        { ...vast.amounts[0], amount: "100,50" },
        { ...vast.amounts[1], name: " " },
      ],
    });
    const issues = issuesOf(form);
    expect(issues).toEqual({
      id: ['"Proef 2022" is geen geldige id: kleine letters, cijfers en -, bijvoorbeeld "nml-2023".'],
      year: ["Moet minstens 1900 zijn."],
      [`${basis.key}.id`]: [
        '"Basis" is geen geldige id: kleine letters, cijfers en -, beginnend met een letter (bijvoorbeeld "basis").',
      ],
      [`${basis.key}.label.nl`]: ["Mag niet leeg zijn."],
      [`${basis.key}.rate`]: ["Mag niet negatief zijn (-0.05)."],
      [`${uitbreiding.key}.period.to`]: ["Ligt vóór from (2022-06-01)."],
      [`${aandeel.key}.id`]: ['"aandeel" komt al voor bij components[1]; elke id moet uniek zijn.'],
      [`${aandeel.key}.total`]: ["Heeft meer dan 0 decimalen (0.12345678901)."],
      [`${aandeel.key}.period.from`]: [
        'Moet de eerste dag van een maand zijn bij prorate "months"; gebruik prorate "days" voor een deel van een maand.',
      ],
      [`${aandeel.key}.period.to`]: [
        'Moet de laatste dag van een maand zijn bij prorate "months"; gebruik prorate "days" voor een deel van een maand.',
      ],
      [`${vast.key}.amounts.${vast.amounts[0].key}.amount`]: ["Heeft meer dan 0 decimalen (100.50)."],
      [`${vast.key}.amounts.${vast.amounts[1].key}.name`]: ["De sleutel moet een CBS-code of gemeentenaam zijn."],
    });
    // The same messages as the command's parseSchedule (apart from the year, which stops it first).
    const withYear = parseIssues({ ...form, year: "2022" });
    for (const issue of validateForm({ ...form, year: "2022" }, BUNDLED_IDS).issues) expect(withYear).toContain(issue.message);
  });

  test("a period outside the schedule's year is named on from; with no valid year the period is still checked", () => {
    let form = valid();
    const key = form.components[1].key;
    form = updateComponent(form, key, { period: { enabled: true, from: "2021-05-01", to: "2021-12-31", prorate: "none" } });
    expect(issuesOf(form)[`${key}.period.from`]).toEqual(["Ligt niet in het jaar van de verdeelsleutel (2022)."]);
    const noYear = {
      ...updateComponent(form, key, { period: { enabled: true, from: "", to: "2021-12-31", prorate: "none" } }),
      year: "twintig",
    };
    expect(issuesOf(noYear)).toEqual({
      year: ["Moet een getal zijn, niet tekst."],
      [`${key}.period.from`]: ['Moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld "2019-04-01".'],
    });
  });

  test("an amount that is not one: the editor's own message instead of the schema's; 90.000 never passes as 90", () => {
    let form = valid();
    const key = form.components[0].key;
    form = updateComponent(form, key, { rate: "90.000" });
    expect(parseIssues(form)).toEqual([]);
    expect(issuesOf(form)).toEqual({
      [`${key}.rate`]: [
        '"90.000" is geen bedrag; schrijf bijvoorbeeld 0,08 of 0.08, zonder € en zonder scheidingsteken voor duizendtallen (90000).',
      ],
    });
    expect(validateForm(form, BUNDLED_IDS).schedule).toBeUndefined();
    form = updateComponent(form, key, { rate: "0,0x" });
    expect(issuesOf(form)[`${key}.rate`]).toHaveLength(1);
    expect(issuesOf(form)[`${key}.rate`][0]).toContain('"0,0x" is geen bedrag');
  });

  test("rows: a duplicate (also by accents and case) is named on its name, an empty list on the list", () => {
    let form = valid();
    const vast = form.components[3];
    form = addRows(form, vast.key, [{ name: "WEERT", amount: "1" }]).form;
    const dup = form.components[3].amounts[3];
    expect(issuesOf(form)[`${vast.key}.amounts.${dup.key}.name`]).toEqual([
      '"WEERT" staat al in een eerdere rij; elke gemeente mag één keer voorkomen.',
    ]);
    const empty = updateComponent(valid(), vast.key, { amounts: [] });
    expect(issuesOf(empty)).toEqual({ [`${vast.key}.amounts`]: ["Moet minstens één gemeente met bedrag bevatten."] });
    const none = { ...valid(), components: [] };
    expect(issuesOf(none)).toEqual({ components: ["Moet minstens één onderdeel bevatten."] });
  });

  test("two nameless rows both get the message", () => {
    const form = addRows(valid(), valid().components[3].key, [
      { name: "", amount: "1" },
      { name: " ", amount: "2" },
    ]).form;
    const rows = form.components[3].amounts.slice(3);
    const issues = issuesOf(form);
    for (const row of rows)
      expect(issues[`${form.components[3].key}.amounts.${row.key}.name`]).toEqual([
        "De sleutel moet een CBS-code of gemeentenaam zijn.",
      ]);
  });

  test("an id of a bundled schedule is refused (case-insensitive), in Dutch and English", () => {
    const form = { ...valid(), id: " nml-2023" };
    const issue = validateForm(form, BUNDLED_IDS).issues.find((i) => i.key === "id") as FieldIssue;
    expect(problemText(issue, "nl")).toBe(
      '"nml-2023" is al de id van een meegeleverd verdeelschema; kies een andere, bijvoorbeeld nml-2023-eigen.',
    );
    expect(problemText(issue, "en")).toBe(
      '"nml-2023" is already the id of a bundled schedule; choose another, e.g. nml-2023-own.',
    );
    expect(validateForm(form, BUNDLED_IDS).schedule).toBeUndefined();
    expect(validateForm(form, ["NML-2023"]).schedule).toBeUndefined();
    expect(validateForm(form, []).schedule?.id).toBe("nml-2023");
  });

  test("English text of a schema message, without the path", () => {
    const form = updateComponent(valid(), valid().components[0].key, { rate: "-1" });
    const issue = validateForm(form, BUNDLED_IDS).issues[0];
    expect(issue.messageEn).toBe("components[0].rate: must not be negative (-1).");
    expect(problemText(issue, "en")).toBe("Must not be negative (-1).");
  });
});
