"""Expected aggregates of this case's JD 咚咚 workbook, from cells.tsv: the cell values the workbook
stores (written by CorpusWorkbooks.java). Its rate cells hold fractions (0.936 is 93.6 %). JD reports
rates without counts: the 30-second rate over the customers received (接待量), the satisfaction
(满意度) with no ratings, so weighted by the customers received. 促成订单量 is read as paid buyers.
Run: python3 expected.py (writes expected.properties)."""
import csv, os, sys
from decimal import Decimal
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from aggregate import write

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'cells.tsv'), encoding='utf-8', newline='') as f:
    table = list(csv.DictReader(f, delimiter='\t'))
percent = Decimal(100)
rows = [{'received': int(c['接待量']), 'paid': int(c['促成订单量']), 'avg': Decimal(c['咚咚平均响应时长']),
         'rate_30s': Decimal(c['30秒应答率']) * percent, 'sales': Decimal(c['促成金额']),
         'satisfaction_rate': Decimal(c['满意度']) * percent} for c in table]
print(write(here, rows, 'JD reports no inquiries, first response, 3-minute rate, refunds, returns or disputes: "-".'))
