// Saves the user's choices in the document a moment after they change them (debounced), never
// while an apply or undo runs: saving document settings clears Excel's undo stack, so a pending
// save is flushed *before* an action starts and postponed while one runs.
import { useCallback, useEffect, useRef } from "react";
import type { SavedChoices, WorkbookHost } from "../host";

export interface ChoiceSaver {
  /** The user changed something: save the latest choices after the delay. */
  request(): void;
  /** Save a pending change now (before an action starts). */
  flush(): Promise<void>;
}

export function useChoiceSaver(
  host: WorkbookHost,
  latest: () => SavedChoices,
  busy: { current: boolean },
  delayMs: number,
  onError: (e: unknown) => void,
): ChoiceSaver {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);
  const latestRef = useRef(latest);
  latestRef.current = latest;
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  const save = useCallback(async (): Promise<void> => {
    pending.current = false;
    try {
      await host.saveChoices(latestRef.current());
    } catch (e) {
      onErrorRef.current(e);
    }
  }, [host]);

  const fire = useCallback((): void => {
    timer.current = undefined;
    if (!pending.current) return;
    if (busy.current) {
      timer.current = setTimeout(fire, delayMs);
      return;
    }
    void save();
  }, [busy, delayMs, save]);

  const request = useCallback((): void => {
    pending.current = true;
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(fire, delayMs);
  }, [delayMs, fire]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current !== undefined) {
      clearTimeout(timer.current);
      timer.current = undefined;
    }
    if (pending.current) await save();
  }, [save]);

  // Closing the pane: a change made just before is still saved.
  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      if (pending.current && !busy.current) void save();
    },
    [busy, save],
  );

  return { request, flush };
}
