"""The expected aggregates of a 快手小店 客服考核 export, shared by the CSV and the XLSX case (each reads
its own file into rows of text cells and calls report()). Rules: see kuaishou-assessment-csv/expected.py."""
from decimal import Decimal, ROUND_HALF_UP
import re


def num(text):
    """A cell as written (96.00%, 1,806.50) or as a workbook stores it (125.0 for a whole number)."""
    return Decimal(text.replace(",", "").replace("%", ""))


def seconds(text):
    m = re.fullmatch(r"(?:(\d+)分)?(?:(\d+)秒)?", text)
    return Decimal(int(m.group(1) or 0) * 60 + int(m.group(2) or 0))


def pct(part, whole):
    return (part * 100 / whole).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def report(data, col):
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
