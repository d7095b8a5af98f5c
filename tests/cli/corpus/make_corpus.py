#!/usr/bin/python3
"""Makes the corpus of real workbooks for tests/cli/corpus.test.ts (run once; the files are committed).

Each workbook has a sheet "Gemeenten" (municipalities and populations) beside the features a
budget officer's workbook has, written by XlsxWriter, openpyxl and LibreOffice, plus parts only
Excel writes (threaded comments, dynamic-array metadata, slicer-like unknown parts) added to the
package by hand, and small hand-written packages for the edges of the format (rows and cells
without r, inline strings, Strict OOXML, 1904 dates, a sheet part named Notes.xml, calcChain).

    /usr/bin/python3 tests/cli/corpus/make_corpus.py
Needs python3-xlsxwriter, python3-openpyxl and LibreOffice (soffice).
"""
import datetime
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MUNICIPALITIES = [("Beesel", 13478), ("Bergen (L.)", 12963), ("Gennep", 17124), ("Horst aan de Maas", 42271), ("Peel en Maas", 43451), ("Venlo", 102000), ("Weert", 50020)]
FIXED = datetime.datetime(2024, 1, 1, 12, 0, 0)


def png_1x1():
    raw = b"\x00\xff\x00\x00"
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def xlsxwriter_books(tmp):
    import xlsxwriter
    image = os.path.join(tmp, "logo.png")
    with open(image, "wb") as f:
        f.write(png_1x1())

    # A workbook with most of what XlsxWriter can write.
    path = os.path.join(HERE, "xlsxwriter-features.xlsx")
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Begroting 2023", "author": "Gemeente", "created": FIXED})
    bold = wb.add_format({"bold": True})
    money = wb.add_format({"num_format": "€ #,##0.00"})
    red = wb.add_format({"font_color": "#9C0006", "bg_color": "#FFC7CE"})
    ws = wb.add_worksheet("Gemeenten")
    ws.add_table(0, 0, len(MUNICIPALITIES) + 1, 1, {"name": "Inwonertal", "total_row": True, "columns": [{"header": "Gemeente", "total_string": "Totaal"}, {"header": "Inwoners", "total_function": "sum"}], "data": [list(m) for m in MUNICIPALITIES]})
    ws.conditional_format(1, 1, len(MUNICIPALITIES), 1, {"type": "cell", "criteria": ">", "value": 50000, "format": red})
    ws.data_validation(1, 1, len(MUNICIPALITIES), 1, {"validate": "integer", "criteria": ">=", "value": 0})
    ws.write_comment(0, 0, "Bron: CBS, 1 januari 2023")
    ws.write_url("E1", "https://www.cbs.nl/", string="CBS")
    ws.set_column(0, 0, 22)
    ws.freeze_panes(1, 0)
    begroting = wb.add_worksheet("Begroting")
    begroting.write_row(0, 0, ["Post", "Bedrag", "Aandeel"], bold)
    for i, (name, pop) in enumerate(MUNICIPALITIES, start=1):
        begroting.write_string(i, 0, f"Post {name}")
        begroting.write_number(i, 1, pop * 0.08, money)
        begroting.write_formula(i, 2, f"=B{i + 1}/SUM($B$2:$B${len(MUNICIPALITIES) + 1})", None, (pop * 0.08) / sum(p * 0.08 for _, p in MUNICIPALITIES))
    begroting.write_rich_string(len(MUNICIPALITIES) + 2, 0, "Let ", bold, "op", ": voorlopig")
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"name": "Bedrag", "categories": ["Begroting", 1, 0, len(MUNICIPALITIES), 0], "values": ["Begroting", 1, 1, len(MUNICIPALITIES), 1]})
    begroting.insert_chart("E2", chart)
    begroting.insert_image("E20", image)
    begroting.add_sparkline("D2", {"range": "Begroting!B2:B8"})
    begroting.insert_textbox("M2", "Toelichting bij de begroting", {"width": 200, "height": 60})
    begroting.insert_button("M8", {"caption": "Herbereken", "macro": "herbereken"})
    begroting.data_validation("F30", {"validate": "list", "source": "=Gemeenten!$A$2:$A$8"})
    begroting.protect("geheim")
    chartsheet = wb.add_chartsheet("Grafiek")
    pie = wb.add_chart({"type": "pie"})
    pie.add_series({"categories": "=Gemeenten!$A$2:$A$8", "values": "=Gemeenten!$B$2:$B$8"})
    chartsheet.set_chart(pie)
    wb.define_name("Tarief", "=0.08")
    wb.define_name("Namen", "=Gemeenten!$A$2:$A$8")
    wb.define_name("Begroting!Totaal", "=SUM(Begroting!$B$2:$B$8)")
    begroting.print_area("A1:C10")
    wb.close()

    # A macro workbook (.xlsm) with a button that runs a macro.
    path = os.path.join(HERE, "macro.xlsm")
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Gemeenten")
    ws.write_row(0, 0, ["Gemeente", "Inwoners"])
    for i, (name, pop) in enumerate(MUNICIPALITIES, start=1):
        ws.write_row(i, 0, [name, pop])
    ws.write_formula(len(MUNICIPALITIES) + 2, 3, "=SUM(B2:B8)", None, sum(p for _, p in MUNICIPALITIES))
    ws.insert_button("F2", {"macro": "say_hello", "caption": "Zeg hallo", "width": 120, "height": 30})
    wb.add_vba_project("/usr/share/doc/python3-xlsxwriter/examples/vbaProject.bin")
    wb.close()


def openpyxl_book():
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Gemeenten"
    ws["A1"] = "Bijdragen gemeenten 2020"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:C1")
    ws.append([])
    ws.append(["Gemeente", "Code", "Inwoners"])
    for c in ws[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for i, (name, pop) in enumerate(MUNICIPALITIES):
        ws.append([name, f"GM{900 + i:04d}", pop])
        ws.cell(row=ws.max_row, column=3).number_format = "#,##0"
    ws["A3"].comment = Comment("Gemeenten van Noord-Limburg", "Controller")
    ws.freeze_panes = "A4"
    dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    ws.add_data_validation(dv)
    dv.add("C4:C10")
    ws.conditional_formatting.add("C4:C10", CellIsRule(operator="greaterThan", formula=["50000"], font=Font(italic=True)))
    ws.column_dimensions["A"].width = 24
    other = wb.create_sheet("Toelichting")
    other["A1"] = "Opgesteld"
    other["B1"] = datetime.date(2023, 12, 31)
    other["B1"].number_format = "d-m-yyyy"
    other["A2"] = "=Gemeenten!C4*2"
    other["A3"].alignment = Alignment(wrap_text=True)
    other.protection.sheet = True
    other.protection.password = "geheim"
    wb.defined_names.append(DefinedName("Inwoners", attr_text="Gemeenten!$C$4:$C$10"))
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(HERE, "openpyxl-features.xlsx"))


FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet>
  <table:table table:name="Gemeenten">
   <table:table-row><table:table-cell office:value-type="string"><text:p>Gemeente</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Regio</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Inwoners</text:p></table:table-cell></table:table-row>
   {rows}
  </table:table>
  <table:table table:name="Overzicht">
   <table:table-row><table:table-cell office:value-type="string"><text:p>Extern</text:p></table:table-cell><table:table-cell table:formula="of:=['file:///tmp/verdeel-extern.ods'#$Blad1.A1]" office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>Som</text:p><office:annotation><dc:creator>Controller</dc:creator><text:p>Controleren</text:p></office:annotation></table:table-cell><table:table-cell table:formula="of:=SUM([Gemeenten.C2:.C8])" office:value-type="float" office:value="{total}"><text:p>{total}</text:p></table:table-cell></table:table-row>
  </table:table>
  <table:named-expressions><table:named-range table:name="Bevolking" table:base-cell-address="$Gemeenten.$C$2" table:cell-range-address="$Gemeenten.$C$2:.$C$8"/></table:named-expressions>
  <table:data-pilot-tables>
   <table:data-pilot-table table:name="Draaitabel1" table:target-range-address="Overzicht.D1:Overzicht.E5" table:buttons="Overzicht.D1">
    <table:source-cell-range table:cell-range-address="Gemeenten.A1:Gemeenten.C8"/>
    <table:data-pilot-field table:source-field-name="Regio" table:orientation="row"/>
    <table:data-pilot-field table:source-field-name="Inwoners" table:orientation="data" table:function="sum"/>
   </table:data-pilot-table>
  </table:data-pilot-tables>
 </office:spreadsheet></office:body>
</office:document>
"""


def libreoffice_book(tmp):
    rows = "".join(
        f'<table:table-row><table:table-cell office:value-type="string"><text:p>{n}</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>{"Noord" if i % 2 else "Midden"}</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="{p}"><text:p>{p}</text:p></table:table-cell></table:table-row>'
        for i, (n, p) in enumerate(MUNICIPALITIES)
    )
    src = os.path.join(tmp, "libreoffice-features.fods")
    with open(src, "w", encoding="utf-8") as f:
        f.write(FODS.replace("{rows}", rows).replace("{total}", str(sum(p for _, p in MUNICIPALITIES))))
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/lo-profile", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", HERE, src], check=True, capture_output=True, timeout=180)


# Parts only Excel writes, added by hand to a package: threaded comments and their persons,
# dynamic-array metadata, custom XML, and a part of a kind this project has never heard of.
EXTRA_PARTS = {
    "xl/threadedComments/threadedComment1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="A1" dT="2024-01-01T12:00:00.00" personId="{6A0A6F1E-0000-4000-8000-000000000001}" id="{6A0A6F1E-0000-4000-8000-000000000002}"><text>Klopt het inwonertal van Venlo?</text></threadedComment></ThreadedComments>',
    "xl/persons/person.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="Controller" id="{6A0A6F1E-0000-4000-8000-000000000001}" userId="controller@example.org" providerId="None"/></personList>',
    "xl/metadata.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>',
    "customXml/item1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APA.XSL" StyleName="APA"/>',
    "xl/verdeeltest/onbekend.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<onbekend xmlns="urn:verdeel:test">Een onderdeel waarvan dit project nooit heeft gehoord.</onbekend>',
    "xl/calcChain.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B9" i="1"/><c r="C2" i="2"/></calcChain>',
}
EXTRA_TYPES = {
    "/xl/threadedComments/threadedComment1.xml": "application/vnd.ms-excel.threadedcomments+xml",
    "/xl/persons/person.xml": "application/vnd.ms-excel.person+xml",
    "/xl/metadata.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
    "/xl/verdeeltest/onbekend.xml": "application/vnd.verdeel.test+xml",
    "/xl/calcChain.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
}
EXTRA_WORKBOOK_RELS = [
    ("rId901", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml"),
    ("rId902", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata", "metadata.xml"),
    ("rId903", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml", "../customXml/item1.xml"),
    ("rId904", "urn:verdeel:test/onbekend", "verdeeltest/onbekend.xml"),
    ("rId905", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain", "calcChain.xml"),
]


def rewrite(path, change):
    """Rewrites a zip with change(name, data) -> data (None drops it) and extra parts added."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = {}
    for info, data in items:
        new = change(info.filename, data)
        if new is not None:
            out[info.filename] = new
    for name, text in EXTRA_PARTS.items():
        out[name] = text.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 12, 0, 0)), data, zipfile.ZIP_DEFLATED)


def add_excel_only_parts(path, sheet_rels):
    def change(name, data):
        if not name.endswith((".xml", ".rels")):
            return data
        text = data.decode("utf-8")
        if name == "[Content_Types].xml":
            extra = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in EXTRA_TYPES.items())
            return text.replace("</Types>", extra + "</Types>").encode("utf-8")
        if name == "xl/_rels/workbook.xml.rels":
            extra = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in EXTRA_WORKBOOK_RELS)
            return text.replace("</Relationships>", extra + "</Relationships>").encode("utf-8")
        if name == sheet_rels:
            rel = '<Relationship Id="rId990" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>'
            return text.replace("</Relationships>", rel + "</Relationships>").encode("utf-8")
        return data
    rewrite(path, change)


T_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
T_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
S_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
S_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def package(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 12, 0, 0)), text.encode("utf-8"), zipfile.ZIP_DEFLATED)


def edge_books():
    """Hand-written packages for the edges of the format a reader must handle."""
    # Rows and cells without r, inline and rich strings, a namespace prefix, cached errors, a
    # formula never calculated, shared formulas, 1904 dates, a sheet part named Notes.xml, calcChain.
    rows = ['<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Inwoners</x:t></x:is></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>']
    for i, (name, pop) in enumerate(MUNICIPALITIES):
        r = i + 2
        name_cell = f'<x:c t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>{name[:3]}</x:t></x:r><x:r><x:t>{name[3:]}</x:t></x:r></x:is></x:c>'
        formula = f'<x:c r="C{r}" t="str"><x:f t="shared" ref="C2:C8" si="0">A2&amp;"!"</x:f><x:v>{name}!</x:v></x:c>' if r == 2 else f'<x:c r="C{r}" t="str"><x:f t="shared" si="0"/><x:v>{name}!</x:v></x:c>'
        extra = '<x:c t="e"><x:v>#N/A</x:v></x:c>' if r == 3 else ('<x:c><x:f>B4*2</x:f></x:c>' if r == 4 else '<x:c s="1"><x:v>45000</x:v></x:c>')
        rows.append(f"<x:row>{name_cell}<x:c><x:v>{pop}</x:v></x:c>{formula}{extra}</x:row>")
    sheet = f'{HEAD}<x:worksheet xmlns:x="{T_MAIN}" xmlns:r="{T_REL}"><x:dimension ref="A1:D8"/><x:sheetData>{"".join(rows)}</x:sheetData></x:worksheet>'
    notes = f'{HEAD}<worksheet xmlns="{T_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Notities bij de verdeling</t></is></c></row><row r="3"><c r="B3"><f>SUM(1,2)</f><v>3</v></c></row></sheetData></worksheet>'
    sst = f'{HEAD}<sst xmlns="{T_MAIN}" count="3" uniqueCount="3"><si><t>Gemeente</t></si><si><r><t>Naam</t></r><r><rPr><i/></rPr><t>!</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh></si><si><t>Peildatum</t></si></sst>'
    styles = f'{HEAD}<styleSheet xmlns="{T_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d\\-m\\-yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>'
    workbook = f'{HEAD}<workbook xmlns="{T_MAIN}" xmlns:r="{T_REL}"><workbookPr date1904="1"/><sheets><sheet name="Gemeenten" sheetId="1" r:id="rId1"/><sheet name="Notities" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="Bron">Notities!$A$1</definedName></definedNames><calcPr calcId="191029"/></workbook>'
    calc = f'{HEAD}<calcChain xmlns="{T_MAIN}"><c r="C2" i="1"/><c r="C3"/><c r="D4"/><c r="B3" i="2"/></calcChain>'
    package(os.path.join(HERE, "edges-no-r.xlsx"), [
        ("[Content_Types].xml", f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT_WORKSHEET}"/><Override PartName="/xl/worksheets/Notes.xml" ContentType="{CT_WORKSHEET}"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
        ("_rels/.rels", f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{T_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{T_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{T_REL}/worksheet" Target="/xl/worksheets/Notes.xml"/><Relationship Id="rId3" Type="{T_REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="{T_REL}/styles" Target="styles.xml"/><Relationship Id="rId5" Type="{T_REL}/calcChain" Target="calcChain.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/worksheets/Notes.xml", notes),
        ("xl/sharedStrings.xml", sst),
        ("xl/styles.xml", styles),
        ("xl/calcChain.xml", calc),
    ])

    # Strict OOXML: its own namespaces and relationship types.
    rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>']
    rows += [f'<row r="{i + 2}"><c r="A{i + 2}" t="inlineStr"><is><t>{n}</t></is></c><c r="B{i + 2}"><v>{p}</v></c></row>' for i, (n, p) in enumerate(MUNICIPALITIES)]
    package(os.path.join(HERE, "edges-strict.xlsx"), [
        ("[Content_Types].xml", f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT_WORKSHEET}"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
        ("_rels/.rels", f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{S_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'{HEAD}<workbook xmlns="{S_MAIN}" xmlns:r="{S_REL}" conformance="strict"><sheets><sheet name="Gemeenten" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{S_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{S_REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{S_REL}/styles" Target="styles.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", f'{HEAD}<worksheet xmlns="{S_MAIN}" xmlns:r="{S_REL}"><sheetData>{"".join(rows)}</sheetData></worksheet>'),
        ("xl/sharedStrings.xml", f'{HEAD}<sst xmlns="{S_MAIN}" count="2" uniqueCount="2"><si><t>Gemeente</t></si><si><t>Inwoners</t></si></sst>'),
        ("xl/styles.xml", f'{HEAD}<styleSheet xmlns="{S_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>'),
    ])


def main():
    tmp = tempfile.mkdtemp(prefix="verdeel-corpus-")
    try:
        xlsxwriter_books(tmp)
        openpyxl_book()
        libreoffice_book(tmp)
        add_excel_only_parts(os.path.join(HERE, "xlsxwriter-features.xlsx"), "xl/worksheets/_rels/sheet1.xml.rels")
        edge_books()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
