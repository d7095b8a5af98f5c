// Controleren: reads the sheet afresh, compares its figures with the agreed schedule through the
// workbook layer's planVerify/verifyReport (the same code as `verdeel verify`), and on request
// marks the wrong cells, unmarks them exactly, or writes a Controle report sheet. Checking
// itself changes nothing in the workbook.
import { useCallback, useRef, useState } from "react";
import { allocate, parseUserDecimal } from "../allocation";
import type { Schedule } from "../allocation/types";
import type { InputRead, MarkRecord, WorkbookHost } from "../host";
import { detectOptionsFor, detectTable, toMunicipalities, type ControleCheck, type VerifyReport } from "../workbook";
import type { ColumnChoice, PlannedCell } from "../workbook/types";
import type { FlowStatus } from "./useApplyFlow";
import type { Messages } from "./i18n";
import { errorText } from "./model/errors";

export interface VerifyOutcome {
  report: VerifyReport;
  schedule: Schedule;
  sheet: string;
  checks: ControleCheck[];
  tolerance: string;
  /** The input the check read: when the pane's input is another object, the outcome is stale. */
  input: InputRead;
  at: Date;
}

export interface VerifyFlow {
  busy: "verify" | "mark" | "unmark" | "report" | undefined;
  outcome: VerifyOutcome | undefined;
  marks: MarkRecord | undefined;
  status: FlowStatus | undefined;
  run(): Promise<void>;
  mark(): Promise<void>;
  unmark(): Promise<void>;
  writeReport(): Promise<void>;
}


/** The tolerance as a decimal string, or undefined when the text is not an amount ≥ 0. */
export function readTolerance(text: string): string | undefined {
  const t = text.trim() === "" ? "0" : parseUserDecimal(text);
  return t === null || t.startsWith("-") ? undefined : t;
}

export function useVerifyFlow(args: {
  host: WorkbookHost;
  t: Messages;
  schedule: Schedule | undefined;
  choice: ColumnChoice | undefined;
  checks: ControleCheck[];
  toleranceText: string;
  /** Tells the pane what was read, so that its data section shows the same sheet. */
  onInput(input: InputRead): void;
  /** Builds the report sheet's cells (the workbook layer's planner, in the user's language). */
  reportCells: (outcome: VerifyOutcome) => Promise<PlannedCell[][]>;
  reportSheetName: string;
  busyRef: { current: boolean };
}): VerifyFlow {
  const [busy, setBusy] = useState<VerifyFlow["busy"]>(undefined);
  const [outcome, setOutcome] = useState<VerifyOutcome | undefined>(undefined);
  const [marks, setMarks] = useState<MarkRecord | undefined>(undefined);
  const [status, setStatus] = useState<FlowStatus | undefined>(undefined);
  const argsRef = useRef(args);
  argsRef.current = args;

  const guarded = useCallback(async (kind: NonNullable<VerifyFlow["busy"]>, work: () => Promise<void>): Promise<void> => {
    const a = argsRef.current;
    if (a.busyRef.current) return;
    a.busyRef.current = true;
    setBusy(kind);
    try {
      await work();
    } catch (e) {
      setStatus({ intent: "error", text: a.t.verifyFailed(errorText(e, a.t.lang)) });
    } finally {
      a.busyRef.current = false;
      setBusy(undefined);
    }
  }, []);

  const run = useCallback(
    () =>
      guarded("verify", async () => {
        const { host, schedule, choice, checks, toleranceText, t } = argsRef.current;
        const tolerance = readTolerance(toleranceText);
        if (!schedule || checks.length === 0 || tolerance === undefined) return;
        const input = await host.readInput();
        argsRef.current.onInput(input);
        const { table, findings } = detectTable(input.grid, choice, detectOptionsFor(schedule));
        if (!table) {
          setOutcome(undefined);
          setStatus({ intent: "warning", text: t.verifyReasonNoTable });
          return;
        }
        // The checking itself is loaded when first used, not when the pane opens.
        const { planVerify, verifyReport } = await import(/* webpackChunkName: "verify", webpackExports: ["planVerify", "verifyReport"] */ "../workbook");
        const allocation = allocate(schedule, toMunicipalities(table));
        const plan = planVerify({ grid: input.grid, table, checks });
        const report = verifyReport({ ...plan, allocation, table, tolerance });
        // Input problems (a blank name, a duplicate) matter to a controller too: keep them beside the check's own.
        const inputFindings = findings.filter((f) => f.severity !== "info");
        setOutcome({
          report: { ...report, findings: [...inputFindings, ...report.findings] },
          schedule,
          sheet: table.sheet,
          checks,
          tolerance,
          input,
          at: new Date(),
        });
        setStatus(undefined);
      }),
    [guarded],
  );

  const mark = useCallback(
    () =>
      guarded("mark", async () => {
        const { host, t } = argsRef.current;
        if (!outcome) return;
        const cells = [...new Set(outcome.report.mismatches.map((m) => m.cell).filter((c) => c !== ""))];
        if (cells.length === 0) return;
        // Marks already there are taken away first, so that their record stays the original formats.
        if (marks) await host.unmarkCells(marks);
        const record = await host.markCells(outcome.sheet, cells);
        setMarks(record);
        setStatus({ intent: "success", text: t.marked(cells.length) });
      }),
    [guarded, outcome, marks],
  );

  const unmark = useCallback(
    () =>
      guarded("unmark", async () => {
        const { host, t } = argsRef.current;
        if (!marks) return;
        await host.unmarkCells(marks);
        setMarks(undefined);
        setStatus({ intent: "success", text: t.unmarked });
      }),
    [guarded, marks],
  );

  const writeReport = useCallback(
    () =>
      guarded("report", async () => {
        const { host, t, reportCells, reportSheetName } = argsRef.current;
        if (!outcome) return;
        const { sheet } = await host.writeReportSheet(reportSheetName, await reportCells(outcome));
        setStatus({ intent: "success", text: t.reportWritten(sheet) });
      }),
    [guarded, outcome],
  );

  return { busy, outcome, marks, status, run, mark, unmark, writeReport };
}
