// Toepassen and Ongedaan maken, why Toepassen is unavailable, the outcome, and the questions
// the host may ask (Fluent dialogs: office.js replaces window.alert/confirm with throwing stubs).
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  List,
  ListItem,
  Spinner,
  Text,
  useId,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useRef } from "react";
import { useMessages } from "../i18n";
import { cellRuns } from "../model/cells";
import type { ApplyFlow, FlowDialog } from "../useApplyFlow";
import { StatusMessage } from "./StatusMessage";
import { useSectionStyles } from "./styles";

/** More ranges than this are summarised in a dialog. */
const MAX_RANGES = 12;

function CellList({ cells }: { cells: string[] }): React.JSX.Element {
  const { t } = useMessages();
  const runs = cellRuns(cells);
  const shown = runs.slice(0, MAX_RANGES);
  return (
    <List>
      {shown.map((r) => (
        <ListItem key={r}>{r}</ListItem>
      ))}
      {runs.length > shown.length ? <ListItem key="more">{t.cellsMore(runs.length - shown.length)}</ListItem> : null}
    </List>
  );
}

/** The host's questions (overwrite, filter, edited since) for every flow that writes: rendered once by the pane. */
export function QuestionDialog(props: {
  dialog: FlowDialog | undefined;
  flow: ApplyFlow;
  /** What-if edits in what would be written ("uitbreiding € 0,09 (vastgesteld € 0,07)"), said in the question. */
  editList: string | undefined;
}): React.JSX.Element {
  const { dialog, flow, editList } = props;
  const { t } = useMessages();
  // Keep the last question's content while the dialog animates closed.
  const last = useRef<FlowDialog | undefined>(dialog);
  if (dialog) last.current = dialog;
  const d = dialog ?? last.current;
  let title = "";
  let body: React.ReactNode = null;
  let yes = "";
  if (d?.kind === "conflicts") {
    title = t.conflictsTitle;
    yes = t.overwrite;
    body = (
      <>
        {editList ? (
          <Text as="p" weight="semibold">
            {t.conflictsEdited(editList)}
          </Text>
        ) : null}
        <Text as="p">{t.conflictsBody}</Text>
        <CellList cells={d.cells} />
        <Text as="p">{t.conflictsQuestion}</Text>
      </>
    );
  } else if (d?.kind === "filtered") {
    title = t.filteredTitle;
    yes = t.clearFilter;
    body = <Text as="p">{t.filteredBody(d.sheet)}</Text>;
  } else if (d?.kind === "edited") {
    title = t.editedTitle;
    yes = t.restoreAnyway;
    body = (
      <>
        <Text as="p">{t.editedBody}</Text>
        <CellList cells={d.cells} />
        <Text as="p">{t.editedQuestion}</Text>
      </>
    );
  }
  return (
    <Dialog
      open={dialog !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) flow.dismiss();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => flow.dismiss()}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={() => void flow.confirm()}>
              {yes}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

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
