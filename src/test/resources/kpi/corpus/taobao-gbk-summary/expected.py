"""Expected aggregates of taobao-202611.csv (GBK): the data rows below the 旺旺 header, without the
汇总 row and the 注 line. Run: python3 expected.py (writes expected.properties)."""
import csv, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from aggregate import dec, seconds, write

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'taobao-202611.csv'), encoding='gbk', newline='') as f:
    table = list(csv.reader(f))
header = next(i for i, r in enumerate(table) if r[0] == '旺旺')
cols = table[header]
rows = []
for r in table[header + 1:]:
    if r[0].startswith('汇总') or r[0].startswith('注'):
        continue
    c = dict(zip(cols, r))
    ratings = [int(c[k]) for k in ('很满意', '满意', '一般', '不满意', '很不满意')]
    rows.append({'received': int(c['接待人数']), 'inquiries': int(c['询单人数']), 'paid': int(c['最终付款人数']),
                 'avg': dec(c['平均响应(秒)']), 'first': seconds(c['首次响应(秒)']), 'rate_3min': dec(c['3分钟人工响应率']),
                 'sales': dec(c['客服销售额']), 'refunds': int(c['退款人数']),
                 'ratings': sum(ratings), 'satisfied': ratings[0] + ratings[1]})
print(write(here, rows, 'Taobao reports no returns, disputes or 30-second rate: "-".'))
