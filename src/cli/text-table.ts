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
