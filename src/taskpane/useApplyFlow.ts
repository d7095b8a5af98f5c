// Toepassen and Ongedaan maken: the conversation with the host, its questions (conflicts, a
// filter, cells edited since), and the stack of undo records this pane session keeps.
import { useCallback, useRef, useState } from "react";
import type { ApplyOptions, UndoRecord, WorkbookHost } from "../host";
import type { WritePlan } from "../workbook/types";
import type { Messages } from "./i18n";
import { errorText } from "./model/errors";

export type FlowDialog =
  | { kind: "conflicts"; cells: string[]; plan: WritePlan; options: ApplyOptions }
  | { kind: "filtered"; sheet: string; plan: WritePlan; options: ApplyOptions }
  | { kind: "edited"; cells: string[]; record: UndoRecord };

export interface FlowStatus {
  intent: "success" | "error" | "warning" | "info";
  text: string;
}

export interface ApplyFlow {
  busy: "apply" | "undo" | undefined;
  dialog: FlowDialog | undefined;
  status: FlowStatus | undefined;
  undoStack: UndoRecord[];
  /** Applies the pane's plan, or the one `make` builds (a scenario). */
  apply(make?: () => WritePlan | Promise<WritePlan>): Promise<void>;
  undo(): Promise<void>;
  /** The user said yes to the open dialog. */
  confirm(): Promise<void>;
  /** The user said no (or closed the dialog). */
  dismiss(): void;
  setStatus(s: FlowStatus | undefined): void;
}


export function useApplyFlow(args: {
  host: WorkbookHost;
  t: Messages;
  /** Builds the plan from what the pane shows now (throws when it cannot). */
  makePlan: () => WritePlan | Promise<WritePlan>;
  /** Runs before every action: saves pending choices (never during an action). */
  beforeAction: () => Promise<void>;
  /** Re-reads the input after the sheet changed. */
  afterChange: () => Promise<void>;
  /** Shared with the choice saver: true while the host writes. */
  busyRef: { current: boolean };
}): ApplyFlow {
  const { host, t, busyRef } = args;
  const [busy, setBusy] = useState<"apply" | "undo" | undefined>(undefined);
  const [dialog, setDialog] = useState<FlowDialog | undefined>(undefined);
  const [status, setStatus] = useState<FlowStatus | undefined>(undefined);
  const [undoStack, setUndoStack] = useState<UndoRecord[]>([]);
  const argsRef = useRef(args);
  argsRef.current = args;

  const begin = (kind: "apply" | "undo"): boolean => {
    if (busyRef.current) return false;
    busyRef.current = true;
    setBusy(kind);
    return true;
  };
  const end = (): void => {
    busyRef.current = false;
    setBusy(undefined);
  };

  const runApply = useCallback(
    async (plan: WritePlan, options: ApplyOptions): Promise<void> => {
      if (!begin("apply")) return;
      let changed = false;
      try {
        const result = await host.apply(plan, plan.audit, options);
        switch (result.status) {
          case "done":
            changed = true;
            setUndoStack((s) => [...s, result.undo]);
            setStatus({ intent: "success", text: t.applied(result.cellsWritten, result.undo.label) });
            break;
          case "conflicts":
            setStatus(undefined);
            setDialog({ kind: "conflicts", cells: result.cells, plan, options });
            break;
          case "filtered":
            setStatus(undefined);
            setDialog({ kind: "filtered", sheet: result.sheet, plan, options });
            break;
          case "protected":
            setStatus({ intent: "warning", text: t.protectedSheet(result.sheet) });
            break;
        }
      } catch (e) {
        setStatus({ intent: "error", text: t.applyFailed(errorText(e, argsRef.current.t.lang)) });
      } finally {
        end();
      }
      if (changed) await argsRef.current.afterChange();
    },
    // begin/end only touch the busy ref and state setters.
    [host, t],
  );

  const runUndo = useCallback(
    async (record: UndoRecord, force: boolean): Promise<void> => {
      if (!begin("undo")) return;
      let changed = false;
      try {
        const result = await host.undo(record, force ? { force: true } : undefined);
        if (result.status === "done") {
          changed = true;
          setUndoStack((s) => s.filter((r) => r.id !== record.id));
          setStatus({ intent: "success", text: t.undone(record.label) });
        } else {
          setStatus(undefined);
          setDialog({ kind: "edited", cells: result.cells, record });
        }
      } catch (e) {
        setStatus({ intent: "error", text: t.undoFailed(errorText(e, argsRef.current.t.lang)) });
      } finally {
        end();
      }
      if (changed) await argsRef.current.afterChange();
    },
    [host, t],
  );

  const apply = useCallback(async (make?: () => WritePlan | Promise<WritePlan>): Promise<void> => {
    if (busyRef.current) return;
    await argsRef.current.beforeAction();
    let plan: WritePlan;
    try {
      plan = await (make ?? argsRef.current.makePlan)();
    } catch (e) {
      setStatus({ intent: "error", text: t.applyFailed(errorText(e, argsRef.current.t.lang)) });
      return;
    }
    await runApply(plan, { overwrite: false });
  }, [busyRef, runApply, t]);

  const undo = useCallback(async (): Promise<void> => {
    const record = undoStack[undoStack.length - 1];
    if (!record || busyRef.current) return;
    await argsRef.current.beforeAction();
    await runUndo(record, false);
  }, [busyRef, runUndo, undoStack]);

  const confirm = useCallback(async (): Promise<void> => {
    const d = dialog;
    if (!d) return;
    setDialog(undefined);
    if (d.kind === "conflicts") await runApply(d.plan, { ...d.options, overwrite: true });
    else if (d.kind === "filtered") await runApply(d.plan, { ...d.options, clearFilter: true });
    else await runUndo(d.record, true);
  }, [dialog, runApply, runUndo]);

  const dismiss = useCallback((): void => {
    if (!dialog) return;
    setDialog(undefined);
    setStatus({ intent: "info", text: dialog.kind === "edited" ? t.undoCancelled : t.cancelled });
  }, [dialog, t]);

  return { busy, dialog, status, undoStack, apply, undo, confirm, dismiss, setStatus };
}
