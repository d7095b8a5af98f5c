// The pane's theme for FluentProvider: empty, because taskpane.html declares Fluent's light theme
// as CSS variables (scripts/theme-css.js, at build time), which the components read. An empty
// object rather than none: it adds nothing to the tokens a parent provider gives (the preview
// page's), and tells Fluent a theme is set.
import type { PartialTheme } from "@fluentui/react-components";

export const PAGE_THEME: PartialTheme = Object.freeze({});
