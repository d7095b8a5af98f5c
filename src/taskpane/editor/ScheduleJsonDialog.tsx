// Import or export a schedule as JSON, in a Fluent dialog. Usable on its own (the lead's
// Schema's tab can import straight into the user's schedules) or from the editor.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import type { Schedule } from "../../allocation/types";
import { ExportJson } from "./ExportJson";
import { ImportJson } from "./ImportJson";
import type { Lang } from "../../allocation";
import { editorMessages } from "./messages";

export type ScheduleJsonDialogProps = {
  lang: Lang;
  open: boolean;
  onClose(): void;
} & (
  | { mode: "export"; schedule: Schedule }
  | {
      mode: "import";
      /** A valid schedule was read; `origin` is the file name or "geplakte tekst". The dialog stays open until onClose. */
      onImport(schedule: Schedule, origin: string): void;
    }
);

export function ScheduleJsonDialog(props: ScheduleJsonDialogProps): React.JSX.Element {
  const m = editorMessages(props.lang);
  return (
    <Dialog
      open={props.open}
      onOpenChange={(_, d) => {
        if (!d.open) props.onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.mode === "export" ? m.exportTitle : m.importTitle}</DialogTitle>
          <DialogContent>
            {props.mode === "export" ? (
              <ExportJson lang={props.lang} schedule={props.schedule} />
            ) : (
              <ImportJson lang={props.lang} onImport={props.onImport} />
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{m.close}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
