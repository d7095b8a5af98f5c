// The weights of a weighted key, or the fixed percentages, of one component as what-if fields:
// one field per measure or municipality, with the agreed value beside an edited one, and at once
// a line saying what they add up to (the weights must add up to 1, the percentages to 100).
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Field, Input } from "@fluentui/react-components";
import type { Component } from "../../allocation/types";
import { useMessages } from "../i18n";
import { agreedParts, partsSum } from "../model/parts";
import { decimalText, readRateInput } from "../model/rates";
import { useSectionStyles } from "./styles";

export interface PartFieldsProps {
  component: Component;
  /** What the user typed, by measure or key. */
  texts: Record<string, string> | undefined;
  disabled: boolean;
  onChange(id: string, part: string, text: string): void;
}

export function PartFields(props: PartFieldsProps): React.JSX.Element | null {
  const { t, lang } = useMessages();
  const styles = useSectionStyles();
  const c = props.component;
  const agreed = agreedParts(c);
  if (!agreed) return null;
  const percentages = c.kind === "fixed-percentage";
  const sum = partsSum(c, props.texts);
  const fields = Object.entries(agreed).map(([part, value]) => {
    const typed = props.texts?.[part];
    const read = typed === undefined ? undefined : readRateInput(typed, value);
    const invalid = read?.kind === "invalid";
    const edited = read !== undefined && read.kind === "override";
    return (
      <Field
        key={part}
        label={percentages ? t.percentage(part) : t.weight(part)}
        hint={edited ? t.agreed(decimalText(value, lang)) : undefined}
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? t.numberInvalid : undefined}
      >
        <Input
          value={typed ?? decimalText(value, lang)}
          inputMode="decimal"
          autoComplete="off"
          disabled={props.disabled}
          onChange={(_, d) => props.onChange(c.id, part, d.value)}
        />
      </Field>
    );
  });
  const total = sum ? (
    <Caption1 role="status" className={sum.ok ? styles.muted : undefined}>
      {(percentages ? t.percentagesSum : t.weightsSum)(decimalText(sum.sum, lang), sum.ok)}
    </Caption1>
  ) : null;
  if (!percentages) {
    return (
      <>
        {fields}
        {total}
      </>
    );
  }
  return (
    <>
      <Accordion collapsible>
        <AccordionItem value="percentages">
          <AccordionHeader size="small">{t.percentagesHeading(fields.length)}</AccordionHeader>
          <AccordionPanel>{fields}</AccordionPanel>
        </AccordionItem>
      </Accordion>
      {total}
    </>
  );
}
