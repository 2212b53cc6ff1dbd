#!/usr/bin/env python3
"""Figures of a Gatling report (bench-load.sh): its js/stats.js is a JavaScript literal, read here as JSON.

  gatling-stats.py REPORT_DIR total     -> "p50 p95 p99 max requests errors req/s" of all requests
  gatling-stats.py REPORT_DIR requests  -> a table of each request, slowest p95 first
"""
import json
import re
import sys


def stats(report):
    text = open(report + "/js/stats.js", encoding="utf-8").read()
    text = text[text.index("var stats = ") + len("var stats = "):]
    text = text[:text.index("\nfunction ")].strip().rstrip(";")
    return json.loads(re.sub(r'^(\s*)([A-Za-z_][A-Za-z0-9_]*):', r'\1"\2":', text, flags=re.M))


def main(report, what):
    s = stats(report)
    if what == "total":
        t = s["stats"]
        print(t["percentiles1"]["total"], t["percentiles3"]["total"], t["percentiles4"]["total"],
              t["maxResponseTime"]["total"], t["numberOfRequests"]["total"], t["numberOfRequests"]["ko"],
              t["meanNumberOfRequestsPerSecond"]["total"])
        return
    rows = []
    for v in s["contents"].values():
        t = v["stats"]
        rows.append((int(t["percentiles3"]["total"]), t["name"], t["percentiles1"]["total"],
                     t["percentiles4"]["total"], t["numberOfRequests"]["total"], t["numberOfRequests"]["ko"]))
    print("    %-32s %7s %7s %7s %7s %6s" % ("request", "p50", "p95", "p99", "count", "errors"))
    for p95, name, p50, p99, n, ko in sorted(rows, reverse=True):
        print("    %-32s %7s %7s %7s %7s %6s" % (name, p50, p95, p99, n, ko))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
