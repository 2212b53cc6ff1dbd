#!/usr/bin/env bash
# SLA benchmark (issue 15): a benchmark, not a test. Runs on demand and prints its figures.
#
#   bash src/test/scripts/bench-sla.sh
#
# The same portfolio and database as bench-settlement.sh (1,001 contracts, 429 stores, a month of KPI rows
# and rollups in csvp_bench_stmt, seeded through the REST API unless they are there; see that script), on a
# fresh Payara Micro of this build. Then, in ROUNDS rounds on the same server: times ONE "evaluate all" of
# the month as the finance user (POST api/sla-results/evaluate-all?month=MONTH answers 202 + Location; the
# job is polled every 100 ms until it ends) and, in the same round, the floor: every contract's inputs of
# the month read by plain SQL (versions, day rollups, SLA results, incidents). Prints both and the ratio,
# and writes them to $BENCH_DIR/results.txt. Compare ratios, not times across runs (the machine is shared).
# FIRST=1: each round first deletes the portfolio's SLA results and cycles and times the month's FIRST
# evaluation (every result inserted) with its floor ("1 first"), then the re-evaluation ("1 again").
#
# Settings (environment): FIRST STORES VENDORS AGENTS MONTH ROUNDS FRESH HEAP PORT CONTEXT_ROOT KEEP_SERVER REBUILD
# START_TIMEOUT DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD, as in bench-settlement.sh;
# BENCH_DIR=target/bench-sla.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
PROJECT="$(pwd)"

BENCH_DIR="${BENCH_DIR:-target/bench-sla}"
source "$PROJECT/src/test/scripts/bench-portfolio.sh"
bench_init
bench_build
bench_database
bench_start_server

bench_prepare_portfolio
COUNTS="$(db -e "SELECT CONCAT(FORMAT((SELECT COUNT(*) FROM contract WHERE number LIKE 'PAY-%'), 0), ' contracts, ',
    FORMAT((SELECT COUNT(*) FROM kpi_vendor_store_day), 0), ' day rollup rows')")"
say "$COUNTS"
wait_for_statement_catch_up

LOAD_BEFORE="$(uptime)"
say "measuring (load: $LOAD_BEFORE)"
figures="$(bench_java measure-sla "${CONNECT[@]}" "${SHAPE[@]}" --rounds "$ROUNDS" --first "${FIRST:-0}" --server-pid "$JAVA_PID" \
    --db-pid "${DB_PID:-0}")"
RESULTS="$BENCH_DIR/results.txt"
{
    echo "SLA benchmark · $(bench_header)"
    echo "uptime before measuring:        $LOAD_BEFORE"
    echo "uptime after measuring:         $(uptime)"
    echo "Data: $COUNTS; $MONTH"
    echo
    echo "$figures"
} | tee "$RESULTS"
