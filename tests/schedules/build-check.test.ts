// The bundled schedules are checked with parseSchedule when they are built, not when the pane
// opens (scripts/schedule-check.js): what the pane loads must be exactly what the parser reads
// from each file, and the check must name the file and the field of a broken one.
import fs from "node:fs";
import path from "node:path";
import { parseSchedule } from "../../src/allocation/schema";
import { bundledSchedules, findSchedule } from "../../src/schedules";
import { SCHEDULES_DIR, scheduleFileProblems } from "../../scripts/schedule-check";

const files = fs.readdirSync(SCHEDULES_DIR).filter((f) => f.endsWith(".json")).sort();
const read = (file: string): string => fs.readFileSync(path.join(SCHEDULES_DIR, file), "utf8");

describe("the build's check of the bundled schedules", () => {
  it("bundles every JSON file of src/schedules, one schedule each", () => {
    expect(files).toHaveLength(8);
    expect(bundledSchedules().map((s) => `${s.id}.json`).sort()).toEqual(files);
  });

  it.each(files)("%s: the bundled schedule is what parseSchedule reads from the file, and the check passes it", (file) => {
    const parsed = parseSchedule(JSON.parse(read(file)), `src/schedules/${file}`);
    expect(findSchedule(parsed.id)).toEqual(parsed);
    expect(scheduleFileProblems(read(file), file, parseSchedule)).toEqual([]);
  });

  it("names the file and the field of a broken file, in Dutch and English", () => {
    const broken = read("nml-2023.json").replace('"rate": "0.07"', '"rate": 0.07');
    expect(broken).not.toBe(read("nml-2023.json"));
    expect(scheduleFileProblems(broken, path.join(SCHEDULES_DIR, "nml-2023.json"), parseSchedule)).toEqual([
      'src/schedules/nml-2023.json, components[1].rate: schrijf het bedrag als tekst tussen aanhalingstekens, bijvoorbeeld "0.07" in plaats van 0.07: een JSON-getal is een binair getal en niet exact.',
      '  src/schedules/nml-2023.json, components[1].rate: write the amount as a string in quotes, e.g. "0.07" instead of 0.07: a JSON number is binary and not exact.',
    ]);
  });

  it("refuses an unknown field, text that is not JSON, and an id that is not the file's name", () => {
    const typo = read("limburg-2020.json").replace('"region"', '"regio"');
    expect(scheduleFileProblems(typo, "limburg-2020.json", parseSchedule)).toEqual(
      expect.arrayContaining([
        "src/schedules/limburg-2020.json, region: ontbreekt (verplicht veld).",
        expect.stringMatching(/^src\/schedules\/limburg-2020\.json, regio: onbekend veld/),
      ]),
    );
    expect(scheduleFileProblems("{", "limburg-2020.json", parseSchedule)[0]).toMatch(/^src\/schedules\/limburg-2020\.json: not valid JSON/);
    expect(scheduleFileProblems(read("limburg-2020.json"), "limburg-2021.json", parseSchedule)).toEqual([
      'src/schedules/limburg-2021.json: id "limburg-2020" does not match the file name',
    ]);
  });
});
