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
  tableScroll: {
    overflowX: "auto",
  },
  /** Fixed layout (Fluent's default): a changed amount does not make the browser measure all 1,700 cells again. */
  table: {
    tableLayout: "fixed",
    minWidth: "100%",
  },
  nameColumn: {
    width: "30%",
  },
});
