// One component of the schedule: kind, id, names, rate / total / key / amounts / percentages /
// measure, period, budget line,
// and the buttons to move or remove it. A group named "Onderdeel 2: Uitbreiding".
import { Button, Field, Select, Text, useId } from "@fluentui/react-components";
import type { ComponentKind } from "../../allocation/types";
import { AmountRows } from "./AmountRows";
import { useEditor } from "./EditorContext";
import { componentFieldKey } from "./field-keys";
import type { AmountRowForm, ComponentForm, KeyRowForm } from "./form";
import { KeyRows } from "./KeyRows";
import { PeriodFields } from "./PeriodFields";
import { useEditorStyles } from "./styles";
import { TextField } from "./TextField";

const KINDS: ComponentKind[] = ["per-inhabitant", "share-of-total", "fixed-amount", "fixed-percentage", "per-unit"];

export interface ComponentEditorProps {
  component: ComponentForm;
  index: number;
  count: number;
  year: number | undefined;
  onChange(patch: Partial<Omit<ComponentForm, "key">>): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  onAddRows(rows: { name: string; amount: string }[]): string[];
  onRowChange(rowKey: string, patch: Partial<Omit<AmountRowForm, "key">>): void;
  onRemoveRow(rowKey: string): void;
  onAddKeyRows(rows: { measure: string; weight: string }[]): string[];
  onKeyRowChange(rowKey: string, patch: Partial<Omit<KeyRowForm, "key">>): void;
}

export function ComponentEditor(props: ComponentEditorProps): React.JSX.Element {
  const { m, lang, message, touch } = useEditor();
  const styles = useEditorStyles();
  const c = props.component;
  const key = (field: string): string => componentFieldKey(c.key, field);
  const label = (lang === "en" && c.labelEn.trim() ? c.labelEn : c.labelNl).trim() || m.unnamed;
  const headingId = useId("component-heading");
  const kindError = message(key("kind"));
  return (
    <div role="group" aria-labelledby={headingId} className={styles.component}>
      <Text as="h4" weight="semibold" id={headingId} className={styles.heading}>
        {m.componentHeading(props.index + 1, label)}
      </Text>
      <Field label={m.kind} validationState={kindError ? "error" : "none"} validationMessage={kindError}>
        <Select
          data-field={key("kind")}
          value={c.kind}
          onChange={(_, d) => {
            props.onChange({ kind: d.value as ComponentKind });
            touch(key("kind"));
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {m.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      <TextField
        fieldKey={key("id")}
        label={m.componentId}
        hint={m.componentIdHint}
        required
        value={c.id}
        onChange={(id) => props.onChange({ id })}
      />
      <TextField
        fieldKey={key("label.nl")}
        label={m.labelNl}
        required
        value={c.labelNl}
        onChange={(labelNl) => props.onChange({ labelNl })}
      />
      <TextField
        fieldKey={key("label.en")}
        label={m.labelEn}
        value={c.labelEn}
        onChange={(labelEn) => props.onChange({ labelEn })}
      />
      {c.kind === "per-unit" ? (
        <TextField fieldKey={key("measure")} label={m.measure} hint={m.measureHint} required value={c.measure} onChange={(measure) => props.onChange({ measure })} />
      ) : null}
      {c.kind === "per-inhabitant" || c.kind === "per-unit" ? (
        <TextField
          fieldKey={key("rate")}
          label={c.kind === "per-unit" ? m.unitRate : m.rate}
          hint={c.kind === "per-unit" ? m.unitRateHint : m.rateHint}
          required
          inputMode="decimal"
          value={c.rate}
          onChange={(rate) => props.onChange({ rate })}
        />
      ) : null}
      {c.kind === "share-of-total" || c.kind === "fixed-percentage" ? (
        <TextField
          fieldKey={key("total")}
          label={m.total}
          hint={m.totalHint}
          required
          inputMode="decimal"
          value={c.total}
          onChange={(total) => props.onChange({ total })}
        />
      ) : null}
      {c.kind === "share-of-total" ? (
        <KeyRows
          component={c}
          onAddKeyRows={props.onAddKeyRows}
          onKeyRowChange={props.onKeyRowChange}
          onRemoveRow={props.onRemoveRow}
          onClearKey={() => props.onChange({ keyRows: [] })}
        />
      ) : null}
      {c.kind === "fixed-amount" || c.kind === "fixed-percentage" ? (
        <AmountRows component={c} onAddRows={props.onAddRows} onRowChange={props.onRowChange} onRemoveRow={props.onRemoveRow} />
      ) : null}
      <PeriodFields componentKey={c.key} period={c.period} year={props.year} onChange={(period) => props.onChange({ period })} />
      <TextField
        fieldKey={key("budgetLine")}
        label={m.budgetLine}
        hint={m.budgetLineHint}
        placeholder="6700001"
        value={c.budgetLine}
        onChange={(budgetLine) => props.onChange({ budgetLine })}
      />
      <div className={styles.row}>
        <Button
          data-field={key("up")}
          size="small"
          disabledFocusable={props.index === 0}
          aria-label={m.moveUp(label)}
          onClick={() => props.onMove(-1)}
        >
          {m.up}
        </Button>
        <Button
          data-field={key("down")}
          size="small"
          disabledFocusable={props.index === props.count - 1}
          aria-label={m.moveDown(label)}
          onClick={() => props.onMove(1)}
        >
          {m.down}
        </Button>
        <Button size="small" aria-label={m.remove(label)} onClick={props.onRemove}>
          {m.removeText}
        </Button>
      </div>
    </div>
  );
}
