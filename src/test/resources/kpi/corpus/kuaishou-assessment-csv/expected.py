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
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kuaishou import report  # noqa: E402 (the shared rules of both Kuaishou cases)

rows = list(csv.reader(Path(__file__).with_name("kuaishou-assessment.csv").read_text(encoding="utf-8-sig").splitlines()))
header, data = rows[0], [r for r in rows[1:] if r and r[0] != "汇总"]
col = {h: i for i, h in enumerate(header)}


report(data, col)
