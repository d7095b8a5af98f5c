// The schedules that ship with the tool, one JSON file each, validated when this module loads:
// a broken bundled file fails loudly (in the tests first).
import { parseSchedule } from "../allocation/schema";
import type { Component, Schedule } from "../allocation/types";
import limburg2019Overbrugging from "./limburg-2019-overbrugging.json";
import limburg2020 from "./limburg-2020.json";
import limburgVoorstel2019 from "./limburg-voorstel-2019.json";
import limburgVoorstel2020 from "./limburg-voorstel-2020.json";
import nhn2020 from "./nhn-2020.json";
import nml2022 from "./nml-2022.json";
import nml2023 from "./nml-2023.json";
import gooiVechtstreekVoorbeeld from "./gooi-vechtstreek-voorbeeld.json";

const FILES: [string, unknown][] = [
  ["limburg-2019-overbrugging.json", limburg2019Overbrugging],
  ["limburg-2020.json", limburg2020],
  ["limburg-voorstel-2019.json", limburgVoorstel2019],
  ["limburg-voorstel-2020.json", limburgVoorstel2020],
  ["nml-2022.json", nml2022],
  ["nml-2023.json", nml2023],
  ["nhn-2020.json", nhn2020],
  // Not from the seeds: an illustrative weighted key (its title and note say so).
  ["gooi-vechtstreek-voorbeeld.json", gooiVechtstreekVoorbeeld],
];

function freezeComponent(c: Component): void {
  if (c.period) Object.freeze(c.period);
  if (typeof c.label !== "string") Object.freeze(c.label);
  if (c.kind === "fixed-amount") Object.freeze(c.amounts);
  if (c.kind === "fixed-percentage") Object.freeze(c.percentages);
  if (c.kind === "share-of-total" && c.key) {
    c.key.forEach((k) => Object.freeze(k));
    Object.freeze(c.key);
  }
  Object.freeze(c);
}

function freezeSchedule(s: Schedule): Schedule {
  s.components.forEach(freezeComponent);
  Object.freeze(s.components);
  Object.freeze(s.rounding);
  if (typeof s.title !== "string") Object.freeze(s.title);
  return Object.freeze(s);
}

const BUNDLED: readonly Schedule[] = Object.freeze(
  FILES.map(([file, json]) => {
    const schedule = freezeSchedule(parseSchedule(json, `src/schedules/${file}`));
    if (`${schedule.id}.json` !== file) throw new Error(`src/schedules/${file}: id "${schedule.id}" does not match the file name`);
    return schedule;
  }),
);

/**
 * The bundled schedules, validated and deeply frozen: change one with applyOverrides, which
 * returns a new schedule.
 */
export function bundledSchedules(): Schedule[] {
  return [...BUNDLED];
}

/** The bundled schedule with this id (trimmed, case-insensitive), or undefined. */
export function findSchedule(id: string): Schedule | undefined {
  const wanted = id.trim().toLowerCase();
  return BUNDLED.find((s) => s.id === wanted);
}
