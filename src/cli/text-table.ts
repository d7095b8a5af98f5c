// A plain text table for the terminal: columns padded, numbers aligned right.

export interface TextColumn {
  header: string;
  align?: "left" | "right";
}

export function renderTable(columns: TextColumn[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells
      .map((text, i) => (columns[i].align === "right" ? text.padStart(widths[i]) : text.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w)))];
  for (const r of rows) out.push(line(columns.map((_c, i) => r[i] ?? "")));
  return out.join("\n") + "\n";
}

/** The terminal width the command's lists are laid out for (a common minimum of 100 columns). */
export const TEXT_WIDTH = 100;

/**
 * Breaks a text into lines of at most `width` characters at spaces, the first line starting with
 * `indent` and the others with `hanging` (the same by default); a word longer than a line gets a
 * line of its own.
 */
export function wrapText(text: string, width = TEXT_WIDTH, indent = "", hanging = indent): string[] {
  const lines: string[] = [];
  const prefix = (): string => (lines.length === 0 ? indent : hanging);
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && prefix().length + line.length + 1 + word.length > width) {
      lines.push(prefix() + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(prefix() + line);
  return lines;
}
