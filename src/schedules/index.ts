// The schedules that ship with the tool, one JSON file each. They are checked with parseSchedule
// when they are built, not each time this module loads (scripts/schedule-check.js: the pane's
// webpack build and `npm run build:cli` fail on a broken file, naming the file and the field;
// tests/schedules checks them too), so opening the pane does not load the schema parser (zod).
import { copySchedule } from "../allocation/schedule-json";
import type { Component, Schedule } from "../allocation/types";
import limburg2019Overbrugging from "./limburg-2019-overbrugging.json";
import limburg2020 from "./limburg-2020.json";
import limburgVoorstel2019 from "./limburg-voorstel-2019.json";
import limburgVoorstel2020 from "./limburg-voorstel-2020.json";
import nhn2020 from "./nhn-2020.json";
import nml2022 from "./nml-2022.json";
import nml2023 from "./nml-2023.json";
import gooiVechtstreekVoorbeeld from "./gooi-vechtstreek-voorbeeld.json";

/** In the order `verdeel schedules` and the pane list them. */
const FILES: unknown[] = [
  limburg2019Overbrugging,
  limburg2020,
  limburgVoorstel2019,
  limburgVoorstel2020,
  nml2022,
  nml2023,
  nhn2020,
  // Not from the seeds: an illustrative weighted key (its title and note say so).
  gooiVechtstreekVoorbeeld,
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

// A fresh copy of each file in the documented field order (the JSON modules stay as they are).
// The cast is what the build's check with parseSchedule proves.
const BUNDLED: readonly Schedule[] = Object.freeze(FILES.map((json) => freezeSchedule(copySchedule(json as Schedule))));

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
