// Gegevens: where the table was found, which columns hold the names, the population and the
// other measures the schedule uses (each changeable), and reading the sheet again.
import {
  Button,
  Caption1,
  Field,
  Select,
  Subtitle2,
  Text,
  useId,
} from "@fluentui/react-components";
import { memo } from "react";
import type { InputRead } from "../../host";
import type { DetectedTable } from "../../workbook/types";
import type { MeasureChoice } from "../model/columns";
import { useMessages } from "../i18n";
import { useChoiceFits } from "./choice-fits";
import { useSectionStyles } from "./styles";
import { Notice } from "./Notice";

export interface HeaderOption {
  col: number;
  letters: string;
  header: string;
}

export interface DataSectionProps {
  input: InputRead | undefined;
  table: DetectedTable | undefined;
  /** "Gemeenten!A1:C16" style range of the detected data. */
  range: string | undefined;
  options: HeaderOption[];
  nameHeader: string | undefined;
  populationHeader: string | undefined;
  /** Measures the schedule uses besides the population (woningen, oppervlakte, …): a column choice each. */
  measures: MeasureChoice[];
  reading: boolean;
  disabled: boolean;
  onChoose(role: "name" | "population", header: string): void;
  onChooseMeasure(measure: string, header: string): void;
  onReread(): void;
}

/**
 * A column of the header row, by header, in a native select; with `none`, also a first choice of
 * no column (header ""), otherwise a placeholder while no column is chosen. A chosen column
 * whose text the select cuts off (a narrow pane, a long header) is repeated whole as the hint.
 */
export function ColumnSelect(props: {
  label: string;
  options: HeaderOption[];
  selected: string | undefined;
  disabled: boolean;
  none?: string;
  onSelect(header: string): void;
}): React.JSX.Element {
  const { t } = useMessages();
  const styles = useSectionStyles();
  const selected = props.options.find((o) => o.header === props.selected);
  const chosenText = selected ? t.columnOption(selected.letters, selected.header) : "";
  const [selectRef, fits] = useChoiceFits(chosenText);
  return (
    <Field label={props.label} hint={fits ? undefined : chosenText}>
      <Select
        ref={selectRef}
        className={styles.shrinks}
        select={{ className: styles.shrinksInput }}
        value={selected ? selected.header : ""}
        disabled={props.disabled || props.options.length === 0}
        // A tentative pick of detection (two candidates) shows the placeholder: any choice is a change.
        onChange={(_, d) => props.onSelect(d.value)}
      >
        {props.none !== undefined ? (
          <option value="">{props.none}</option>
        ) : selected ? null : (
          <option value="" disabled>
            {t.columnPlaceholder}
          </option>
        )}
        {props.options.map((o) => (
          <option key={o.col} value={o.header}>
            {t.columnOption(o.letters, o.header)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Memoized: the preview's render after a rate edit does not redraw this section. */
export const DataSection = memo(function DataSection(props: DataSectionProps): React.JSX.Element {
  const { t } = useMessages();
  const styles = useSectionStyles();
  const headingId = useId("data-heading");
  const { input, table } = props;
  const source =
    input?.source === "table" ? t.sourceTable : input?.source === "selection-block" ? t.sourceSelectionBlock : t.sourceUsedRange;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.dataHeading}
      </Subtitle2>
      {table && props.range ? (
        <div>
          <Text as="p" block className={styles.heading}>
            {t.dataFound(table.sheet, props.range, table.rows.length)}
          </Text>
          <Caption1 block className={styles.muted}>
            {source}
          </Caption1>
        </div>
      ) : input ? (
        <Notice intent="warning">{t.noTable}</Notice>
      ) : null}
      <ColumnSelect
        label={t.nameColumn}
        options={props.options}
        selected={props.nameHeader}
        disabled={props.disabled}
        onSelect={(h) => props.onChoose("name", h)}
      />
      <ColumnSelect
        label={t.populationColumn}
        options={props.options}
        selected={props.populationHeader}
        disabled={props.disabled}
        onSelect={(h) => props.onChoose("population", h)}
      />
      {props.measures.map((m) => (
        <ColumnSelect
          key={m.measure}
          label={t.measureColumn(m.measure)}
          options={props.options}
          selected={m.header}
          disabled={props.disabled}
          onSelect={(h) => props.onChooseMeasure(m.measure, h)}
        />
      ))}
      <div className={styles.row}>
        <Button onClick={props.onReread} disabled={props.reading || props.disabled}>
          {t.readAgain}
        </Button>
      </div>
    </section>
  );
});
