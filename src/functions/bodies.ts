/// <reference types="custom-functions-runtime" />
// What the worksheet functions compute, as a cell shows it: the code that functions.ts (the
// registration, loaded with the page) loads on the first call of any of them, as the chunk
// `functions-impl`. It holds everything only the functions use: reading the cells' values, the
// lookups, the functions' catalogues; the allocation core and the schedules it shares with the pane.
import { contributionOf } from "./contribution";
import { asFailure, functionsLanguage, messagesFor, type FunctionId } from "./i18n";
import { keyShareOf } from "./key-share";
import { scheduleFieldOf } from "./schedule-field";
import { onSchedulesChanged } from "./schedules";
import { shareOf } from "./share";

export { contributionOf, keyShareOf, scheduleFieldOf };

/** What a cell shows for a failure: #VALUE! (#WAARDE!) with the message; never a stack trace. */
export function cellError(fn: FunctionId, error: unknown): CustomFunctions.Error {
  const lang = functionsLanguage();
  const known = asFailure(error);
  if (!known) console.error(`${messagesFor("en").functionName[fn]}:`, error); // for a developer's console; the cell gets a plain sentence
  const text = known ? known.text(lang) : messagesFor(lang).internal(messagesFor(lang).functionName[fn]);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
}

function sameResult(a: unknown, b: unknown): boolean {
  if (a instanceof CustomFunctions.Error && b instanceof CustomFunctions.Error) return a.code === b.code && a.message === b.message;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((row, i) => sameResult(row, b[i]));
  return a === b;
}

/** VERDEEL.AANDEEL's result, or its failure as the cell shows it (thrown). */
export function shareCell(inwoners_bereik: unknown[][], totaal: unknown, eenheid?: unknown, namen_bereik?: unknown[][]): number[][] {
  try {
    return shareOf(inwoners_bereik, totaal, eenheid, namen_bereik);
  } catch (error) {
    throw cellError("share", error);
  }
}

/**
 * Sets the cell's result now, and again whenever the user's schedules change and the result
 * with them; stops listening when Excel cancels the formula (edited, deleted, closed).
 */
export function streamToCell<T extends number | string | number[][]>(invocation: CustomFunctions.StreamingInvocation<T>, fn: FunctionId, compute: () => T): void {
  const evaluate = (): T | CustomFunctions.Error => {
    try {
      return compute();
    } catch (error) {
      return cellError(fn, error);
    }
  };
  let last = evaluate();
  invocation.setResult(last);
  invocation.onCanceled = onSchedulesChanged(() => {
    const next = evaluate();
    if (sameResult(next, last)) return;
    last = next;
    invocation.setResult(next);
  });
}
