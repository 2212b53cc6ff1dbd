#!/usr/bin/env bash
# How many SQL statements, and how long, the demo manager's home queues take (GET /api/me/work), for two
# builds of the portal on the same MariaDB database with the demo data: a baseline WAR (BASE_WAR, e.g. built
# from main) and this project's target/portal.war (NEW_WAR). Each WAR is started in turn with Connector/J's
# profileSQL, which logs every statement the pool runs; the figures are the statements logged during each
# request and curl's total time, over RUNS requests after WARMUP unmeasured ones, with the same-run ratio.
#
#   BASE_WAR=/tmp/main.war bash src/test/scripts/bench-home-queries.sh
#
# The first start seeds the demo data (minutes); the second finds it. Needs root with an empty password on
# the local MariaDB (creates DB_NAME and DB_USER if missing), curl, java and the Payara Micro jar.
set -euo pipefail

BASE_WAR="${BASE_WAR:?BASE_WAR: the baseline WAR}"
NEW_WAR="${NEW_WAR:-target/portal.war}"
PAYARA_JAR="${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
DB_NAME="${DB_NAME:-csvp_bench_home}"
DB_USER="${DB_USER:-csvp_bench_home}"
DB_PASSWORD="${DB_PASSWORD:-bench_home_pw}"
PORT="${PORT:-18231}"
RUNS="${RUNS:-10}"
WARMUP="${WARMUP:-3}"
WHO="${WHO:-manager:manager123}"
PATH_ASKED="${PATH_ASKED:-api/me/work}"
DIR="${DIR:-target/bench-home}"

say() { echo "[bench-home] $*" >&2; }
[[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ && "$DB_USER" =~ ^[A-Za-z0-9_]+$ ]] || { say "DB_NAME, DB_USER: letters, digits, _"; exit 1; }
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
mariadb --user=root --password= --protocol=TCP --host=127.0.0.1 --batch -e "
    CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'%';"
JDBC="jdbc:mysql://127.0.0.1:3306/$DB_NAME?profileSQL=true&logger=com.mysql.cj.log.StandardLogger"

SERVER_PID=""
stop() {
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true   # a killed server's status is not a failure of the benchmark
    fi
    SERVER_PID=""
}
trap stop EXIT

# measure NAME WAR: prints "NAME statements-per-request median-ms" and the per-run figures.
measure() {
    local name="$1" war="$2" log="$DIR/$1.log"
    rm -rf "$DIR/root-$name"
    (cd "$DIR" && exec env PORTAL_DB_URL="$JDBC" PORTAL_DB_USER="$DB_USER" PORTAL_DB_PASSWORD="$DB_PASSWORD" \
        PORTAL_DEMO_DATA=true PORTAL_UPLOAD_DIR="$DIR/uploads" java -Xmx768m -jar "$PAYARA_JAR" --deploy "$war" \
        --contextroot / --port "$PORT" --nocluster --rootdir "$DIR/root-$name" >"$log" 2>&1) &
    SERVER_PID=$!
    say "$name: starting $war (log $log)"
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' -u "$WHO" "http://127.0.0.1:$PORT/$PATH_ASKED")" == 200 ]]; do
        kill -0 "$SERVER_PID" 2>/dev/null || { say "$name: the server ended; see $log"; exit 1; }
        sleep 5
    done
    # The demo data's statements are generated just after start-up: wait until the log stays quiet.
    local before=-1 now
    now=$(wc -l <"$log")
    while [[ "$now" != "$before" ]]; do before=$now; sleep 20; now=$(wc -l <"$log"); done
    local counts=() times=() i start t
    for ((i = 0; i < WARMUP + RUNS; i++)); do
        start=$(grep -c '\[QUERY\]\|\[EXECUTE\]' "$log" || true)
        t=$(curl -s -o /dev/null -w '%{time_total}' -u "$WHO" -H 'Accept-Language: en' "http://127.0.0.1:$PORT/$PATH_ASKED")
        sleep 1
        if ((i >= WARMUP)); then
            counts+=($(( $(grep -c '\[QUERY\]\|\[EXECUTE\]' "$log" || true) - start )))
            times+=("$(awk -v t="$t" 'BEGIN { printf "%.0f", t * 1000 }')")
        fi
    done
    stop
    echo "$name statements ${counts[*]} | ms ${times[*]}" >&2
    printf '%s %s %s\n' "$name" "$(printf '%s\n' "${counts[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" \
        "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
}

say "load at start: $(uptime)"
read -r _ base_sql base_ms < <(measure baseline "$BASE_WAR")
read -r _ new_sql new_ms < <(measure new "$(cd "$(dirname "$NEW_WAR")" && pwd)/$(basename "$NEW_WAR")")
say "load at end: $(uptime)"
echo "GET /$PATH_ASKED as ${WHO%%:*}, median of $RUNS: baseline $base_sql statements, $base_ms ms;" \
    "new $new_sql statements, $new_ms ms; ratio new/baseline: statements" \
    "$(awk -v a="$new_sql" -v b="$base_sql" 'BEGIN { printf "%.2f", a / b }'), time" \
    "$(awk -v a="$new_ms" -v b="$base_ms" 'BEGIN { printf "%.2f", a / b }')"
