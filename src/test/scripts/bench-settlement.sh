#!/usr/bin/env bash
# Settlement benchmark (issue 6, item 7): a benchmark, not a test. Runs on demand and prints its figures.
#
#   bash src/test/scripts/bench-settlement.sh
#
# On this machine, in one run: builds the WAR if it is missing, creates the database csvp_bench_stmt
# and its user if they are missing (as MariaDB's root, empty password), starts the WAR on Payara
# Micro on that database without demo data, inserts the first administrator and seeds, through the
# REST API, 429 stores, 40 vendors (2-3 per store), a store manager of all stores, a finance user and
# 1,001 contracts starting on the month's first day (fee models seats / per-session tiers /
# commission / base + commission / hourly, surcharges, minimum fees, VAT 6 % or 1 % inclusive or
# exclusive, SLA targets with penalty clauses on two in three, deposits, one in ten ending with the
# month: see StatementTerms); the agents and their store accounts go straight into the tables, the
# month's kpi_daily rows in by LOAD DATA LOCAL INFILE with the day and month rollups (the comparison
# benchmark's generator, shared: com.csvendor.portal.bench) - unless they are there already
# (table bench_settlement_state). Then, in ROUNDS rounds on the same server: removes the benchmark's
# statements, times the baseline (every contract's SLA evaluation of the month, POST
# /api/sla-results/evaluate, which generation repeats for each cycle before pricing it), reads every
# contract's inputs by plain SQL (the floor), times ONE call generating the month's statements of all
# contracts as the finance user, checks the statements against their lines in the database, and calls
# again (must find nothing to do). Prints the figures and writes them to $BENCH_DIR/results.txt.
# Round 1 runs on a fresh JVM; compare rounds' ratios, not times across runs (the machine is shared).
#
# Settings (environment):
#   STORES=429 VENDORS=40 AGENTS=24  stores (2-3 vendors each: 429 give 1,001 contracts), vendors, agent
#                                    accounts per store (KPI rows: STORES x AGENTS x days of the month)
#   MONTH=2026-10                    the month (must have ended); contracts start on its first day
#   ROUNDS=2                         measuring rounds on the same server
#   ROUTE=api/statements/generate    the generation route (body {"upTo": UP_TO}); UP_TO defaults to the month's end
#                                    (a 202 + Location answer is polled until the job ends: the time is to its end)
#   FRESH=1                          drop the database and generate everything again
#   HEAP=1g PORT=8094 CONTEXT_ROOT=/portal KEEP_SERVER=1 REBUILD=1
#   START_TIMEOUT=1200               seconds to wait for the server, and for its catch-up just after start-up,
#                                    which generates the statements of closed cycles that have none (the last
#                                    round's statements stay, so only a run stopped mid-round leaves work)
#   DB_HOST=127.0.0.1 DB_PORT=3306 DB_NAME=csvp_bench_stmt DB_USER=csvp_bench_stmt DB_PASSWORD=csvp_bench_stmt_pw
#   BENCH_DIR=target/bench-settlement   server root and log, results
# The set-up it shares with the other benchmarks (build, database, server) is in bench-common.sh.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
PROJECT="$(pwd)"

ROUTE="${ROUTE:-api/statements/generate}"
UP_TO="${UP_TO:-}"
BENCH_DIR="${BENCH_DIR:-target/bench-settlement}"
source "$PROJECT/src/test/scripts/bench-portfolio.sh"
[[ -z "$UP_TO" || "$UP_TO" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || fail "UP_TO is YYYY-MM-DD"
bench_init
bench_build
bench_database
bench_start_server

# ---- data ---------------------------------------------------------------------------------------
bench_prepare_portfolio
COUNTS="$(db -e "SELECT CONCAT(FORMAT((SELECT COUNT(*) FROM contract WHERE number LIKE 'PAY-%'), 0), ' contracts, ',
    FORMAT((SELECT COUNT(*) FROM kpi_daily), 0), ' kpi_daily rows, ',
    FORMAT((SELECT COUNT(*) FROM kpi_vendor_store_day), 0), ' day rollup rows')")"
say "$COUNTS"

# The server's own catch-up (just after start-up, for closed cycles without a statement) would race
# with the rounds: wait until it has logged that it finished.
count="$(db -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'statement'")"
[[ "$count" == 1 ]] || fail "no statement table: this WAR has no settlement (merge the branch that brings it)"
wait_for_statement_catch_up

# ---- measuring ----------------------------------------------------------------------------------
LOAD_BEFORE="$(uptime)"
say "measuring (load: $LOAD_BEFORE)"
figures="$(bench_java measure "${CONNECT[@]}" "${SHAPE[@]}" --rounds "$ROUNDS" --route "$ROUTE" \
    ${UP_TO:+--up-to "$UP_TO"} --server-pid "$JAVA_PID" --db-pid "${DB_PID:-0}")"
LOAD_AFTER="$(uptime)"
FAILED="$(grep -c "Statement of .* failed" "$BENCH_DIR/server.log" || true)"
STARTUP="$(grep -o "Statements of closed cycles after start-up: [0-9]* written" "$BENCH_DIR/server.log" | head -1 || true)"

RESULTS="$BENCH_DIR/results.txt"
{
    echo "Settlement benchmark · $(bench_header)"
    echo "uptime at the start:            $LOAD_AT_START"
    echo "uptime before measuring:        $LOAD_BEFORE"
    echo "uptime after measuring:         $LOAD_AFTER"
    echo "Data: $COUNTS; $MONTH; ${PREPARED#GENERATED=}"
    echo "Server log: ${STARTUP:-no start-up generation logged}; statements whose generation failed (logged): ${FAILED:-0}"
    echo
    echo "$figures"
} | tee "$RESULTS"
