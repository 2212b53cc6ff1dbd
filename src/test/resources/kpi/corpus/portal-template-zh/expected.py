"""Expected aggregates of portal-kpi-20261101.csv: the portal's own template (Chinese headers, UTF-8
with BOM as downloaded), every figure as a count. Run: python3 expected.py (writes expected.properties)."""
import csv, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from aggregate import dec, write

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'portal-kpi-20261101.csv'), encoding='utf-8-sig', newline='') as f:
    table = list(csv.DictReader(f))
rows = [{'received': int(c['接待人数']), 'inquiries': int(c['询单人数']), 'paid': int(c['付款人数']),
         'sales': dec(c['客服销售额']), 'refunds': int(c['退款人数']), 'returns': int(c['退货人数']),
         'disputes': int(c['纠纷数']), 'first': dec(c['首次响应时长(秒)']), 'avg': dec(c['平均响应时长(秒)']),
         'sessions': int(c['响应会话数']), 'responded_3min': int(c['3分钟内响应人数']),
         'responded_30s': int(c['30秒内响应人数']), 'ratings': int(c['评价数']), 'satisfied': int(c['满意评价数'])}
        for c in table]
print(write(here, rows, 'every figure has its counts.'))
