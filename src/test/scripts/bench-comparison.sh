#!/usr/bin/env bash
# Vendor comparison benchmark: a benchmark, not a test. Runs on demand and prints its figures.
#
#   bash src/test/scripts/bench-comparison.sh
#
# On this machine, in one run: builds the WAR if it is missing, creates the database csvp_bench_cmp
# and its user if they are missing (as MariaDB's root, empty password), starts the WAR on Payara
# Micro on that database without demo data (Flyway creates the schema), inserts the first
# administrator, seeds the master data (50 stores, 20 vendors serving 2-3 stores' worth each, a
# store manager of all 50 stores and one active contract per store and vendor through the REST API;
# 27,400 agent accounts straight into agent/agent_account), loads ROWS kpi_daily rows for the year
# from 2025-11-01 with LOAD DATA LOCAL INFILE fed from a generated stream and builds the vendor-store
# day and month rollups with the portal's own aggregate expressions (KpiTables) - unless a run
# already generated the same rows, which it remembers in the table bench_comparison_state. Then,
# as the store manager at the HTTP client: GET /api/comparisons for one store and for all 50 over
# the 12 months, sequentially after a warm-up, and beside it the same aggregation by vendor over the
# raw kpi_daily rows and over the month rollup through JDBC (their answers compared sum by sum).
# Prints a table and writes it to $BENCH_DIR/results.txt. Stops the server at the end.
#
# Settings (environment):
#   ROWS=10000000                    kpi_daily rows (50 stores x 548 accounts x 365 days, the last cut short)
#   FRESH=1                          drop the database and generate everything again
#   ONE=200 ALL=50                   API requests for one store / all stores
#   WARMUP=1000 WARMUP_ALL=20        warm-up requests before them (one store / all stores): the server is
#                                    fresh, and until the JIT compiled the request path (about 1,000
#                                    one-store requests) each request costs 4x the CPU
#   RAW_ONE=20 RAW_ALL=3             runs of the SQL aggregations (one store / all stores; the month
#                                    rollup runs RAW_ONE times for both); 0: not run (a raw run over all
#                                    stores takes over a minute on a busy machine)
#   PROFILE=1                        record the API requests with Java Flight Recorder and print the
#                                    server's hot methods (the recording costs CPU: take figures without it)
#   API_PATH=api/comparisons         the route measured
#   HEAP=1g PORT=8095 CONTEXT_ROOT=/portal KEEP_SERVER=1 REBUILD=1
#   START_TIMEOUT=1200               seconds to wait for the server and its catch-up just after start-up: with
#                                    settlement, its first start on a database of an earlier run generates the
#                                    statements of the contracts' closed cycles (117 contracts x 12 months)
#   DB_HOST=127.0.0.1 DB_PORT=3306 DB_NAME=csvp_bench_cmp DB_USER=csvp_bench_cmp DB_PASSWORD=csvp_bench_cmp_pw
#   BENCH_DIR=target/bench-comparison   server root and log, results
# The set-up it shares with the other benchmarks (build, database, server) is in bench-common.sh.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
PROJECT="$(pwd)"

ROWS="${ROWS:-10000000}"
FRESH="${FRESH:-0}"
ONE="${ONE:-200}"
ALL="${ALL:-50}"
WARMUP="${WARMUP:-1000}"
WARMUP_ALL="${WARMUP_ALL:-20}"
RAW_ONE="${RAW_ONE:-20}"
RAW_ALL="${RAW_ALL:-3}"
API_PATH="${API_PATH:-api/comparisons}"
HEAP="${HEAP:-1g}"
PORT="${PORT:-8095}"
CONTEXT_ROOT="${CONTEXT_ROOT:-/portal}"
KEEP_SERVER="${KEEP_SERVER:-0}"
REBUILD="${REBUILD:-0}"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_NAME="${DB_NAME:-csvp_bench_cmp}"
DB_USER="${DB_USER:-csvp_bench_cmp}"
DB_PASSWORD="${DB_PASSWORD:-csvp_bench_cmp_pw}"
BENCH_DIR="${BENCH_DIR:-target/bench-comparison}"
PROFILE="${PROFILE:-0}"
START_TIMEOUT="${START_TIMEOUT:-1200}"
ADMIN_USER="cmp-admin"
ADMIN_PASSWORD="cmp-admin-pw"
BENCH_MAIN=com.csvendor.portal.sla.bench.ComparisonBench
source "$PROJECT/src/test/scripts/bench-common.sh"

for n in ROWS ONE ALL WARMUP WARMUP_ALL; do
    [[ "${!n}" =~ ^[0-9]+$ && "${!n}" -gt 0 ]] || fail "$n is a whole number > 0"
done
for n in RAW_ONE RAW_ALL; do
    [[ "${!n}" =~ ^[0-9]+$ ]] || fail "$n is a whole number (0: not run)"
done
bench_init
bench_build
bench_database
bench_start_server
wait_for_statement_catch_up
bench() { bench_java "$@"; }

# ---- data ---------------------------------------------------------------------------------------
bench_admin "$ADMIN_USER" "$ADMIN_PASSWORD"
say "seeding the master data; generating $ROWS KPI rows and the rollups unless they are there"
prepared="$(bench prepare --jdbc "$JDBC" --db-user "$DB_USER" --db-password "$DB_PASSWORD" --base "$BASE" \
    --admin "$ADMIN_USER:$ADMIN_PASSWORD" --rows "$ROWS")"
say "$prepared"
root_sql -e "ANALYZE TABLE \`$DB_NAME\`.kpi_daily, \`$DB_NAME\`.kpi_vendor_store_day, \`$DB_NAME\`.kpi_vendor_store_month" >/dev/null
DISK="$(root_sql --skip-column-names -e "SELECT CONCAT(SUBSTRING_INDEX(t.NAME, '/', -1), ': ',
        FORMAT(s.TABLE_ROWS, 0), ' rows (estimate), ', ROUND(t.FILE_SIZE / 1048576), ' MB file (',
        ROUND(t.ALLOCATED_SIZE / 1048576), ' MB allocated; data ', ROUND(s.DATA_LENGTH / 1048576), ' MB + indexes ',
        ROUND(s.INDEX_LENGTH / 1048576), ' MB)')
    FROM information_schema.INNODB_SYS_TABLESPACES t
    JOIN information_schema.TABLES s ON s.TABLE_SCHEMA = '$DB_NAME' AND t.NAME = CONCAT('$DB_NAME', '/', s.TABLE_NAME)
    WHERE s.TABLE_NAME IN ('kpi_daily', 'kpi_vendor_store_day', 'kpi_vendor_store_month') ORDER BY t.FILE_SIZE DESC")"
COUNTS="$(db -e "SELECT CONCAT(FORMAT((SELECT COUNT(*) FROM kpi_daily), 0), ' kpi_daily rows, ',
    FORMAT((SELECT COUNT(*) FROM kpi_vendor_store_day), 0), ' day rollup rows, ',
    FORMAT((SELECT COUNT(*) FROM kpi_vendor_store_month), 0), ' month rollup rows')")"
say "$COUNTS"

# ---- measuring ----------------------------------------------------------------------------------
if [[ "$PROFILE" == 1 ]]; then
    jcmd "$JAVA_PID" JFR.start name=comparison settings=profile filename="$BENCH_DIR/comparison.jfr" >/dev/null
fi
LOAD_BEFORE="$(uptime)"
say "measuring (load: $LOAD_BEFORE)"
figures="$(bench measure --jdbc "$JDBC" --db-user "$DB_USER" --db-password "$DB_PASSWORD" --base "$BASE" \
    --path "$API_PATH" --rows "$ROWS" --one "$ONE" --all "$ALL" --warmup "$WARMUP" --warmup-all "$WARMUP_ALL" --raw-one "$RAW_ONE" --raw-all "$RAW_ALL" \
    --server-pid "$JAVA_PID" --db-pid "${DB_PID:-0}")"
LOAD_AFTER="$(uptime)"
if [[ "$PROFILE" == 1 ]]; then
    jcmd "$JAVA_PID" JFR.stop name=comparison >/dev/null
    figures+=$'\n\n'"PROFILE=1: the flight recording cost the server CPU; take the figures above from a run without it."
    figures+=$'\n'"$(java -cp "$CP" com.csvendor.portal.kpi.bench.KpiBench hot-methods "$BENCH_DIR/comparison.jfr" --top 25 2>&1)"
fi

RESULTS="$BENCH_DIR/results.txt"
{
    echo "Comparison benchmark · $(bench_header)"
    echo "uptime at the start:            $LOAD_AT_START"
    echo "uptime before measuring:        $LOAD_BEFORE"
    echo "uptime after measuring:         $LOAD_AFTER"
    echo "Data: $COUNTS; ${prepared#GENERATED=}"
    echo "Disk:"
    sed 's/^/  /' <<<"$DISK"
    echo
    echo "$figures"
} | tee "$RESULTS"
