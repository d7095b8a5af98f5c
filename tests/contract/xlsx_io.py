#!/usr/bin/python3
"""The file host's side of the host contract suite (tests/contract/file-host.contract.test.ts):
workbooks written and read back with openpyxl, a reader and writer independent of src/cli.

    xlsx_io.py write OUT.xlsx   < {"sheets": [{"name", "rows", "tables": [{"name", "range", "showTotals"}]}]}
        rows from A1; a cell is null, a string (always text), a number, or {"value", "format"}.
    xlsx_io.py read FILE.xlsx
        prints {"sheets": [names], "cells": {sheet: {A1: {"value", "formula"?, "format"?}}},
        "tables": {sheet: [{"name", "range", "columns", "showTotals"}]}}: every non-empty cell,
        a formula with its cached value, a number format only when it is not General.
"""
import json
import sys
import warnings

import openpyxl
from openpyxl.utils.cell import range_boundaries, get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn

warnings.simplefilter("ignore")


def write(path, book):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for spec in book["sheets"]:
        ws = wb.create_sheet(spec["name"])
        for r, row in enumerate(spec["rows"], start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c)
                if isinstance(value, dict):
                    cell.value = value["value"]
                    cell.number_format = value["format"]
                else:
                    cell.value = value
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever it begins with
        for t in spec.get("tables", []):
            left, top, right, bottom = range_boundaries(t["range"])
            totals = bool(t.get("showTotals"))
            table = Table(displayName=t["name"], name=t["name"], ref=t["range"])
            table.tableColumns = [TableColumn(id=i + 1, name=str(ws.cell(row=top, column=col).value)) for i, col in enumerate(range(left, right + 1))]
            if totals:
                table.totalsRowCount = 1
                table.autoFilter = AutoFilter(ref=f"{get_column_letter(left)}{top}:{get_column_letter(right)}{bottom - 1}")
            ws.add_table(table)
    wb.save(path)


def read(path):
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    out = {"sheets": formulas.sheetnames, "cells": {}, "tables": {}}
    for ws in formulas.worksheets:
        shown = values[ws.title]
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cell = {}
                if c.data_type == "f":
                    cell["formula"] = c.value if isinstance(c.value, str) else getattr(c.value, "text", str(c.value))
                    cached = shown[c.coordinate].value
                    if cached is not None:
                        cell["value"] = cached
                else:
                    cell["value"] = c.value
                if c.number_format != "General":
                    cell["format"] = c.number_format
                cells[c.coordinate] = cell
        out["cells"][ws.title] = cells
        out["tables"][ws.title] = [
            {"name": t.displayName, "range": t.ref, "columns": [col.name for col in t.tableColumns], "showTotals": bool(t.totalsRowCount)}
            for t in ws.tables.values()
        ]
    return out


if __name__ == "__main__":
    verb, target = sys.argv[1], sys.argv[2]
    if verb == "write":
        write(target, json.load(sys.stdin))
    else:
        print(json.dumps(read(target)))
