// Controleren: which column holds which component (suggested, changeable), the tolerance, the
// check itself, and its outcome: a summary, every difference with its cell (activating one
// selects it), the findings (formulas, text, blanks), marking and the report sheet.
import {
  Button,
  Field,
  mergeClasses,
  Input,
  Link,
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
import { useMemo, useState } from "react";
import { formatEuro, formatEuroDifference, localize } from "../../allocation";
import type { Schedule } from "../../allocation/types";
import type { Finding } from "../../workbook/types";
import { useMessages } from "../i18n";
import type { VerifyFlow } from "../useVerifyFlow";
import { ColumnSelect, type HeaderOption } from "./DataSection";
import { cellPlace, useFittedColumns, useScrollBox } from "./fitted-columns";
import { FindingsList } from "./FindingsList";
import { StatusMessage } from "./StatusMessage";
import { useFittedTableStyles, useSectionStyles } from "./styles";
import { Notice } from "./Notice";

/** More differences than this are listed in the report sheet, not in the pane. */
export const MAX_SHOWN_MISMATCHES = 200;

/** Cel, Gemeente and Onderdeel one under the other in the first column; the three figures beside them. */
const STACK = { stacked: 3 };
const PLACES = [0, 1, 2, 3, 4, 5].map((i) => cellPlace(STACK, i));

export interface VerifySectionProps {
  schedule: Schedule | undefined;
  /** Targets to check: component ids and "total" (several components), in order. */
  targets: { id: string; label: string }[];
  /** Target -> the header of the column chosen ("" = not checked). */
  columns: Record<string, string>;
  options: HeaderOption[];
  toleranceText: string;
  toleranceValid: boolean;
  flow: VerifyFlow;
  /** The pane's data changed since the outcome was computed. */
  stale: boolean;
  disabled: boolean;
  onColumn(target: string, header: string): void;
  onTolerance(text: string): void;
  onSelectCell(sheet: string, cell: string): void;
  onSelectFinding(f: Finding): void;
}

export function VerifySection(props: VerifySectionProps): React.JSX.Element {
  const { t, lang } = useMessages();
  const styles = useSectionStyles();
  const headingId = useId("verify-heading");
  const resultId = useId("verify-result");
  const { flow, schedule } = props;
  const unit = schedule?.rounding.unit;
  const chosen = props.targets.filter((x) => (props.columns[x.id] ?? "") !== "");
  const busy = flow.busy !== undefined || props.disabled;
  const reason = !schedule ? t.verifyReasonNoSchedule : chosen.length === 0 ? t.verifyReasonNoChecks : !props.toleranceValid ? t.toleranceInvalid : undefined;
  const outcome = flow.outcome;
  const report = outcome?.report;
  const labelOf = (target: string): string => props.targets.find((x) => x.id === target)?.label ?? target;
  const money = (v: string | null): string => (v === null ? t.noNumber : formatEuro(v, lang, unit));
  const wrong = report ? report.checked - report.matched : 0;
  const shown = useMemo(() => report?.mismatches.slice(0, MAX_SHOWN_MISMATCHES) ?? [], [report]);
  const own = useFittedTableStyles();
  const [table, setTable] = useState<HTMLElement | null>(null);
  const fit = useFittedColumns(table, {
    stacked: 3,
    figures: [
      { header: [t.colExpected], values: shown.map((m) => money(m.expected)) },
      { header: [t.colFound], values: shown.map((m) => money(m.found)) },
      { header: [t.colDifference], values: shown.map((m) => (m.difference === null ? "—" : formatEuroDifference(m.difference, lang, unit))) },
    ],
  });
  const scroll = useScrollBox(t.scrollBox(t.mismatchesHeading(report?.mismatches.length ?? 0)));
  const leading = own.cell;
  const second = mergeClasses(own.cell, own.second);
  const figure = mergeClasses(own.cell, own.figure);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.modeVerify}
      </Subtitle2>
      {schedule ? <Text block>{t.verifyIntro(`${schedule.id} (${localize(schedule.title, lang)})`)}</Text> : null}
      {props.targets.map((x) => (
        <ColumnSelect
          key={x.id}
          label={t.verifyColumnFor(x.label)}
          options={props.options}
          selected={props.columns[x.id] ?? ""}
          disabled={busy}
          none={t.verifyNoColumn}
          onSelect={(header) => props.onColumn(x.id, header)}
        />
      ))}
      <Field
        label={t.tolerance}
        hint={t.toleranceHint}
        validationState={props.toleranceValid ? "none" : "error"}
        validationMessage={props.toleranceValid ? undefined : t.toleranceInvalid}
      >
        <Input value={props.toleranceText} inputMode="decimal" disabled={busy} onChange={(_, d) => props.onTolerance(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={busy || reason !== undefined} onClick={() => void flow.run()}>
          {t.verifyButton}
        </Button>
        {flow.busy === "verify" ? <Spinner size="tiny" label={t.busyVerifying} /> : null}
      </div>
      {reason && !busy ? <Text className={styles.muted}>{reason}</Text> : null}
      <StatusMessage status={flow.status} />
      {report && outcome ? (
        <section className={styles.section} aria-labelledby={resultId}>
          <Subtitle2 as="h3" id={resultId} className={styles.heading}>
            {t.verifyResultLabel}
          </Subtitle2>
          {props.stale ? (
            <Notice intent="warning">{t.verifyStale}</Notice>
          ) : null}
          <Notice intent={wrong > 0 ? "warning" : report.withinTolerance > 0 ? "info" : "success"}>
            {wrong === 0
              ? t.verifyAllCorrect(report.checked)
              : t.verifySummary(report.checked, report.matched, wrong, formatEuroDifference(report.sumOfDifferences, lang, unit))}
            {report.withinTolerance > 0
              ? ` ${t.verifyWithinTolerance(report.withinTolerance, formatEuroDifference(report.sumWithinTolerance, lang, unit))}`
              : null}
          </Notice>
          {report.mismatches.length > 0 ? (
            <>
              <Text weight="semibold">{t.mismatchesHeading(report.mismatches.length)}</Text>
              <div ref={scroll.ref} {...scroll.props} className={styles.tableScroll}>
                <Table
                  ref={setTable}
                  role="table"
                  size="extra-small"
                  aria-label={t.mismatchesHeading(report.mismatches.length)}
                  className={own.table}
                  style={fit}
                >
                  <TableHeader role="rowgroup" className={own.rowGroup}>
                    <TableRow role="row" className={own.row}>
                      {[t.colCell, t.colMunicipality, t.colComponent].map((label, k) => (
                        <TableHeaderCell
                          key={label}
                          role="columnheader"
                          className={k === 0 ? leading : second}
                          button={{ className: own.headerLeading }}
                          style={PLACES[k]}
                        >
                          {label}
                        </TableHeaderCell>
                      ))}
                      {[t.colExpected, t.colFound, t.colDifference].map((label, k) => (
                        <TableHeaderCell
                          key={label}
                          role="columnheader"
                          className={mergeClasses(own.cell, own.headerFigureCell)}
                          button={{ className: own.headerFigure }}
                          style={PLACES[k + 3]}
                        >
                          {label}
                        </TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody role="rowgroup" className={own.rowGroup}>
                    {shown.map((m) => (
                      <TableRow key={`${m.component}/${m.cell}`} role="row" className={own.row}>
                        <TableCell role="cell" className={leading} style={PLACES[0]}>
                          <Link as="button" aria-label={t.selectCell(m.cell, m.name)} onClick={() => props.onSelectCell(outcome.sheet, m.cell)}>
                            {m.cell}
                          </Link>
                        </TableCell>
                        <TableCell role="cell" className={second} style={PLACES[1]}>
                          {m.name}
                        </TableCell>
                        <TableCell role="cell" className={second} style={PLACES[2]}>
                          {labelOf(m.component)}
                        </TableCell>
                        <TableCell role="cell" className={figure} style={PLACES[3]}>
                          {money(m.expected)}
                        </TableCell>
                        <TableCell role="cell" className={figure} style={PLACES[4]}>
                          {money(m.found)}
                        </TableCell>
                        <TableCell role="cell" className={figure} style={PLACES[5]}>
                          {m.difference === null ? "—" : formatEuroDifference(m.difference, lang, unit)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              {report.mismatches.length > MAX_SHOWN_MISMATCHES ? (
                <Text>{t.mismatchesMore(report.mismatches.length - MAX_SHOWN_MISMATCHES)}</Text>
              ) : null}
            </>
          ) : null}
          <FindingsList findings={report.findings} onSelect={props.onSelectFinding} />
          <div className={styles.row}>
            {flow.marks ? (
              <Button disabledFocusable={busy} onClick={() => void flow.unmark()}>
                {t.unmarkCells}
              </Button>
            ) : (
              <Button disabledFocusable={busy || report.mismatches.length === 0} onClick={() => void flow.mark()}>
                {t.markCells}
              </Button>
            )}
            <Button disabledFocusable={busy} onClick={() => void flow.writeReport()}>
              {t.writeReport}
            </Button>
          </div>
        </section>
      ) : null}
    </section>
  );
}
