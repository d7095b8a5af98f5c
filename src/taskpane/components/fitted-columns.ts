// Tables that fit Excel's task pane (320-350 px): each row is a CSS grid with the same columns.
// The first column holds one or more leading cells one under the other (Gemeente over Inwoners;
// Cel, Gemeente, Onderdeel) and takes what is left; every figure column is exactly as wide as its
// widest text needs (the figures, and the longest word of its header, which may wrap between
// words). The widths are measured with the table's own font, so nothing overlaps or is cut; when
// the figures alone are wider than the pane (200 % zoom, many components) the table is as wide as
// it must be and its scroll box (useScrollBox) lets a keyboard scroll it.
//
// Rows are laid out on their own (not a table layout), so a row can skip layout while off screen
// (content-visibility) without the columns changing; the elements keep explicit table roles.
import { useLayoutEffect, useMemo, useState, type CSSProperties } from "react";

/** Horizontal padding of a figure cell, both sides together (the cell style sets 4 px a side). */
const FIGURE_PADDING = 8;
/** The least the first column keeps for names before the table grows wider than its box. */
const FIRST_COLUMN_MIN = 64;

/** What a figure column must fit: its header texts (may wrap between words) and its widest figures (one line each). */
export interface FigureColumn {
  header: readonly string[];
  values: readonly string[];
}

export interface FittedColumns {
  /** How many leading cells share the first column, one under the other. */
  stacked: number;
  figures: readonly FigureColumn[];
}

/** Measures a text in a font. */
type Measure = (text: string) => number;

/** Text measurers for the header's font and for semibold figures (as the totals row), or none outside a browser (jsdom). */
function measurers(table: HTMLElement): { header: Measure; figure: Measure } | undefined {
  if (typeof OffscreenCanvas === "undefined") return undefined;
  const ctx = new OffscreenCanvas(1, 1).getContext("2d");
  if (!ctx) return undefined;
  const th = getComputedStyle(table.querySelector("th") ?? table);
  const td = getComputedStyle(table.querySelector("td") ?? table);
  const inFont =
    (font: string): Measure =>
    (text) => {
      ctx.font = font;
      return ctx.measureText(text).width;
    };
  return { header: inFont(`${th.fontWeight} ${th.fontSize} ${th.fontFamily}`), figure: inFont(`600 ${td.fontSize} ${td.fontFamily}`) };
}

/** The widest header word or figure of a column, in px; without measurers, in `ch`. */
function columnWidth(column: FigureColumn, measure: { header: Measure; figure: Measure } | undefined): string {
  // A header wraps between words, but not inside an amount ("gewijzigd" / "€ 0,09").
  const words = column.header.flatMap((t) => t.split(/\s+(?![\d+-])/));
  if (!measure) return `calc(${Math.max(1, ...[...words, ...column.values].map((w) => w.length))}ch + ${FIGURE_PADDING}px)`;
  const widest = Math.max(0, ...words.map(measure.header), ...column.values.map(measure.figure));
  return `${Math.ceil(widest) + FIGURE_PADDING + 1}px`;
}

/**
 * The table's style: the grid columns every row uses (`--vs-columns`) and the least width it
 * needs. Measured again when the texts change, before the browser paints.
 */
export function useFittedColumns(table: HTMLElement | null, spec: FittedColumns): CSSProperties {
  const key = JSON.stringify(spec.figures);
  const [widths, setWidths] = useState<string[]>(() => spec.figures.map((column) => columnWidth(column, undefined)));
  useLayoutEffect(() => {
    const measure = table ? measurers(table) : undefined;
    const next = spec.figures.map((column) => columnWidth(column, measure));
    setWidths((old) => (old.length === next.length && old.every((w, i) => w === next[i]) ? old : next));
    // The texts (key) decide; `spec` is a new object each render.
  }, [table, key]);
  return useMemo(
    () =>
      ({
        "--vs-columns": `minmax(${FIRST_COLUMN_MIN}px, 1fr) ${widths.join(" ")}`,
        minWidth: `calc(${FIRST_COLUMN_MIN}px + ${widths.join(" + ") || "0px"})`,
      }) as CSSProperties,
    [widths],
  );
}

/** Where a cell goes: leading cell `k` under the ones before it, figure `j` beside them, as tall as they are. */
export function cellPlace(spec: { stacked: number }, index: number): CSSProperties {
  if (index < spec.stacked) return { gridColumn: 1, gridRow: index + 1 };
  return { gridColumn: index - spec.stacked + 2, gridRow: `1 / span ${spec.stacked}` };
}

/** "€ 0,09" kept on one line inside a text that may wrap ("gewijzigd € 0,09"). */
export function keepAmountTogether(text: string): string {
  return text.replace(/€ /g, "€\u00a0");
}

/**
 * A table's scroll box: focusable (and a named region) only while it scrolls sideways, so that a
 * keyboard can scroll it (WCAG 2.1.1; axe: scrollable-region-focusable) without an extra tab stop
 * when everything fits.
 */
export function useScrollBox(label: string): {
  ref: (el: HTMLDivElement | null) => void;
  props: { tabIndex?: number; role?: "region"; "aria-label"?: string };
} {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    if (!box || typeof ResizeObserver === "undefined") return;
    const check = (): void => setScrolls(box.scrollWidth > box.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    check();
    return () => observer.disconnect();
  }, [box]);
  return { ref: setBox, props: scrolls ? { tabIndex: 0, role: "region", "aria-label": label } : {} };
}
