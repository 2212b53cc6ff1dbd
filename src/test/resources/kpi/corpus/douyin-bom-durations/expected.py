"""Expected aggregates of feige-20261101-20261103.csv (UTF-8 with BOM, 飞鸽 durations like 1分30秒).
Run: python3 expected.py (writes expected.properties)."""
import csv, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from aggregate import dec, seconds, write

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'feige-20261101-20261103.csv'), encoding='utf-8-sig', newline='') as f:
    table = list(csv.DictReader(f))
rows = [{'received': int(c['已接待人数']), 'inquiries': int(c['询单人数']), 'paid': int(c['支付人数']),
         'first': seconds(c['全天首响时长']), 'avg': seconds(c['全天平响时长']), 'rate_3min': dec(c['全天3分钟回复率']),
         'sales': dec(c['客服询单支付额']), 'refunds': int(c['退款人数']),
         'satisfaction_rate': dec(c['全天满意率']), 'ratings': int(c['有效评价数'])} for c in table]
print(write(here, rows, 'Douyin reports no returns, disputes or 30-second rate: "-".'))
