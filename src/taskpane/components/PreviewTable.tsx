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
//   Containment does not apply to a `display: table-row` box, so each row is laid out as a grid
//   with the table's fitted columns (fitted-columns.ts: the population under the name, each
//   amount column as wide as its widest figure) while the elements stay a native
//   <table>/<tbody>/<tr>/<td>; explicit ARIA roles keep the table semantics whatever the CSS
//   display (browsers may drop them for a table that is not displayed as one).
import { Caption1, mergeClasses, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, useId } from "@fluentui/react-components";
import { createContext, memo, useContext, useMemo, useState, type CSSProperties } from "react";
import { useMessages } from "../i18n";
import type { PreviewModel } from "../model/preview";
import { countRowRender } from "../perf";
import { cellPlace, keepAmountTogether, useFittedColumns, useScrollBox } from "./fitted-columns";
import { Notice } from "./Notice";
import { useFittedTableStyles, useSectionStyles } from "./styles";

/** Name over population in the first column. */
const STACK = { stacked: 2 };

/** Off screen a body row is neither laid out nor painted; its height is remembered (40 px before its first layout). */
const OFF_SCREEN: CSSProperties = { contentVisibility: "auto", containIntrinsicSize: "auto 40px" };

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
  population: string;
  number: string;
  /** Where each cell goes in the row's grid, by position. */
  places: CSSProperties[];
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
      <TableCell key={i} role="cell" className={classes.number} style={classes.places[2 + i]}>
        <Figure row={row} column={i} />
      </TableCell>,
    );
  }
  return (
    <TableRow role="row" className={classes.row} style={OFF_SCREEN}>
      <TableCell role="cell" className={classes.name} style={classes.places[0]}>
        {name}
      </TableCell>
      <TableCell role="cell" className={classes.population} style={classes.places[1]}>
        {population}
      </TableCell>
      {amounts}
      {showTotal ? (
        <TableCell role="cell" className={classes.number} style={classes.places[2 + amountCount]}>
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
  /** Component id -> its what-if figure ("€ 0,09"), named on its column's header. */
  edits: ReadonlyMap<string, string>;
  /** The edits as a sentence ("uitbreiding € 0,09 (vastgesteld € 0,07)"); undefined without edits. */
  editList: string | undefined;
}

/** The longest figure text of column `k` (or the totals), which is the widest: digits are tabular. */
function widestFigures(model: PreviewModel, pick: (r: PreviewModel["totals"]) => string | undefined): string[] {
  let longest = "";
  for (const r of model.rows) {
    const text = pick(r) ?? "";
    if (text.length > longest.length) longest = text;
  }
  return [longest, pick(model.totals) ?? ""];
}

export function PreviewTable({ model, stale, edits, editList }: PreviewTableProps): React.JSX.Element {
  const { t } = useMessages();
  const styles = useSectionStyles();
  const own = useFittedTableStyles();
  const headingId = useId("preview-heading");
  // The figures change only when a row's texts do (React's pattern for state that follows a prop).
  const [figures, setFigures] = useState(model);
  if (model !== figures && !(model && figures && sameFigures(figures, model))) setFigures(model);
  const amountCount = model?.columns.length ?? 0;
  const columnCount = 2 + amountCount + (model?.showTotal ? 1 : 0);
  const places = useMemo(() => Array.from({ length: columnCount }, (_, i) => cellPlace(STACK, i)), [columnCount]);
  // Class names computed once for all rows (not a style hook per row).
  const rowClasses = useMemo(
    (): RowClasses => ({
      row: own.row,
      name: own.cell,
      population: mergeClasses(own.cell, own.second),
      number: mergeClasses(own.cell, own.figure),
      places,
    }),
    [own, places],
  );
  const totalClasses = useMemo(
    (): RowClasses => ({
      row: own.row,
      name: mergeClasses(own.cell, own.strong),
      population: mergeClasses(own.cell, own.second, own.strong),
      number: mergeClasses(own.cell, own.figure, own.strong),
      places,
    }),
    [own, places],
  );
  const headerNumber = mergeClasses(own.cell, own.headerFigureCell);
  const [table, setTable] = useState<HTMLElement | null>(null);
  const fit = useFittedColumns(table, {
    stacked: 2,
    figures: figures
      ? [
          ...figures.columns.map((c, k) => ({
            header: [c.label, edits.has(c.id) ? t.editedBadge(edits.get(c.id) as string) : ""],
            values: widestFigures(figures, (r) => r.amounts[k]),
          })),
          ...(figures.showTotal ? [{ header: [t.colTotal], values: widestFigures(figures, (r) => r.total) }] : []),
        ]
      : [],
  });
  const scroll = useScrollBox(t.scrollBox(t.previewLabel));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {editList ? t.previewHeadingEdited : t.previewHeading}
      </Subtitle2>
      {editList ? <Notice intent="warning">{t.previewEdited(editList)}</Notice> : null}
      {model ? (
        <>
          <Text as="p" block className={styles.heading} aria-live="polite">
            {t.previewSummary(model.rows.length, model.grandTotal)}
          </Text>
          <div ref={scroll.ref} {...scroll.props} className={styles.tableScroll} aria-busy={stale}>
            <FiguresContext.Provider value={figures}>
              <Table ref={setTable} role="table" size="extra-small" aria-label={t.previewLabel} className={own.table} style={fit}>
                <TableHeader role="rowgroup" className={own.rowGroup}>
                  <TableRow role="row" className={own.row}>
                    <TableHeaderCell role="columnheader" className={own.cell} button={{ className: own.headerLeading }} style={places[0]}>
                      {t.colMunicipality}
                    </TableHeaderCell>
                    <TableHeaderCell
                      role="columnheader"
                      className={mergeClasses(own.cell, own.second)}
                      button={{ className: own.headerLeading }}
                      style={places[1]}
                    >
                      {t.colPopulation}
                    </TableHeaderCell>
                    {model.columns.map((c, k) => (
                      <TableHeaderCell key={c.id} role="columnheader" className={headerNumber} button={{ className: own.headerFigure }} style={places[2 + k]}>
                        {c.label}
                        {edits.has(c.id) ? " " : null}
                        {edits.has(c.id) ? <span className={own.badge}>{keepAmountTogether(t.editedBadge(edits.get(c.id) as string))}</span> : null}
                      </TableHeaderCell>
                    ))}
                    {model.showTotal ? (
                      <TableHeaderCell role="columnheader" className={headerNumber} button={{ className: own.headerFigure }} style={places[2 + amountCount]}>
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
