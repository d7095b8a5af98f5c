// The choice to write per-inhabitant and per-unit amounts as formulas on the Tarieven rates block: one state
// for Invullen and Scenario, shown in both so that it never acts unseen.
import { Checkbox, Field } from "@fluentui/react-components";
import { useMessages } from "../i18n";

export function FormulaOption({ checked, disabled, onChange }: { checked: boolean; disabled: boolean; onChange(on: boolean): void }): React.JSX.Element {
  const { t } = useMessages();
  return (
    <Field hint={t.asFormulasHint}>
      <Checkbox checked={checked} label={t.asFormulas} disabled={disabled} onChange={(_, d) => onChange(d.checked === true)} />
    </Field>
  );
}
