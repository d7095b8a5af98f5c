// The schedule editor: a form for a whole schedule in the command's format, validated as the
// user types by the command's own schedule validation, with import and export as JSON.
// Self-contained: the caller stores what onSave gives (the document's settings) and mounts it.
import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, useId } from "@fluentui/react-components";
import { Notice } from "../components/Notice";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Schedule } from "../../allocation/types";
import { AddComponentMenu, type AddChoice } from "./AddComponentMenu";
import { ComponentEditor } from "./ComponentEditor";
import { EditorContext, type EditorContextValue } from "./EditorContext";
import { OTHER_KEY } from "./field-keys";
import { emptyForm, scheduleToForm, yearJson, type ScheduleForm } from "./form";
import {
  addBasePlusRate,
  addComponent,
  addKeyRows,
  addRows,
  moveComponent,
  removeComponent,
  removeRow,
  updateKeyRow,
  updateComponent,
  updateRow,
} from "./form-edit";
import { GeneralFields } from "./GeneralFields";
import type { Lang } from "../../allocation";
import { editorMessages } from "./messages";
import { ScheduleJsonDialog } from "./ScheduleJsonDialog";
import { useEditorStyles } from "./styles";
import { issuesByKey, problemText, validateForm } from "./validate";

export interface ScheduleEditorProps {
  lang: Lang;
  /** A schedule to edit (a user schedule, or a bundled one to start from: it must get a new id). */
  initial?: Schedule;
  /** Ids that a saved schedule may not have: the bundled schedules'. */
  existingIds: string[];
  /** Called only with a valid schedule whose id is not in existingIds. */
  onSave(schedule: Schedule): void;
  onCancel(): void;
}

/** Focus target after a failed save: the first field with a message. */
const FIRST_INVALID = "\u0000first-invalid";

export function ScheduleEditor(props: ScheduleEditorProps): React.JSX.Element {
  const { lang, existingIds } = props;
  const m = editorMessages(lang);
  const styles = useEditorStyles();
  const prefix = useId("schedule-editor");
  const root = useRef<HTMLElement>(null);
  const [form, setForm] = useState<ScheduleForm>(() =>
    props.initial ? scheduleToForm(props.initial, lang) : emptyForm(new Date().getFullYear()),
  );
  // A field shows its message once the user has been there, or everywhere after Opslaan / an import.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(props.initial !== undefined);
  const [status, setStatus] = useState<{ intent: "error" | "success"; text: string } | undefined>(undefined);
  const [dialog, setDialog] = useState<"import" | "export" | undefined>(undefined);
  // Bumped by an import, so per-component state (a half-typed pasted list) starts afresh.
  const [generation, setGeneration] = useState(0);
  const pendingFocus = useRef<string | undefined>(undefined);

  const validation = useMemo(() => validateForm(form, existingIds), [form, existingIds]);
  const byKey = useMemo(() => issuesByKey(validation.issues), [validation]);
  const touch = useCallback((...keys: string[]) => {
    setTouched((prev) => (keys.every((k) => prev.has(k)) ? prev : new Set([...prev, ...keys])));
  }, []);
  const focusSoon = useCallback((key: string) => {
    pendingFocus.current = key;
  }, []);
  const context = useMemo<EditorContextValue>(
    () => ({
      lang,
      m,
      message: (key) => {
        if (!showAll && !touched.has(key)) return undefined;
        const issues = byKey.get(key);
        return issues ? issues.map((i) => problemText(i, lang)).join(" ") : undefined;
      },
      touch,
      focusSoon,
    }),
    [lang, m, showAll, touched, byKey, touch, focusSoon],
  );

  useEffect(() => {
    const key = pendingFocus.current;
    if (key === undefined) return;
    pendingFocus.current = undefined;
    const selector = key === FIRST_INVALID ? '[aria-invalid="true"]' : `[data-field="${key}"]`;
    const target = root.current?.querySelector<HTMLElement>(selector);
    target?.focus();
  });

  const year = yearJson(form.year);
  const add = (choice: AddChoice): void => {
    const added = choice === "base-plus-rate" ? addBasePlusRate(form, m) : addComponent(form, choice, m);
    setForm(added.form);
    focusSoon(`${added.keys[0]}.kind`);
  };
  const save = (): void => {
    setShowAll(true);
    if (validation.schedule) {
      setStatus(undefined);
      props.onSave(validation.schedule);
      return;
    }
    setStatus({ intent: "error", text: m.notSaved(validation.issues.length) });
    focusSoon(FIRST_INVALID);
  };
  // A dialog opened from a button gives the focus back to it when it closes.
  const closeDialog = (opener: "import" | "export"): void => {
    setDialog(undefined);
    focusSoon(opener);
  };
  const imported = (schedule: Schedule, origin: string): void => {
    setForm(scheduleToForm(schedule, lang));
    setTouched(new Set());
    setShowAll(true);
    setGeneration((g) => g + 1);
    closeDialog("import");
    setStatus({ intent: "success", text: m.imported(schedule.id, origin) });
  };

  const headingId = `${prefix}-heading`;
  const componentsHeadingId = `${prefix}-components`;
  const componentsError = context.message("components");
  const other = showAll ? (byKey.get(OTHER_KEY) ?? []) : [];
  return (
    <EditorContext.Provider value={context}>
      <section ref={root} aria-labelledby={headingId} className={styles.editor}>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          {props.initial ? m.headingEdit(props.initial.id) : m.headingNew}
        </Subtitle2>
        <Caption1>{m.intro}</Caption1>
        <div className={styles.row}>
          <Button data-field="import" onClick={() => setDialog("import")}>
            {m.importJson}
          </Button>
          <Button
            data-field="export"
            disabledFocusable={!validation.schedule}
            aria-describedby={validation.schedule ? undefined : `${prefix}-export-reason`}
            onClick={() => setDialog("export")}
          >
            {m.exportJson}
          </Button>
        </div>
        {validation.schedule ? null : (
          <Caption1 id={`${prefix}-export-reason`} className={styles.muted}>
            {m.exportDisabled}
          </Caption1>
        )}
        {status ? (
          <Notice intent={status.intent}>{status.text}</Notice>
        ) : null}
        <section aria-labelledby={`${prefix}-general`} className={styles.section}>
          <Subtitle2 as="h3" id={`${prefix}-general`} className={styles.heading}>
            {m.general}
          </Subtitle2>
          <GeneralFields form={form} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
        </section>
        <section aria-labelledby={componentsHeadingId} className={styles.section} key={generation}>
          <Subtitle2 as="h3" id={componentsHeadingId} className={styles.heading}>
            {m.components}
          </Subtitle2>
          {componentsError ? (
            <Notice intent="error">{componentsError}</Notice>
          ) : null}
          {form.components.map((c, i) => (
            <ComponentEditor
              key={c.key}
              component={c}
              index={i}
              count={form.components.length}
              year={typeof year === "number" ? year : undefined}
              onChange={(patch) => setForm((f) => updateComponent(f, c.key, patch))}
              onMove={(delta) => {
                setForm((f) => moveComponent(f, c.key, delta));
                focusSoon(`${c.key}.${delta < 0 ? "up" : "down"}`);
              }}
              onRemove={() => {
                setForm((f) => removeComponent(f, c.key));
                touch("components");
                focusSoon("add");
              }}
              onAddRows={(rows) => {
                const added = addRows(form, c.key, rows);
                setForm(added.form);
                return added.keys;
              }}
              onRowChange={(rowKey, patch) => setForm((f) => updateRow(f, c.key, rowKey, patch))}
              onRemoveRow={(rowKey) => setForm((f) => removeRow(f, c.key, rowKey))}
              onAddKeyRows={(rows) => {
                const added = addKeyRows(form, c.key, rows);
                setForm(added.form);
                return added.keys;
              }}
              onKeyRowChange={(rowKey, patch) => setForm((f) => updateKeyRow(f, c.key, rowKey, patch))}
            />
          ))}
          <div className={styles.row}>
            <AddComponentMenu onAdd={add} />
          </div>
        </section>
        {other.length > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{m.otherProblems}</MessageBarTitle>
              <ul className={styles.list}>
                {other.map((issue, i) => (
                  <li key={i}>{lang === "nl" ? issue.message : issue.messageEn}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.row}>
          <Button appearance="primary" onClick={save}>
            {m.save}
          </Button>
          <Button onClick={props.onCancel}>{m.cancel}</Button>
        </div>
        {/* Mounted and closed rather than unmounted, so Fluent's dialog restores the page
            (aria-hidden, focus) as it closes. Nothing inside is rendered while closed. */}
        {validation.schedule ? (
          <ScheduleJsonDialog
            lang={lang}
            mode="export"
            open={dialog === "export"}
            schedule={validation.schedule}
            onClose={() => closeDialog("export")}
          />
        ) : null}
        <ScheduleJsonDialog
          lang={lang}
          mode="import"
          open={dialog === "import"}
          onImport={imported}
          onClose={() => closeDialog("import")}
        />
      </section>
    </EditorContext.Provider>
  );
}
