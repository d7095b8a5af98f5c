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
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { memo, useMemo, useState } from "react";
import { useMessages } from "../i18n";
import { FormulaOption } from "./FormulaOption";
import type { ComparisonModel, ComparisonRow } from "../model/scenario";
import type { ApplyFlow } from "../useApplyFlow";
import { cellPlace, useFittedColumns, useScrollBox } from "./fitted-columns";
import { StatusMessage } from "./StatusMessage";
import { useFittedTableStyles, useSectionStyles } from "./styles";

/** The name alone in the first column, three figures beside it. */
const STACK = { stacked: 1 };
const PLACES = [0, 1, 2, 3].map((i) => cellPlace(STACK, i));

/** Memoized on the row's identity and its class names: only rows whose figures changed render. */
const Row = memo(function Row({ row, classes }: { row: ComparisonRow; classes: { row: string; name: string; number: string } }) {
  return (
    <TableRow role="row" className={classes.row}>
      <TableCell role="cell" className={classes.name} style={PLACES[0]}>
        {row.name}
      </TableCell>
      <TableCell role="cell" className={classes.number} style={PLACES[1]}>
        {row.scenario}
      </TableCell>
      <TableCell role="cell" className={classes.number} style={PLACES[2]}>
        {row.agreed}
      </TableCell>
      <TableCell role="cell" className={classes.number} style={PLACES[3]}>
        {row.difference}
      </TableCell>
    </TableRow>
  );
});

/** The longest text of a column (digits are tabular: the longest is the widest) and the totals'. */
function widest(model: ComparisonModel, pick: (r: ComparisonRow) => string): string[] {
  let longest = "";
  for (const r of model.rows) if (pick(r).length > longest.length) longest = pick(r);
  return [longest, pick(model.totals)];
}

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
  const own = useFittedTableStyles();
  const [table, setTable] = useState<HTMLElement | null>(null);
  const fit = useFittedColumns(table, {
    stacked: 1,
    figures: model
      ? [
          { header: [t.colScenario], values: widest(model, (r) => r.scenario) },
          { header: [t.colAgreed], values: widest(model, (r) => r.agreed) },
          { header: [t.colDifference], values: widest(model, (r) => r.difference) },
        ]
      : [],
  });
  const scroll = useScrollBox(t.scrollBox(t.scenarioLabel));
  // The same objects every render, so that memoized rows whose figures did not change skip rendering.
  const rowClasses = useMemo(() => ({ row: own.row, name: own.cell, number: mergeClasses(own.cell, own.figure) }), [own]);
  const totalClasses = useMemo(
    () => ({ row: own.row, name: mergeClasses(own.cell, own.strong), number: mergeClasses(own.cell, own.figure, own.strong) }),
    [own],
  );
  const headerFigure = mergeClasses(own.cell, own.headerFigureCell);
  // The overwrite question (a dialog) gives the focus back to Opslaan als scenario.
  const restoreFocus = useRestoreFocusTarget();
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
        <Button
          appearance="primary"
          disabledFocusable={busy || props.waiting || props.saveReason !== undefined}
          {...restoreFocus}
          onClick={props.onSave}
        >
          {t.saveScenario}
        </Button>
        <Button disabledFocusable={busy || !props.edited} onClick={props.onBackToAgreed}>
          {t.backToAgreed}
        </Button>
        {busy ? <Spinner size="tiny" label={flow.busy === "apply" ? t.busyApplying : t.busyUndoing} /> : null}
      </div>
      {props.saveReason && !props.waiting ? <Text className={styles.muted}>{props.saveReason}</Text> : null}
      {/* Right under the buttons, where the user is looking, not below a long table. */}
      <StatusMessage status={flow.status} />
      {model ? (
        <div ref={scroll.ref} {...scroll.props} className={styles.tableScroll}>
          <Table ref={setTable} role="table" size="extra-small" aria-label={t.scenarioLabel} className={own.table} style={fit}>
            <TableHeader role="rowgroup" className={own.rowGroup}>
              <TableRow role="row" className={own.row}>
                <TableHeaderCell role="columnheader" className={own.cell} button={{ className: own.headerLeading }} style={PLACES[0]}>
                  {t.colMunicipality}
                </TableHeaderCell>
                {[t.colScenario, t.colAgreed, t.colDifference].map((label, k) => (
                  <TableHeaderCell key={label} role="columnheader" className={headerFigure} button={{ className: own.headerFigure }} style={PLACES[k + 1]}>
                    {label}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody role="rowgroup" className={own.rowGroup}>
              {model.rows.map((r) => (
                <Row key={r.key} row={r} classes={rowClasses} />
              ))}
              <Row row={model.totals} classes={totalClasses} />
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
