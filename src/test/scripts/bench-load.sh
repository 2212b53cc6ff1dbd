#!/usr/bin/env bash
# Load benchmark (README, "Running several instances"): mixed journeys of the three business roles
# (src/test/load, Gatling) against ONE portal instance, then against TWO behind nginx, in one run; prints
# p50/p95/p99, throughput and errors of both and their ratio, and stops everything it started. On demand,
# never part of the test command.
#
#   mvn -B -q package -DskipTests
#   bash src/test/scripts/bench-load.sh                          50 users, 5 minutes each (the issue's size)
#   USERS=10 SECONDS_AT_LOAD=60 bash src/test/scripts/bench-load.sh   a short run while iterating
#
# The cluster is cluster.sh's with a MariaDB server of its own (PRIVATE_DB=1) and ports of its own (below),
# demo data loaded once. Before each measured run a short warm-up (WARMUP_USERS users, WARMUP_SECONDS)
# whose figures are not kept. The run's shape: USERS concurrent users (closed model: a user who finished
# their journey is replaced), RAMP_SECONDS, then SECONDS_AT_LOAD at full load, THINK_MIN_MS..THINK_MAX_MS
# between two requests of one user; the simulation stops at ramp + load + 120 s whatever happens.
#
# Settings (environment): USERS=50 SECONDS_AT_LOAD=300 RAMP_SECONDS=20 THINK_MIN_MS=500 THINK_MAX_MS=1500
#   WARMUP_USERS=10 WARMUP_SECONDS=45 TARGET_P95_MS=300  KEEP=0 (1: leave the cluster running; a second run with
#   FRESH_DB=0 then reuses it)  ONLY=both|one|two  and cluster.sh's, with these defaults of their own:
#   CLUSTER_DIR=target/cluster-load NGINX_PORT=18180 HTTP_PORTS="18181 18182" GRID_PORTS="7111 7112"
#   PRIVATE_DB=1 DB_PORT=13307
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
PROJECT="$(pwd)"

USERS="${USERS:-50}"
SECONDS_AT_LOAD="${SECONDS_AT_LOAD:-300}"
RAMP_SECONDS="${RAMP_SECONDS:-20}"
THINK_MIN_MS="${THINK_MIN_MS:-500}"
THINK_MAX_MS="${THINK_MAX_MS:-1500}"
WARMUP_USERS="${WARMUP_USERS:-10}"
WARMUP_SECONDS="${WARMUP_SECONDS:-45}"
TARGET_P95_MS="${TARGET_P95_MS:-300}"
KEEP="${KEEP:-0}"
ONLY="${ONLY:-both}"
export CLUSTER_DIR="${CLUSTER_DIR:-target/cluster-load}"
export NGINX_PORT="${NGINX_PORT:-18180}"
export HTTP_PORTS="${HTTP_PORTS:-18181 18182}"
export GRID_PORTS="${GRID_PORTS:-7111 7112}"
export PRIVATE_DB="${PRIVATE_DB:-1}"
export DB_PORT="${DB_PORT:-13307}"
export CLUSTER_NAME="${CLUSTER_NAME:-csvp-load-$(id -un)}"
read -r -a PORT <<<"$HTTP_PORTS"
CLUSTER="$PROJECT/src/test/scripts/cluster.sh"
LOAD_POM="$PROJECT/src/test/load/pom.xml"
RESULTS="$PROJECT/$CLUSTER_DIR/load-results"

say() { echo "[load] $*" >&2; }
fail() { echo "[load] ERROR: $*" >&2; exit 2; }
for n in USERS SECONDS_AT_LOAD RAMP_SECONDS THINK_MIN_MS THINK_MAX_MS WARMUP_USERS WARMUP_SECONDS; do
    [[ "${!n}" =~ ^[0-9]+$ ]] || fail "$n: a whole number"
done
(( USERS >= 1 && USERS <= 200 )) || fail "USERS: 1 to 200"
(( SECONDS_AT_LOAD <= 1800 )) || fail "SECONDS_AT_LOAD: at most 1800"
(( ${#PORT[@]} == 2 )) || fail "HTTP_PORTS: two ports"
for tool in java mvn curl python3; do command -v "$tool" >/dev/null || fail "$tool not found"; done

cleanup() {
    if [[ "$KEEP" == 1 ]]; then
        say "KEEP=1: the cluster keeps running; stop it with: CLUSTER_DIR=$CLUSTER_DIR PRIVATE_DB=$PRIVATE_DB bash src/test/scripts/cluster.sh stop"
    else
        bash "$CLUSTER" stop || true
    fi
}
trap cleanup EXIT

say "compiling the simulation (src/test/load)"
mvn -B -q -Dstyle.color=never -f "$LOAD_POM" test-compile >&2

# simulate LABEL BASE_URL USERS SECONDS RAMP -> the report's directory
simulate() {
    local label="$1" base="$2" users="$3" seconds="$4" ramp="$5" out="$RESULTS/$1" log
    rm -rf "$out"; mkdir -p "$out"
    log="$out/gatling.log"
    say "$label: $users users, ${ramp} s ramp + ${seconds} s at load, against $base (log $log)"
    nice -n 5 mvn -B -Dstyle.color=never -f "$LOAD_POM" gatling:test -Dload.baseUrl="$base" -Dload.users="$users" \
        -Dload.seconds="$seconds" -Dload.rampSeconds="$ramp" -Dload.thinkMinMs="$THINK_MIN_MS" \
        -Dload.thinkMaxMs="$THINK_MAX_MS" -Dload.label="$label" -Dload.resultsFolder="$out" >"$log" 2>&1 \
        || { tail -40 "$log" >&2; fail "$label: Gatling failed; see $log"; }
    find "$out" -name stats.js -path '*/js/*' | head -1 | xargs -r dirname | xargs -r dirname
}

# figures REPORT_DIR -> "p50 p95 p99 max requests errors req/s" of all requests; per_request: each request's
figures() { python3 "$PROJECT/src/test/scripts/gatling-stats.py" "$1" total; }
per_request() { python3 "$PROJECT/src/test/scripts/gatling-stats.py" "$1" requests; }

measure() {  # measure LABEL BASE_URL -> sets FIG_<label>
    local label="$1" base="$2" report
    simulate "$label-warmup" "$base" "$WARMUP_USERS" "$WARMUP_SECONDS" 5 >/dev/null
    local load_before; load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
    report="$(simulate "$label" "$base" "$USERS" "$SECONDS_AT_LOAD" "$RAMP_SECONDS")"
    [[ -n "$report" ]] || fail "$label: no Gatling report under $RESULTS/$label"
    local fig; fig="$(figures "$report")"
    printf -v "FIG_$label" '%s' "$fig"
    printf -v "LOAD_$label" '%s → %s' "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -v "REPORT_$label" '%s' "$report"
    say "$label: p50/p95/p99/max ms, requests, errors, req/s: $fig (report $report/index.html)"
    per_request "$report" >&2
}

# ---- one instance ----------------------------------------------------------------------------------
START_COUNT=1 bash "$CLUSTER" start
if [[ "$ONLY" != two ]]; then
    measure one "http://127.0.0.1:${PORT[0]}"
fi

# ---- two instances behind nginx ------------------------------------------------------------------
if [[ "$ONLY" != one ]]; then
    bash "$CLUSTER" start-instance 2
    : >"$PROJECT/$CLUSTER_DIR/nginx/logs/access.log"
    measure two "http://127.0.0.1:$NGINX_PORT"
    # Which instance answered the measured requests (nginx's access log names the upstream of each).
    spread="$(awk -F'"' '{ print $2 }' "$PROJECT/$CLUSTER_DIR/nginx/logs/access.log" | sort | uniq -c | sort -rn | awk '{ printf "%s: %s requests; ", $2, $1 }')"
fi

row() {  # row LABEL
    local f="FIG_$1" l="LOAD_$1"
    [[ -n "${!f:-}" ]] || return 0
    read -r p50 p95 p99 max n ko rps <<<"${!f}"
    printf '%-28s %6s %6s %6s %7s %8s %6s %7s   load %s\n' "$2" "$p50" "$p95" "$p99" "$max" "$n" "$ko" "$rps" "${!l}"
}
echo
echo "Load benchmark · $(date -u '+%F %H:%M') UTC · $(nproc) cores · $USERS users, ${RAMP_SECONDS} s ramp + ${SECONDS_AT_LOAD} s, think ${THINK_MIN_MS}-${THINK_MAX_MS} ms · commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
printf '%-28s %6s %6s %6s %7s %8s %6s %7s\n' "" "p50" "p95" "p99" "max" "requests" "errors" "req/s"
row one "one instance"
row two "two instances behind nginx"
verdict=0
if [[ -n "${FIG_one:-}" ]]; then
    read -r _ p95 _ _ _ ko _ <<<"$FIG_one"
    if (( p95 <= TARGET_P95_MS && ko == 0 )); then echo "target (one instance: p95 <= $TARGET_P95_MS ms, 0 errors): MET"
    else echo "target (one instance: p95 <= $TARGET_P95_MS ms, 0 errors): NOT MET (p95 $p95 ms, $ko errors)"; verdict=1; fi
fi
if [[ -n "${FIG_one:-}" && -n "${FIG_two:-}" ]]; then
    read -r _ p95a _ _ _ _ rpsa <<<"$FIG_one"; read -r _ p95b _ _ _ _ rpsb <<<"$FIG_two"
    awk -v a="$p95a" -v b="$p95b" -v ra="$rpsa" -v rb="$rpsb" \
        'BEGIN { printf "ratio two/one: p95 %.2f, throughput %.2f\n", (a > 0 ? b / a : 0), (ra > 0 ? rb / ra : 0) }'
fi
[[ -n "${spread:-}" ]] && echo "requests through nginx by instance (warm-up included): $spread"
exit "$verdict"
