// The host's questions before a write (overwrite, filter, edited since) as a Fluent alert dialog,
// for every flow that writes (office.js replaces window.alert/confirm with throwing stubs). Loaded
// with the first question, not on opening (Pane.tsx).
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  List,
  ListItem,
  Text,
} from "@fluentui/react-components";
import { useRef } from "react";
import { useMessages } from "../i18n";
import { cellRuns } from "../model/cells";
import type { ApplyFlow, FlowDialog } from "../useApplyFlow";

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
