// An .xlsx (or .xlsm) workbook as the command's file host sees it: the parts it reads (the
// workbook, its relationships, shared strings, styles, the one sheet it works on and that
// sheet's tables), and the parts it changes (that sheet, styles.xml, tables that grow, sheets it
// adds, and what lists them). Every other part is copied as it was stored.
import { BookError } from "./errors";
import { withSheetTitle } from "./app-props";
import { ContentTypes, relKind, Relationships, type Relationship } from "./opc-parts";
import { Package, partFolder, relativeTarget } from "./package";
import { PartEncodingError } from "./part-text";
import { readSharedStrings } from "./shared-strings";
import { readSheet, SheetStructureError, type SheetContent } from "./sheet-read";
import { patchSheet, type SheetPatch } from "./sheet-patch";
import { DEFAULT_STYLES, StyleSheet } from "./styles";
import { TablePart, type TableColumnAdd } from "./table-part";
import { WorkbookPart, type SheetState } from "./workbook-part";
import { escapeText, XmlSyntaxError } from "./xml";
import { readZip } from "./zip";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "xlMacrosheet" | "xlIntlMacrosheet" | "other";

export interface SheetInfo {
  name: string;
  state: SheetState;
  kind: SheetKind;
  /** The archive name of the sheet's part. */
  part: string;
}

/** A worksheet as read: its cells and layout, and its Excel tables. */
export interface ReadSheet extends SheetContent {
  info: SheetInfo;
  tables: TablePart[];
}

export interface TableWidening {
  table: TablePart;
  ref: string;
  filterRef: string;
  columns: TableColumnAdd[];
}

const WORKBOOK_TYPES: Record<string, "xlsx" | "xlsm" | "xltx" | "xltm"> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "xltm",
};
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const SHEET_KINDS = new Set<SheetKind>(["worksheet", "chartsheet", "dialogsheet", "xlMacrosheet", "xlIntlMacrosheet"]);

/** Runs a part's parser, turning what can go wrong into a BookError naming the part. */
function parsing<T>(part: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new BookError({ kind: "bad-xml", part, line: e.line, column: e.column });
    if (e instanceof PartEncodingError) throw new BookError({ kind: "bad-encoding", part });
    if (e instanceof SheetStructureError) throw new BookError({ kind: "bad-sheet", part, where: e.cell });
    throw e;
  }
}

function otherOffice(types: ContentTypes, main: string): BookError {
  const type = types.typeOf(main) ?? "";
  const what = /binary\.macroEnabled\.main/.test(type) ? "xlsb" : /wordprocessingml|ms-word/.test(type) ? "word" : /presentationml|ms-powerpoint/.test(type) ? "powerpoint" : "other";
  return new BookError({ kind: "other-office", what, contentType: type });
}

export class XlsxBook {
  readonly sheets: SheetInfo[];
  readonly kind: "xlsx" | "xlsm" | "xltx" | "xltm";
  private readonly types: ContentTypes;
  private readonly workbookRels: Relationships;
  private readonly workbook: WorkbookPart;
  private readonly styles: StyleSheet;
  private readonly stylesPart: string;
  private sharedStrings: string[] | undefined;
  private formulasWritten = false;
  private cellsWritten = false;

  private constructor(
    private readonly pkg: Package,
    /** The archive name of xl/workbook.xml (or wherever the package puts it). */
    readonly workbookPart: string,
  ) {
    this.types = parsing("[Content_Types].xml", () => new ContentTypes(pkg));
    this.kind = WORKBOOK_TYPES[this.types.typeOf(workbookPart) ?? ""] ?? "xlsx";
    this.workbook = parsing(workbookPart, () => new WorkbookPart(pkg.text(workbookPart)?.text ?? ""));
    this.workbookRels = parsing(`${workbookPart}.rels`, () => new Relationships(pkg, workbookPart));
    this.sheets = this.workbook.sheets.map((s) => {
      const rel = this.workbookRels.byId(s.relId);
      const kind = rel ? relKind(rel.type) : "other";
      return { name: s.name, state: s.state, kind: SHEET_KINDS.has(kind as SheetKind) ? (kind as SheetKind) : "other", part: rel?.part ?? "" };
    });
    const stylesRel = this.workbookRels.byKind("styles")[0];
    this.stylesPart = stylesRel?.part ?? `${partFolder(workbookPart)}/styles.xml`;
    const stylesText = pkg.text(this.stylesPart)?.text;
    this.styles = parsing(this.stylesPart, () => new StyleSheet(stylesText ?? DEFAULT_STYLES, this.workbook.date1904));
  }

  /** Reads an .xlsx/.xlsm file's bytes; throws BookError saying what the file is when it is not one. */
  static async open(data: Uint8Array): Promise<XlsxBook> {
    const entries = await readZip(data);
    const pkg = new Package(entries);
    if (!pkg.has("[Content_Types].xml")) {
      const mimetype = pkg.bytes("mimetype");
      const opendocument = mimetype ? Buffer.from(mimetype).toString("latin1").trim() : undefined;
      throw new BookError({ kind: "not-ooxml", opendocument: opendocument?.startsWith("application/vnd.oasis.opendocument") ? opendocument : undefined });
    }
    const types = parsing("[Content_Types].xml", () => new ContentTypes(pkg));
    const root = parsing("_rels/.rels", () => new Relationships(pkg, ""));
    const main = root.byKind("officeDocument")[0]?.part;
    if (!main || !pkg.has(main) || !WORKBOOK_TYPES[types.typeOf(main) ?? ""]) {
      if (main && pkg.has(main)) throw otherOffice(types, main);
      throw new BookError({ kind: "no-workbook" });
    }
    return new XlsxBook(pkg, pkg.resolve(main) as string);
  }

  /** A new, empty workbook (no sheets yet) with the given core properties. */
  static create(creator: string, when: Date): XlsxBook {
    return new XlsxBook(newPackage(creator, when), "xl/workbook.xml");
  }

  get is1904(): boolean {
    return this.workbook.date1904;
  }

  private strings(): string[] {
    if (!this.sharedStrings) {
      const part = this.workbookRels.byKind("sharedStrings")[0]?.part;
      const text = part ? this.pkg.text(part)?.text : undefined;
      this.sharedStrings = part && text !== undefined ? parsing(part, () => readSharedStrings(text)) : [];
    }
    return this.sharedStrings;
  }

  /** A worksheet's cells, layout and tables. */
  readSheet(info: SheetInfo): ReadSheet {
    const text = parsing(info.part, () => this.pkg.text(info.part)?.text);
    if (text === undefined) throw new BookError({ kind: "bad-sheet", part: info.part });
    const content = parsing(info.part, () => readSheet(text, this.styles, this.strings()));
    const rels = parsing(info.part, () => new Relationships(this.pkg, info.part));
    const tables: TablePart[] = [];
    for (const id of content.tableParts) {
      const rel = rels.byId(id);
      const tableText = rel ? this.pkg.text(rel.part)?.text : undefined;
      if (rel && tableText !== undefined) tables.push(parsing(rel.part, () => new TablePart(rel.part, tableText)));
    }
    return { ...content, info, tables };
  }

  /** Writes cells into a worksheet read with readSheet, and widens tables by new columns. */
  patchSheet(sheet: ReadSheet, patch: SheetPatch, widenings: TableWidening[] = []): void {
    const { text, formulaReplaced } = patchSheet(sheet.layout, patch, this.styles);
    this.pkg.setText(sheet.info.part, text);
    for (const w of widenings) this.pkg.setText(w.table.part, w.table.widened(w.ref, w.filterRef, w.columns));
    this.cellsWritten = true;
    if (formulaReplaced || patch.cells.some((c) => c.cell.kind === "formula")) this.formulasWritten = true;
  }

  /** Adds a worksheet after the last sheet, holding the given cells. */
  addSheet(name: string, patch: SheetPatch): void {
    const folder = partFolder(this.workbookPart);
    let n = this.sheets.length + 1;
    while (this.pkg.has(`${folder}/worksheets/sheet${n}.xml`)) n++;
    const part = `${folder ? `${folder}/` : ""}worksheets/sheet${n}.xml`;
    const relNs = this.workbook.strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const empty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${this.workbook.namespace}" xmlns:r="${relNs}"><sheetData/></worksheet>`;
    const layout = readSheet(empty, this.styles, []).layout;
    this.pkg.setText(part, patchSheet(layout, patch, this.styles).text);
    const relType = this.workbookRels.byKind("worksheet")[0]?.type ?? `${relNs}/worksheet`;
    const relId = this.workbookRels.add(relType, relativeTarget(this.workbookPart, part));
    this.types.addOverride(part, WORKSHEET_TYPE);
    const worksheets = this.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
    this.workbook.addSheet(name, relId);
    this.sheets.push({ name, state: "visible", kind: "worksheet", part });
    this.addTitle(worksheets, name);
  }

  private addTitle(worksheets: string[], name: string): void {
    const app = this.pkg.partNames().find((p) => this.types.typeOf(p) === "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    const text = app ? this.pkg.text(app)?.text : undefined;
    if (!app || text === undefined) return;
    const updated = parsing(app, () => withSheetTitle(text, worksheets, name));
    if (updated !== undefined) this.pkg.setText(app, updated);
  }

  /** Without its calculation chain (it lists formula cells; Excel rebuilds it) and with full calculation on load. */
  private dropCalcChain(): void {
    for (const rel of [...this.workbookRels.byKind("calcChain")]) {
      this.pkg.remove(rel.part);
      this.types.removeOverride(rel.part);
      this.workbookRels.remove(rel as Relationship);
    }
  }

  /** The package as the bytes of a new file: changed parts patched, every other part as stored. */
  async toBytes(when: Date, level: number): Promise<Uint8Array> {
    if (this.formulasWritten) this.dropCalcChain();
    // Written cells may feed formulas elsewhere: Excel recalculates them when it opens the copy.
    if (this.cellsWritten) this.workbook.setFullCalcOnLoad();
    if (this.styles.changed) {
      if (!this.pkg.has(this.stylesPart)) {
        this.workbookRels.add(`${relNsOf(this.workbookRels)}/styles`, relativeTarget(this.workbookPart, this.stylesPart));
        this.types.addOverride(this.stylesPart, STYLES_TYPE);
      }
      this.pkg.setText(this.stylesPart, this.styles.patched());
    }
    if (this.workbook.changed) this.pkg.setText(this.workbookPart, this.workbook.patched());
    this.workbookRels.save();
    this.types.save();
    return this.pkg.toZip(when, level);
  }
}

/** The namespace of the relationship types a package uses (Transitional or Strict). */
function relNsOf(rels: Relationships): string {
  const t = rels.list[0]?.type ?? "http://schemas.openxmlformats.org/officeDocument/2006/relationships/x";
  return t.slice(0, t.lastIndexOf("/"));
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

function w3cdtf(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The parts of a workbook without sheets: what XlsxBook.create starts from. */
function newPackage(creator: string, when: Date): Package {
  const pkg = new Package([]);
  pkg.setText(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
  );
  pkg.setText(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  pkg.setText("xl/workbook.xml", `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets/></workbook>`);
  pkg.setText("xl/_rels/workbook.xml.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`);
  pkg.setText("xl/styles.xml", DEFAULT_STYLES);
  pkg.setText(
    "docProps/app.xml",
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>verdeel</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Werkbladen</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts></Properties>`,
  );
  const esc = escapeText;
  pkg.setText(
    "docProps/core.xml",
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${esc(creator)}</dc:creator><cp:lastModifiedBy>${esc(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(when)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(when)}</dcterms:modified></cp:coreProperties>`,
  );
  return pkg;
}
