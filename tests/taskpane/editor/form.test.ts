// The editor's form model: schedule → form → JSON → parseSchedule → form, amounts as typed,
// and the edits (add, vaste voet, move, remove, pasted rows).
import { parseSchedule, scheduleToJson } from "../../../src/allocation";
import { bundledSchedules } from "../../../src/schedules";
import { decimalInputText, emptyForm, formToJson, scheduleToForm } from "../../../src/taskpane/editor/form";
import {
  addBasePlusRate,
  addComponent,
  addRows,
  moveComponent,
  parseBulkRows,
  removeComponent,
  removeRow,
  uniqueComponentId,
  updateComponent,
  updateRow,
} from "../../../src/taskpane/editor/form-edit";
import { en, nl } from "../../../src/taskpane/editor/messages";
import { FULL, withoutKeys } from "./helpers";

describe("schedule ↔ form ↔ JSON", () => {
  test.each(["nl", "en"] as const)("every bundled schedule and one with every field come back the same (%s)", (lang) => {
    for (const schedule of [...bundledSchedules(), FULL]) {
      const form = scheduleToForm(schedule, lang);
      const again = parseSchedule(formToJson(form));
      expect(scheduleToJson(again)).toBe(scheduleToJson(schedule));
      expect(scheduleToForm(again, lang)).toEqual(form);
    }
  });

  test("amounts are shown in the user's notation and stored as decimal strings", () => {
    const form = scheduleToForm(FULL, "nl");
    expect(form.components[0].rate).toBe("0,08");
    expect(form.components[3].amounts.map((r) => [r.name, r.amount])).toEqual([
      ["Weert", "5000"],
      ["Bergen (L.)", "250"],
      ["GM0889", "1"],
    ]);
    expect(scheduleToForm(FULL, "en").components[0].rate).toBe("0.08");
    const typed = updateComponent(form, form.components[0].key, { rate: " 0.07 " });
    expect(formToJson(typed).components[0]).toMatchObject({ rate: "0.07" });
    expect(formToJson(updateComponent(form, form.components[0].key, { rate: "0,07" })).components[0]).toMatchObject({
      rate: "0.07",
    });
  });

  test("a value that would read as a thousands group gets a trailing zero, and reads back", () => {
    expect(decimalInputText("1.078", "nl")).toBe("1,0780");
    expect(decimalInputText("1.078", "en")).toBe("1.0780");
    expect(decimalInputText("0.075", "nl")).toBe("0,075");
    expect(decimalInputText("90000", "nl")).toBe("90000");
  });

  test("texts are trimmed, an empty English text and empty optional fields are left out", () => {
    const form = {
      ...emptyForm(2023),
      id: " gv-2023 ",
      titleNl: " Titel ",
      titleEn: "  ",
      region: "Gooi",
      source: "Voorstel",
      note: " ",
    };
    const json = formToJson(form);
    expect(json).toEqual({
      id: "gv-2023",
      title: "Titel",
      region: "Gooi",
      year: 2023,
      source: "Voorstel",
      rounding: { unit: "cent", mode: "half-up" },
      components: [{ id: "basis", label: { nl: "Basis", en: "Base" }, kind: "per-inhabitant", rate: "" }],
    });
    expect(formToJson({ ...form, year: "" })).not.toHaveProperty("year");
    expect(formToJson({ ...form, year: "twintig" }).year).toBe("twintig");
  });

  test("a component keeps the values of the other kinds; the JSON has only its own kind's", () => {
    let form = scheduleToForm(FULL, "nl");
    const key = form.components[0].key;
    form = updateComponent(form, key, { kind: "share-of-total", total: "500" });
    expect(formToJson(form).components[0]).toEqual({
      id: "basis",
      label: { nl: "Basis", en: "Base" },
      kind: "share-of-total",
      total: "500",
      budgetLine: "56814/44320",
    });
    form = updateComponent(form, key, { kind: "per-inhabitant" });
    expect(formToJson(form).components[0]).toMatchObject({ kind: "per-inhabitant", rate: "0.08" });
  });
});

describe("edits", () => {
  test("adding gives free ids and default names in both languages; the form → JSON → form round trip keeps it", () => {
    let form = emptyForm(2023);
    form = addComponent(form, "per-inhabitant", nl).form;
    form = addComponent(form, "per-inhabitant", en).form;
    form = addComponent(form, "share-of-total", nl).form;
    form = addComponent(form, "fixed-amount", nl).form;
    expect(form.components.map((c) => [c.id, c.labelNl, c.labelEn])).toEqual([
      ["basis", "Basis", "Base"],
      ["per-inwoner", "Per inwoner", "Per inhabitant"],
      ["per-inwoner-2", "Per inwoner", "Per inhabitant"],
      ["aandeel", "Aandeel", "Share"],
      ["vast-bedrag", "Vast bedrag", "Fixed amount"],
    ]);
    expect(new Set(form.components.map((c) => c.key)).size).toBe(5);
    form = { ...form, id: "x", titleNl: "X", region: "R", source: "S" };
    form = form.components.reduce((f, c) => updateComponent(f, c.key, { rate: "0,1", total: "10" }), form);
    form = addRows(form, form.components[4].key, [{ name: "Weert", amount: "12,50" }]).form;
    const back = scheduleToForm(parseSchedule(formToJson(form)), "nl");
    // Only the current kind's value survives JSON: compare what JSON can hold.
    expect(formToJson(back)).toEqual(formToJson(form));
    expect(withoutKeys(scheduleToForm(parseSchedule(formToJson(back)), "nl"))).toEqual(withoutKeys(back));
  });

  test("vaste voet + per inwoner adds a fixed-amount and a per-inhabitant component", () => {
    const { form, keys } = addBasePlusRate(emptyForm(2023), nl);
    expect(keys).toHaveLength(2);
    expect(form.components.map((c) => [c.kind, c.id, c.labelNl])).toEqual([
      ["per-inhabitant", "basis", "Basis"],
      ["fixed-amount", "vaste-voet", "Vaste voet"],
      ["per-inhabitant", "per-inwoner", "Per inwoner"],
    ]);
    const twice = addBasePlusRate(form, nl).form;
    expect(twice.components.slice(3).map((c) => c.id)).toEqual(["vaste-voet-2", "per-inwoner-2"]);
  });

  test("move, remove, and rows", () => {
    const form = scheduleToForm(FULL, "nl");
    const [a, b] = form.components;
    expect(moveComponent(form, b.key, -1).components.map((c) => c.id)).toEqual(["uitbreiding", "basis", "aandeel", "vast"]);
    expect(moveComponent(form, a.key, -1)).toBe(form);
    expect(moveComponent(form, form.components[3].key, 1)).toBe(form);
    expect(removeComponent(form, a.key).components.map((c) => c.id)).toEqual(["uitbreiding", "aandeel", "vast"]);
    const fixed = form.components[3];
    const renamed = updateRow(form, fixed.key, fixed.amounts[0].key, { name: "Venlo" });
    const json = formToJson(renamed).components[3];
    expect(json.kind === "fixed-amount" && Object.keys(json.amounts)).toEqual(["Venlo", "Bergen (L.)", "GM0889"]);
    const fewer = removeRow(form, fixed.key, fixed.amounts[1].key);
    expect(fewer.components[3].amounts.map((r) => r.name)).toEqual(["Weert", "GM0889"]);
    expect(form.components[3].amounts).toHaveLength(3);
    expect(uniqueComponentId(form, "basis")).toBe("basis-2");
  });

  test("a pasted list: one per line, own amounts after a tab or semicolon, the common amount otherwise", () => {
    expect(parseBulkRows("\uFEFFBlaricum\r\n\n  Laren  \nHuizen\t3000\nGM0406; 12,5\n", "2500")).toEqual([
      { name: "Blaricum", amount: "2500" },
      { name: "Laren", amount: "2500" },
      { name: "Huizen", amount: "3000" },
      { name: "GM0406", amount: "12,5" },
    ]);
    expect(parseBulkRows(" \n", "1")).toEqual([]);
  });
});
