#!/usr/bin/env bash
# KPI import benchmark: a benchmark, not a test. Runs on demand and prints its figures.
#
#   bash src/test/scripts/bench-kpi-import.sh
#
# On this machine, in one run: builds the WAR if it is missing, creates the database csvp_bench and
# its user (as MariaDB's root, empty password), starts the WAR on Payara Micro (-Xmx1g, GC log) on
# that database without demo data, seeds master data through the REST API (STORES stores, one
# vendor, AGENTS agents with an account in every store, an active contract per store), then imports
# SMALL_ROWS and ROWS rows of the canonical template (upload -> validated -> committed -> visible,
# timed from the first byte of the upload to status PUBLISHED) while sampling the server's heap,
# and loads the same rows with LOAD DATA LOCAL INFILE into bench_kpi_daily (LIKE kpi_daily) as the
# baseline. Prints a table and writes it to $BENCH_DIR/results.txt. Stops the server at the end.
#
# Settings (environment):
#   ROWS=1000000 SMALL_ROWS=100000   rows of the two imports (SMALL_ROWS=0: only one import)
#   STORES=20 AGENTS=150             master data; a day holds STORES x AGENTS rows
#   FIRST_DATE=2024-01-01            business date of the first file; the second follows it
#   UPLOAD=raw|multipart             raw CSV body (text/csv) or a multipart form with part "file"
#   HEAP=1g PORT=8090 CONTEXT_ROOT=/portal
#   HEAP_TOLERANCE=10                how much larger (%) the big import's heap peak may be and still count
#                                    as "no larger". The peak before a collection is mostly young
#                                    generation, which G1 sizes by pause times, not by the data: four runs
#                                    of the same 100,000-row import peaked at 258-309 MB before and
#                                    117-120 MB after collections
#   HEAP_PROBE_S=0                   > 0: during each import force a full GC every HEAP_PROBE_S seconds and
#                                    report the largest heap left after them (the live set, from the GC log's
#                                    "Pause Full" lines): the robust heap comparison. The forced collections
#                                    stop the server, so the throughput figures of such a run do not count
#   KEEP_SERVER=1                    leave Payara Micro running at the end (prints its pid)
#   REBUILD=1                        rebuild the WAR even if target/portal.war exists
#   DB_HOST=127.0.0.1 DB_PORT=3306 DB_NAME=csvp_bench DB_USER=csvp_bench DB_PASSWORD=csvp_bench_pw
#   BENCH_DIR=target/bench           server root, logs, generated files, results
#   POLL_MS=250                      how often the client asks whether the import has ended
#   SKIP_IMPORT=1                    seed, generate and run the LOAD DATA baseline only
#   PROFILE=1                        record each import with Java Flight Recorder (default settings:
#                                    a CPU sample every 20 ms) and print the server's hot methods; for
#                                    where the time goes only, the recording itself costs CPU and heap
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
PROJECT="$(pwd)"

ROWS="${ROWS:-1000000}"
SMALL_ROWS="${SMALL_ROWS:-100000}"
STORES="${STORES:-20}"
AGENTS="${AGENTS:-150}"
FIRST_DATE="${FIRST_DATE:-2024-01-01}"
UPLOAD="${UPLOAD:-raw}"
HEAP="${HEAP:-1g}"
PORT="${PORT:-8090}"
CONTEXT_ROOT="${CONTEXT_ROOT:-/portal}"
KEEP_SERVER="${KEEP_SERVER:-0}"
REBUILD="${REBUILD:-0}"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_NAME="${DB_NAME:-csvp_bench}"
DB_USER="${DB_USER:-csvp_bench}"
DB_PASSWORD="${DB_PASSWORD:-csvp_bench_pw}"
BENCH_DIR="${BENCH_DIR:-target/bench}"
POLL_MS="${POLL_MS:-250}"
SKIP_IMPORT="${SKIP_IMPORT:-0}"
PROFILE="${PROFILE:-0}"
HEAP_TOLERANCE="${HEAP_TOLERANCE:-10}"
HEAP_PROBE_S="${HEAP_PROBE_S:-0}"
PAYARA_VERSION="6.2025.10"
ADMIN_USER="bench-admin"
ADMIN_PASSWORD="bench-admin-pw"
LEAD_LOGIN="bench-lead:Bench-pw-42"   # as BenchSeeder creates it

say() { echo "[bench] $*" >&2; }
fail() { echo "[bench] ERROR: $*" >&2; exit 1; }

[[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ && "$DB_USER" =~ ^[A-Za-z0-9_]+$ ]] || fail "DB_NAME and DB_USER: letters, digits, _"
[[ "$ROWS" =~ ^[0-9]+$ && "$SMALL_ROWS" =~ ^[0-9]+$ && "$ROWS" -gt 0 ]] || fail "ROWS > 0 and SMALL_ROWS >= 0, whole numbers"
[[ "$UPLOAD" == raw || "$UPLOAD" == multipart ]] || fail "UPLOAD is raw or multipart"
for tool in java mvn curl jstat jcmd mariadb; do
    command -v "$tool" >/dev/null || fail "$tool not found (jstat/jcmd come with a JDK, mariadb with mariadb-client)"
done

mkdir -p "$BENCH_DIR"
BENCH_DIR="$(cd "$BENCH_DIR" && pwd)"
DATA="$BENCH_DIR/data"
BASE="http://127.0.0.1:$PORT${CONTEXT_ROOT%/}"
SERVER_PID=""
SAMPLER_PID=""
PROBER_PID=""

cleanup() {
    [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
    [[ -n "$PROBER_PID" ]] && kill "$PROBER_PID" 2>/dev/null || true
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
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", a - b }'; }
elapsed() { minus "$2" "$1"; }
LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- build, class path, Payara Micro ------------------------------------------------------------
if [[ ! -f target/portal.war || "$REBUILD" == 1 ]]; then
    say "building the WAR (mvn -B -q -Dstyle.color=never clean package -DskipTests)"
    mvn -B -q -Dstyle.color=never clean package -DskipTests >&2
    mkdir -p "$BENCH_DIR"
else
    say "using the existing target/portal.war ($(date -r target/portal.war '+%F %T')); compiling the benchmark classes"
    mvn -B -q -Dstyle.color=never test-compile >&2
fi
mkdir -p "$DATA"
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH_DIR/classpath.txt" >/dev/null
CP="$PROJECT/target/test-classes:$PROJECT/target/classes:$(cat "$BENCH_DIR/classpath.txt")"
bench() { java -cp "$CP" com.csvendor.portal.kpi.bench.KpiBench "$@"; }

PAYARA_JAR="$BENCH_DIR/payara-micro-$PAYARA_VERSION.jar"
if [[ ! -f "$PAYARA_JAR" ]]; then
    say "fetching Payara Micro $PAYARA_VERSION"
    mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION" \
        -DoutputDirectory="$BENCH_DIR" >&2
fi

# ---- database -----------------------------------------------------------------------------------
root_sql() {
    if mariadb --user=root --password= --batch -e "SELECT 1" >/dev/null 2>&1; then
        mariadb --user=root --password= --batch "$@"
    else
        mariadb --user=root --password= --protocol=TCP --host="$DB_HOST" --port="$DB_PORT" --batch "$@"
    fi
}
db() { mariadb --user="$DB_USER" --password="$DB_PASSWORD" --protocol=TCP --host="$DB_HOST" --port="$DB_PORT" \
        --batch --skip-column-names "$DB_NAME" "$@"; }

root_sql -e "SELECT 1" >/dev/null 2>&1 || fail "MariaDB does not answer to root with an empty password on $DB_HOST:$DB_PORT"
say "recreating database $DB_NAME and user $DB_USER"
pw="${DB_PASSWORD//\\/\\\\}"; pw="${pw//\'/\\\'}"
root_sql <<SQL
DROP DATABASE IF EXISTS \`$DB_NAME\`;
CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
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
[[ "$(root_sql --skip-column-names -e "SELECT @@local_infile")" == 1 ]] \
    || fail "the server has local_infile=OFF; the LOAD DATA LOCAL baseline needs it: SET GLOBAL local_infile=1"

# ---- server -------------------------------------------------------------------------------------
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    fail "something already answers on port $PORT (a server of an earlier run with KEEP_SERVER=1?); PORT=... to use another"
fi
rm -rf "$BENCH_DIR/root" "$BENCH_DIR/uploads" "$BENCH_DIR/gc.log" "$BENCH_DIR/server.log"
say "starting Payara Micro on port $PORT (-Xmx$HEAP), log $BENCH_DIR/server.log"
# In BENCH_DIR, so whatever the portal keeps under ./data (uploads) stays with the benchmark's files.
(cd "$BENCH_DIR" && exec env PORTAL_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME" PORTAL_DB_USER="$DB_USER" \
    PORTAL_DB_PASSWORD="$DB_PASSWORD" PORTAL_DEMO_DATA=false PORTAL_UPLOAD_DIR="$BENCH_DIR/uploads" \
    java "-Xmx$HEAP" "-Xlog:gc*:file=$BENCH_DIR/gc.log:uptime,level,tags:filecount=0" -jar "$PAYARA_JAR" \
    --deploy "$PROJECT/target/portal.war" --contextroot "$CONTEXT_ROOT" --port "$PORT" --nocluster \
    --rootdir "$BENCH_DIR/root" >"$BENCH_DIR/server.log" 2>&1) &
SERVER_PID=$!
started=$(now)
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" == 200 \
        && "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/me")" == 401 ]]; do
    kill -0 "$SERVER_PID" 2>/dev/null || fail "Payara Micro ended during start-up; see $BENCH_DIR/server.log"
    if grep -qs "Exception while loading the app" "$BENCH_DIR/server.log"; then
        grep -m1 -A3 "Exception while loading the app" "$BENCH_DIR/server.log" | sed -E 's/\x1b\[[0-9;]*m//g' | cut -c1-400 >&2
        fail "the WAR did not deploy; see $BENCH_DIR/server.log"
    fi
    (( $(printf '%.0f' "$(elapsed "$started" "$(now)")") > 300 )) && fail "not ready within 300 s; see $BENCH_DIR/server.log"
    sleep 2
done
say "ready after $(printf '%.0f' "$(elapsed "$started" "$(now)")") s: $BASE"

# ---- master data --------------------------------------------------------------------------------
# The API cannot create the first administrator (without demo data there is none): insert it.
hash="$(bench hash "$ADMIN_PASSWORD")"
db <<SQL
INSERT INTO portal_user (username, display_name, password_hash) VALUES ('$ADMIN_USER', 'Benchmark admin', '$hash');
INSERT INTO user_role (user_id, role) SELECT id, 'ADMIN' FROM portal_user WHERE username = '$ADMIN_USER';
SQL
say "seeding $STORES stores, 1 vendor, $AGENTS agents with $((STORES * AGENTS)) accounts, $STORES contracts"
t=$(now)
bench seed --base "$BASE" --admin "$ADMIN_USER:$ADMIN_PASSWORD" --stores "$STORES" --agents "$AGENTS" \
    --ids "$DATA/ids.properties" >&2
say "seeded in $(printf '%.1f' "$(elapsed "$t" "$(now)")") s"

# ---- files --------------------------------------------------------------------------------------
LABELS=()
declare -A N CSV TSV
[[ "$SMALL_ROWS" -gt 0 ]] && { LABELS+=(small); N[small]=$SMALL_ROWS; }
LABELS+=(large); N[large]=$ROWS
next_date="$FIRST_DATE"
for label in "${LABELS[@]}"; do
    CSV[$label]="$DATA/kpi-${N[$label]}.csv"
    TSV[$label]="$DATA/kpi-${N[$label]}.tsv"
    out="$(bench generate --rows "${N[$label]}" --first-date "$next_date" --stores "$STORES" --agents "$AGENTS" \
        --csv "${CSV[$label]}" --tsv "${TSV[$label]}" --ids "$DATA/ids.properties")"
    say "$(head -1 <<<"$out") ($(du -h "${CSV[$label]}" | cut -f1))"
    next_date="$(date -d "$(sed -n 's/^LAST_DATE=//p' <<<"$out") + 1 day" +%F)"
done

# ---- measuring helpers --------------------------------------------------------------------------
TICK="$(getconf CLK_TCK)"
cpu_seconds() {  # user + system CPU of a process, in seconds
    [[ -r "/proc/$1/stat" ]] || { echo 0; return; }
    awk -v t="$TICK" '{ sub(/^.*\) /, ""); print ($12 + $13) / t }' "/proc/$1/stat"
}
DB_PID="$(pidof mariadbd 2>/dev/null || pidof mysqld 2>/dev/null || true)"
DB_PID="${DB_PID%% *}"
db_cpu() { [[ -n "$DB_PID" ]] && cpu_seconds "$DB_PID" || echo 0; }

heap_used_mb() {  # jstat -gc output: the largest S0U+S1U+EU+OU, in MB
    awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
         $1 ~ /^[0-9]/ { u = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; if (u > m) m = u }
         END { printf "%.0f", m / 1024 }' "$1"
}
gc_pauses_mb() {  # the GC log's pauses in a window of lines: largest heap after a pause, pauses, largest before
    # Only pauses that collect (young, mixed, full): G1's Remark and Cleanup pauses free no young
    # objects, so the heap "after" them is whatever eden held (337 MB after a Remark in a run whose
    # collections all left 123-135 MB) and says nothing about what the import keeps.
    sed -n "$2,\$p" "$1" | head -n "$3" | awk '
        function mb(s,  u, v) { u = substr(s, length(s)); v = substr(s, 1, length(s) - 1) + 0
            return u == "K" ? v / 1024 : u == "G" ? v * 1024 : v }
        / Pause (Young|Full)/ { for (i = 1; i <= NF; i++) if ($i ~ /->/) {
            split($i, p, "->"); sub(/\(.*$/, "", p[2])
            if (mb(p[2]) > after) after = mb(p[2]); if (mb(p[1]) > before) before = mb(p[1]); n++ } }
        END { if (n) printf "%.0f %d %.0f\n", after, n, before; else print "- 0 0" }'
}
gc_lines() { wc -l <"$BENCH_DIR/gc.log"; }
gc_full_mb() {  # the GC log's full collections in a window of lines: largest heap after one, and how many
    sed -n "$2,\$p" "$1" | head -n "$3" | awk '
        function mb(s,  u, v) { u = substr(s, length(s)); v = substr(s, 1, length(s) - 1) + 0
            return u == "K" ? v / 1024 : u == "G" ? v * 1024 : v }
        / Pause Full / { for (i = 1; i <= NF; i++) if ($i ~ /->/) {
            split($i, p, "->"); sub(/\(.*$/, "", p[2]); if (mb(p[2]) > after) after = mb(p[2]); n++ } }
        END { if (n) printf "%.0f %d\n", after, n; else print "- 0" }'
}
probe_live() {  # forces a full GC every $1 seconds until killed (the GC log records what each leaves)
    while sleep "$1"; do jcmd "$SERVER_PID" GC.run >/dev/null 2>&1 || break; done
}
# Each timed run starts with InnoDB's buffer pool clean (at most 5 % dirty pages, waiting up to 60 s),
# so no run pays for flushing the pages an earlier one wrote.
quiesce() {
    local waited=0 dirty total
    while :; do
        read -r dirty total < <(root_sql --skip-column-names -e "SELECT
            (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'),
            (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_TOTAL')")
        (( dirty * 20 <= total || waited >= 60 )) && break
        sleep 2; waited=$((waited + 2))
    done
    (( waited > 0 )) && say "waited $waited s for InnoDB to flush dirty pages ($dirty of $total left)"
    return 0
}
heap_now_mb() { jstat -gc "$SERVER_PID" | heap_used_mb /dev/stdin; }

# ---- the imports --------------------------------------------------------------------------------
declare -A PROBED PROBES
declare -A SECONDS_OF ID HEAP_PEAK LIVE_PEAK GCS HEAP_BEFORE HEAP_AFTER SRV_CPU DB_CPU VISIBLE UPLOAD_S STARTED_S
for label in "${LABELS[@]}"; do
    [[ "$SKIP_IMPORT" == 1 ]] && break
    quiesce
    # Signed in before measuring: the first sign-in hashes the password (PBKDF2, ~0.5 s of CPU).
    curl -s -o /dev/null -u "${LEAD_LOGIN}" "$BASE/api/me"
    jcmd "$SERVER_PID" GC.run >/dev/null
    sleep 1
    HEAP_BEFORE[$label]="$(heap_now_mb)"
    say "importing ${N[$label]} rows ($UPLOAD upload); heap after a full GC: ${HEAP_BEFORE[$label]} MB"
    first_line=$(( $(gc_lines) + 1 ))
    jstat -gc "$SERVER_PID" 200 >"$BENCH_DIR/jstat-${N[$label]}.txt" &
    SAMPLER_PID=$!
    if [[ "$HEAP_PROBE_S" != 0 ]]; then
        probe_live "$HEAP_PROBE_S" &
        PROBER_PID=$!
    fi
    if [[ "$PROFILE" == 1 ]]; then
        jcmd "$SERVER_PID" JFR.start name="import-${N[$label]}" settings=default \
            filename="$BENCH_DIR/import-${N[$label]}.jfr" >/dev/null
    fi
    cpu0="$(cpu_seconds "$SERVER_PID")"; dbcpu0="$(db_cpu)"; log0=$(wc -l <"$BENCH_DIR/server.log")
    set +e
    bench import --base "$BASE" --csv "${CSV[$label]}" --multipart "$([[ $UPLOAD == multipart ]] && echo true || echo false)" \
        --poll-ms "$POLL_MS" | tee "$BENCH_DIR/import-${N[$label]}.log" >&2
    rc=${PIPESTATUS[0]}
    set -e
    kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
    if [[ -n "$PROBER_PID" ]]; then
        kill "$PROBER_PID" 2>/dev/null || true; wait "$PROBER_PID" 2>/dev/null || true; PROBER_PID=""
    fi
    if [[ "$PROFILE" == 1 ]]; then
        jcmd "$SERVER_PID" JFR.stop name="import-${N[$label]}" >/dev/null
        bench hot-methods "$BENCH_DIR/import-${N[$label]}.jfr" --top 15 >"$BENCH_DIR/hot-methods-${N[$label]}.txt" \
            || say "could not read the flight recording of the import of ${N[$label]} rows"
    fi
    SRV_CPU[$label]="$(minus "$(cpu_seconds "$SERVER_PID")" "$cpu0")"
    DB_CPU[$label]="$(minus "$(db_cpu)" "$dbcpu0")"
    sed -n "$((log0 + 1)),\$p" "$BENCH_DIR/server.log" >"$BENCH_DIR/server-${N[$label]}.log"
    result="$(grep '^RESULT ' "$BENCH_DIR/import-${N[$label]}.log" || true)"
    [[ "$rc" == 0 && -n "$result" ]] || fail "the import of ${N[$label]} rows did not publish (see $BENCH_DIR/import-${N[$label]}.log, server-${N[$label]}.log)"
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }
    ID[$label]="$(field id)"; SECONDS_OF[$label]="$(field seconds)"
    UPLOAD_S[$label]="$(field upload_s)"; STARTED_S[$label]="$(field started_s)"
    # Heap used peaks just before a collection: the larger of jstat's samples and the GC log's "before".
    read -r LIVE_PEAK[$label] GCS[$label] before < <(gc_pauses_mb "$BENCH_DIR/gc.log" "$first_line" $(( $(gc_lines) - first_line + 1 )))
    read -r PROBED[$label] PROBES[$label] < <(gc_full_mb "$BENCH_DIR/gc.log" "$first_line" $(( $(gc_lines) - first_line + 1 )))
    sampled="$(heap_used_mb "$BENCH_DIR/jstat-${N[$label]}.txt")"
    HEAP_PEAK[$label]=$(( sampled > before ? sampled : before ))
    VISIBLE[$label]="$(db -e "SELECT COUNT(*) FROM kpi_daily WHERE import_id = ${ID[$label]}")"
    jcmd "$SERVER_PID" GC.run >/dev/null
    sleep 1
    HEAP_AFTER[$label]="$(heap_now_mb)"
    say "import ${ID[$label]}: ${SECONDS_OF[$label]} s, ${VISIBLE[$label]} rows visible in kpi_daily;" \
        "heap peak ${HEAP_PEAK[$label]} MB, after GC at most ${LIVE_PEAK[$label]} MB over ${GCS[$label]} pauses;" \
        "${HEAP_AFTER[$label]} MB after a full GC once done"
done

# ---- the baseline: LOAD DATA LOCAL INFILE of the same rows into a table like kpi_daily -----------
CHECK_COLS="COUNT(*), SUM(received), SUM(sales_amount), SUM(first_response_seconds), SUM(online_hours), SUM(conversion_rate_reported), MIN(business_date), MAX(business_date)"
declare -A LD_SECONDS LD_DB_CPU SAME
TSV_COLUMNS="$(bench columns)"
for label in "${LABELS[@]}"; do
    db -e "DROP TABLE IF EXISTS bench_kpi_daily; CREATE TABLE bench_kpi_daily LIKE kpi_daily;"
    quiesce
    say "LOAD DATA LOCAL INFILE of ${N[$label]} rows into bench_kpi_daily"
    dbcpu0="$(db_cpu)"
    t=$(now)
    db --local-infile=1 -e "LOAD DATA LOCAL INFILE '${TSV[$label]}' INTO TABLE bench_kpi_daily CHARACTER SET utf8mb4
        FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n' ($TSV_COLUMNS)"
    LD_SECONDS[$label]="$(elapsed "$t" "$(now)")"
    LD_DB_CPU[$label]="$(minus "$(db_cpu)" "$dbcpu0")"
    loaded="$(db -e "SELECT $CHECK_COLS FROM bench_kpi_daily")"
    say "$(printf '%.2f' "${LD_SECONDS[$label]}") s, $(cut -f1 <<<"$loaded") rows loaded"
    [[ "$SKIP_IMPORT" == 1 ]] && continue
    imported="$(db -e "SELECT $CHECK_COLS FROM kpi_daily WHERE import_id = ${ID[$label]}")"
    if [[ "$loaded" == "$imported" ]]; then SAME[$label]=yes; else
        SAME[$label]=NO; say "the rows differ: LOAD DATA [$loaded] import [$imported]"; fi
    say "same rows in kpi_daily after the import as in bench_kpi_daily (count and sums): ${SAME[$label]}"
done

# ---- the figures --------------------------------------------------------------------------------
RESULTS="$BENCH_DIR/results.txt"
{
    echo "KPI import benchmark · $(date -u '+%F %H:%M') UTC · $(nproc) cores · load average $LOAD_AT_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    echo "MariaDB $(db -e 'SELECT VERSION()') · Payara Micro $PAYARA_VERSION -Xmx$HEAP · $STORES stores × $AGENTS agents per day · $UPLOAD upload · WAR of $(date -r target/portal.war '+%F %T') · commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo
    printf '%-24s %9s %9s %9s %8s %10s %14s %8s %8s\n' "" rows seconds "rows/s" "vs LOAD" "heap peak" "after-GC peak" "JVM CPU" "DB CPU"
    printf '%-24s %9s %9s %9s %8s %10s %14s %8s %8s\n' "" "" "" "" "DATA" "MB" "MB (pauses)" "s" "s"
    for label in "${LABELS[@]}"; do
        if [[ "$SKIP_IMPORT" == 1 ]]; then
            awk -v n="${N[$label]}" -v l="${LD_SECONDS[$label]}" -v ldc="${LD_DB_CPU[$label]}" 'BEGIN {
                printf "%-24s %9d %9.2f %9.0f %7.2f× %10s %14s %8s %8.1f\n", "LOAD DATA LOCAL INFILE", n, l, n / l, 1, "-", "-", "-", ldc }'
            continue
        fi
        awk -v n="${N[$label]}" -v s="${SECONDS_OF[$label]}" -v l="${LD_SECONDS[$label]}" -v hp="${HEAP_PEAK[$label]}" \
            -v lp="${LIVE_PEAK[$label]}" -v g="${GCS[$label]}" -v jc="${SRV_CPU[$label]}" -v dc="${DB_CPU[$label]}" \
            -v ldc="${LD_DB_CPU[$label]}" 'BEGIN {
            printf "%-24s %9d %9.2f %9.0f %7.2f× %10s %14s %8.1f %8.1f\n", "portal import (REST)", n, s, n / s, l / s, hp, lp " (" g ")", jc, dc
            printf "%-24s %9d %9.2f %9.0f %7.2f× %10s %14s %8s %8.1f\n", "LOAD DATA LOCAL INFILE", n, l, n / l, 1, "-", "-", "-", ldc }'
    done
    [[ "$SKIP_IMPORT" == 1 ]] && exit 0
    echo
    large=large
    small=small
    awk -v s="${SECONDS_OF[$large]}" -v l="${LD_SECONDS[$large]}" -v n="${N[$large]}" 'BEGIN {
        r = l / s; printf "Target: throughput of %d rows ≥ 0.50× LOAD DATA: %.2f× → %s\n", n, r, (r >= 0.5 ? "MET" : "NOT MET") }'
    if [[ -n "${N[$small]:-}" ]]; then
        verdict() { awk -v a="$1" -v b="$2" -v tol="$HEAP_TOLERANCE" 'BEGIN { if (a == "-" || b == "-") { print "n/a"; exit }
            printf "%s MB vs %s MB (%+.1f%%) → %s", a, b, (a - b) * 100 / b,
                a + 0 <= b + 0 ? "MET" : a + 0 <= b * (1 + tol / 100) ? "MET within the " tol " % tolerance (strictly larger)" : "NOT MET" }'; }
        echo "Target: heap peak for ${N[$large]} rows no larger than for ${N[$small]} rows (HEAP_TOLERANCE=$HEAP_TOLERANCE %):"
        echo "  heap after GC (GC log, every pause):                       $(verdict "${LIVE_PEAK[$large]}" "${LIVE_PEAK[$small]}")"
        echo "  heap used (jstat every 200 ms, GC log before each pause): $(verdict "${HEAP_PEAK[$large]}" "${HEAP_PEAK[$small]}")"
        if [[ "$HEAP_PROBE_S" != 0 ]]; then
            echo "  live heap (largest after the full GCs forced every $HEAP_PROBE_S s, ${PROBES[$large]} vs ${PROBES[$small]} of them):" \
                "$(verdict "${PROBED[$large]}" "${PROBED[$small]}")"
            echo "  (HEAP_PROBE_S: the forced collections stop the server; this run's throughput does not count)"
        fi
        growth() { [[ "${LIVE_PEAK[$1]}" == - ]] && echo "-" || echo "+$(( LIVE_PEAK[$1] - HEAP_BEFORE[$1] ))"; }
        echo "  after-GC peak above the heap at the start of the import (after a full GC):" \
            "$(growth "$large") MB vs $(growth "$small") MB"
    fi
    echo
    for label in "${LABELS[@]}"; do
        echo "Import ${ID[$label]} (${N[$label]} rows): upload answered 202 after ${UPLOAD_S[$label]} s, left QUEUED after ${STARTED_S[$label]} s," \
            "PUBLISHED after ${SECONDS_OF[$label]} s; ${VISIBLE[$label]} rows visible in kpi_daily; same rows as LOAD DATA: ${SAME[$label]};" \
            "heap after a full GC: ${HEAP_BEFORE[$label]} MB before, ${HEAP_AFTER[$label]} MB after"
    done
    for label in "${LABELS[@]}"; do
        logged="$(sed -E 's/\x1b\[[0-9;]*m//g' "$BENCH_DIR/server-${N[$label]}.log")"
        echo "Server log during import ${ID[$label]}: $(grep -c '\[\(WARNING\|SEVERE\)\]' <<<"$logged" || true) warnings or errors"
        grep -E "KPI import ${ID[$label]}([^0-9]|$)" <<<"$logged" | sed -E 's/^.*\[levelValue: [0-9]+\] /  /' || true
    done
    if [[ "$PROFILE" == 1 ]]; then
        echo; echo "PROFILE=1: the flight recordings cost the server CPU and heap; take the figures above from a run without it."
        for label in "${LABELS[@]}"; do
            echo; echo "Server CPU during import ${ID[$label]} (${N[$label]} rows), from Java Flight Recorder:"
            cat "$BENCH_DIR/hot-methods-${N[$label]}.txt" 2>/dev/null || true
        done
    fi
    echo
    echo "Files: $BENCH_DIR/{server.log, server-N.log, gc.log, jstat-N.txt, import-N.log, data/}"
} | tee "$RESULTS"
