// Scenario: with edited rates, every municipality's new amount beside the agreed one and the
// difference, and the region's total; saved as extra columns beside the agreed ones, optionally as
// formulas on a Tarieven rates block; Terug naar vastgesteld drops every edit.
import {
  Button,
  mergeClasses,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  useId,
} from "@fluentui/react-components";
import { memo } from "react";
import { useMessages } from "../i18n";
import { FormulaOption } from "./FormulaOption";
import type { ComparisonModel, ComparisonRow } from "../model/scenario";
import type { ApplyFlow } from "../useApplyFlow";
import { StatusMessage } from "./StatusMessage";
import { useSectionStyles } from "./styles";

/** Memoized on the row's identity and two class names: only rows whose figures changed render. */
const Row = memo(function Row({ row, numberClass, nameClass }: { row: ComparisonRow; numberClass: string; nameClass?: string }) {
  return (
    <TableRow>
      <TableCell className={nameClass}>{row.name}</TableCell>
      <TableCell className={numberClass}>{row.scenario}</TableCell>
      <TableCell className={numberClass}>{row.agreed}</TableCell>
      <TableCell className={numberClass}>{row.difference}</TableCell>
    </TableRow>
  );
});

export interface ScenarioSectionProps {
  model: ComparisonModel | undefined;
  edited: boolean;
  asFormulas: boolean;
  /** Why the scenario cannot be saved; undefined when it can. */
  saveReason: string | undefined;
  flow: ApplyFlow;
  waiting: boolean;
  onAsFormulas(on: boolean): void;
  onSave(): void;
  onBackToAgreed(): void;
}

export function ScenarioSection(props: ScenarioSectionProps): React.JSX.Element {
  const { t } = useMessages();
  const styles = useSectionStyles();
  const headingId = useId("scenario-heading");
  const { model, flow } = props;
  const busy = flow.busy !== undefined;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.modeScenario}
      </Subtitle2>
      <Text block>{props.edited ? t.scenarioIntro : t.scenarioNoEdits}</Text>
      {model && props.edited ? (
        <Text block weight="semibold" aria-live="polite">
          {t.scenarioSummary(model.changed, model.totals.difference)}
        </Text>
      ) : null}
      <FormulaOption checked={props.asFormulas} disabled={busy} onChange={props.onAsFormulas} />
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={busy || props.waiting || props.saveReason !== undefined} onClick={props.onSave}>
          {t.saveScenario}
        </Button>
        <Button disabledFocusable={busy || !props.edited} onClick={props.onBackToAgreed}>
          {t.backToAgreed}
        </Button>
        {busy ? <Spinner size="tiny" label={flow.busy === "apply" ? t.busyApplying : t.busyUndoing} /> : null}
      </div>
      {props.saveReason && !props.waiting ? <Text className={styles.muted}>{props.saveReason}</Text> : null}
      {model ? (
        <div className={styles.tableScroll}>
          <Table size="extra-small" aria-label={t.scenarioLabel} className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.nameColumn}>{t.colMunicipality}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t.colScenario}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t.colAgreed}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t.colDifference}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {model.rows.map((r) => (
                <Row key={r.key} row={r} numberClass={styles.number} />
              ))}
              <Row row={model.totals} numberClass={mergeClasses(styles.number, styles.strong)} nameClass={styles.strong} />
            </TableBody>
          </Table>
        </div>
      ) : null}
      <StatusMessage status={flow.status} />
    </section>
  );
}
