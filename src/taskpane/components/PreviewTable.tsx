// Voorbeeld: every municipality's amounts and the totals row, before anything is written.
//
// A rate edit repaints 342 rows within a frame, in two parts (figures in docs/taskpane.md):
// - Rows render once per table, never on a rate edit: a row's name and population are its props,
//   its amounts are `Figure`s reading the current figures from a context. A rate edit re-renders
//   the figures (a text each), not the rows or Fluent's TableRow/TableCell around them. When no
//   row's texts changed (an edit that changes no rounded amount), the context keeps its value and
//   nothing renders.
// - Each body row is `content-visibility: auto`: every row stays in the document, the tab order
//   and the accessibility tree, but the browser lays out and paints only the rows near the screen.
//   Containment does not apply to a `display: table-row` box, so the rows are laid out as flex
//   rows (as Fluent's own `noNativeElements` table does) while the elements stay a native
//   <table>/<tbody>/<tr>/<td>; explicit ARIA roles keep the table semantics whatever the CSS
//   display (browsers may drop them for a table that is not displayed as one).
import {
  Caption1,
  Caption2,
  makeStyles,
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
import { createContext, memo, useContext, useMemo, useState } from "react";
import { useMessages } from "../i18n";
import type { PreviewModel } from "../model/preview";
import { countRowRender } from "../perf";
import { useSectionStyles } from "./styles";

/** The flex layout of Fluent's table, applied to its native elements. */
const usePreviewStyles = makeStyles({
  table: {
    display: "block",
    minWidth: "100%",
  },
  rowGroup: {
    display: "block",
  },
  row: {
    display: "flex",
    alignItems: "stretch",
  },
  /** Off screen a body row is neither laid out nor painted; its height is remembered (24 px before its first layout). */
  bodyRow: {
    contentVisibility: "auto",
    containIntrinsicSize: "auto 24px",
  },
  cell: {
    display: "flex",
    alignItems: "center",
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: "0px",
    minWidth: 0,
    // Fluent's table cell has a fixed height (24 px, extra-small), a minimum only in a table layout.
    height: "auto",
    minHeight: "24px",
  },
  nameColumn: {
    flexGrow: 0,
    flexShrink: 0,
    flexBasis: "30%",
  },
  number: {
    justifyContent: "flex-end",
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
});

/** Which row a figure belongs to: its index in the figures' rows, or "totals". */
type RowRef = number | "totals";

/** The figures shown; rows read their amounts from here, so new figures re-render figures only. */
const FiguresContext = createContext<PreviewModel | undefined>(undefined);

/** One amount (of component `column`) or, with column "total", the row total: a text, rendered on its own. */
function Figure({ row, column }: { row: RowRef; column: number | "total" }): string | undefined {
  const figures = useContext(FiguresContext);
  const r = row === "totals" ? figures?.totals : figures?.rows[row];
  return column === "total" ? r?.total : r?.amounts[column];
}

/** Same rows and totals (buildPreview keeps the object of every row whose texts did not change). */
function sameFigures(a: PreviewModel, b: PreviewModel): boolean {
  if (a.totals !== b.totals || a.rows.length !== b.rows.length) return false;
  for (let i = 0; i < a.rows.length; i++) if (a.rows[i] !== b.rows[i]) return false;
  return true;
}

interface RowClasses {
  row: string;
  name: string;
  number: string;
}

interface RowProps {
  row: RowRef;
  name: string;
  population: string;
  amountCount: number;
  showTotal: boolean;
  classes: RowClasses;
}

/** Memoized on what a rate edit does not change: such an edit renders only the row's figures. */
const Row = memo(function Row({ row, name, population, amountCount, showTotal, classes }: RowProps) {
  countRowRender();
  const amounts = [];
  for (let i = 0; i < amountCount; i++) {
    amounts.push(
      <TableCell key={i} role="cell" className={classes.number}>
        <Figure row={row} column={i} />
      </TableCell>,
    );
  }
  return (
    <TableRow role="row" className={classes.row}>
      <TableCell role="cell" className={classes.name}>
        {name}
      </TableCell>
      <TableCell role="cell" className={classes.number}>
        {population}
      </TableCell>
      {amounts}
      {showTotal ? (
        <TableCell role="cell" className={classes.number}>
          <Figure row={row} column="total" />
        </TableCell>
      ) : null}
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
  const own = usePreviewStyles();
  const headingId = useId("preview-heading");
  // The figures change only when a row's texts do (React's pattern for state that follows a prop).
  const [figures, setFigures] = useState(model);
  if (model !== figures && !(model && figures && sameFigures(figures, model))) setFigures(model);
  // Class names computed once for all rows (not a style hook per row).
  const rowClasses = useMemo(
    (): RowClasses => ({
      row: mergeClasses(own.row, own.bodyRow),
      name: mergeClasses(own.cell, own.nameColumn),
      number: mergeClasses(own.cell, own.number),
    }),
    [own],
  );
  const totalClasses = useMemo(
    (): RowClasses => ({
      row: mergeClasses(own.row, own.bodyRow),
      name: mergeClasses(own.cell, own.nameColumn, styles.strong),
      number: mergeClasses(own.cell, own.number, styles.strong),
    }),
    [own, styles.strong],
  );
  const headerNumber = mergeClasses(own.cell, own.number);
  const amountCount = model?.columns.length ?? 0;
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
            <FiguresContext.Provider value={figures}>
              <Table role="table" size="extra-small" aria-label={t.previewLabel} className={own.table}>
                <TableHeader role="rowgroup" className={own.rowGroup}>
                  <TableRow role="row" className={own.row}>
                    <TableHeaderCell role="columnheader" className={mergeClasses(own.cell, own.nameColumn)}>
                      {t.colMunicipality}
                    </TableHeaderCell>
                    <TableHeaderCell role="columnheader" className={headerNumber}>
                      {t.colPopulation}
                    </TableHeaderCell>
                    {model.columns.map((c) => (
                      <TableHeaderCell key={c.id} role="columnheader" className={headerNumber}>
                        {c.label}
                        {editedComponents.has(c.id) ? (
                          <>
                            {" "}
                            <Caption2 block>({t.edited})</Caption2>
                          </>
                        ) : null}
                      </TableHeaderCell>
                    ))}
                    {model.showTotal ? (
                      <TableHeaderCell role="columnheader" className={headerNumber}>
                        {t.colTotal}
                      </TableHeaderCell>
                    ) : null}
                  </TableRow>
                </TableHeader>
                <TableBody role="rowgroup" className={own.rowGroup}>
                  {model.rows.map((r, i) => (
                    <Row
                      key={r.key}
                      row={i}
                      name={r.name}
                      population={r.population}
                      amountCount={amountCount}
                      showTotal={model.showTotal}
                      classes={rowClasses}
                    />
                  ))}
                  <Row
                    key="totals"
                    row="totals"
                    name={model.totals.name}
                    population={model.totals.population}
                    amountCount={amountCount}
                    showTotal={model.showTotal}
                    classes={totalClasses}
                  />
                </TableBody>
              </Table>
            </FiguresContext.Provider>
          </div>
        </>
      ) : (
        <Caption1 className={styles.muted}>{t.previewEmpty}</Caption1>
      )}
    </section>
  );
}
