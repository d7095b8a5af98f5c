// The schedule the user works with: the bundled ones and their own (kept in the document), the
// chosen one, what-if rates (valid values and what was typed), budget lines; the edits, and
// restoring them from the document's saved choices. Every edit calls `changed` (to save).
import { useCallback, useMemo, useState } from "react";
import type { Lang } from "../allocation";
import type { Overrides, Schedule } from "../allocation/types";
import type { SavedChoices } from "../host";
import { without } from "./model/columns";
import { partOverrides, validSavedParts } from "./model/parts";
import { agreedValue, decimalText, readRateInput, validSavedBudgetLines, validSavedRates, valueDecimals } from "./model/rates";
import { parseUserSchedules, withSchedule } from "./model/user-schedules";

export function useScheduleState(bundled: readonly Schedule[], changed: () => void) {
  const [userSchedules, setUserSchedules] = useState<Schedule[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
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

  /** The saved choices of a document being opened (nothing is saved). */
  const restore = useCallback(
    (s: SavedChoices, lang: Lang): void => {
      const user = parseUserSchedules(s.userSchedules, lang);
      setUserSchedules(user.list);
      setSkipped(user.skipped);
      const wanted = s.scheduleId?.trim().toLowerCase();
      const schedule = wanted ? [...bundled, ...user.list].find((x) => x.id.toLowerCase() === wanted) : undefined;
      if (!schedule) return;
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
    },
    [bundled],
  );

  const onSelect = useCallback(
    (id: string): void => {
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
      setUserSchedules((list) => withSchedule(list, s));
      setScheduleId(s.id);
      clearEdits();
      changed();
    },
    [changed],
  );
  const deleteUserSchedule = useCallback(
    (id: string): void => {
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
    scheduleId,
    agreed,
    rates,
    rateTexts,
    partTexts,
    invalidParts: parts.invalid,
    overrides,
    budgetLines,
    restore,
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
