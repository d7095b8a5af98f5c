// The functions as Excel's runtime calls them (Microsoft's custom-functions runtime): errors are
// CustomFunctions.Error #VALUE! with a message in Excel's language, never a stack trace; the
// functions that name a schedule follow the user's schedules the task pane hands over.
import { parseSchedule, type Schedule } from "../../src/allocation";
import { setFunctionsLanguage } from "../../src/functions/i18n";
import { listenerCount, shareUserSchedules } from "../../src/functions/schedules";
import { excelRuntime, registeredFunctions, streamingInvocation } from "./excel-runtime";
import { largestRemainder, unitsToNumber, weightedShares } from "./exact";

const own = (rate: string): Schedule =>
  parseSchedule({
    id: "gooi-2024",
    title: { nl: "Gooi en Vechtstreek 2024", en: "Gooi and Vechtstreek 2024" },
    region: "Gooi en Vechtstreek",
    year: 2024,
    source: "Eigen schema (test)",
    rounding: { unit: "cent", mode: "half-up" },
    components: [{ id: "basis", label: "Bijdrage", kind: "per-inhabitant", rate }],
  });

let fns: Record<string, (...args: unknown[]) => unknown>;
beforeAll(async () => {
  fns = await registeredFunctions();
});
afterEach(() => {
  setFunctionsLanguage("nl");
  shareUserSchedules([]);
});

test("the four functions are associated under their metadata ids", () => {
  expect(Object.keys(fns).sort()).toEqual(["CONTRIBUTION", "KEY", "SCHEDULE", "SHARE"]);
});

test("bad input is a CustomFunctions.Error #VALUE! with the message in Excel's language", async () => {
  const cf = excelRuntime();
  // VERDEEL.AANDEEL returns a promise (its code is loaded on the first call): it rejects with the error.
  const rejection = async (p: unknown): Promise<CustomFunctions.Error> => {
    try {
      await p;
    } catch (e) {
      return e as CustomFunctions.Error;
    }
    throw new Error("no error");
  };
  const dutch = await rejection(fns.SHARE([[13478], [-5]], 90000, null, null));
  expect(dutch).toBeInstanceOf(cf.Error);
  expect(dutch.code).toBe(cf.ErrorCode.invalidValue);
  expect(dutch.message).toBe("inwoners_bereik, rij 2: -5 is negatief; een aantal inwoners is 0 of meer.");
  // What Excel receives from the runtime: the code and the message, nothing else.
  expect(JSON.parse(JSON.stringify(dutch))).toMatchObject({ code: "#VALUE!", message: dutch.message });

  setFunctionsLanguage("en");
  const english = await rejection(fns.SHARE([[13478, 5]], 90000, "cents", null));
  expect(english.message).toBe('unit: "cents" is not a unit; use "cent" or "euro".');
});

test("a fault of the add-in itself shows a plain sentence, not a stack trace", () => {
  const invocation = streamingInvocation<number>();
  const poisoned = { ...own("0.05"), components: null } as unknown as Schedule; // a list the pane would never hand over
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  shareUserSchedules([poisoned]);
  fns.CONTRIBUTION(1000, "gooi-2024", null, null, invocation);
  invocation.onCanceled?.();
  expect(spy).toHaveBeenCalled(); // for a developer's console
  spy.mockRestore();
  const result = invocation.results[0] as CustomFunctions.Error;
  expect(result.message).toBe("Interne fout in VERDEEL.BIJDRAGE. Het is niet uw invoer; meld dit bij de beheerder van de invoegtoepassing.");
  expect(result.message).not.toMatch(/at |TypeError/);
});

describe("a formula naming the user's own schedule", () => {
  test("is #VALUE! until the pane hands the schedule over, then shows the amount", () => {
    const invocation = streamingInvocation<number>();
    fns.CONTRIBUTION(24360, "gooi-2024", null, null, invocation);
    expect((invocation.results[0] as CustomFunctions.Error).message).toMatch(/^Onbekend verdeelschema "gooi-2024"/);
    shareUserSchedules([own("0.05")]);
    expect(invocation.results[1]).toBe(1218); // 24.360 × 0,05 = 1.218,00
    invocation.onCanceled?.();
  });

  test("recalculates when the schedule is edited, only when its result changes, and stops when cancelled", () => {
    shareUserSchedules([own("0.05")]);
    const before = listenerCount();
    const invocation = streamingInvocation<number>();
    fns.CONTRIBUTION(24360, "gooi-2024", null, null, invocation);
    const field = streamingInvocation<number | string>();
    fns.SCHEDULE("gooi-2024", "basis", "tarief", null, field);
    expect(listenerCount()).toBe(before + 2);

    shareUserSchedules([own("0.06")]); // 24.360 × 0,06 = 1.461,60
    shareUserSchedules([own("0.06")]); // a new list with the same figures: nothing to tell Excel
    expect(invocation.results).toEqual([1218, 1461.6]);
    expect(field.results).toEqual([0.05, 0.06]);

    invocation.onCanceled?.();
    field.onCanceled?.();
    expect(listenerCount()).toBe(before);
    shareUserSchedules([own("0.07")]);
    expect(invocation.results).toHaveLength(2);
  });

  test("a bundled schedule keeps its figure whatever the user's list holds", () => {
    const invocation = streamingInvocation<number>();
    fns.CONTRIBUTION(13478, "limburg-2020", null, null, invocation);
    shareUserSchedules([own("0.05")]);
    expect(invocation.results).toEqual([1078.24]);
    invocation.onCanceled?.();
  });
});

test("a spilled split by the user's own weighted key follows the schedule when its weights change", () => {
  const keyed = (inwoners: string, woningen: string): Schedule =>
    parseSchedule({
      id: "gooi-sleutel",
      title: "Gooi, gewogen",
      region: "Gooi en Vechtstreek",
      year: 2024,
      source: "Eigen schema (test)",
      rounding: { unit: "euro", mode: "half-up" },
      components: [{ id: "aandeel", label: "Aandeel", kind: "share-of-total", total: "1000", key: [{ measure: "inwoners", weight: inwoners }, { measure: "woningen", weight: woningen }] }],
    });
  const table = [["Gemeente", "Inwoners", "Woningen"], ["Blaricum", 11536, 4702], ["Laren", 11274, 4606], ["Huizen", 41273, 18110]];
  const expected = (a: string, b: string) =>
    largestRemainder(
      weightedShares(1000n, [
        { weight: a, values: table.slice(1).map((r) => String(r[1])) },
        { weight: b, values: table.slice(1).map((r) => String(r[2])) },
      ]),
      table.slice(1).map((r) => ({ name: r[0] as string, population: r[1] as number })),
    ).map((u) => [unitsToNumber(u, 0)]);
  shareUserSchedules([keyed("0.5", "0.5")]);
  const invocation = streamingInvocation<number[][]>();
  fns.KEY(table, "gooi-sleutel", null, null, null, invocation);
  shareUserSchedules([keyed("0.9", "0.1")]);
  shareUserSchedules([keyed("0.9", "0.1")]); // the same split: nothing to tell Excel
  expect(invocation.results).toEqual([expected("0.5", "0.5"), expected("0.9", "0.1")]);
  expect(invocation.results.every((r) => (r as number[][]).reduce((s, [v]) => s + v, 0) === 1000)).toBe(true);
  invocation.onCanceled?.();
});
