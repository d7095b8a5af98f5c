// The task pane: data and schedule on top, then one of four flows in tabs — Invullen (findings,
// apply/undo, preview), Controleren (verify, change nothing), Scenario (what-if against the agreed
// schedule, saved as extra columns) and Schema's (the user's own schedules). It reads and writes
// the workbook only through the WorkbookHost it is given.
import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { allocate, applyOverrides, localize } from "../allocation";
import type { Allocation, Schedule } from "../allocation/types";
import type { InputRead, SavedChoices, WorkbookHost } from "../host";
import { shareUserSchedules } from "../functions";
import { bundledSchedules } from "../schedules";
import { allocationFindings, CONTROLE_SHEET, detectOptionsFor, detectTable, toMunicipalities } from "../workbook";
import type { ColumnChoice, Finding, Grid, WritePlan } from "../workbook/types";
import { ActionBar } from "./components/ActionBar";
import { DataSection } from "./components/DataSection";
import { FindingsList } from "./components/FindingsList";
import { FormulaOption } from "./components/FormulaOption";
import { PreviewTable } from "./components/PreviewTable";
import { ScheduleSection } from "./components/ScheduleSection";
import { useMessages, type WriteAction } from "./i18n";
import { headerOptions, measureChoices, roleHeader, tableRange } from "./model/columns";
import { buildPreview, type PreviewModel } from "./model/preview";
import { errorText } from "./model/errors";
import { agreedValue, effectiveBudgetLines, rateEdits, readRateInput, valueDecimals } from "./model/rates";
import { recordRecompute } from "./perf";
import { useApplyFlow } from "./useApplyFlow";
import { useChoiceSaver } from "./useChoiceSaver";
import { useComparison } from "./useComparison";
import { useScheduleState } from "./useScheduleState";
import { useVerifyColumns } from "./useVerifyColumns";
import { readTolerance, useVerifyFlow } from "./useVerifyFlow";
import { TOOL_VERSION } from "./version";
import { Notice } from "./components/Notice";

// The tabs other than Invullen, loaded when first opened (a spinner says so meanwhile).
const VerifySection = lazy(() => import(/* webpackChunkName: "tab-verify" */ "./components/VerifySection").then((m) => ({ default: m.VerifySection })));
const ScenarioSection = lazy(() => import(/* webpackChunkName: "tab-scenario" */ "./components/ScenarioSection").then((m) => ({ default: m.ScenarioSection })));
const SchedulesTab = lazy(() => import(/* webpackChunkName: "tab-schedules" */ "./components/SchedulesTab").then((m) => ({ default: m.SchedulesTab })));

/**
 * The host's question before a write: its code starts loading when a write starts (the question
 * may follow), the dialog is mounted with the first question asked and then kept mounted.
 */
const loadQuestionDialog = () => import(/* webpackChunkName: "question-dialog" */ "./components/QuestionDialog");
const QuestionDialog = lazy(() => loadQuestionDialog().then((m) => ({ default: m.QuestionDialog })));

/** The planners of what the pane writes (model/plans.ts): loaded on the first action, not on opening. */
const planners = () => import(/* webpackChunkName: "pane-plans" */ "./model/plans");

/** The sheet formula mode keeps its rates block on. */
const TARIEVEN = "Tarieven";

export type PaneMode = "apply" | "verify" | "scenario" | "schedules";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  /** The four tabs wrap onto a second line rather than scroll sideways in a narrow pane. */
  tabs: {
    flexWrap: "wrap",
  },
});


export interface PaneProps {
  host: WorkbookHost;
  /** How long after the last change the choices are saved in the document. */
  saveDelayMs: number;
}

export function Pane({ host, saveDelayMs }: PaneProps): React.JSX.Element {
  const { lang, t } = useMessages();
  const styles = useStyles();
  const bundled = useMemo(() => bundledSchedules(), []);
  const [mode, setMode] = useState<PaneMode>("apply");
  /** Formula mode for per-inhabitant amounts (rates on the Tarieven sheet). */
  const [asFormulas, setAsFormulas] = useState(false);
  /** Controleren: target -> header of the column chosen by the user ("" = not checked). */
  const [verifyChoice, setVerifyChoice] = useState<Record<string, string>>({});
  const [toleranceText, setToleranceText] = useState("0");

  const [input, setInput] = useState<InputRead | undefined>(undefined);
  const [reading, setReading] = useState(true);
  const [readError, setReadError] = useState<string | undefined>(undefined);
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const [choice, setChoice] = useState<ColumnChoice>({});
  const busyRef = useRef(false);
  // Every schedule edit asks for a save; the saver is made below, from the state it saves.
  const requestSaveRef = useRef<() => void>(() => undefined);
  const scheduleEdited = useCallback(() => requestSaveRef.current(), []);
  const sched = useScheduleState(bundled, scheduleEdited);
  const { schedules, scheduleId, rates, rateTexts, budgetLines, userSchedules, overrides } = sched;
  // The worksheet functions (VERDEEL.*) run in this page too: formulas naming a user schedule follow it.
  useEffect(() => shareUserSchedules(userSchedules), [userSchedules]);

  // --- Reading ----------------------------------------------------------------------------------
  const readSeq = useRef(0);
  const read = useCallback(async (): Promise<void> => {
    const seq = ++readSeq.current;
    setReading(true);
    try {
      const r = await host.readInput();
      if (seq === readSeq.current) {
        setInput(r);
        setReadError(undefined);
      }
    } catch (e) {
      if (seq === readSeq.current) setReadError(errorText(e, lang));
    } finally {
      if (seq === readSeq.current) setReading(false);
    }
  }, [host]);

  // On open: the saved choices and the input, together.
  useEffect(() => {
    let live = true;
    const seq = ++readSeq.current;
    setReading(true);
    void (async () => {
      const [saved, read] = await Promise.allSettled([host.loadChoices(), host.readInput()]);
      if (!live || seq !== readSeq.current) return;
      if (saved.status === "fulfilled" && saved.value) {
        const s = saved.value;
        const c: ColumnChoice = {};
        if (s.nameColumn) c.nameColumn = s.nameColumn;
        if (s.populationColumn) c.populationColumn = s.populationColumn;
        if (s.codeColumn) c.codeColumn = s.codeColumn;
        if (s.measureColumns && Object.keys(s.measureColumns).length > 0) c.measureColumns = { ...s.measureColumns };
        setChoice(c);
        sched.restore(s, lang);
      }
      if (read.status === "fulfilled") setInput(read.value);
      else setReadError(errorText(read.reason, lang));
      setReading(false);
    })();
    return () => {
      live = false;
    };
  }, [host, lang]);

  // --- Detection (memoized on the grid, the column choice and what the schedule needs) ---------
  const hasChoice =
    choice.nameColumn !== undefined ||
    choice.populationColumn !== undefined ||
    choice.codeColumn !== undefined ||
    Object.keys(choice.measureColumns ?? {}).length > 0;
  const agreedForDetection = sched.agreed;
  const detectOptions = useMemo(() => detectOptionsFor(agreedForDetection), [agreedForDetection]);
  const detection = useMemo(
    () => (input ? detectTable(input.grid, hasChoice ? choice : undefined, detectOptions) : undefined),
    [input, choice, hasChoice, detectOptions],
  );
  const table = detection?.table;
  const municipalities = useMemo(() => (table ? toMunicipalities(table) : []), [table]);
  const options = useMemo(() => headerOptions(input?.grid, table), [input, table]);
  const measureList = useMemo(
    () => measureChoices(detectOptions.measures ?? [], choice, table, detection?.findings ?? []),
    [detectOptions, choice, table, detection],
  );

  // --- Schedule and what-if rates -------------------------------------------------------------------
  const agreed = sched.agreed;
  const effective = useMemo((): { schedule?: Schedule; error?: string } => {
    if (!agreed) return {};
    if (Object.keys(overrides).length === 0) return { schedule: agreed };
    try {
      return { schedule: applyOverrides(agreed, overrides) };
    } catch (e) {
      return { error: errorText(e, lang) };
    }
  }, [agreed, overrides]);

  // --- Preview: only allocation + formatting rerun on an edit, in the same render as the keystroke ----
  // (not deferred: the table re-renders only its changed figures, so one render fits a frame; a
  // deferred value would paint the keystroke first and the figures a frame later).
  const shownSchedule = effective.schedule;
  const previous = useRef<PreviewModel | undefined>(undefined);
  const computed = useMemo((): { allocation?: Allocation; model?: PreviewModel; error?: string } | undefined => {
    if (!shownSchedule || !table) return undefined;
    const start = performance.now();
    try {
      const allocation = allocate(shownSchedule, municipalities);
      const model = buildPreview(allocation, table, lang, t.locale, t.totalsRow, previous.current);
      recordRecompute(start, performance.now());
      return { allocation, model };
    } catch (e) {
      return { error: errorText(e, lang) };
    }
  }, [shownSchedule, table, municipalities, lang, t]);
  useEffect(() => {
    previous.current = computed?.model;
  }, [computed]);
  // What-if edits in force: named on the preview's headers, under its heading and in the overwrite question.
  const edits = useMemo(() => rateEdits(agreed, rates, lang, overrides), [agreed, rates, lang, overrides]);
  const editBadges = useMemo(() => {
    const byId = new Map<string, string>();
    for (const e of edits) byId.set(e.id, byId.has(e.id) ? `${byId.get(e.id)}, ${e.value}` : e.value);
    return byId;
  }, [edits]);
  const editList = edits.length > 0 ? t.editList(edits) : undefined;

  const findings = useMemo((): Finding[] => {
    const list = detection?.findings ?? [];
    if (!computed?.allocation || !table) return list;
    const extra = allocationFindings(computed.allocation, table.sheet);
    return extra.length > 0 ? [...list, ...extra] : list;
  }, [detection, computed, table]);

  // --- Why Toepassen cannot run yet -----------------------------------------------------------------
  const errorCount = useMemo(() => (detection?.findings ?? []).filter((f) => f.severity === "error").length, [detection]);
  const invalidRates = useMemo(
    () =>
      (agreed?.components ?? [])
        .filter(
          (c) =>
            (rateTexts[c.id] !== undefined && readRateInput(rateTexts[c.id], agreedValue(c), valueDecimals(c, agreed as Schedule)).kind === "invalid") ||
            sched.invalidParts.includes(c.id),
        )
        .map((c) => localize(c.label, lang)),
    [agreed, rateTexts, lang, sched.invalidParts],
  );
  /** Why Toepassen (or Opslaan als scenario) cannot write yet, naming that button; undefined when it can. */
  const writeReason = (action: WriteAction): string | undefined => {
    if (!table) return t.reasonNoTable(action);
    if (!agreed) return t.reasonNoSchedule(action);
    if (errorCount > 0) return t.reasonErrors(action, errorCount);
    if (invalidRates.length > 0) return t.reasonRate(action, invalidRates.join(", "));
    if (effective.error) return t.reasonSchedule(action, effective.error);
    if (computed?.error) return t.reasonSchedule(action, computed.error);
    if (municipalities.length === 0) return t.reasonNoRows(action);
    return undefined;
  };
  const applyReason = writeReason("apply");

  // --- Choices: saved when the user makes them ---------------------------------------------------------
  const currentChoices = (): SavedChoices => {
    // The user's own schedules, and a saved choice of one still arriving (useScheduleState).
    const c: SavedChoices = sched.choicesToKeep();
    if (scheduleId) c.scheduleId = scheduleId;
    if (choice.nameColumn) c.nameColumn = choice.nameColumn;
    if (choice.populationColumn) c.populationColumn = choice.populationColumn;
    if (choice.codeColumn) c.codeColumn = choice.codeColumn;
    if (choice.measureColumns && Object.keys(choice.measureColumns).length > 0) c.measureColumns = { ...choice.measureColumns };
    if (Object.keys(rates).length > 0) c.rates = { ...rates };
    if (overrides.weights) c.weights = overrides.weights;
    if (overrides.percentages) c.percentages = overrides.percentages;
    if (Object.keys(budgetLines).length > 0) c.budgetLines = { ...budgetLines };
    return c;
  };
  const saver = useChoiceSaver(host, currentChoices, busyRef, saveDelayMs, (e) => setSaveError(t.saveFailed(errorText(e, lang))));
  const requestSave = saver.request;
  requestSaveRef.current = requestSave;

  const onChoose = useCallback(
    (role: "name" | "population", header: string): void => {
      const key = role === "name" ? "nameColumn" : "populationColumn";
      setChoice((c) => (c[key] === header ? c : { ...c, [key]: header }));
      requestSave();
    },
    [requestSave],
  );
  const onChooseMeasure = useCallback(
    (measure: string, header: string): void => {
      setChoice((c) => (c.measureColumns?.[measure] === header ? c : { ...c, measureColumns: { ...c.measureColumns, [measure]: header } }));
      requestSave();
    },
    [requestSave],
  );
  // --- Apply and undo ------------------------------------------------------------------------------------
  const planArgs = () => {
    if (!input || !table || !agreed || !effective.schedule) throw new Error(applyReason ?? t.reasonNoTable("apply"));
    const userLines: Record<string, string> = {};
    for (const [id, v] of Object.entries(budgetLines)) userLines[id] = v.trim();
    return {
      grid: input.grid,
      table,
      allocation: allocate(effective.schedule, municipalities),
      budgetLines: effectiveBudgetLines(agreed, budgetLines),
      lang,
      toolVersion: TOOL_VERSION,
      now: new Date(),
      overrides: { ...overrides, budgetLines: userLines },
      agreedSchedule: agreed,
    };
  };
  /** The Tarieven sheet as it is now, for formula mode (its rates block is appended below it). */
  const ratesSheet = async (): Promise<Grid | undefined> => (asFormulas ? host.readSheet(TARIEVEN) : undefined);
  const makePlan = async (): Promise<WritePlan> => {
    const args = planArgs();
    return (await planners()).applyPlan(args, asFormulas, await ratesSheet());
  };
  const flow = useApplyFlow({ host, t, makePlan, beforeAction: saver.flush, afterChange: read, busyRef });
  /** Whether a question was ever asked: its dialog is mounted from then on (it animates closed). */
  const asked = useRef(false);
  if (flow.dialog) asked.current = true;
  useEffect(() => {
    // A failed early load is not the user's concern yet: showing the question loads it again.
    if (flow.busy !== undefined && !asked.current) void loadQuestionDialog().catch(() => undefined);
  }, [flow.busy]);
  const setStatus = flow.setStatus;
  const onSelectCell = useCallback(
    (sheet: string, cell: string): void => {
      host.select(sheet, cell).catch((e: unknown) => setStatus({ intent: "error", text: t.selectFailed(errorText(e, lang)) }));
    },
    [host, setStatus, t, lang],
  );
  const onSelectFinding = useCallback((f: Finding): void => (f.cell ? onSelectCell(f.sheet, f.cell) : undefined), [onSelectCell]);

  // --- Scenario: the edited schedule against the agreed one, live ----------------------------------------
  const edited = Object.keys(overrides).length > 0;
  const comparison = useComparison(mode === "scenario", agreed, table, municipalities, computed?.allocation, lang, t.totalsRow);
  const scenarioReason = writeReason("saveScenario") ?? (edited ? undefined : t.reasonNoEdits);
  // Not memoized: it reads this render's state (ScenarioSection is not memoized either).
  const onSaveScenario = (): void =>
    void flow.apply(async () => {
      const args = planArgs();
      return (await planners()).scenarioPlan(args, asFormulas, await ratesSheet());
    });
  // --- Controleren ----------------------------------------------------------------------------------------
  const { targets, columns: verifyColumns, checks } = useVerifyColumns(input?.grid, table, agreed, options, verifyChoice, lang, t.verifyTotalLabel);
  const tolerance = readTolerance(toleranceText);
  const verify = useVerifyFlow({
    host,
    t,
    schedule: agreed,
    choice: hasChoice ? choice : undefined,
    checks,
    toleranceText,
    onInput: setInput,
    reportCells: async (outcome) => (await planners()).controleReportCells(outcome, lang),
    reportSheetName: CONTROLE_SHEET,
    busyRef,
  });

  // --- Schema's: the user's own schedules, kept in the document ------------------------------------------
  const takenIds = useMemo(() => bundled.map((s) => s.id), [bundled]);
  const onReread = useCallback((): void => void read(), [read]);
  const range = useMemo(() => (table ? tableRange(table) : undefined), [table]);
  const busy = flow.busy !== undefined;
  const waiting = reading && !input;
  return (
    <div className={styles.pane}>
      {readError ? (
        <Notice intent="error">{t.readFailed(readError)}</Notice>
      ) : null}
      {saveError ? (
        <Notice intent="warning">{saveError}</Notice>
      ) : null}
      {waiting ? <Spinner size="small" label={t.loading} /> : null}
      <DataSection
        input={input}
        table={table}
        range={range}
        options={options}
        nameHeader={choice.nameColumn ?? roleHeader(table, "name")}
        populationHeader={
          // Two candidate columns and no choice yet: detection's tentative pick is not shown as chosen.
          choice.populationColumn ??
          (detection?.findings.some((f) => f.code === "column-ambiguous") ? undefined : roleHeader(table, "population"))
        }
        measures={measureList}
        reading={reading}
        disabled={busy}
        onChoose={onChoose}
        onChooseMeasure={onChooseMeasure}
        onReread={onReread}
      />
      {sched.unread > 0 ? <Notice intent="warning">{t.userSchedulesUnread(sched.unread)}</Notice> : null}
      <ScheduleSection
        schedules={schedules}
        own={userSchedules}
        selected={agreed}
        rateTexts={rateTexts}
        partTexts={sched.partTexts}
        budgetLines={budgetLines}
        disabled={busy}
        onSelect={sched.onSelect}
        onRateChange={sched.onRateChange}
        onPartChange={sched.onPartChange}
        onRateReset={sched.onRateReset}
        onBudgetLineChange={sched.onBudgetLineChange}
      />
      <TabList className={styles.tabs} selectedValue={mode} onTabSelect={(_, d) => setMode(d.value as PaneMode)} aria-label={t.modesLabel}>
        <Tab value="apply">{t.modeApply}</Tab>
        <Tab value="verify">{t.modeVerify}</Tab>
        <Tab value="scenario">{t.modeScenario}</Tab>
        <Tab value="schedules">{t.modeSchedules}</Tab>
      </TabList>
      {mode === "apply" ? (
        <>
          <FindingsList findings={findings} onSelect={onSelectFinding} />
          <FormulaOption checked={asFormulas} disabled={busy} onChange={setAsFormulas} />
          <ActionBar flow={flow} applyReason={applyReason} waiting={reading} />
          <PreviewTable model={computed?.model} stale={shownSchedule !== effective.schedule} edits={editBadges} editList={editList} />
        </>
      ) : (
        <Suspense fallback={<Spinner size="small" label={t.loadingTab} />}>
          {mode === "verify" ? (
            <VerifySection
              schedule={agreed}
              targets={targets}
              columns={verifyColumns}
              options={options}
              toleranceText={toleranceText}
              toleranceValid={tolerance !== undefined}
              flow={verify}
              stale={verify.outcome !== undefined && verify.outcome.input !== input}
              disabled={busy}
              onColumn={(target, header) => setVerifyChoice((c) => ({ ...c, [target]: header }))}
              onTolerance={setToleranceText}
              onSelectCell={onSelectCell}
              onSelectFinding={onSelectFinding}
            />
          ) : mode === "scenario" ? (
            <ScenarioSection
              model={comparison}
              edited={edited}
              asFormulas={asFormulas}
              saveReason={scenarioReason}
              flow={flow}
              waiting={reading}
              onAsFormulas={setAsFormulas}
              onSave={onSaveScenario}
              onBackToAgreed={sched.onBackToAgreed}
            />
          ) : (
            <SchedulesTab
              lang={lang}
              schedules={userSchedules}
              skipped={sched.skipped}
              takenIds={takenIds}
              status={flow.status}
              onSave={(x) => {
                sched.saveUserSchedule(x);
                setStatus({ intent: "success", text: t.userScheduleSaved(x.id) });
              }}
              onDelete={(id) => {
                sched.deleteUserSchedule(id);
                setStatus({ intent: "info", text: t.userScheduleDeleted(id) });
              }}
            />
          )}
        </Suspense>
      )}
      {asked.current ? (
        <Suspense fallback={null}>
          <QuestionDialog dialog={flow.dialog} flow={flow} editList={editList} />
        </Suspense>
      ) : null}
    </div>
  );
}
