#!/usr/bin/python3
"""Reads workbooks back with openpyxl, an independent reader, for tests/cli/corpus.test.ts.

    read_back.py INPUT COPY [INPUT COPY ...]
prints one JSON object per pair: the cells of every sheet of INPUT that differ in COPY (value
or number format), the sheets of COPY, and every cell of COPY's sheet Gemeenten (value and
number format), or the error when openpyxl cannot read a file (it does not read Strict OOXML).
"""
import datetime
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")


def plain(v):
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return v.isoformat()
    return v


def load(path):
    return openpyxl.load_workbook(path, keep_vba=path.endswith(".xlsm"), keep_links=True)


def main(args):
    out = []
    for source, copy in zip(args[0::2], args[1::2]):
        try:
            a, b = load(source), load(copy)
            if "Gemeenten" not in b.sheetnames:
                raise ValueError("no sheet Gemeenten found (openpyxl reads no Strict OOXML)")
        except Exception as e:  # noqa: BLE001 - reported to the test, which names the file
            out.append({"file": source, "error": f"{type(e).__name__}: {e}"})
            continue
        differences = []
        for ws in a.worksheets:
            other = b[ws.title]
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value is None:
                        continue
                    o = other[cell.coordinate]
                    if plain(o.value) != plain(cell.value) or o.number_format != cell.number_format:
                        differences.append([ws.title, cell.coordinate, plain(cell.value), plain(o.value), cell.number_format, o.number_format])
        cells = {}
        for row in b["Gemeenten"].iter_rows():
            for cell in row:
                if cell.value is not None:
                    cells[cell.coordinate] = [plain(cell.value), cell.number_format, bool(cell.font and cell.font.b)]
        out.append({"file": source, "sheets": b.sheetnames, "differences": differences, "cells": cells})
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
