// WCAG 2.2 AA in real headless Chromium, on the preview page with the pane at the width of
// Excel's task pane: axe-core finds nothing on any tab and in any state, in Dutch and in English
// (one documented exclusion, in axe.ts); a keyboard alone chooses, applies, answers the overwrite
// question, undoes twice and reaches every control, never needing Escape; every question gives the
// focus back to the button that asked it; at 320 and 350 px nothing scrolls sideways and no text
// is cut or drawn over other text (measured in Chromium's layout), and at 200 % zoom only a table
// that cannot fit scrolls, in a box a keyboard can scroll.
import type { Page } from "playwright-core";
import { axeViolations, type AxeViolation } from "./axe";
import { layoutProblems } from "./layout";
import { chosenText, enabled, expectEventually, pickSchedule, previewBrowserPerFile, sheetTexts, watchErrors } from "./preview-browser";

const preview = previewBrowserPerFile();

interface Words {
  schedule: string;
  apply: string;
  undo: string;
  overwrite: string;
  cancel: string;
  extension: string;
  rate: RegExp;
  tabs: { verify: string; scenario: string; schedules: string };
  verify: string;
  mark: string;
  newSchedule: string;
  applied: RegExp;
  checked: RegExp;
}

const WORDS: Record<"nl" | "en", Words> = {
  nl: {
    schedule: "Verdeelschema",
    apply: "Toepassen",
    undo: "Ongedaan maken",
    overwrite: "Overschrijven",
    cancel: "Annuleren",
    extension: "Uitbreiding",
    rate: /Tarief/,
    tabs: { verify: "Controleren", scenario: "Scenario", schedules: "Schema's" },
    verify: "Controleren",
    mark: "Onjuiste cellen markeren",
    newSchedule: "Nieuw verdeelschema",
    applied: /Toegepast: \d+ cellen/,
    checked: /45 bedragen gecontroleerd/,
  },
  en: {
    schedule: "Schedule",
    apply: "Apply",
    undo: "Undo",
    overwrite: "Overwrite",
    cancel: "Cancel",
    extension: "Extension",
    rate: /Rate/,
    tabs: { verify: "Check", scenario: "Scenario", schedules: "Schedules" },
    verify: "Check",
    mark: "Mark wrong cells",
    newSchedule: "New schedule",
    applied: /Applied: \d+ cells/,
    checked: /45 amounts checked/,
  },
};

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${preview().url}?${query}`);
  await page.getByRole("combobox", { name: /^(Verdeelschema|Schedule)$/ }).waitFor();
  await page.getByText(/A1:[A-Z]\d+: 15 (gemeenten|municipalities)\./).waitFor();
}

function clean(found: AxeViolation[]): string[] {
  return found.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.nodes.join(" | ")}`);
}

/**
 * Walks the pane through its states (both examples, every tab, the overwrite question, a check's
 * result, a marked cell) at the given width and calls `check` in each: the states' names with what
 * `check` found, all of which must be empty.
 */
async function tour(page: Page, lang: "nl" | "en", width: number, check: () => Promise<string[]>): Promise<Record<string, string[]>> {
  const w = WORDS[lang];
  const seen: Record<string, string[]> = {};
  const at = async (state: string): Promise<void> => {
    seen[state] = await check();
  };
  // An empty cell away from the table is selected: Excel's used range is read, the source note
  // under the table with it, so the findings list shows.
  await open(page, `lang=${lang}&width=${width}&select=F25`);
  expect(await page.locator("aside").evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(width);
  await at("opened, no schedule");
  // The schedule list is a native select: its open list is drawn by the browser, outside the
  // page's DOM, so axe sees the focused select with every option.
  await page.getByRole("combobox", { name: w.schedule }).focus();
  await at("schedule select focused");
  await pickSchedule(page, "nml-2023", w.schedule);
  await page.getByRole("button", { name: w.apply }).waitFor();
  await at("schedule chosen, findings shown");
  await page.getByRole("group", { name: w.extension }).getByRole("textbox", { name: w.rate }).fill(lang === "nl" ? "0,09" : "0.09");
  await page.getByRole("heading", { name: /gewijzigd tarief|edited rate/ }).waitFor();
  await at("rate edited");
  const apply = page.getByRole("button", { name: w.apply });
  await enabled(apply);
  await apply.click();
  await page.getByText(w.applied).waitFor();
  // The pane reads the sheet again after writing, its buttons inactive meanwhile: check it settled.
  await enabled(apply);
  await at("applied");
  await apply.click();
  await page.getByRole("alertdialog").waitFor();
  await at("overwrite question");
  await page.getByRole("button", { name: w.overwrite }).click();
  await page.getByRole("alertdialog").waitFor({ state: "detached" });
  await page.getByRole("tab", { name: w.tabs.scenario }).click();
  await page.getByRole("table", { name: /Scenario/ }).waitFor();
  await at("scenario");
  await page.getByRole("tab", { name: w.tabs.schedules }).click();
  await page.getByRole("button", { name: w.newSchedule }).click();
  await page.getByRole("textbox", { name: "Id", exact: true }).waitFor();
  await at("schedule editor");

  await open(page, `lang=${lang}&width=${width}&example=controle`);
  await page.getByRole("tab", { name: w.tabs.verify }).click();
  const verify = page.getByRole("button", { name: w.verify, exact: true });
  await enabled(verify);
  await at("check tab, before the check");
  await verify.click();
  await page.getByText(w.checked).waitFor();
  await at("check result");
  await page.getByRole("button", { name: w.mark }).click();
  await page.getByText(/gemarkeerd|marked/).first().waitFor();
  await at("wrong cell marked");
  return seen;
}

describe("axe-core on every tab and state", () => {
  for (const lang of ["nl", "en"] as const) {
    test(`${lang}: no violations (320 px pane)`, async () => {
      const page = await preview().context.newPage();
      const errors = watchErrors(page);
      const seen = await tour(page, lang, 320, async () => clean(await axeViolations(page)));
      expect(Object.keys(seen)).toHaveLength(11);
      for (const [state, found] of Object.entries(seen)) expect({ state, found }).toEqual({ state, found: [] });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

/** The element with focus, described for a failure message, and whether it is inside the pane. */
async function focused(page: Page): Promise<{ id: string; inPane: boolean; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      id: el?.getAttribute("data-stop") ?? "",
      inPane: el?.closest("aside") !== null && el !== null,
      text: `${el?.tagName ?? ""} «${(el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim().slice(0, 40)}»`,
    };
  });
}

/**
 * Numbers every control a keyboard must reach in the pane (data-stop): buttons, fields, links,
 * focusable boxes; of a tab list only its selected tab (arrows move within it).
 */
async function markStops(page: Page): Promise<string[]> {
  return page.locator("aside").evaluate((pane) => {
    const all = Array.from(pane.querySelectorAll<HTMLElement>("button, input, textarea, select, a[href], [tabindex]"));
    const stops = all.filter((el) => {
      const box = el.getBoundingClientRect();
      if (el.closest("[data-tabster-dummy]") || el.closest('[aria-hidden="true"]') || box.width === 0 || box.height === 0) return false;
      if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) return false;
      if (el.getAttribute("role") === "tab" && el.getAttribute("aria-selected") !== "true") return false;
      return true;
    });
    stops.forEach((el, i) => el.setAttribute("data-stop", String(i)));
    return stops.map((el) => `${el.tagName} «${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}»`);
  });
}

/**
 * Walks the pane with Tab (or Shift+Tab) from outside it, before it (or after it), until the focus
 * leaves it: the stops passed, in order. Fails when the focus stays on one element (a trap).
 */
async function walk(page: Page, key: "Tab" | "Shift+Tab"): Promise<string[]> {
  const passed: string[] = [];
  let entered = false;
  for (let presses = 0; presses < 120; presses++) {
    const before = await focused(page);
    await page.keyboard.press(key);
    const now = await focused(page);
    if (now.inPane) {
      entered = true;
      if (now.id && passed.at(-1) !== now.id) passed.push(now.id);
      if (before.inPane && before.id === now.id && before.text === now.text) throw new Error(`${key} stays on ${now.text}: a keyboard trap`);
    } else if (entered) {
      return passed;
    }
  }
  throw new Error(`${key} did not leave the pane within 120 presses (passed ${passed.length} stops)`);
}

/** Every stop of the pane is reached going forward and going back, and nothing holds the focus. */
async function reachesEverything(page: Page): Promise<void> {
  const stops = await markStops(page);
  expect(stops.length).toBeGreaterThan(5);
  await page.locator("header a").first().focus(); // the page's language link, just before the pane
  const forward = await walk(page, "Tab");
  expect(new Set(forward).size).toBe(stops.length);
  await page.getByRole("tablist", { name: /Werkbladen|Sheets/ }).getByRole("tab", { selected: true }).focus(); // just after the pane
  const back = await walk(page, "Shift+Tab");
  expect(new Set(back).size).toBe(stops.length);
  expect([...back].reverse()).toEqual(forward);
}

test("keyboard only: choose nml-2023, apply, overwrite, undo twice, and every control is reached without Escape", async () => {
  const page = await preview().context.newPage();
  const errors = watchErrors(page);
  const escapes: string[] = [];
  await page.exposeFunction("__escapePressed", () => escapes.push("Escape"));
  await page.addInitScript(() => {
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape") void (window as unknown as { __escapePressed(): void }).__escapePressed();
    }, true);
  });
  await open(page, "width=320&select=F25");
  const original = await sheetTexts(page);
  await reachesEverything(page);

  // Tab to the schedule select and type the schedule's start: a select chooses the option whose
  // text starts with what is typed (type-ahead, headless Chromium included). Arrows then move
  // the choice one option on and back.
  await page.locator("header a").first().focus();
  const select = page.getByRole("combobox", { name: "Verdeelschema" });
  for (let i = 0; i < 30 && !(await select.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type("nml-2023");
  await expectEventually(async () => (await chosenText(select)).startsWith("nml-2023 "));
  const texts = await select.locator("option").allTextContents();
  const chosen = texts.findIndex((t) => t.startsWith("nml-2023 "));
  expect(chosen).toBeGreaterThanOrEqual(0);
  expect(chosen).toBeLessThan(texts.length - 1);
  await page.keyboard.press("ArrowDown");
  await expectEventually(async () => (await chosenText(select)) === texts[chosen + 1]);
  await page.keyboard.press("ArrowUp");
  await expectEventually(async () => (await chosenText(select)) === texts[chosen]);

  // With the findings list shown (a link per finding), every control is still reached both ways.
  await page.getByRole("button", { name: /cel A18/ }).waitFor();
  await reachesEverything(page);

  const apply = page.getByRole("button", { name: "Toepassen" });
  const undo = page.getByRole("button", { name: "Ongedaan maken" });
  const tabTo = async (target: typeof apply): Promise<void> => {
    for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
  };
  await tabTo(apply);
  await enabled(apply);
  await page.keyboard.press("Enter");
  await page.getByText(/Toegepast: \d+ cellen/).waitFor();
  await expectEventually(async () => (await sheetTexts(page))[1][4] === "Bijdrage basis 2023");

  // Again: the overwrite question. Its buttons by Tab, yes with Enter; the focus comes back to Toepassen.
  await enabled(apply);
  expect(await apply.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  const overwrite = dialog.getByRole("button", { name: "Overschrijven" });
  for (let i = 0; i < 5 && !(await overwrite.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.getByText("2 acties kunnen ongedaan worden gemaakt.").waitFor();
  await expectEventually(async () => apply.evaluate((el) => el === document.activeElement));

  // Undo twice from the keyboard: the sheet as it was.
  await tabTo(undo);
  await enabled(undo);
  await page.keyboard.press("Enter");
  await page.getByText("1 actie kan ongedaan worden gemaakt.").waitFor();
  await enabled(undo);
  expect(await undo.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press("Enter");
  await page.getByText("Er is nog niets om ongedaan te maken.").waitFor();
  await expectEventually(async () => JSON.stringify(await sheetTexts(page)) === JSON.stringify(original));

  // The check's result (difference links, findings): every control reached too.
  await open(page, "width=320&example=controle");
  await page.getByRole("tab", { name: "Controleren" }).click();
  const verify = page.getByRole("button", { name: "Controleren", exact: true });
  await enabled(verify);
  await verify.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /Ga naar E8/ }).waitFor();
  await reachesEverything(page);

  expect(escapes).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test("every question gives the focus back to the button that opened it: Overschrijven, Annuleren, Escape, Toch herstellen", async () => {
  const page = await preview().context.newPage();
  const errors = watchErrors(page);
  await open(page, "width=320");
  await pickSchedule(page, "nml-2023");
  const apply = page.getByRole("button", { name: "Toepassen" });
  const undo = page.getByRole("button", { name: "Ongedaan maken" });
  await enabled(apply);
  await apply.click();
  await page.getByText(/Toegepast/).waitFor();
  const hasFocus = (b: typeof apply) => async (): Promise<boolean> => b.evaluate((el) => el === document.activeElement);

  for (const answer of ["Annuleren", "Escape", "Overschrijven"]) {
    await enabled(apply);
    await apply.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    if (answer === "Escape") await page.keyboard.press("Escape");
    else await dialog.getByRole("button", { name: answer }).click();
    await dialog.waitFor({ state: "detached" });
    await expectEventually(hasFocus(apply));
  }

  // Undo after the sheet was edited asks first; either answer returns the focus to Ongedaan maken.
  await page.getByRole("textbox", { name: "Cel", exact: true }).fill("D16");
  await page.getByRole("textbox", { name: "Nieuwe inhoud" }).fill("1");
  await page.getByRole("button", { name: "Cel invullen" }).click();
  for (const answer of ["Annuleren", "Toch herstellen"]) {
    await enabled(undo);
    await undo.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: answer }).click();
    await dialog.waitFor({ state: "detached" });
    await expectEventually(hasFocus(undo));
  }
  expect(errors).toEqual([]);
  await page.close();
});

describe("the width of Excel's task pane", () => {
  for (const [width, lang] of [
    [320, "nl"],
    [350, "nl"],
    [320, "en"],
  ] as const) {
    test(`${width} px, ${lang}: nothing scrolls sideways, nothing is cut off, no text over text`, async () => {
      const page = await preview().context.newPage();
      const errors = watchErrors(page);
      // Tall enough for every row to be on screen: rows off screen are not laid out (content-visibility)
      // and would be measured at their placeholder height.
      await page.setViewportSize({ width: 1280, height: 4000 });
      const seen = await tour(page, lang, width, () => layoutProblems(page));
      expect(Object.keys(seen)).toHaveLength(11);
      for (const [state, problems] of Object.entries(seen)) expect({ state, problems }).toEqual({ state, problems: [] });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test("200 % zoom (a 350 px pane is 175 CSS px): only a table that cannot fit scrolls, in a box a keyboard can focus", async () => {
    const page = await preview().context.newPage();
    await page.setViewportSize({ width: 1280, height: 4000 });
    await open(page, "width=175");
    await pickSchedule(page, "nml-2023");
    const box = page.getByRole("region", { name: "Voorbeeld van de bijdragen, schuift opzij" });
    await box.waitFor();
    expect(await box.getAttribute("tabindex")).toBe("0");
    expect(await layoutProblems(page)).toEqual([]);
    await page.close();
  });
});
