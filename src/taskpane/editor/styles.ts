// Layout of the schedule editor (spacing, alignment) from Fluent tokens; every control is Fluent's.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useEditorStyles = makeStyles({
  editor: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    // A choice list is as wide as its longest option: in Excel's 320 px pane it shrinks with the pane.
    "& .fui-Field, & .fui-Select, & .fui-Select__select": { minWidth: 0, maxWidth: "100%" },
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  /** One component: a bordered block of fields. */
  component: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  /** A row of a fixed-amount component: name and amount side by side, wrapping when narrow. */
  amountRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  grow: {
    flexGrow: 1,
    minWidth: "8rem",
  },
  amountField: {
    width: "8rem",
  },
  indent: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  json: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});
