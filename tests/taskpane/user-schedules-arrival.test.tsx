/** @jest-environment jsdom */
// The user's own schedules arrive after the pane is on screen: their parser (zod) is loaded on
// demand, and only for a document that holds some. The parser here is the real one; only its
// answer is held back until the test lets it through, so each test can act while it loads.
import "./dom-setup";
import { screen, waitFor } from "@testing-library/react";
import type { Lang } from "../../src/allocation";
import type { UserSchedules } from "../../src/taskpane/model/user-schedules";
import { chooseOption, chosenText, click, optionTexts, pickSchedule, previewRow, rateField, renderPane, savedChoices, type } from "./helpers";
import { OWN_SHARE } from "./own-schedule";

const mockArrival = { calls: 0, release: (): void => undefined, fail: (_e: Error): void => undefined, released: Promise.resolve() };
function holdBack(): void {
  mockArrival.released = new Promise<void>((resolve, reject) => {
    mockArrival.release = resolve;
    mockArrival.fail = reject;
  });
}

jest.mock("../../src/taskpane/model/parse-user-schedules", () => {
  const actual = jest.requireActual<typeof import("../../src/taskpane/model/parse-user-schedules")>("../../src/taskpane/model/parse-user-schedules");
  return {
    parseUserSchedules: (raw: unknown[], lang: Lang): Promise<UserSchedules> => {
      mockArrival.calls += 1;
      return mockArrival.released.then(() => actual.parseUserSchedules(raw, lang));
    },
  };
});

const SHARE = OWN_SHARE;
const SAVED = { scheduleId: "eigen-aandeel", rates: { aandeel: "12000" }, userSchedules: [SHARE] };

const scheduleSelect = (): HTMLElement => screen.getByRole("combobox", { name: "Verdeelschema" });
const chosen = (): string => chosenText(scheduleSelect());
const OWN = "eigen-aandeel — Eigen verdeling van € 10.000";

beforeEach(() => {
  mockArrival.calls = 0;
  holdBack();
});

describe("the user's own schedules, arriving after the pane opens", () => {
  test("the pane is usable before they arrive; then the list fills in and the saved choice and its what-if total are restored", async () => {
    const { excel } = await renderPane({ choices: SAVED });
    expect(mockArrival.calls).toBe(1);
    expect(optionTexts(scheduleSelect())).not.toContain(OWN);
    expect(chosen()).not.toBe(OWN);
    click(screen.getByRole("tab", { name: "Schema's" }));
    expect(await screen.findByText(/Nog geen eigen verdeelschema's/)).toBeTruthy();

    mockArrival.release();
    await waitFor(() => expect(chosen()).toBe(OWN));
    expect(optionTexts(scheduleSelect())).toContain(OWN);
    expect(await screen.findByText("eigen-aandeel")).toBeTruthy();
    click(screen.getByRole("tab", { name: "Invullen" }));
    expect(rateField("Aandeel", /Totaal/).value).toBe("12000");
    await waitFor(() => expect(previewRow("Totaal").at(-1)).toBe("€ 12.000"));
    expect(excel.settingsWrites).toBe(0);
  });

  test("a save made before they arrive keeps them, and the choice of one, in the document", async () => {
    const { excel } = await renderPane({ choices: SAVED, saveDelayMs: 10 });
    chooseOption("Kolom met gemeenten", "Gemeente (kolom A)");
    await waitFor(() => expect(savedChoices(excel)?.nameColumn).toBe("Gemeente"));
    expect(savedChoices(excel)).toEqual({ ...SAVED, nameColumn: "Gemeente" });

    mockArrival.release();
    await waitFor(() => expect(chosen()).toBe(OWN));
    expect(rateField("Aandeel", /Totaal/).value).toBe("12000");
  });

  test("a schedule chosen before they arrive stays chosen when they come", async () => {
    const { excel } = await renderPane({ choices: SAVED, saveDelayMs: 10 });
    await pickSchedule("nml-2023");
    await waitFor(() => expect(savedChoices(excel)?.scheduleId).toBe("nml-2023"));
    expect(savedChoices(excel)?.userSchedules).toEqual([SHARE]);
    expect(savedChoices(excel)?.rates).toBeUndefined();

    mockArrival.release();
    click(screen.getByRole("tab", { name: "Schema's" }));
    expect(await screen.findByText("eigen-aandeel")).toBeTruthy();
    await waitFor(() => expect(optionTexts(scheduleSelect())).toContain(OWN));
    expect(chosen().startsWith("nml-2023 ")).toBe(true);
    type(rateField("Uitbreiding"), "0,09");
    await waitFor(() => expect(savedChoices(excel)?.rates).toEqual({ uitbreiding: "0.09" }));
    expect(savedChoices(excel)?.scheduleId).toBe("nml-2023");
  });

  test("a document without own schedules never asks for their parser, not even for what-if edits", async () => {
    await renderPane();
    await pickSchedule("nml-2023");
    type(rateField("Uitbreiding"), "0,09");
    await waitFor(() => expect(previewRow("Weert")).toEqual(["Weert", "50.020", "€ 4.002", "€ 4.502", "€ 8.504"]));
    expect(mockArrival.calls).toBe(0);
  });

  test("when their code does not load, the pane says so and the document keeps them and the saved choice unchanged", async () => {
    const { excel } = await renderPane({ choices: SAVED, saveDelayMs: 10 });
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      mockArrival.fail(new Error("Loading chunk user-schedules failed."));
      expect(
        await screen.findByText(
          "Het eigen verdeelschema in deze werkmap kon niet worden geladen. Het blijft ongewijzigd in de werkmap staan; sluit het deelvenster en open het opnieuw om het nog eens te proberen.",
        ),
      ).toBeTruthy();
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
    expect(optionTexts(scheduleSelect())).not.toContain(OWN);
    // A save afterwards writes the document's own schedule and its choice back as they were.
    chooseOption("Kolom met gemeenten", "Gemeente (kolom A)");
    await waitFor(() => expect(savedChoices(excel)?.nameColumn).toBe("Gemeente"));
    expect(savedChoices(excel)).toEqual({ ...SAVED, nameColumn: "Gemeente" });
  });
});
