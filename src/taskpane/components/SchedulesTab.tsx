// Schema's: the user's own schedules in this workbook (edit, delete) and the editor for a new one
// or an imported one. The editor is loaded when first opened: a budget officer who only fills in
// figures never downloads it.
import {
  Button,
  Caption1,
  List,
  ListItem,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  useId,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { localize, type Lang } from "../../allocation";
import type { Schedule } from "../../allocation/types";
import { useMessages } from "../i18n";
import { StatusMessage } from "./StatusMessage";
import { useSectionStyles } from "./styles";

const ScheduleEditor = lazy(() => import("../editor/ScheduleEditor").then((m) => ({ default: m.ScheduleEditor })));

export interface SchedulesTabProps {
  lang: Lang;
  schedules: Schedule[];
  /** Messages of saved schedules that were not valid. */
  skipped: string[];
  /** Ids a user schedule may not take (the bundled ones). */
  takenIds: string[];
  status: { intent: "success" | "error" | "warning" | "info"; text: string } | undefined;
  onSave(s: Schedule): void;
  onDelete(id: string): void;
}

export function SchedulesTab(props: SchedulesTabProps): React.JSX.Element {
  const { t } = useMessages();
  const styles = useSectionStyles();
  const headingId = useId("user-schedules");
  /** undefined: the list; null: a new schedule; a schedule: editing that one. */
  const [editing, setEditing] = useState<Schedule | null | undefined>(undefined);
  if (editing !== undefined) {
    return (
      <Suspense fallback={<Spinner size="small" label={t.loading} />}>
        <ScheduleEditor
          lang={props.lang}
          initial={editing ?? undefined}
          existingIds={props.takenIds}
          onSave={(s) => {
            setEditing(undefined);
            props.onSave(s);
          }}
          onCancel={() => setEditing(undefined)}
        />
      </Suspense>
    );
  }
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.userSchedulesHeading}
      </Subtitle2>
      {props.skipped.map((m) => (
        <MessageBar key={m} intent="warning">
          <MessageBarBody>{t.userScheduleSkipped(m)}</MessageBarBody>
        </MessageBar>
      ))}
      {props.schedules.length === 0 ? (
        <Text>{t.userSchedulesNone}</Text>
      ) : (
        <List aria-labelledby={headingId}>
          {props.schedules.map((s) => (
            <ListItem key={s.id} className={styles.row}>
              <Text weight="semibold">{s.id}</Text>
              <Caption1>
                {localize(s.title, props.lang)} · {s.region} · {s.year}
              </Caption1>
              <Button size="small" onClick={() => setEditing(s)}>
                {t.editSchedule(s.id)}
              </Button>
              <Button size="small" appearance="subtle" onClick={() => props.onDelete(s.id)}>
                {t.deleteSchedule(s.id)}
              </Button>
            </ListItem>
          ))}
        </List>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => setEditing(null)}>
          {t.newSchedule}
        </Button>
      </div>
      <StatusMessage status={props.status} />
    </section>
  );
}
