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
 * Breaks a text into lines of at most `width` characters at spaces, each line starting with
 * `indent`; a word longer than a line gets a line of its own.
 */
export function wrapText(text: string, width = TEXT_WIDTH, indent = ""): string[] {
  const room = Math.max(1, width - indent.length);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}
