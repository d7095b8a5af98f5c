// Toepassen and Ongedaan maken, why Toepassen is unavailable, the outcome, and the questions
// the host may ask (Fluent dialogs: office.js replaces window.alert/confirm with throwing stubs).
import { Button, Caption1, Spinner, Text, useId, useRestoreFocusTarget } from "@fluentui/react-components";
import { useMessages } from "../i18n";
import type { ApplyFlow } from "../useApplyFlow";
import { StatusMessage } from "./StatusMessage";
import { useSectionStyles } from "./styles";

export interface ActionBarProps {
  flow: ApplyFlow;
  /** Why Toepassen is not available; undefined when it is. */
  applyReason: string | undefined;
  /** Reading the sheet (on open, on request, after an action): both buttons wait for it. */
  waiting: boolean;
}

export function ActionBar({ flow, applyReason, waiting }: ActionBarProps): React.JSX.Element {
  const { t } = useMessages();
  const styles = useSectionStyles();
  const reasonId = useId("apply-reason");
  const undoId = useId("undo-info");
  // The host's question (a dialog) gives the focus back to the button that led to it.
  const restoreFocus = useRestoreFocusTarget();
  const busy = flow.busy !== undefined;
  const canApply = !waiting && !busy && applyReason === undefined;
  const canUndo = !waiting && !busy && flow.undoStack.length > 0;
  return (
    <section className={styles.section} aria-label={`${t.apply} / ${t.undo}`}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabledFocusable={!canApply}
          aria-describedby={applyReason ? reasonId : undefined}
          {...restoreFocus}
          onClick={() => void flow.apply()}
        >
          {t.apply}
        </Button>
        <Button disabledFocusable={!canUndo} aria-describedby={undoId} {...restoreFocus} onClick={() => void flow.undo()}>
          {t.undo}
        </Button>
        {busy ? <Spinner size="tiny" label={flow.busy === "apply" ? t.busyApplying : t.busyUndoing} /> : null}
      </div>
      {applyReason && !waiting ? (
        <Text id={reasonId} block className={styles.muted}>
          {applyReason}
        </Text>
      ) : null}
      <Caption1 id={undoId} block className={styles.muted}>
        {flow.undoStack.length > 0 ? t.undoCount(flow.undoStack.length) : t.reasonNothingToUndo}
      </Caption1>
      <StatusMessage status={flow.status} />
    </section>
  );
}
