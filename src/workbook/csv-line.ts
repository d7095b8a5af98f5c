// One CSV line that landed unsplit in a single cell ("Beesel;2022;13478"): split it as CSV.

/** The separators a pasted CBS export may carry; comma is not one (it is the decimal mark). */
export const SPLIT_SEPARATORS = [";", "\t"] as const;
export type SplitSeparator = (typeof SPLIT_SEPARATORS)[number];

/** The separator that a header line uses, if any. */
export function guessSeparator(text: string): SplitSeparator | undefined {
  for (const s of SPLIT_SEPARATORS) if (text.includes(s)) return s;
  return undefined;
}

/**
 * Split one line into fields: double-quoted fields may hold the separator and doubled quotes
 * (""); a BOM is dropped; every field is trimmed.
 */
export function splitCsvLine(line: string, separator: string): string[] {
  const text = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  if (!text.includes('"')) {
    const parts = text.split(separator);
    for (let i = 0; i < parts.length; i++) parts[i] = parts[i].trim();
    return parts;
  }
  const out: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
      i++;
      continue;
    }
    if (text.startsWith(separator, i)) {
      out.push(field.trim());
      field = "";
      i += separator.length;
      continue;
    }
    field += ch;
    i++;
  }
  out.push(field.trim());
  return out;
}
