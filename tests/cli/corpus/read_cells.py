#!/usr/bin/python3
"""Prints, as JSON, every non-empty cell of the first sheet of each workbook given, read with
openpyxl (an independent reader): {"A1": [value, number_format, bold], ...} per file, or
{"error": "..."} when openpyxl cannot read it. With --all first: every sheet, as
{"Sheet name": {"A1": [...], ...}, ...} per file. For tests/cli/xlsx-roundtrip.property.test.ts
and tests/cli/csv.e2e.test.ts."""
import json
import sys
import warnings

import openpyxl


def cells(ws):
    return {c.coordinate: [c.value, c.number_format, bool(c.font and c.font.b)] for row in ws.iter_rows() for c in row if c.value is not None}


warnings.simplefilter("ignore")
args = sys.argv[1:]
every_sheet = args[:1] == ["--all"]
out = []
for path in args[1:] if every_sheet else args:
    try:
        wb = openpyxl.load_workbook(path)
        out.append({ws.title: cells(ws) for ws in wb.worksheets} if every_sheet else cells(wb.worksheets[0]))
    except Exception as e:  # noqa: BLE001 - reported to the test
        out.append({"error": f"{type(e).__name__}: {e}"})
print(json.dumps(out))
