// Layout only (spacing, alignment), from Fluent tokens: every control is a Fluent component.
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  /** A rate field with, beside it, the agreed value and a reset button when edited. */
  rateRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  /**
   * A plain list (ul) of items that hold links or buttons. Not Fluent's List: its items are focus
   * groups that keep Tab inside them ("limited trap focus"), a trap for keyboard users.
   */
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  /** A field or its control that may shrink with the pane (Fluent's dropdowns keep 250 px otherwise). */
  shrinks: {
    minWidth: 0,
    maxWidth: "100%",
  },
  /** The text box inside such a control: no intrinsic width of its own. */
  shrinksInput: {
    minWidth: 0,
    width: "100%",
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  heading: {
    margin: 0,
  },
  /** The schedule's facts as a description list: term and value side by side. */
  details: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    ...typographyStyles.caption1,
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dd": { margin: 0, overflowWrap: "anywhere" },
  },
  number: {
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  strong: {
    fontWeight: tokens.fontWeightSemibold,
  },
  /** A table's box: scrolls sideways only when the table cannot fit (200 % zoom, many columns). */
  tableScroll: {
    overflowX: "auto",
    minWidth: 0,
  },
});

/**
 * The tables that fit the pane (fitted-columns.ts): every row a grid with the table's columns
 * (`--vs-columns`), leading cells stacked in the first column, figures right-aligned on one line.
 * The native table elements keep explicit ARIA roles, whatever their CSS display.
 */
export const useFittedTableStyles = makeStyles({
  table: {
    display: "block",
    width: "100%",
  },
  rowGroup: {
    display: "block",
  },
  row: {
    display: "grid",
    gridTemplateColumns: "var(--vs-columns)",
    alignItems: "stretch",
  },
  /** A leading cell: text wraps between words, and inside a word only when nothing else fits. */
  cell: {
    display: "flex",
    alignItems: "center",
    minWidth: 0,
    height: "auto",
    minHeight: "24px",
    overflowWrap: "anywhere",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  /** A stacked cell under the first: a second line, muted. */
  second: {
    minHeight: "auto",
    paddingBottom: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
  },
  figure: {
    justifyContent: "flex-end",
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  /** A figure column's header cell: as tall as its label and badge, aligned to the bottom. */
  headerFigureCell: {
    flexDirection: "column",
    alignItems: "stretch",
    justifyContent: "flex-end",
  },
  /** Inside it (Fluent's header button): label and badge wrap between words, right-aligned. */
  headerFigure: {
    flexGrow: 0,
    flexShrink: 0,
    flexBasis: "auto",
    flexDirection: "column",
    alignItems: "flex-end",
    justifyContent: "center",
    textAlign: "end",
    whiteSpace: "normal",
    height: "auto",
    minHeight: "24px",
  },
  headerLeading: {
    height: "auto",
    minHeight: "auto",
  },
  /** An edit named on a column's header, on a line of its own: dark text on the warning colour. */
  badge: {
    display: "block",
    ...typographyStyles.caption2,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorStatusWarningBackground2,
    borderRadius: tokens.borderRadiusSmall,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  strong: {
    fontWeight: tokens.fontWeightSemibold,
  },
});
