// A component's optional period: from, to (inclusive) and how the amount is pro-rated to it.
import { Checkbox, Field, Select } from "@fluentui/react-components";
import type { Prorate } from "../../allocation/types";
import { useEditor } from "./EditorContext";
import { componentFieldKey } from "./field-keys";
import type { PeriodForm } from "./form";
import { useEditorStyles } from "./styles";
import { TextField } from "./TextField";

export interface PeriodFieldsProps {
  componentKey: string;
  period: PeriodForm;
  /** The schedule's year, to start a new period with the whole year. */
  year: number | undefined;
  onChange(period: PeriodForm): void;
}

const PRORATES: Prorate[] = ["none", "months", "days"];

export function PeriodFields({ componentKey, period, year, onChange }: PeriodFieldsProps): React.JSX.Element {
  const { m, message, touch } = useEditor();
  const styles = useEditorStyles();
  const key = (field: string): string => componentFieldKey(componentKey, field);
  const prorateError = message(key("period.prorate"));
  return (
    <>
      <Checkbox
        data-field={key("period")}
        label={m.hasPeriod}
        checked={period.enabled}
        onChange={(_, d) => {
          const enabled = d.checked === true;
          // A new period starts as the whole year: the user narrows it, never types a year wrongly.
          const whole = year !== undefined && period.from === "" && period.to === "";
          onChange({ ...period, enabled, ...(enabled && whole ? { from: `${year}-01-01`, to: `${year}-12-31` } : {}) });
        }}
      />
      {period.enabled ? (
        <div className={styles.indent}>
          <div className={styles.row}>
            <TextField
              fieldKey={key("period.from")}
              label={m.periodFrom}
              type="date"
              required
              value={period.from}
              onChange={(from) => onChange({ ...period, from })}
            />
            <TextField
              fieldKey={key("period.to")}
              label={m.periodTo}
              type="date"
              required
              value={period.to}
              onChange={(to) => onChange({ ...period, to })}
            />
          </div>
          <Field label={m.prorate} validationState={prorateError ? "error" : "none"} validationMessage={prorateError}>
            <Select
              data-field={key("period.prorate")}
              value={period.prorate}
              onChange={(_, d) => {
                onChange({ ...period, prorate: d.value as Prorate });
                // The months rule is about the dates: show their messages too.
                touch(key("period.prorate"), key("period.from"), key("period.to"));
              }}
            >
              {PRORATES.map((p) => (
                <option key={p} value={p}>
                  {m.prorates[p]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
    </>
  );
}
