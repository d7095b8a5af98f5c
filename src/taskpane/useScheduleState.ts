// The schedule the user works with: the bundled ones and their own (kept in the document), the
// chosen one, what-if rates (valid values and what was typed), budget lines; the edits, and
// restoring them from the document's saved choices. Every edit calls `changed` (to save).
// The user's own schedules arrive a moment after the rest (their parser loads on demand): the list
// fills in then, a saved choice of one of them is restored then, and a save made meanwhile keeps
// the document's entries and that choice.
import { useCallback, useMemo, useRef, useState } from "react";
import type { Lang } from "../allocation";
import type { Overrides, Schedule } from "../allocation/types";
import type { SavedChoices } from "../host";
import { without } from "./model/columns";
import { partOverrides, validSavedParts } from "./model/parts";
import { agreedValue, decimalText, readRateInput, validSavedBudgetLines, validSavedRates, valueDecimals } from "./model/rates";
import { entriesWith, readUserSchedules, userSchedulesJson, withSchedule } from "./model/user-schedules";

export function useScheduleState(bundled: readonly Schedule[], changed: () => void) {
  const [userSchedules, setUserSchedules] = useState<Schedule[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
  /** How many of the document's own schedules could not be read (their parser did not load). */
  const [unread, setUnread] = useState(0);
  const [scheduleId, setScheduleId] = useState<string | undefined>(undefined);
  /** Valid what-if values (decimal strings) by component id: what the preview and apply use. */
  const [rates, setRates] = useState<Record<string, string>>({});
  /** What the user typed into rate fields (edited fields only). */
  const [rateTexts, setRateTexts] = useState<Record<string, string>>({});
  /** The user's budget lines by component id ("" = none). */
  const [budgetLines, setBudgetLines] = useState<Record<string, string>>({});
  /** What the user typed into weight and percentage fields: component id -> measure or key -> text. */
  const [partTexts, setPartTexts] = useState<Record<string, Record<string, string>>>({});

  const schedules = useMemo(() => [...bundled, ...userSchedules], [bundled, userSchedules]);
  const agreed = useMemo(() => {
    const wanted = scheduleId?.trim().toLowerCase();
    return wanted ? schedules.find((s) => s.id.toLowerCase() === wanted) : undefined;
  }, [scheduleId, schedules]);

  const clearEdits = (): void => {
    setRates({});
    setRateTexts({});
    setPartTexts({});
    setBudgetLines({});
  };
  /** Valid weight and percentage edits, as overrides (recomputed from what was typed). */
  const parts = useMemo(() => partOverrides(agreed, partTexts), [agreed, partTexts]);
  /** Every what-if edit for applyOverrides. */
  const overrides = useMemo((): Overrides => {
    const o: Overrides = {};
    if (Object.keys(rates).length > 0) o.rates = rates;
    if (parts.weights) o.weights = parts.weights;
    if (parts.percentages) o.percentages = parts.percentages;
    return o;
  }, [rates, parts]);

  /**
   * While the user's own schedules are being read: the saved choices they came with (their
   * entries, and the choice of one of them until it is restored or the user chooses).
   */
  const arriving = useRef<{ saved: SavedChoices; choicePending: boolean } | undefined>(undefined);
  const restoreSeq = useRef(0);

  /** The saved choice of a schedule, its what-if values and budget lines, when `list` holds it. */
  const restoreChoice = useCallback(
    (s: SavedChoices, lang: Lang, list: readonly Schedule[]): boolean => {
      const wanted = s.scheduleId?.trim().toLowerCase();
      const schedule = wanted ? list.find((x) => x.id.toLowerCase() === wanted) : undefined;
      if (!schedule) return false;
      const r = validSavedRates(schedule, s.rates);
      setScheduleId(schedule.id);
      setRates(r);
      setRateTexts(Object.fromEntries(Object.entries(r).map(([id, v]) => [id, decimalText(v, lang)])));
      setBudgetLines(validSavedBudgetLines(schedule, s.budgetLines));
      const parts = validSavedParts(schedule, { weights: s.weights, percentages: s.percentages });
      setPartTexts(
        Object.fromEntries(
          Object.entries(parts).map(([id, byPart]) => [id, Object.fromEntries(Object.entries(byPart).map(([part, v]) => [part, decimalText(v, lang)]))]),
        ),
      );
      return true;
    },
    [],
  );

  /** The saved choices of a document being opened (nothing is saved). */
  const restore = useCallback(
    (s: SavedChoices, lang: Lang): void => {
      const seq = ++restoreSeq.current;
      const restored = restoreChoice(s, lang, bundled);
      const entries = s.userSchedules ?? [];
      arriving.current = entries.length > 0 ? { saved: s, choicePending: !restored && s.scheduleId !== undefined } : undefined;
      setUserSchedules([]);
      setSkipped([]);
      setUnread(0);
      if (entries.length === 0) return;
      readUserSchedules(entries, lang).then(
        (user) => {
          if (seq !== restoreSeq.current) return;
          const pending = arriving.current?.choicePending ?? false;
          arriving.current = undefined;
          // Schedules saved in the editor meanwhile stay, in place of an entry with their id.
          setUserSchedules((meanwhile) => meanwhile.reduce(withSchedule, user.list));
          setSkipped(user.skipped);
          if (pending) restoreChoice(s, lang, user.list);
        },
        // The parser could not be loaded: the entries stay in the document as they are (a save
        // writes them back unchanged), and the next opening reads them again.
        (e: unknown) => {
          if (seq !== restoreSeq.current) return;
          console.error("The workbook's own schedules could not be read:", e);
          setUnread(entries.length);
        },
      );
    },
    [bundled, restoreChoice],
  );

  /** The user chose (or removed) a schedule: a saved choice still arriving no longer applies. */
  const chose = (): void => {
    if (arriving.current) arriving.current.choicePending = false;
  };

  /**
   * What the document keeps of the user's own schedules and of a saved choice not yet restored:
   * `userSchedules` as settings entries, and the saved schedule choice while its schedule is
   * still arriving. The rest of the choices comes from the state.
   */
  const choicesToKeep = (): SavedChoices => {
    const a = arriving.current;
    const entries = a ? entriesWith(a.saved.userSchedules ?? [], userSchedules) : userSchedulesJson(userSchedules);
    const kept: SavedChoices = entries.length > 0 ? { userSchedules: entries } : {};
    if (!a?.choicePending) return kept;
    const choice = (["scheduleId", "rates", "weights", "percentages", "budgetLines"] as const).filter((key) => a.saved[key] !== undefined);
    return { ...kept, ...Object.fromEntries(choice.map((key) => [key, a.saved[key]])) };
  };

  const onSelect = useCallback(
    (id: string): void => {
      chose();
      setScheduleId(id);
      clearEdits();
      changed();
    },
    [changed],
  );
  const onRateChange = useCallback(
    (id: string, text: string): void => {
      const c = agreed?.components.find((x) => x.id === id);
      if (!c) return;
      setRateTexts((r) => ({ ...r, [id]: text }));
      const read = readRateInput(text, agreedValue(c), agreed ? valueDecimals(c, agreed) : undefined);
      if (read.kind === "override") setRates((r) => (r[id] === read.value ? r : { ...r, [id]: read.value }));
      else if (read.kind === "agreed") setRates((r) => without(r, id));
      changed();
    },
    [agreed, changed],
  );
  const onRateReset = useCallback(
    (id: string): void => {
      setRateTexts((r) => without(r, id));
      setRates((r) => without(r, id));
      setPartTexts((p) => without(p, id));
      changed();
    },
    [changed],
  );
  /** A weight (share of a total by a key) or a percentage (fixed percentages) typed by the user. */
  const onPartChange = useCallback(
    (id: string, part: string, text: string): void => {
      setPartTexts((p) => ({ ...p, [id]: { ...(p[id] ?? {}), [part]: text } }));
      changed();
    },
    [changed],
  );
  const onBudgetLineChange = useCallback(
    (id: string, text: string): void => {
      setBudgetLines((b) => ({ ...b, [id]: text }));
      changed();
    },
    [changed],
  );
  /** Scenario's Terug naar vastgesteld: every what-if edit goes. */
  const onBackToAgreed = useCallback((): void => {
    setRates({});
    setRateTexts({});
    setPartTexts({});
    changed();
  }, [changed]);
  /** A schedule made or edited in the editor: kept, and chosen. */
  const saveUserSchedule = useCallback(
    (s: Schedule): void => {
      chose();
      setUserSchedules((list) => withSchedule(list, s));
      setScheduleId(s.id);
      clearEdits();
      changed();
    },
    [changed],
  );
  const deleteUserSchedule = useCallback(
    (id: string): void => {
      chose();
      setUserSchedules((list) => list.filter((x) => x.id !== id));
      setScheduleId((current) => (current === id ? undefined : current));
      changed();
    },
    [changed],
  );

  return {
    schedules,
    userSchedules,
    skipped,
    unread,
    scheduleId,
    agreed,
    rates,
    rateTexts,
    partTexts,
    invalidParts: parts.invalid,
    overrides,
    budgetLines,
    restore,
    choicesToKeep,
    onSelect,
    onRateChange,
    onRateReset,
    onPartChange,
    onBudgetLineChange,
    onBackToAgreed,
    saveUserSchedule,
    deleteUserSchedule,
  };
}
