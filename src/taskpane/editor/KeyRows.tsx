// How a share of a total is split: by population, or by a weighted key (measure and weight per
// row, e.g. inwoners 0,5 + woningen 0,3 + oppervlakte 0,2), with what the weights add up to.
import { Button, Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { Decimal } from "../../allocation/decimal";
import { parseUserDecimal } from "../../allocation/format";
import { useEditor } from "./EditorContext";
import { componentFieldKey, keyRowFieldKey } from "./field-keys";
import type { ComponentForm, KeyRowForm } from "./form";
import { useEditorStyles } from "./styles";
import { TextField } from "./TextField";

export interface KeyRowsProps {
  component: ComponentForm;
  onAddKeyRows(rows: { measure: string; weight: string }[]): string[];
  onKeyRowChange(rowKey: string, patch: Partial<Omit<KeyRowForm, "key">>): void;
  onRemoveRow(rowKey: string): void;
  onClearKey(): void;
}

/** The weights' sum as typed, or undefined while one is not a number. */
function weightSum(rows: readonly KeyRowForm[]): Decimal | undefined {
  let sum = new Decimal(0);
  for (const r of rows) {
    const v = parseUserDecimal(r.weight);
    if (v === null) return undefined;
    sum = sum.plus(v);
  }
  return sum;
}

export function KeyRows(props: KeyRowsProps): React.JSX.Element {
  const { m, lang, touch, focusSoon } = useEditor();
  const styles = useEditorStyles();
  const c = props.component;
  const weighted = c.keyRows.length > 0;
  const sum = weightSum(c.keyRows);
  const sumText = sum ? (lang === "nl" ? sum.toString().replace(".", ",") : sum.toString()) : undefined;
  return (
    <>
      <Field label={m.keyHeading}>
        <RadioGroup
          data-field={componentFieldKey(c.key, "key")}
          value={weighted ? "key" : "population"}
          onChange={(_, d) => {
            if (d.value === "population") props.onClearKey();
            else if (!weighted) {
              const keys = props.onAddKeyRows(["inwoners", "woningen", "oppervlakte"].map((measure) => ({ measure, weight: "" })));
              focusSoon(keyRowFieldKey(c.key, keys[0], "weight"));
            }
          }}
        >
          <Radio value="population" label={m.keyByPopulation} />
          <Radio value="key" label={m.keyWeighted} />
        </RadioGroup>
      </Field>
      {c.keyRows.map((row, i) => (
        <div key={row.key} role="group" aria-label={m.keyRowGroup(i + 1, row.measure.trim())} className={styles.amountRow}>
          <TextField
            className={styles.grow}
            fieldKey={keyRowFieldKey(c.key, row.key, "measure")}
            label={m.measure}
            hint={i === 0 ? m.measureHint : undefined}
            value={row.measure}
            onChange={(measure) => props.onKeyRowChange(row.key, { measure })}
          />
          <TextField
            className={styles.amountField}
            fieldKey={keyRowFieldKey(c.key, row.key, "weight")}
            label={m.keyWeight}
            inputMode="decimal"
            value={row.weight}
            onChange={(weight) => props.onKeyRowChange(row.key, { weight })}
          />
          <Button
            appearance="subtle"
            aria-label={m.keyRowRemove(i + 1, row.measure.trim())}
            onClick={() => {
              props.onRemoveRow(row.key);
              touch(componentFieldKey(c.key, "key"));
              focusSoon(`${c.key}.addKeyRow`);
            }}
          >
            {m.removeText}
          </Button>
        </div>
      ))}
      {weighted ? (
        <div className={styles.row}>
          <Button
            data-field={`${c.key}.addKeyRow`}
            onClick={() => {
              const [key] = props.onAddKeyRows([{ measure: "", weight: "" }]);
              focusSoon(keyRowFieldKey(c.key, key, "measure"));
            }}
          >
            {m.keyRowAdd}
          </Button>
          {sumText !== undefined ? <Caption1 role="status">{m.keySum(sumText, (sum as Decimal).eq(1))}</Caption1> : null}
        </div>
      ) : null}
    </>
  );
}
