// The rest of the host: language, requirement check, selecting a cell, and the user's choices in
// the document settings.
import { ExcelHostError } from "../../src/excel/errors";
import { officeLanguage } from "../../src/excel/office-host";
import { checkRequirements, optionalFeatures } from "../../src/excel/requirements";
import { CHOICES_KEY, sanitizeChoices } from "../../src/excel/settings";
import { NML_ROWS, countSyncs, setup, teardown } from "./helpers";

afterEach(teardown);

describe("language", () => {
  test.each([
    ["nl-NL", "nl"],
    ["nl-BE", "nl"],
    ["NL", "nl"],
    ["en-US", "en"],
    ["fy-NL", "en"],
    ["de-DE", "en"],
  ])("display language %s -> %s", async (tag, lang) => {
    const { host } = await setup(NML_ROWS, { displayLanguage: tag });
    expect(host.language()).toBe(lang);
  });

  test("outside Office (no global Office): English, and the requirements are missing", () => {
    teardown();
    expect(typeof (globalThis as Record<string, unknown>).Office).toBe("undefined");
    expect(officeLanguage()).toBe("en");
    expect(checkRequirements()).toEqual({ ok: false, missing: ["ExcelApi 1.9"] });
  });
});

describe("checkRequirements", () => {
  test("ExcelApi 1.9 is enough; older Excel is named as missing", async () => {
    await setup(NML_ROWS, { apiVersion: "1.9" });
    expect(checkRequirements()).toEqual({ ok: true, missing: [] });
    expect(optionalFeatures()).toEqual({ undoGroup: false, mergedAreas: false });
    await setup(NML_ROWS, { apiVersion: "1.8" });
    expect(checkRequirements()).toEqual({ ok: false, missing: ["ExcelApi 1.9"] });
    await setup(NML_ROWS, { apiVersion: "1.20" });
    expect(optionalFeatures()).toEqual({ undoGroup: true, mergedAreas: true });
  });
});

describe("select", () => {
  test("activates the sheet and selects the cell, in one sync", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.addSheet("Andere");
    excel.select("Andere", "A1");
    const { syncs } = await countSyncs(excel, () => host.select("Gemeenten", "C5"));
    expect(syncs).toBe(1);
    expect(excel.book.activeSheet).toBe("Gemeenten");
    expect(excel.book.activeCell).toEqual({ row: 4, col: 2 });
    await host.select("Gemeenten", "E2:E16");
    expect(excel.book.selection).toEqual({ top: 1, left: 4, bottom: 15, right: 4 });
    await expect(host.select("Weg", "A1")).rejects.toMatchObject({ code: "sheet-missing" });
  });
});

describe("choices in the document settings", () => {
  test("saved, and back after the workbook is opened again", async () => {
    const { excel, host, harness } = await setup(NML_ROWS);
    expect(await host.loadChoices()).toBeUndefined();
    const choices = {
      scheduleId: "nml-2023",
      nameColumn: "Gemeente",
      populationColumn: "Inwoners",
      codeColumn: "Gemeentecode",
      rates: { uitbreiding: "0.09" },
      budgetLines: { basis: "=6700001" },
    };
    await host.saveChoices(choices);
    expect(excel.settingsWrites).toBe(1);
    // office.js stores each value as JSON: the host's value is itself a JSON text.
    expect(typeof excel.setting(CHOICES_KEY)).toBe("string");
    await harness.reopen();
    expect(await host.loadChoices()).toEqual(choices);
  });

  test("a damaged or foreign value is ignored field by field, never an error", async () => {
    const { host } = await setup(NML_ROWS);
    const settings = Office.context.document.settings;
    settings.set(CHOICES_KEY, "{not json");
    expect(await host.loadChoices()).toBeUndefined();
    settings.set(CHOICES_KEY, { scheduleId: "x" });
    expect(await host.loadChoices()).toBeUndefined();
    settings.set(CHOICES_KEY, JSON.stringify({ scheduleId: 5, nameColumn: "Naam", rates: { a: "0.1", b: 2 }, extra: true }));
    expect(await host.loadChoices()).toEqual({ nameColumn: "Naam", rates: { a: "0.1" } });
    expect(sanitizeChoices([1])).toBeUndefined();
  });

  test("the user's own schedules travel with the workbook: plain JSON objects kept, anything else dropped", async () => {
    const { host, harness } = await setup(NML_ROWS);
    const mine = {
      id: "eigen-2025",
      title: { nl: "Eigen schema", en: "Own schedule" },
      region: "Noord-Limburg",
      year: 2025,
      rounding: { unit: "cent", mode: "half-up" },
      components: [{ id: "basis", label: "Basis", kind: "per-inhabitant", rate: "0.09" }],
    };
    await host.saveChoices({ scheduleId: "eigen-2025", userSchedules: [mine] });
    await harness.reopen();
    expect(await host.loadChoices()).toEqual({ scheduleId: "eigen-2025", userSchedules: [mine] });

    // Damaged entries are dropped one by one (the pane validates what is left against the schema).
    const settings = Office.context.document.settings;
    settings.set(CHOICES_KEY, JSON.stringify({ userSchedules: [mine, "tekst", 5, null, [mine], { id: "half" }] }));
    expect(await host.loadChoices()).toEqual({ userSchedules: [mine, { id: "half" }] });
    settings.set(CHOICES_KEY, JSON.stringify({ userSchedules: { id: "geen lijst" } }));
    expect(await host.loadChoices()).toEqual({});
    // Saving keeps only JSON: an object that is not plain (a Date) is dropped.
    expect(sanitizeChoices({ userSchedules: [new Date(0), { id: "x", at: undefined }] })).toEqual({ userSchedules: [{ id: "x" }] });
  });

  test("a failed save rejects with a clear error", async () => {
    const { excel, host } = await setup(NML_ROWS);
    excel.failNextSettingsWrite = true;
    const err = await host.saveChoices({ scheduleId: "nml-2023" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("settings-failed");
    expect((err as ExcelHostError).text("nl")).toMatch(/niet in de werkmap worden bewaard/);
  });
});
