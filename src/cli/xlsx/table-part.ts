// An Excel table part (xl/tables/tableN.xml): its name, area, header and totals rows and
// columns; and widening it by new columns to its right (its ref, its AutoFilter and its column
// list grow; everything else in the part stays as it was).
import { encodeXstring, escapeAttr, scanXml, setAttr, splice } from "./xml";

export interface TableColumnAdd {
  name: string;
  /** The table's totals row sums this column. */
  sum: boolean;
}

export class TablePart {
  name = "";
  displayName = "";
  ref = "";
  headerRows = 1;
  totalsRows = 0;
  columnNames: string[] = [];
  private prefix = "";
  private root = { start: 0, end: 0 };
  private autoFilter: { start: number; end: number } | undefined;
  private columnsTag = { start: -1, end: -1, closeAt: -1 };
  private maxColumnId = 0;

  constructor(
    /** The archive name of the part. */
    readonly part: string,
    private readonly text: string,
  ) {
    let depth = 0;
    scanXml(text, {
      open: (tag) => {
        depth++;
        if (depth === 1) {
          this.prefix = tag.prefix;
          this.root = { start: tag.start, end: tag.end };
          this.name = tag.attrs.name ?? "";
          this.displayName = tag.attrs.displayName ?? this.name;
          this.ref = tag.attrs.ref ?? "";
          this.headerRows = tag.attrs.headerRowCount === undefined ? 1 : Number(tag.attrs.headerRowCount);
          this.totalsRows = tag.attrs.totalsRowCount === undefined ? 0 : Number(tag.attrs.totalsRowCount);
        } else if (depth === 2 && tag.name === "autoFilter") {
          this.autoFilter = { start: tag.start, end: tag.end };
        } else if (depth === 2 && tag.name === "tableColumns") {
          this.columnsTag = { start: tag.start, end: tag.end, closeAt: -1 };
        } else if (depth === 3 && tag.name === "tableColumn") {
          this.columnNames.push(tag.attrs.name ?? "");
          this.maxColumnId = Math.max(this.maxColumnId, Number(tag.attrs.id ?? 0));
        }
      },
      close: (tag) => {
        if (depth === 2 && tag.name === "tableColumns") this.columnsTag.closeAt = tag.start;
        depth--;
      },
    });
  }

  /**
   * The part's text with `columns` added to the right: `ref` is the new area (A1:G4), the
   * AutoFilter covers it without the totals row.
   */
  widened(ref: string, filterRef: string, columns: TableColumnAdd[]): string {
    const p = this.prefix;
    const edits = [{ ...this.root, text: setAttr(this.text.slice(this.root.start, this.root.end), "ref", ref) }];
    if (this.autoFilter) {
      edits.push({ ...this.autoFilter, text: setAttr(this.text.slice(this.autoFilter.start, this.autoFilter.end), "ref", filterRef) });
    }
    const added = columns
      .map((c, i) => {
        const sum = this.totalsRows > 0 && c.sum ? ` totalsRowFunction="sum"` : "";
        return `<${p}tableColumn id="${this.maxColumnId + i + 1}" name="${escapeAttr(encodeXstring(c.name))}"${sum}/>`;
      })
      .join("");
    const count = this.columnNames.length + columns.length;
    edits.push({ start: this.columnsTag.start, end: this.columnsTag.end, text: setAttr(this.text.slice(this.columnsTag.start, this.columnsTag.end), "count", String(count)) });
    edits.push({ start: this.columnsTag.closeAt, end: this.columnsTag.closeAt, text: added });
    return splice(this.text, edits);
  }
}
