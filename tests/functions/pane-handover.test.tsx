/** @jest-environment jsdom */
// The task pane hands the document's own schedules to the worksheet functions (one runtime): a
// formula naming one shows the amount once the pane has read the document's settings, and follows
// the schedule when it is deleted in the Schema's tab.
import "../taskpane/dom-setup";
import { TextDecoder, TextEncoder } from "node:util";
// Microsoft's runtime is loaded into a jsdom window of its own (excel-runtime.ts); jsdom needs
// these, which Jest's jsdom environment does not give the test's globals.
Object.assign(globalThis, { TextEncoder, TextDecoder });
import { screen, waitFor } from "@testing-library/react";
import { findUsableSchedule } from "../../src/functions/schedules";
import { click, renderPane } from "../taskpane/helpers";
import { registeredFunctions, streamingInvocation } from "./excel-runtime";
import { GOOI_2024 } from "./user-schedule";

test("a formula on the document's own schedule gets its amount when the pane has loaded it, and loses it when deleted", async () => {
  const fns = await registeredFunctions();
  const invocation = streamingInvocation<number>();
  fns.CONTRIBUTION(11536, "gooi-2024", null, null, invocation); // Blaricum, 1-1-2020
  expect((invocation.results[0] as CustomFunctions.Error).message).toMatch(/^Onbekend verdeelschema "gooi-2024"/);

  await renderPane({ choices: { userSchedules: [GOOI_2024] } });
  await waitFor(() => expect(findUsableSchedule("gooi-2024")).toBeDefined());
  expect(invocation.results[1]).toBe(576.8); // 11.536 × € 0,05

  click(screen.getByRole("tab", { name: "Schema's" }));
  click(await screen.findByRole("button", { name: "gooi-2024 verwijderen" }));
  await waitFor(() => expect(findUsableSchedule("gooi-2024")).toBeUndefined());
  expect((invocation.results[2] as CustomFunctions.Error).message).toMatch(/^Onbekend verdeelschema "gooi-2024"/);
  invocation.onCanceled?.();
});
