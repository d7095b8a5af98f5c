// Import: a .json file or pasted text, validated as the command validates a schedule file;
// every message names the file (or "geplakte tekst") and the field.
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { ScheduleIssue } from "../../allocation/errors";
import type { Schedule } from "../../allocation/types";
import type { Lang } from "../../allocation";
import { editorMessages } from "./messages";
import { readFileText, readScheduleText } from "./read-json";
import { useEditorStyles } from "./styles";

/** More than this many messages: the first ones and a count (a broken file can have hundreds). */
const SHOWN = 30;

export interface ImportJsonProps {
  lang: Lang;
  onImport(schedule: Schedule, origin: string): void;
}

export function ImportJson({ lang, onImport }: ImportJsonProps): React.JSX.Element {
  const m = editorMessages(lang);
  const styles = useEditorStyles();
  const [text, setText] = useState("");
  const [issues, setIssues] = useState<ScheduleIssue[]>([]);
  const read = (json: string, origin: string): void => {
    const result = readScheduleText(json, origin);
    if (result.ok) {
      setIssues([]);
      onImport(result.schedule, origin);
    } else setIssues(result.issues);
  };
  return (
    <div className={styles.section}>
      <Field label={m.importFile} hint={m.importFileHint}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              void readFileText(file).then((content) => {
                input.value = "";
                read(content, file.name);
              });
            }}
          />
        )}
      </Field>
      <Field label={m.importText} hint={m.importTextHint}>
        <Textarea className={styles.json} resize="vertical" rows={6} value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => read(text, m.pastedOrigin)}>{m.importRead}</Button>
      </div>
      {issues.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.importFailed(issues.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {issues.slice(0, SHOWN).map((issue, i) => (
                <li key={i}>{lang === "nl" ? issue.message : issue.messageEn}</li>
              ))}
              {issues.length > SHOWN ? <li>…</li> : null}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
