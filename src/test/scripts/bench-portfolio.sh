# The statement benchmarks' portfolio and database, sourced by bench-settlement.sh and bench-sla.sh: both
# measure the same 1,001 contracts in the same database, so their defaults live here once. Each setting
# may be given in the environment; set BENCH_DIR before sourcing.
STORES="${STORES:-429}"
VENDORS="${VENDORS:-40}"
AGENTS="${AGENTS:-24}"
MONTH="${MONTH:-2026-10}"
ROUNDS="${ROUNDS:-2}"
FRESH="${FRESH:-0}"
HEAP="${HEAP:-1g}"
PORT="${PORT:-8094}"
CONTEXT_ROOT="${CONTEXT_ROOT:-/portal}"
KEEP_SERVER="${KEEP_SERVER:-0}"
REBUILD="${REBUILD:-0}"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_NAME="${DB_NAME:-csvp_bench_stmt}"
DB_USER="${DB_USER:-csvp_bench_stmt}"
DB_PASSWORD="${DB_PASSWORD:-csvp_bench_stmt_pw}"
START_TIMEOUT="${START_TIMEOUT:-1200}"
ADMIN_USER="pay-admin"
ADMIN_PASSWORD="pay-admin-pw"
BENCH_MAIN=com.csvendor.portal.settlement.bench.StatementBench
source "$PROJECT/src/test/scripts/bench-common.sh"

for n in STORES VENDORS AGENTS ROUNDS; do
    [[ "${!n}" =~ ^[0-9]+$ && "${!n}" -gt 0 ]] || fail "$n is a whole number > 0"
done
[[ "$MONTH" =~ ^[0-9]{4}-[0-9]{2}$ ]] || fail "MONTH is YYYY-MM"

# The portfolio and its month of KPI rows, seeded unless they are there (both benchmarks measure the
# same one): sets SHAPE and CONNECT (the Java steps' arguments) and PREPARED (what the seeding said).
bench_prepare_portfolio() {
    SHAPE=(--stores "$STORES" --vendors "$VENDORS" --agents "$AGENTS" --month "$MONTH")
    CONNECT=(--jdbc "$JDBC" --db-user "$DB_USER" --db-password "$DB_PASSWORD" --base "$BASE"
        --admin "$ADMIN_USER:$ADMIN_PASSWORD")
    bench_admin "$ADMIN_USER" "$ADMIN_PASSWORD"
    say "seeding the portfolio and the month's KPI rows unless they are there"
    PREPARED="$(bench_java prepare "${CONNECT[@]}" "${SHAPE[@]}")"
    say "$PREPARED"
    root_sql -e "ANALYZE TABLE \`$DB_NAME\`.kpi_daily, \`$DB_NAME\`.kpi_vendor_store_day, \`$DB_NAME\`.sla_result" >/dev/null
}
