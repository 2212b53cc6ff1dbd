#!/usr/bin/env python3
"""Aggregates of kuaishou-assessment.csv, computed from the file alone (not by the portal's code).

Run: python3 expected.py > expected.properties

Rules (README, KPI import): one row is one agent-day; the 汇总 row is not data. 咨询人数 is the
agent's received customers (the base of the per-person rates). A rate with a base is the ratio of
sums of the counts behind it (count = rate x base, every count in this file is a whole number, so
rounding cannot move a figure); 好评率（人维度） has no count of ratings, so it is weighted by the
received customers of the rows that report it ('-' = no figure, left out of both sums). The average
response time is weighted by the received customers. No first-response, refund, return or dispute
column: '-' (no figure).
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path
import re

rows = list(csv.reader(Path(__file__).with_name("kuaishou-assessment.csv").read_text(encoding="utf-8-sig").splitlines()))
header, data = rows[0], [r for r in rows[1:] if r and r[0] != "汇总"]
col = {h: i for i, h in enumerate(header)}


def num(text):
    return Decimal(text.replace(",", "").replace("%", ""))


def seconds(text):
    m = re.fullmatch(r"(?:(\d+)分)?(?:(\d+)秒)?", text)
    return Decimal(int(m.group(1) or 0) * 60 + int(m.group(2) or 0))


def pct(part, whole, places="0.0001"):
    return (part * 100 / whole).quantize(Decimal(places), ROUND_HALF_UP)


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
print(f"RECEIVED={received}")
print(f"INQUIRIES={inquiries}")
print(f"PAID_BUYERS={paid}")
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
