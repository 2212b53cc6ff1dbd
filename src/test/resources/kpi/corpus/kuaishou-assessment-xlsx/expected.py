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
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path
import re
import xml.etree.ElementTree as ET
import zipfile

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


def num(text):
    """A cell as written (96.00%) or as stored (125.0 for a whole number)."""
    return Decimal(text.replace(",", "").replace("%", ""))


def seconds(text):
    m = re.fullmatch(r"(?:(\d+)分)?(?:(\d+)秒)?", text)
    return Decimal(int(m.group(1) or 0) * 60 + int(m.group(2) or 0))


def pct(part, whole):
    return (part * 100 / whole).quantize(Decimal("0.0001"), ROUND_HALF_UP)


received = sum(num(r[col["咨询人数"]]) for r in data)
inquiries = sum(num(r[col["询单人数"]]) for r in data)
paid = sum(num(r[col["支付人数"]]) for r in data)
responded = sum(num(r[col["三分钟回复率（人维度）"]]) * num(r[col["咨询人数"]]) / 100 for r in data)
rated = [r for r in data if r[col["好评率（人维度）"]] != "-"]
satisfied = sum(num(r[col["好评率（人维度）"]]) * num(r[col["咨询人数"]]) / 100 for r in rated)
rated_base = sum(num(r[col["咨询人数"]]) for r in rated)
wait = sum(seconds(r[col["人工平均回复时长"]]) * num(r[col["咨询人数"]]) for r in data)
sales = sum(num(r[col["客服销售额"]]) for r in data)

print(f"AGENT_DAYS={len(data)}")
print(f"RECEIVED={int(received)}")
print(f"INQUIRIES={int(inquiries)}")
print(f"PAID_BUYERS={int(paid)}")
print(f"CONVERSION_RATE={pct(paid, inquiries)}")
print("FIRST_RESPONSE_SECONDS=-")
print(f"AVERAGE_RESPONSE_SECONDS={(wait / received).quantize(Decimal('0.01'), ROUND_HALF_UP)}")
print(f"RESPONSE_3MIN_RATE={pct(responded, received)}")
print("RESPONSE_30S_RATE=-")
print("REFUND_RATE=-")
print("RETURN_RATE=-")
print("DISPUTE_RATE=-")
print(f"SATISFACTION_RATE={pct(satisfied, rated_base)}")
print(f"AGENT_SALES={sales.quantize(Decimal('0.01'))}")
