import { parseSchedule } from "../../src/allocation/schema";
import { scheduleToJson } from "../../src/allocation/schedule-json";
import { bundledSchedules, findSchedule } from "../../src/schedules";

const ids = [
  "limburg-2019-overbrugging",
  "limburg-2020",
  "limburg-voorstel-2019",
  "limburg-voorstel-2020",
  "nml-2022",
  "nml-2023",
  "nhn-2020",
  "gooi-vechtstreek-voorbeeld",
];

describe("bundled schedules", () => {
  it("are the seven schedules of the seeds and the illustrative weighted key, each valid", () => {
    expect(bundledSchedules().map((s) => s.id)).toEqual(ids);
  });

  it.each(ids)("%s round-trips through its JSON form", (id) => {
    const s = findSchedule(id);
    expect(s).toBeDefined();
    expect(parseSchedule(JSON.parse(scheduleToJson(s!)))).toEqual(s);
  });

  it.each(ids)("%s names its decision paper and states its assumptions in Dutch and English", (id) => {
    const s = findSchedule(id)!;
    expect(s.source.length).toBeGreaterThan(20);
    expect(s.note).toContain(" — EN: ");
    expect(typeof s.title === "object" && s.title.en).toBeTruthy();
  });

  it("contain no phone numbers or e-mail addresses", () => {
    const text = bundledSchedules().map((s) => scheduleToJson(s)).join("\n");
    expect(text).not.toMatch(/\b0\d{2,3}[- ]?\d{6,7}\b/);
    expect(text).not.toMatch(/\(0\d/);
    expect(text).not.toMatch(/@/);
  });

  it("have no default budget line: the codes in the seeds are Weert's own, and are named in the notes", () => {
    expect(bundledSchedules().flatMap((s) => s.components).filter((c) => c.budgetLine !== undefined)).toEqual([]);
    expect(findSchedule("limburg-voorstel-2019")!.note).toContain("6700001");
    expect(findSchedule("limburg-voorstel-2020")!.note).toContain("6700001");
    expect(findSchedule("nml-2022")!.note).toContain("56814/44320");
    expect(findSchedule("nml-2023")!.note).toContain("56814/44320");
  });

  it("state that the November 2018 key is an assumption and Weert's figures an estimate", () => {
    const note = findSchedule("limburg-voorstel-2019")!.note!;
    expect(note).toContain("geen verdeelsleutel");
    expect(note).toContain("naar rato van maanden");
    expect(note).toContain("9/12");
    expect(note).toContain("€ 3.750");
    expect(note).toContain("ongeveer € 4.500");
    expect(note).toContain("afgeronde schatting");
  });

  it("are deeply frozen; a new array is returned each time", () => {
    const [first] = bundledSchedules();
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.components[0])).toBe(true);
    expect(Object.isFrozen(first.rounding)).toBe(true);
    expect(() => {
      (first.components[0] as { rate: string }).rate = "1";
    }).toThrow(TypeError);
    bundledSchedules().pop();
    expect(bundledSchedules()).toHaveLength(ids.length);
  });

  it("are found by id, trimmed and in any case", () => {
    expect(findSchedule(" NML-2023 ")?.id).toBe("nml-2023");
    expect(findSchedule("gooi-2022")).toBeUndefined();
  });
});
