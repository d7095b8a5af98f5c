// The rows of a fixed-amount component (municipality or CBS code → amount) or of a
// fixed-percentage component (→ percentage), one by one or a pasted list with one amount for all
// (a vaste voet) or each its own.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Field } from "@fluentui/react-components";
import { useState } from "react";
import { useEditor } from "./EditorContext";
import { componentFieldKey, rowFieldKey } from "./field-keys";
import { parseBulkRows } from "./form-edit";
import { rowListOf, type AmountRowForm, type ComponentForm } from "./form";
import { useEditorStyles } from "./styles";
import { TextField } from "./TextField";

export interface AmountRowsProps {
  component: ComponentForm;
  onAddRows(rows: { name: string; amount: string }[]): string[];
  onRowChange(rowKey: string, patch: Partial<Omit<AmountRowForm, "key">>): void;
  onRemoveRow(rowKey: string): void;
}

export function AmountRows({ component, onAddRows, onRowChange, onRemoveRow }: AmountRowsProps): React.JSX.Element {
  const { m, message, touch, focusSoon } = useEditor();
  const styles = useEditorStyles();
  const [names, setNames] = useState("");
  const [common, setCommon] = useState("");
  const [added, setAdded] = useState<string | undefined>(undefined);
  const c = component;
  const rows = c[rowListOf(c)];
  const percentages = c.kind === "fixed-percentage";
  const listKey = componentFieldKey(c.key, "amounts");
  const listError = message(listKey);
  const addRowsFromList = (): void => {
    const rows = parseBulkRows(names, common);
    if (rows.length === 0) {
      setAdded(m.bulkNothing);
      return;
    }
    const keys = onAddRows(rows);
    touch(...keys.flatMap((k) => [rowFieldKey(c.key, k, "name"), rowFieldKey(c.key, k, "amount")]));
    setNames("");
    setAdded(m.bulkAdded(rows.length));
  };
  return (
    <>
      <Field label={percentages ? m.percentages : m.amounts} validationState={listError ? "error" : "none"} validationMessage={listError}>
        {(fieldProps) => (
          <div role="group" {...fieldProps} className={styles.section}>
            {rows.length === 0 ? <Caption1 className={styles.muted}>{percentages ? m.percentagesEmpty : m.amountsEmpty}</Caption1> : null}
            {rows.map((row, i) => {
              const name = row.name.trim();
              return (
                <div key={row.key} role="group" aria-label={m.rowGroup(i + 1, name)} className={styles.amountRow}>
                  <TextField
                    className={styles.grow}
                    fieldKey={rowFieldKey(c.key, row.key, "name")}
                    label={m.rowName}
                    value={row.name}
                    onChange={(value) => onRowChange(row.key, { name: value })}
                  />
                  <TextField
                    className={styles.amountField}
                    fieldKey={rowFieldKey(c.key, row.key, "amount")}
                    label={percentages ? m.rowPercentage : m.rowAmount}
                    inputMode="decimal"
                    value={row.amount}
                    onChange={(value) => onRowChange(row.key, { amount: value })}
                  />
                  <Button
                    appearance="subtle"
                    aria-label={m.rowRemove(i + 1, name)}
                    onClick={() => {
                      onRemoveRow(row.key);
                      touch(listKey);
                      const next = rows[i + 1] ?? rows[i - 1];
                      focusSoon(next ? rowFieldKey(c.key, next.key, "name") : `${c.key}.addRow`);
                    }}
                  >
                    {m.removeText}
                  </Button>
                </div>
              );
            })}
          </div>
        )}
      </Field>
      <div className={styles.row}>
        <Button
          data-field={`${c.key}.addRow`}
          onClick={() => {
            const [key] = onAddRows([{ name: "", amount: "" }]);
            focusSoon(rowFieldKey(c.key, key, "name"));
          }}
        >
          {m.rowAdd}
        </Button>
      </div>
      <Accordion collapsible defaultOpenItems={rows.length === 0 ? ["bulk"] : []}>
        <AccordionItem value="bulk">
          <AccordionHeader size="small">{m.bulkHeading}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            <TextField
              fieldKey={`${c.key}.bulk.names`}
              label={m.bulkNames}
              hint={m.bulkNamesHint}
              multiline
              value={names}
              onChange={setNames}
            />
            <TextField
              fieldKey={`${c.key}.bulk.amount`}
              label={m.bulkAmount}
              hint={m.bulkAmountHint}
              inputMode="decimal"
              value={common}
              onChange={setCommon}
            />
            <div className={styles.row}>
              <Button onClick={addRowsFromList}>{m.bulkAdd}</Button>
              <Caption1 role="status">{added ?? ""}</Caption1>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
