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
#   DB_HOST=127.0.0.1 DB_PORT=3306 DB_NAME=csvp_bench_cmp DB_USER=csvp_bench_cmp DB_PASSWORD=csvp_bench_cmp_pw
#   BENCH_DIR=target/bench-comparison   server root and log, results
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
PAYARA_VERSION="6.2025.10"
ADMIN_USER="cmp-admin"
ADMIN_PASSWORD="cmp-admin-pw"

say() { echo "[bench] $*" >&2; }
fail() { echo "[bench] ERROR: $*" >&2; exit 1; }

[[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ && "$DB_USER" =~ ^[A-Za-z0-9_]+$ ]] || fail "DB_NAME and DB_USER: letters, digits, _"
for n in ROWS ONE ALL WARMUP WARMUP_ALL; do
    [[ "${!n}" =~ ^[0-9]+$ && "${!n}" -gt 0 ]] || fail "$n is a whole number > 0"
done
for n in RAW_ONE RAW_ALL; do
    [[ "${!n}" =~ ^[0-9]+$ ]] || fail "$n is a whole number (0: not run)"
done
for tool in java mvn curl mariadb; do
    command -v "$tool" >/dev/null || fail "$tool not found"
done

LOAD_AT_START="$(uptime)"
BASE="http://127.0.0.1:$PORT${CONTEXT_ROOT%/}"
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then
        if [[ "$KEEP_SERVER" == 1 ]]; then
            say "Payara Micro keeps running: pid $SERVER_PID, $BASE (stop it with: kill $SERVER_PID)"
        else
            say "stopping Payara Micro (pid $SERVER_PID)"
            kill "$SERVER_PID" 2>/dev/null || true
            wait "$SERVER_PID" 2>/dev/null || true
        fi
    fi
}
trap cleanup EXIT
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.0f\n", b - a }'; }

# ---- build, class path, Payara Micro ------------------------------------------------------------
if [[ ! -f target/portal.war || "$REBUILD" == 1 ]]; then
    say "building the WAR (mvn -B -q clean package -DskipTests)"
    mvn -B -q -Dstyle.color=never clean package -DskipTests >&2
else
    say "using the existing target/portal.war ($(date -r target/portal.war '+%F %T')); compiling the benchmark classes"
    mvn -B -q -Dstyle.color=never test-compile >&2
fi
mkdir -p "$BENCH_DIR"
BENCH_DIR="$(cd "$BENCH_DIR" && pwd)"
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$BENCH_DIR/classpath.txt" >/dev/null
CP="$PROJECT/target/test-classes:$PROJECT/target/classes:$(cat "$BENCH_DIR/classpath.txt")"
bench() { java -cp "$CP" com.csvendor.portal.sla.bench.ComparisonBench "$@"; }
PAYARA_JAR="$PROJECT/target/payara-micro.jar"
if [[ ! -f "$PAYARA_JAR" ]]; then
    say "fetching Payara Micro $PAYARA_VERSION to target/payara-micro.jar"
    mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION" \
        -DoutputDirectory="$PROJECT/target" -Dmdep.stripVersion=true >&2
fi

# ---- database -----------------------------------------------------------------------------------
root_sql() { mariadb --user=root --password= --protocol=TCP --host="$DB_HOST" --port="$DB_PORT" --batch "$@"; }
db() { mariadb --user="$DB_USER" --password="$DB_PASSWORD" --protocol=TCP --host="$DB_HOST" --port="$DB_PORT" \
        --batch --skip-column-names "$DB_NAME" "$@"; }
root_sql -e "SELECT 1" >/dev/null 2>&1 || fail "MariaDB does not answer to root with an empty password on $DB_HOST:$DB_PORT"
[[ "$(root_sql --skip-column-names -e "SELECT @@local_infile")" == 1 ]] \
    || fail "the server has local_infile=OFF; loading the rows needs it: SET GLOBAL local_infile=1"
if [[ "$FRESH" == 1 ]]; then
    say "FRESH=1: dropping database $DB_NAME"
    root_sql -e "DROP DATABASE IF EXISTS \`$DB_NAME\`"
fi
pw="${DB_PASSWORD//\\/\\\\}"; pw="${pw//\'/\\\'}"
root_sql <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$pw';
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$pw';
CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$pw';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$pw';
ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$pw';
ALTER USER '$DB_USER'@'%' IDENTIFIED BY '$pw';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'%';
FLUSH PRIVILEGES;
SQL
JDBC="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME"

# ---- server -------------------------------------------------------------------------------------
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    fail "something already answers on port $PORT (a server of an earlier run with KEEP_SERVER=1?); PORT=... to use another"
fi
rm -rf "$BENCH_DIR/root" "$BENCH_DIR/server.log"
say "starting Payara Micro on port $PORT (-Xmx$HEAP), log $BENCH_DIR/server.log"
(cd "$BENCH_DIR" && exec env PORTAL_DB_URL="$JDBC" PORTAL_DB_USER="$DB_USER" PORTAL_DB_PASSWORD="$DB_PASSWORD" \
    PORTAL_DEMO_DATA=false PORTAL_UPLOAD_DIR="$BENCH_DIR/uploads" \
    java "-Xmx$HEAP" -jar "$PAYARA_JAR" --deploy "$PROJECT/target/portal.war" --contextroot "$CONTEXT_ROOT" \
    --port "$PORT" --nocluster --rootdir "$BENCH_DIR/root" >"$BENCH_DIR/server.log" 2>&1) &
SERVER_PID=$!
started=$(now)
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" == 200 \
        && "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/me")" == 401 ]]; do
    kill -0 "$SERVER_PID" 2>/dev/null || fail "Payara Micro ended during start-up; see $BENCH_DIR/server.log"
    if grep -qs "Exception while loading the app" "$BENCH_DIR/server.log"; then
        fail "the WAR did not deploy; see $BENCH_DIR/server.log"
    fi
    (( $(since "$started") > 300 )) && fail "not ready within 300 s; see $BENCH_DIR/server.log"
    sleep 2
done
say "ready after $(since "$started") s: $BASE"

# ---- data ---------------------------------------------------------------------------------------
# The API cannot create the first administrator (without demo data there is none): insert it.
if [[ -z "$(db -e "SELECT id FROM portal_user WHERE username = '$ADMIN_USER'")" ]]; then
    hash="$(bench hash "$ADMIN_PASSWORD")"
    db <<SQL
INSERT INTO portal_user (username, display_name, password_hash, version) VALUES ('$ADMIN_USER', 'Comparison benchmark admin', '$hash', 1);
INSERT INTO user_role (user_id, role) SELECT id, 'ADMIN' FROM portal_user WHERE username = '$ADMIN_USER';
SQL
fi
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
DB_PID="$(pidof mariadbd 2>/dev/null || pidof mysqld 2>/dev/null || true)"
DB_PID="${DB_PID%% *}"
JAVA_PID="$(pgrep -P "$SERVER_PID" java 2>/dev/null || true)"   # the subshell's exec: normally the same pid
JAVA_PID="${JAVA_PID:-$SERVER_PID}"
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
    echo "Comparison benchmark · $(date -u '+%F %H:%M') UTC · $(nproc) cores · MariaDB $(db -e 'SELECT VERSION()')" \
        "(buffer pool $(root_sql --skip-column-names -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MB)" \
        "· Payara Micro $PAYARA_VERSION -Xmx$HEAP · WAR of $(date -r target/portal.war '+%F %T')" \
        "· commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "uptime at the start:            $LOAD_AT_START"
    echo "uptime before measuring:        $LOAD_BEFORE"
    echo "uptime after measuring:         $LOAD_AFTER"
    echo "Data: $COUNTS; ${prepared#GENERATED=}"
    echo "Disk:"
    sed 's/^/  /' <<<"$DISK"
    echo
    echo "$figures"
} | tee "$RESULTS"
