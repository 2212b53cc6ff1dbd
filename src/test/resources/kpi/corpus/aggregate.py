"""The expected aggregates of a corpus case, computed from the case's own rows without the portal's code.

Each expected.py reads its file in its own way into canonical rows (dicts, a key absent or None when
the export does not report it) and calls write(). The rules (PRODUCT.md, README "KPI import"):
- counts are summed; a count a row does not report but gives as rate x base is that rate x base / 100
  rounded half up (paid buyers from the conversion rate and inquiries; responded within 3 min / 30 s
  from their rate and the customers received; satisfied from the satisfaction rate and the ratings);
- a rate is the ratio of the sums of its count and its base over the rows that report both;
- a reported rate with no count and no base of its own (JD's satisfaction: no ratings) counts weighted
  by the customers received: sum(rate x received) / sum(received)  [the "reported rates" rule];
- response times are weighted by the sessions (response_sessions, else received);
- no row reporting a figure (or a base of 0) is "-", never 0.
Rates in percent with 4 decimals, seconds with 2, yuan with 2, half up.
"""
from decimal import Decimal, ROUND_HALF_UP

HUNDRED = Decimal(100)


def q(value, places):
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def derived(rate, base):
    """A count from a reported percent rate and its base, rounded half up."""
    return int((rate * base / HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def ratio(pairs, places=4, scale=HUNDRED):
    pairs = [(n, d) for n, d in pairs if n is not None and d is not None]
    num = sum((Decimal(n) for n, _ in pairs), Decimal(0))
    den = sum((Decimal(d) for _, d in pairs), Decimal(0))
    return '-' if not pairs or den == 0 else q(num * scale / den, places)


def rate_from(rows, count, rate, base):
    """Sum of counts (reported, else rate x base rounded) over the sum of the base; checks the
    unrounded sum(rate x base) / sum(base) agrees, so the case holds under either rule."""
    pairs, weighted = [], []
    for r in rows:
        if r.get(base) is None:
            continue
        if r.get(count) is not None:
            pairs.append((r[count], r[base]))
        elif r.get(rate) is not None:
            pairs.append((derived(r[rate], r[base]), r[base]))
            weighted.append((r[rate] * r[base] / HUNDRED, r[base]))
    result = ratio(pairs)
    if weighted and len(weighted) == len(pairs) and ratio(weighted) != result:
        raise SystemExit(f'{rate}: rounded counts give {result}, sum(rate x base) gives {ratio(weighted)};'
                         ' choose figures where they agree')
    return result


def total(rows, key, places=None):
    values = [r[key] for r in rows if r.get(key) is not None]
    if not values:
        return '-'
    s = sum((Decimal(v) for v in values), Decimal(0))
    return str(int(s)) if places is None else q(s, places)


def figures(rows):
    for r in rows:
        if r.get('paid') is None and r.get('conversion_rate') is not None and r.get('inquiries') is not None:
            r['paid'] = derived(r['conversion_rate'], r['inquiries'])
        r.setdefault('sessions', None)
        if r['sessions'] is None and (r.get('first') is not None or r.get('avg') is not None):
            r['sessions'] = r.get('received')
    e = {
        'AGENT_DAYS': str(len(rows)),
        'RECEIVED': total(rows, 'received'),
        'INQUIRIES': total(rows, 'inquiries'),
        'PAID_BUYERS': total(rows, 'paid'),
        'CONVERSION_RATE': ratio([(r.get('paid'), r.get('inquiries')) for r in rows if r.get('paid') is not None]),
        'FIRST_RESPONSE_SECONDS': ratio([(r['first'] * r['sessions'], r['sessions']) for r in rows
                                         if r.get('first') is not None and r['sessions'] is not None], 2, 1),
        'AVERAGE_RESPONSE_SECONDS': ratio([(r['avg'] * r['sessions'], r['sessions']) for r in rows
                                           if r.get('avg') is not None and r['sessions'] is not None], 2, 1),
        'RESPONSE_3MIN_RATE': rate_from(rows, 'responded_3min', 'rate_3min', 'received'),
        'RESPONSE_30S_RATE': rate_from(rows, 'responded_30s', 'rate_30s', 'received'),
        'REFUND_RATE': ratio([(r.get('refunds'), r.get('paid')) for r in rows if r.get('refunds') is not None]),
        'RETURN_RATE': ratio([(r.get('returns'), r.get('paid')) for r in rows if r.get('returns') is not None]),
        'DISPUTE_RATE': ratio([(r.get('disputes'), r.get('paid')) for r in rows if r.get('disputes') is not None]),
        'AGENT_SALES': total(rows, 'sales', 2),
    }
    if any(r.get('ratings') is not None for r in rows):
        e['SATISFACTION_RATE'] = rate_from(rows, 'satisfied', 'satisfaction_rate', 'ratings')
    else:
        e['SATISFACTION_RATE'] = ratio([(r['satisfaction_rate'] * r['received'] / HUNDRED, r['received'])
                                        for r in rows if r.get('satisfaction_rate') is not None
                                        and r.get('received') is not None])
    return e


ORDER = ['AGENT_DAYS', 'RECEIVED', 'INQUIRIES', 'PAID_BUYERS', 'CONVERSION_RATE', 'FIRST_RESPONSE_SECONDS',
         'AVERAGE_RESPONSE_SECONDS', 'RESPONSE_3MIN_RATE', 'RESPONSE_30S_RATE', 'REFUND_RATE', 'RETURN_RATE',
         'DISPUTE_RATE', 'SATISFACTION_RATE', 'AGENT_SALES']


def write(case_dir, rows, note):
    e = figures(rows)
    with open(f'{case_dir}/expected.properties', 'w', encoding='utf-8') as out:
        out.write(f'# Computed by expected.py (../aggregate.py) from the file itself; {note}\n')
        for key in ORDER:
            out.write(f'{key}={e[key]}\n')
    return e


def dec(text):
    """A cell as a Decimal: None for empty or a dash; % sign, thousands separators and currency dropped."""
    t = text.strip().replace(',', '').replace('¥', '').replace('%', '')
    return None if t in ('', '-', '--') else Decimal(t)


def seconds(text):
    """90, 12.5, 00:01:30, 1分30秒, 45秒."""
    t = text.strip()
    if t in ('', '-'):
        return None
    if ':' in t:
        parts = [Decimal(p) for p in t.split(':')]
        while len(parts) < 3:
            parts.insert(0, Decimal(0))
        return parts[0] * 3600 + parts[1] * 60 + parts[2]
    if '分' in t or '秒' in t:
        minutes, _, rest = t.partition('分') if '分' in t else ('0', '', t)
        return Decimal(minutes) * 60 + (Decimal(rest.rstrip('秒')) if rest.rstrip('秒') else 0)
    return Decimal(t)
