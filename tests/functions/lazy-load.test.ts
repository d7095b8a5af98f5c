// The worksheet functions' code is loaded on their first call: functions.ts (registered with the
// page) imports bodies.ts on demand, the chunk `functions-impl` in the build. Here the functions
// start unloaded (every test gets fresh modules), and are called as Excel's runtime calls them.
import limburg2020 from "../../src/schedules/limburg-2020.json";
import type { CustomFunctionsNamespace } from "./excel-runtime";
import { decimal, largestRemainder, units, unitsToNumber, weightedShares } from "./exact";

type Fns = Record<string, (...args: unknown[]) => unknown>;

interface Fresh {
  fns: Fns;
  cf: CustomFunctionsNamespace;
  setFunctionsLanguage(lang: "nl" | "en"): void;
  listenerCount(): number;
}

/** The functions as Excel associates them, with nothing of their code loaded yet. */
async function freshFunctions(): Promise<Fresh> {
  jest.resetModules();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const runtime = require("./excel-runtime") as typeof import("./excel-runtime");
  const { setFunctionsLanguage } = require("../../src/functions/i18n/language") as typeof import("../../src/functions/i18n/language");
  const { listenerCount } = require("../../src/functions/schedules") as typeof import("../../src/functions/schedules");
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { fns: await runtime.associatedFunctions(), cf: runtime.excelRuntime(), setFunctionsLanguage, listenerCount };
}

/** A streaming invocation, and a promise of the first result it is given. */
function invocationWithFirstResult<T>(): { invocation: CustomFunctions.StreamingInvocation<T>; first: Promise<T | CustomFunctions.Error>; results: unknown[] } {
  const results: unknown[] = [];
  let resolve!: (v: T | CustomFunctions.Error) => void;
  const first = new Promise<T | CustomFunctions.Error>((r) => (resolve = r));
  const invocation: CustomFunctions.StreamingInvocation<T> = {
    setResult: (v) => {
      results.push(v);
      resolve(v);
    },
  };
  return { invocation, first, results };
}

afterEach(() => {
  jest.dontMock("../../src/functions/bodies");
});

test("a streaming function called before the code has loaded sets its result once it has: Beesel, 13.478 × limburg-2020's rate", async () => {
  const { fns } = await freshFunctions();
  const { invocation, first, results } = invocationWithFirstResult<number>();
  fns.CONTRIBUTION(13478, "limburg-2020", null, null, invocation);
  expect(results).toEqual([]); // nothing during the call: Excel shows #BUSY! meanwhile
  const expected = unitsToNumber(units("13478", decimal(limburg2020.components[0].rate!), 2, "half-up"), 2);
  expect(await first).toBe(expected);

  // Loaded now: the next call sets its result during the call.
  const again = invocationWithFirstResult<number>();
  fns.CONTRIBUTION(13478, "limburg-2020", null, null, again.invocation);
  expect(again.results).toEqual([expected]);
  invocation.onCanceled?.();
  again.invocation.onCanceled?.();
});

test("VERDEEL.AANDEEL returns a promise of the largest-remainder split; bad input rejects with #VALUE! and the catalogue's message", async () => {
  const { fns, cf } = await freshFunctions();
  const populations = [13478, 11536, 24360];
  const pending = fns.SHARE(
    populations.map((p) => [p]),
    90000,
    null,
    null,
  );
  expect(pending).toBeInstanceOf(Promise);
  const cents = largestRemainder(
    weightedShares(9_000_000n, [{ weight: "1", values: populations.map(String) }]),
    populations.map((population, i) => ({ population, name: `gemeente ${i}` })),
  );
  expect(await pending).toEqual(cents.map((c) => [unitsToNumber(c, 2)]));

  const rejected = await (fns.SHARE([[13478], [-5]], 90000, null, null) as Promise<unknown>).then(
    () => undefined,
    (e: unknown) => e as CustomFunctions.Error,
  );
  expect(rejected).toBeInstanceOf(cf.Error);
  expect(rejected?.code).toBe(cf.ErrorCode.invalidValue);
  expect(rejected?.message).toBe("inwoners_bereik, rij 2: -5 is negatief; een aantal inwoners is 0 of meer.");
});

test("a formula cancelled before the code has loaded sets nothing and does not listen to the user's schedules", async () => {
  const { fns, listenerCount } = await freshFunctions();
  const cancelled = invocationWithFirstResult<number>();
  fns.CONTRIBUTION(13478, "limburg-2020", null, null, cancelled.invocation);
  cancelled.invocation.onCanceled?.(); // Excel: the formula was deleted meanwhile
  const later = invocationWithFirstResult<number>();
  fns.CONTRIBUTION(100, "limburg-2020", null, null, later.invocation);
  await later.first; // the code has loaded and the other formula has its result
  expect(cancelled.results).toEqual([]);
  expect(listenerCount()).toBe(1);
  later.invocation.onCanceled?.();
  expect(listenerCount()).toBe(0);
});

describe("when the code does not load (offline)", () => {
  const offline = (): void => {
    jest.doMock("../../src/functions/bodies", () => {
      throw new Error("Loading chunk functions-impl failed.");
    });
  };

  test("a streaming function shows #VALUE! with a plain sentence in Excel's language; the next call tries again", async () => {
    const { fns, cf, setFunctionsLanguage } = await freshFunctions();
    offline();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { LOADING_MESSAGES } = await import("../../src/functions/i18n/loading");
    const dutch = invocationWithFirstResult<number>();
    fns.CONTRIBUTION(13478, "limburg-2020", null, null, dutch.invocation);
    const error = (await dutch.first) as CustomFunctions.Error;
    expect(error).toBeInstanceOf(cf.Error);
    expect(error.code).toBe(cf.ErrorCode.invalidValue);
    expect(error.message).toBe(LOADING_MESSAGES.nl.codeNotLoaded);
    expect(error.message).not.toMatch(/chunk|Error|at /);

    setFunctionsLanguage("en");
    const english = invocationWithFirstResult<number | string>();
    fns.SCHEDULE("limburg-2020", null, "titel", null, english.invocation);
    expect(((await english.first) as CustomFunctions.Error).message).toBe(LOADING_MESSAGES.en.codeNotLoaded);
    expect(spy).toHaveBeenCalled(); // for a developer's console
    spy.mockRestore();

    jest.dontMock("../../src/functions/bodies"); // back online
    const retry = invocationWithFirstResult<number | string>();
    fns.SCHEDULE("limburg-2020", null, "titel", null, retry.invocation);
    expect(await retry.first).toBe(limburg2020.title.en);
    retry.invocation.onCanceled?.();
  });

  test("VERDEEL.AANDEEL rejects with #VALUE! and the same sentence", async () => {
    const { fns, cf } = await freshFunctions();
    offline();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { LOADING_MESSAGES } = await import("../../src/functions/i18n/loading");
    const rejected = await (fns.SHARE([[1], [2]], 10, null, null) as Promise<unknown>).then(
      () => undefined,
      (e: unknown) => e as CustomFunctions.Error,
    );
    spy.mockRestore();
    expect(rejected).toBeInstanceOf(cf.Error);
    expect(rejected?.message).toBe(LOADING_MESSAGES.nl.codeNotLoaded);
  });
});
