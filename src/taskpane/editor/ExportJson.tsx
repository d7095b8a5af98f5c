// Export: the schedule's JSON (scheduleToJson, the command's format) in a read-only text area,
// with Kopiëren and Downloaden. Where Office blocks both (the clipboard in Excel on the web,
// downloads on a Mac), the text can still be selected and copied by hand.
import { Button, Caption1, Field, Textarea } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { scheduleToJson } from "../../allocation/schedule-json";
import type { Schedule } from "../../allocation/types";
import type { Lang } from "../../allocation";
import { editorMessages } from "./messages";
import { useEditorStyles } from "./styles";

async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Blocked by the frame's permissions policy: try the older way below.
  }
  if (!area) return false;
  area.focus();
  area.select();
  return typeof document.execCommand === "function" && document.execCommand("copy");
}

export interface ExportJsonProps {
  lang: Lang;
  schedule: Schedule;
}

export function ExportJson({ lang, schedule }: ExportJsonProps): React.JSX.Element {
  const m = editorMessages(lang);
  const styles = useEditorStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");
  const json = useMemo(() => scheduleToJson(schedule), [schedule]);
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
  return (
    <div className={styles.section}>
      <Field label={m.exportText}>
        <Textarea
          ref={area}
          className={styles.json}
          readOnly
          resize="vertical"
          rows={12}
          value={json}
          onFocus={(e) => e.currentTarget.select()}
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => {
            void copyText(json, area.current).then((ok) => setStatus(ok ? m.copied : m.copyFailed));
          }}
        >
          {m.copy}
        </Button>
        <Button as="a" href={href} download={`${schedule.id}.json`}>
          {m.download}
        </Button>
      </div>
      <Caption1 role="status">{status}</Caption1>
    </div>
  );
}
