#!/usr/bin/python3
"""Prints, as JSON, every non-empty cell of the first sheet of each workbook given, read with
openpyxl (an independent reader): {"A1": [value, number_format, bold], ...} per file, or
{"error": "..."} when openpyxl cannot read it. For tests/cli/xlsx-roundtrip.property.test.ts."""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
out = []
for path in sys.argv[1:]:
    try:
        ws = openpyxl.load_workbook(path).worksheets[0]
        out.append({c.coordinate: [c.value, c.number_format, bool(c.font and c.font.b)] for row in ws.iter_rows() for c in row if c.value is not None})
    except Exception as e:  # noqa: BLE001 - reported to the test
        out.append({"error": f"{type(e).__name__}: {e}"})
print(json.dumps(out))
