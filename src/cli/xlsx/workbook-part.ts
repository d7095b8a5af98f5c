// xl/workbook.xml: the sheets (name, state, relationship), the 1904 date system, the namespace
// (Transitional or Strict), and the two changes an action makes in it: a sheet added at the end
// of <sheets>, and full calculation on load (after formula cells were written).
import { attrsXml, scanXml, setAttr, splice } from "./xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: number;
  state: SheetState;
  relId: string;
}

/** Elements that follow <calcPr> in a workbook (ECMA-376 CT_Workbook), so a new calcPr goes before them. */
const AFTER_CALC_PR = new Set(["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]);

export class WorkbookPart {
  readonly sheets: SheetEntry[] = [];
  /** The main namespace (Transitional or Strict) and the prefix of the workbook's elements. */
  namespace = "";
  prefix = "";
  date1904 = false;
  /** The qualified name of the relationship id attribute on <sheet> ("r:id"). */
  private relAttr = "r:id";
  private sheetsCloseAt = -1;
  private sheetsEmpty: { start: number; end: number } | undefined;
  private calcPr: { start: number; end: number } | undefined;
  private calcPrAt = -1;
  private readonly edits: { start: number; end: number; text: string }[] = [];
  private readonly addedSheets: string[] = [];

  constructor(private readonly text: string) {
    let depth = 0;
    scanXml(text, {
      open: (tag) => {
        depth++;
        if (depth === 1) {
          this.prefix = tag.prefix;
          this.namespace = tag.attrs[tag.prefix ? `xmlns:${tag.prefix.slice(0, -1)}` : "xmlns"] ?? "";
        } else if (depth === 2) {
          if (tag.name === "workbookPr") this.date1904 = ["1", "true"].includes(tag.attrs.date1904 ?? "");
          if (tag.name === "sheets" && tag.selfClosing) this.sheetsEmpty = { start: tag.start, end: tag.end };
          if (tag.name === "calcPr") this.calcPr = { start: tag.start, end: tag.end };
          if (AFTER_CALC_PR.has(tag.name) && this.calcPrAt < 0) this.calcPrAt = tag.start;
        } else if (depth === 3 && tag.name === "sheet") {
          const rel = Object.entries(tag.attrs).find(([k]) => k.endsWith(":id"));
          if (rel) this.relAttr = rel[0];
          const state = tag.attrs.state === "hidden" || tag.attrs.state === "veryHidden" ? tag.attrs.state : "visible";
          this.sheets.push({ name: tag.attrs.name ?? "", sheetId: Number(tag.attrs.sheetId ?? 0), state, relId: rel?.[1] ?? "" });
        }
      },
      close: (tag) => {
        if (depth === 2 && tag.name === "sheets" && !this.sheetsEmpty) this.sheetsCloseAt = tag.start;
        if (depth === 1 && this.calcPrAt < 0) this.calcPrAt = tag.start;
        depth--;
      },
    });
  }

  /** Whether this is Strict OOXML (its own namespaces and relationship types). */
  get strict(): boolean {
    return this.namespace.startsWith("http://purl.oclc.org/ooxml/");
  }

  /** Adds a sheet after the last one; returns its sheetId. */
  addSheet(name: string, relId: string): number {
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    this.sheets.push({ name, sheetId, state: "visible", relId });
    // The relationship prefix is declared on the element itself: some writers (openpyxl) declare it
    // on each <sheet> rather than on the root.
    const relPrefix = this.relAttr.slice(0, this.relAttr.indexOf(":"));
    const relNs = this.strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    this.addedSheets.push(`<${this.prefix}sheet${attrsXml({ [`xmlns:${relPrefix}`]: relNs, name, sheetId, [this.relAttr]: relId })}/>`);
    return sheetId;
  }

  /** Asks Excel to recalculate every formula when the workbook is opened. */
  setFullCalcOnLoad(): void {
    if (this.calcPr) {
      const tag = this.text.slice(this.calcPr.start, this.calcPr.end);
      this.edits.push({ ...this.calcPr, text: setAttr(tag, "fullCalcOnLoad", "1") });
    } else {
      this.edits.push({ start: this.calcPrAt, end: this.calcPrAt, text: `<${this.prefix}calcPr fullCalcOnLoad="1"/>` });
    }
  }

  get changed(): boolean {
    return this.edits.length > 0 || this.addedSheets.length > 0;
  }

  patched(): string {
    const edits = [...this.edits];
    const added = this.addedSheets.join("");
    if (added && this.sheetsEmpty) {
      const tag = this.text.slice(this.sheetsEmpty.start, this.sheetsEmpty.end).replace(/\s*\/>$/, ">");
      edits.push({ ...this.sheetsEmpty, text: `${tag}${added}</${this.prefix}sheets>` });
    } else if (added) {
      edits.push({ start: this.sheetsCloseAt, end: this.sheetsCloseAt, text: added });
    }
    return splice(this.text, edits);
  }
}
