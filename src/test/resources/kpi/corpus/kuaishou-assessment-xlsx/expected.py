#!/usr/bin/env python3
"""Aggregates of kuaishou-assessment.xlsx, computed from the workbook alone (not by the portal's code):
the sheet XML is read with the standard library.

Run: python3 expected.py > expected.properties

Same rules as ../kuaishou-assessment-csv/expected.py: one row is one agent-day, the 汇总 row is not
data; 咨询人数 is the received customers; the 3-minute rate is the ratio of sums of its counts
(count = rate x received, whole numbers in this file); 好评率（人维度） is weighted by the received
customers of the rows that report it ('-' = no figure); the average response time is weighted by
the received customers; no first-response, 30-second, refund, return or dispute column: '-'.
"""
from pathlib import Path
import sys
import re
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kuaishou import report  # noqa: E402 (the shared rules of both Kuaishou cases)

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
with zipfile.ZipFile(Path(__file__).with_name("kuaishou-assessment.xlsx")) as z:
    shared = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
              for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))


def column(ref):
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group():
        n = n * 26 + ord(ch) - 64
    return n - 1


rows = []
for r in sheet.find("m:sheetData", NS).findall("m:row", NS):
    cells = {}
    for c in r.findall("m:c", NS):
        v = c.find("m:v", NS)
        if v is not None:
            cells[column(c.get("r"))] = shared[int(v.text)] if c.get("t") == "s" else v.text
    rows.append([cells.get(i, "") for i in range(max(cells) + 1)])

header = rows[0]
col = {h: i for i, h in enumerate(header)}
data = [r for r in rows[1:] if r[col["客服昵称"]] != "汇总"]


report(data, col)
