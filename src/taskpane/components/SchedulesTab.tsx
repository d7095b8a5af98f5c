// Schema's: the user's own schedules in this workbook (edit, delete) and the editor for a new one
// or an imported one. The editor is loaded when first opened: a budget officer who only fills in
// figures never downloads it.
import { Button, Caption1, Spinner, Subtitle2, Text, useId } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { localize, type Lang } from "../../allocation";
import type { Schedule } from "../../allocation/types";
import { useMessages } from "../i18n";
import { Notice } from "./Notice";
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
  // Where the keyboard focus goes when the list comes back (the editor closed, a schedule was
  // deleted): the button that opened the editor, else Nieuw verdeelschema; never <body>.
  const returnTo = useRef<string | undefined>(undefined);
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    const at = returnTo.current;
    if (editing !== undefined || at === undefined || !list.current) return;
    returnTo.current = undefined;
    const openers = Array.from(list.current.querySelectorAll<HTMLElement>("[data-opener]"));
    (openers.find((b) => b.dataset.opener === at) ?? openers.find((b) => b.dataset.opener === "new"))?.focus();
  });
  const open = (s: Schedule | null): void => {
    returnTo.current = s ? `edit:${s.id}` : "new";
    setEditing(s);
  };
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
    <section ref={list} className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.userSchedulesHeading}
      </Subtitle2>
      {props.skipped.map((m) => (
        <Notice key={m} intent="warning">
          {t.userScheduleSkipped(m)}
        </Notice>
      ))}
      {props.schedules.length === 0 ? (
        <Text>{t.userSchedulesNone}</Text>
      ) : (
        <ul aria-labelledby={headingId} className={styles.list}>
          {props.schedules.map((s) => (
            <li key={s.id} className={styles.row}>
              <Text weight="semibold">{s.id}</Text>
              <Caption1>
                {localize(s.title, props.lang)} · {s.region} · {s.year}
              </Caption1>
              <Button size="small" data-opener={`edit:${s.id}`} onClick={() => open(s)}>
                {t.editSchedule(s.id)}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => {
                  returnTo.current = "new";
                  props.onDelete(s.id);
                }}
              >
                {t.deleteSchedule(s.id)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Button appearance="primary" data-opener="new" onClick={() => open(null)}>
          {t.newSchedule}
        </Button>
      </div>
      <StatusMessage status={props.status} />
    </section>
  );
}
