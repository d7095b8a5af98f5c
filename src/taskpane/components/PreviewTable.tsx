// Voorbeeld: every municipality's amounts and the totals row, before anything is written.
// Rows are memoized on their (identity-preserved) strings: a rate edit re-renders only the rows
// whose figures changed, a budget-line edit none.
import {
  Caption1,
  Caption2,
  mergeClasses,
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
import { memo, useMemo } from "react";
import { useMessages } from "../i18n";
import type { PreviewModel, PreviewRow } from "../model/preview";
import { countRowRender } from "../perf";
import { useSectionStyles } from "./styles";

/** One cell, memoized on its text: in a row whose extension changed, name and population skip. */
const Cell = memo(function Cell({ text, className }: { text: string | undefined; className: string | undefined }) {
  return <TableCell className={className}>{text}</TableCell>;
});

interface RowClasses {
  text: string | undefined;
  number: string;
}

const Row = memo(function Row({ row, showTotal, classes }: { row: PreviewRow; showTotal: boolean; classes: RowClasses }) {
  countRowRender();
  return (
    <TableRow>
      <Cell className={classes.text} text={row.name} />
      <Cell className={classes.number} text={row.population} />
      {row.amounts.map((a, i) => (
        <Cell key={i} className={classes.number} text={a} />
      ))}
      {showTotal ? <Cell className={classes.number} text={row.total} /> : null}
    </TableRow>
  );
});

export interface PreviewTableProps {
  model: PreviewModel | undefined;
  /**
   * The figures are being recomputed after an edit (aria-busy until then). Not dimmed: the update
   * follows within a few frames, and repainting the whole table twice per keystroke costs more.
   */
  stale: boolean;
  /** Marks the columns of components with a what-if rate. */
  editedComponents: ReadonlySet<string>;
}

export function PreviewTable({ model, stale, editedComponents }: PreviewTableProps): React.JSX.Element {
  const { t } = useMessages();
  const styles = useSectionStyles();
  const headingId = useId("preview-heading");
  // Class names computed once for all rows (not a style hook per row).
  const rowClasses = useMemo((): RowClasses => ({ text: undefined, number: styles.number }), [styles.number]);
  const totalClasses = useMemo(
    (): RowClasses => ({ text: styles.strong, number: mergeClasses(styles.number, styles.strong) }),
    [styles.number, styles.strong],
  );
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.previewHeading}
      </Subtitle2>
      {model ? (
        <>
          <Text as="p" block className={styles.heading} aria-live="polite">
            {t.previewSummary(model.rows.length, model.grandTotal)}
          </Text>
          <div className={styles.tableScroll} aria-busy={stale}>
            <Table size="extra-small" aria-label={t.previewLabel} className={styles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.nameColumn}>{t.colMunicipality}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{t.colPopulation}</TableHeaderCell>
                  {model.columns.map((c) => (
                    <TableHeaderCell key={c.id} className={styles.number}>
                      {c.label}
                      {editedComponents.has(c.id) ? (
                        <>
                          {" "}
                          <Caption2 block>({t.edited})</Caption2>
                        </>
                      ) : null}
                    </TableHeaderCell>
                  ))}
                  {model.showTotal ? <TableHeaderCell className={styles.number}>{t.colTotal}</TableHeaderCell> : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {model.rows.map((r) => (
                  <Row key={r.key} row={r} showTotal={model.showTotal} classes={rowClasses} />
                ))}
                <Row key="totals" row={model.totals} showTotal={model.showTotal} classes={totalClasses} />
              </TableBody>
            </Table>
          </div>
        </>
      ) : (
        <Caption1 className={styles.muted}>{t.previewEmpty}</Caption1>
      )}
    </section>
  );
}
