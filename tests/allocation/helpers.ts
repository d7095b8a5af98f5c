// Small builders for tests: a valid schedule with the given components and rounding.
import { parseSchedule } from "../../src/allocation/schema";
import type { Component, Municipality, Rounding, Schedule } from "../../src/allocation/types";

export function makeSchedule(components: Component[], rounding: Rounding = { unit: "cent", mode: "half-up" }, year = 2023): Schedule {
  return parseSchedule({ id: "test", title: "Test", region: "Testregio", year, source: "test", rounding, components });
}

export function perInhabitant(id: string, rate: string, extra: Partial<Component> = {}): Component {
  return { id, label: id, kind: "per-inhabitant", rate, ...extra } as Component;
}

export function shareOfTotal(id: string, total: string, extra: Partial<Component> = {}): Component {
  return { id, label: id, kind: "share-of-total", total, ...extra } as Component;
}

export const municipalities = (populations: number[]): Municipality[] =>
  populations.map((population, i) => ({ name: `Gemeente ${i + 1}`, population }));
