#!/usr/bin/env python3
"""Aggregates of pinduoduo-performance.csv (GBK), computed from the file alone (not by the portal's code).

Run: python3 expected.py > expected.properties

Rules (README, KPI import): one row is one agent-day, the day from the title line (the export has no
date column); the 店铺总计 row is not data. 人工接待人数 is the received customers; 最终成团人数 the
paid buyers; the rates read are those of 8-23点 (the 全天 columns are ignored). A rate is the ratio
of sums of its counts (count = rate x received; every count in this file is a whole number).
DISPUTE_RATE = 纠纷退款数 / paid buyers. The average response time is weighted by the received
customers. No first-response, refund, return or satisfaction column: '-' (no figure).
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path
import re

lines = Path(__file__).with_name("pinduoduo-performance.csv").read_bytes().decode("gbk").splitlines()
rows = list(csv.reader(lines))
header_at = next(i for i, r in enumerate(rows) if "客服账号" in r)
header = rows[header_at]
col = {h: i for i, h in enumerate(header)}
data = [r for r in rows[header_at + 1:] if r and r[col["客服账号"]] != "店铺总计"]


def num(text):
    return Decimal(text.replace(",", "").replace("%", ""))


def seconds(text):
    m = re.fullmatch(r"(?:(\d+)分)?(?:(\d+)秒)?", text)
    return Decimal(int(m.group(1) or 0) * 60 + int(m.group(2) or 0))


def pct(part, whole):
    return (part * 100 / whole).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def total(name):
    return sum(num(r[col[name]]) for r in data)


received = total("人工接待人数")
inquiries = total("询单人数")
paid = total("最终成团人数")
r3 = sum(num(r[col["3分钟人工回复率(8-23点)"]]) * num(r[col["人工接待人数"]]) / 100 for r in data)
r30 = sum(num(r[col["30秒应答率(8-23点)"]]) * num(r[col["人工接待人数"]]) / 100 for r in data)
wait = sum(seconds(r[col["平均人工响应时长"]]) * num(r[col["人工接待人数"]]) for r in data)

print(f"AGENT_DAYS={len(data)}")
print(f"RECEIVED={received}")
print(f"INQUIRIES={inquiries}")
print(f"PAID_BUYERS={paid}")
print(f"CONVERSION_RATE={pct(paid, inquiries)}")
print("FIRST_RESPONSE_SECONDS=-")
print(f"AVERAGE_RESPONSE_SECONDS={(wait / received).quantize(Decimal('0.01'), ROUND_HALF_UP)}")
print(f"RESPONSE_3MIN_RATE={pct(r3, received)}")
print(f"RESPONSE_30S_RATE={pct(r30, received)}")
print("REFUND_RATE=-")
print("RETURN_RATE=-")
print(f"DISPUTE_RATE={pct(total('纠纷退款数'), paid)}")
print("SATISFACTION_RATE=-")
print(f"AGENT_SALES={total('客服销售额（元）').quantize(Decimal('0.01'))}")
