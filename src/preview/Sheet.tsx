// The simulated Excel's workbook drawn as Excel would: sheet tabs, column letters, row numbers and
// the cells formatted by their number format. Redrawn after every request that reaches it and
// every edit on the page. The tabs, the protection switch and the cell editor act as a user does
// in Excel (they change the workbook directly, not through office.js). A formula is typed as in
// this language's Excel (Dutch: `;` between arguments, a decimal comma, Dutch names); an error
// shows as that Excel shows it, its message (a worksheet function's) as the cell's tooltip.
import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Switch,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import type { Lang } from "../host";
import { MARK_FILL } from "../excel/marks";
import { formulaFromDutch, type SimCell, type SimulatedExcel } from "../simulated-excel";
import { messagesFor, type Messages } from "../taskpane/i18n";
import { columnLetters, fromA1, rectToA1, rectsIntersect } from "../workbook";
import { displayCell } from "./cell-format";
import { previewMessages } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  scroll: { overflow: "auto", maxHeight: "75vh", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  table: { tableLayout: "auto", width: "auto" },
  corner: { width: "3em" },
  cell: { minWidth: "5em", borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  /** Long text is cut off at the column's width, as Excel does when the next cell is not empty. */
  content: { display: "block", maxWidth: "14em", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  header: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: "center" },
  hidden: { opacity: 0.5 },
  /** A controller's mark said in words, not by its fill alone. */
  markNote: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground1 },
});

export interface SheetProps {
  excel: SimulatedExcel;
  lang: Lang;
}

/** What a cell shows, and the tooltip that explains an error (a worksheet function's message). */
function shownCell(cell: SimCell | undefined, lang: Lang, t: Messages): { text: string; numeric: boolean; title?: string } {
  if (cell?.err === undefined) return displayCell(cell, lang);
  const title = cell.msg ?? (cell.err === "#SPILL!" ? t.sheetSpillBlocked : undefined);
  return { text: t.sheetError(cell.err), numeric: false, title };
}

/** Spare empty rows and columns shown around the used range, as in Excel. */
const SPARE_ROWS = 2;
const SPARE_COLS = 1;

export function Sheet({ excel, lang }: SheetProps): React.JSX.Element {
  useSyncExternalStore(
    (cb) => excel.subscribe(cb),
    () => excel.version,
  );
  const styles = useStyles();
  const nl = lang === "nl";
  const t = messagesFor(lang);
  const say = previewMessages(lang);
  const book = excel.book;
  const sheet = book.sheet(book.activeSheet);
  const used = sheet?.usedRect(false);
  const rowCount = (used ? used.bottom + 1 : 1) + SPARE_ROWS;
  const colCount = Math.max((used ? used.right + 1 : 1) + SPARE_COLS, 4);
  const selRect = sheet ? book.selection : undefined;
  const selection = selRect ? rectToA1(selRect) : undefined;
  const cols = Array.from({ length: colCount }, (_, c) => c);
  const rows = Array.from({ length: rowCount }, (_, r) => r);

  const [address, setAddress] = useState("");
  const [value, setValue] = useState("");
  const [editError, setEditError] = useState<string | undefined>(undefined);
  const edit = (): void => {
    if (!sheet) return;
    try {
      fromA1(address);
      const trimmed = value.trim();
      const n = Number(trimmed.replace(",", "."));
      const formula = nl ? formulaFromDutch(value, book.customFunctions) : value;
      const input = trimmed === "" ? null : /^-?\d+([.,]\d+)?$/.test(trimmed) && Number.isFinite(n) ? n : formula;
      excel.type(sheet.name, address, input);
      setEditError(undefined);
    } catch {
      setEditError(say.badAddress);
    }
  };

  return (
    <div className={styles.root}>
      <TabList
        selectedValue={book.activeSheet}
        onTabSelect={(_, d) => excel.activate(String(d.value))}
        aria-label={say.sheetTabs}
        size="small"
      >
        {book.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.bar}>
        <Text aria-live="polite">
          {say.selection}: {selection ? `${book.activeSheet}!${selection}` : "—"}
        </Text>
        {sheet?.filtering() ? <Badge color="warning">{say.filterOn}</Badge> : null}
        {sheet ? (
          <Switch
            checked={sheet.protected}
            label={say.sheetProtected}
            onChange={(_, d) => {
              sheet.protected = d.checked;
              excel.changed();
            }}
          />
        ) : null}
      </div>
      <div className={styles.bar}>
        <Field label={say.cell} validationMessage={editError} validationState={editError ? "error" : "none"}>
          <Input value={address} size="small" onChange={(_, d) => setAddress(d.value)} placeholder="E16" />
        </Field>
        <Field label={say.newContent} hint={t.sheetFormulaHint}>
          <Input value={value} size="small" onChange={(_, d) => setValue(d.value)} />
        </Field>
        <Button size="small" onClick={edit}>
          {say.setCell}
        </Button>
      </div>
      {/* Focusable, so that a keyboard can scroll it (the sheet is wider than its column). */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={say.cellsRegion}>
        <Table aria-label="Werkblad" size="extra-small" className={styles.table}>
          <TableHeader>
            <TableRow>
              {/* The corner heads nothing: an ordinary empty cell, not an empty column header. */}
              <TableCell className={mergeClasses(styles.header, styles.corner)} />
              {cols.map((c) => (
                <TableHeaderCell key={c} className={styles.header}>
                  {columnLetters(c)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => {
              const hidden = sheet?.isRowHidden(r) ?? false;
              return (
                <TableRow key={r} className={hidden ? styles.hidden : undefined}>
                  <TableHeaderCell scope="row" className={styles.header}>
                    {hidden ? say.hiddenRow(r + 1) : r + 1}
                  </TableHeaderCell>
                  {cols.map((c) => {
                    const cell = sheet?.get(r, c);
                    const shown = shownCell(cell, lang, t);
                    const isSelected = selRect !== undefined && rectsIntersect(selRect, { top: r, bottom: r, left: c, right: c });
                    const fill = cell?.fill?.pattern === "Solid" ? cell.fill.color : undefined;
                    const marked = fill?.toUpperCase() === MARK_FILL;
                    return (
                      <TableCell
                        key={c}
                        className={mergeClasses(styles.cell, shown.numeric && styles.number, isSelected && styles.selected)}
                        // The cell's own fill (a controller's mark) is data, drawn as Excel draws it.
                        style={fill !== undefined ? { backgroundColor: fill } : undefined}
                        data-fill={fill}
                      >
                        <span className={styles.content} title={shown.title ?? (shown.text.length > 20 ? shown.text : undefined)}>
                          {shown.text}
                        </span>
                        {marked ? <span className={styles.markNote}>{say.marked}</span> : null}
                      </TableCell>
                    );
                  })}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
