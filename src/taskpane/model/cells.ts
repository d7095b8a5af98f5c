// Lists of cell addresses for people: consecutive cells of one column joined into one range.
import { fromA1, toA1 } from "../../workbook";

/** ["E2","E3","E4","F2"] -> ["E2:E4","F2"]; ranges ("A1:B2") stay as they are, first. */
export function cellRuns(cells: readonly string[]): string[] {
  const ranges: string[] = [];
  const byColumn = new Map<number, number[]>();
  for (const a of cells) {
    if (a.includes(":")) {
      ranges.push(a);
      continue;
    }
    let pos: { row: number; col: number };
    try {
      pos = fromA1(a);
    } catch {
      ranges.push(a);
      continue;
    }
    const list = byColumn.get(pos.col);
    if (list) list.push(pos.row);
    else byColumn.set(pos.col, [pos.row]);
  }
  const out = [...ranges];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byColumn.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    const flush = (): void => {
      out.push(start === prev ? toA1(start, col) : `${toA1(start, col)}:${toA1(prev, col)}`);
    };
    for (let i = 1; i < rows.length; i++) {
      if (rows[i] === prev + 1) {
        prev = rows[i];
        continue;
      }
      flush();
      start = prev = rows[i];
    }
    flush();
  }
  return out;
}
