#!/usr/bin/env bash
# Fault checks of two portal instances behind nginx (README, "Running several instances"). On demand,
# not part of the test command: it starts its own cluster (cluster.sh), runs the checks, prints PASS or
# FAIL with figures for each, stops everything it started and exits non-zero when a check failed.
#
#   bash src/test/scripts/cluster-fault.sh                 100,000-row import
#   ROWS=1000000 bash src/test/scripts/cluster-fault.sh    the issue's 1,000,000 rows
#
# (a) a user deactivated through instance 1 is refused by instance 2 at their next request (instance 2
#     knew them: it answered them just before);
# (c) a user signed in through nginx keeps working through nginx when the instance holding their session
#     dies (kill -9): the next page and API call answer them, signed in, from the other instance;
# (b) kill -9 of that instance while it imports ROWS KPI rows: no row of the import is ever visible, the
#     other instance marks it FAILED within the stale window (STALE_AFTER_SECONDS, portal.kpi.stale-after-seconds,
#     plus the sweep's minute), and re-running it from the other instance publishes exactly ROWS rows.
#
# Then, with the killed instance started again:
# (d) both instances' nightly triggers fire at once (portal.nightly.extra-minutes='*' on both): with three
#     contracts ended yesterday and five draft statements removed, the contracts are renewed or expired
#     once each (one system audit entry each) and the statements written again once each, by one instance;
# (e) the database stops for DB_DOWN_SECONDS under load through nginx (the load benchmark's simulation,
#     LOAD_USERS users) while an instance imports ROWS rows: readiness DOWN on both instances, pages and API
#     503 (never 500, nginx's log included), an upload tried meanwhile answered 503 and not recorded; after
#     the restart both are ready again by themselves, and the interrupted import ends FAILED with no row
#     visible (re-run: exactly ROWS rows) or PUBLISHED with exactly ROWS rows — never half.
#
# The database is a MariaDB server of the cluster's own (cluster.sh PRIVATE_DB=1, port DB_PORT=13306): (e)
# stops and starts it by its pid; the machine's MariaDB service is never touched.
#
# Settings (environment): ROWS=100000 STALE_AFTER_SECONDS=30 STORES=20 AGENTS=150 DB_DOWN_SECONDS=30
# LOAD_USERS=10 KEEP=0 (1: leave the cluster running) and cluster.sh's (ports, database csvp_cluster,
# CLUSTER_DIR=target/cluster).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
PROJECT="$(pwd)"

ROWS="${ROWS:-100000}"
export STALE_AFTER_SECONDS="${STALE_AFTER_SECONDS:-30}"
STORES="${STORES:-20}"
AGENTS="${AGENTS:-150}"
KEEP="${KEEP:-0}"
export CLUSTER_DIR="${CLUSTER_DIR:-target/cluster}"
export NGINX_PORT="${NGINX_PORT:-18080}"
export HTTP_PORTS="${HTTP_PORTS:-18081 18082}"
export GRID_PORTS="${GRID_PORTS:-7101 7102}"
export DB_NAME="${DB_NAME:-csvp_cluster}" DB_USER="${DB_USER:-csvp_cluster}" DB_PASSWORD="${DB_PASSWORD:-csvp_cluster_pw}"
export DB_MIGRATION_USER="${DB_MIGRATION_USER:-csvp_cluster_migrate}"
export DB_MIGRATION_PASSWORD="${DB_MIGRATION_PASSWORD:-csvp_cluster_migrate_pw}"
export PRIVATE_DB="${PRIVATE_DB:-1}"
export DB_PORT="${DB_PORT:-13306}"
# (d): every instance fires the nightly jobs at every minute's second 0, all at the same moment.
export NIGHTLY_EXTRA_MINUTES="${NIGHTLY_EXTRA_MINUTES:-*}"
DB_DOWN_SECONDS="${DB_DOWN_SECONDS:-30}"
LOAD_USERS="${LOAD_USERS:-10}"
read -r -a PORT <<<"$HTTP_PORTS"
LB="http://127.0.0.1:$NGINX_PORT"
ADMIN="admin:admin123"           # demo data
LEAD_PAGE_USER="vendor"          # demo data
LEAD_PAGE_PASSWORD="vendor123"
BENCH_LEAD="bench-lead:Bench-pw-42"   # as BenchSeeder creates it
WORK="$PROJECT/$CLUSTER_DIR/fault"

say() { echo "[fault] $*" >&2; }
fail() { echo "[fault] ERROR: $*" >&2; exit 2; }
[[ "$ROWS" =~ ^[0-9]+$ && "$ROWS" -gt 0 ]] || fail "ROWS: a whole number > 0"
for tool in java mvn curl mariadb; do command -v "$tool" >/dev/null || fail "$tool not found"; done

declare -a RESULTS=()
FAILED=0
check() {  # check NAME PASS|FAIL FIGURES
    RESULTS+=("$2 $1: $3")
    [[ "$2" == PASS ]] || FAILED=1
    echo "[fault] $2 $1: $3" >&2
}

cleanup() {
    if [[ "$KEEP" == 1 ]]; then
        say "KEEP=1: the cluster keeps running; stop it with: bash src/test/scripts/cluster.sh stop"
    else
        bash "$PROJECT/src/test/scripts/cluster.sh" stop || true
    fi
}
trap cleanup EXIT

# The migration user (owner of the database): what the checks set up by hand, as "the next night" would find it.
dbm() { mariadb --user="$DB_MIGRATION_USER" --password="$DB_MIGRATION_PASSWORD" --protocol=TCP --host=127.0.0.1 --port="$DB_PORT" --batch --skip-column-names "$DB_NAME" "$@"; }
json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" | head -1; }

# ---- build: the WAR, the test classes with the benchmark's seeder and file generator ------------
# bench-common.sh's bench_build: the WAR if missing, the test classes, their class path, Payara Micro.
BENCH_DIR="$WORK" BENCH_MAIN=com.csvendor.portal.kpi.bench.KpiBench REBUILD=0
# shellcheck source=bench-common.sh
source "$PROJECT/src/test/scripts/bench-common.sh"
say() { echo "[fault] $*" >&2; }
fail() { echo "[fault] ERROR: $*" >&2; exit 2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f\n", b - a }'; }
bench_build
bench() { bench_java "$@"; }
# bench-common.sh has a db() of its own (its benchmark database): this script's, on the cluster's database.
db() { mariadb --user="$DB_USER" --password="$DB_PASSWORD" --protocol=TCP --host=127.0.0.1 --port="$DB_PORT" --batch --skip-column-names "$DB_NAME" "$@"; }
LOAD_POM="$PROJECT/src/test/load/pom.xml"
say "compiling the load simulation (src/test/load) for check (e)"
mvn -B -q -Dstyle.color=never -f "$LOAD_POM" test-compile >&2

# ---- the cluster --------------------------------------------------------------------------------
bash "$PROJECT/src/test/scripts/cluster.sh" start
# Payara logs the data grid's state at every change of its members ("DG Size: 2").
members="$(grep -ho "DG Size: [0-9]*" "$CLUSTER_DIR"/portal-2/server.log | tail -1 | sed 's/[^0-9]//g')"
if [[ "$members" == 2 ]]; then check "data grid" PASS "2 members, TCP/IP on loopback, cluster name from configuration"
else check "data grid" FAIL "portal-2's log shows ${members:-no} members"; fi

# ---- (a) deactivated through instance 1, refused by instance 2 -----------------------------------
A="http://127.0.0.1:${PORT[0]}"; B="http://127.0.0.1:${PORT[1]}"
user="fault-a-$(date +%s)"; password="Fault-check-$RANDOM-x"
created="$(curl -s -u "$ADMIN" -H 'Content-Type: application/json' -X POST "$A/api/users" \
    -d "{\"username\":\"$user\",\"displayName\":\"Fault check\",\"password\":\"$password\",\"roles\":[\"FINANCE\"]}")"
uid="$(json_field id <<<"$created")"
[[ -n "$uid" ]] || fail "could not create the user of check (a): $created"
before="$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" "$B/api/me")"
deact="$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN" -X POST "$A/api/users/$uid/deactivate")"
t=$(now)
after="$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" "$B/api/me")"
took="$(since "$t")"
if [[ "$before" == 200 && "$deact" == 200 && "$after" == 401 ]]; then
    check "(a) deactivated on instance 1, refused on instance 2" PASS "before 200 on 2; deactivate 200 on 1; next request on 2: 401 (${took} s)"
else
    check "(a) deactivated on instance 1, refused on instance 2" FAIL "before $before on 2; deactivate $deact on 1; next request on 2: $after (expected 401)"
fi

# ---- master data and the file for (b) ------------------------------------------------------------
say "seeding $STORES stores, $AGENTS agents, their contracts (through nginx, as admin)"
bench seed --base "$LB" --admin "$ADMIN" --stores "$STORES" --agents "$AGENTS" --ids "$WORK/ids.properties" >&2
CSV="$WORK/kpi-$ROWS.csv"
bench generate --rows "$ROWS" --first-date 2024-01-01 --stores "$STORES" --agents "$AGENTS" --csv "$CSV" \
    --ids "$WORK/ids.properties" >&2
say "generated $CSV ($(du -h "$CSV" | cut -f1))"

# ---- (c) a signed-in page session through nginx ---------------------------------------------------
JAR="$WORK/cookies.txt"; rm -f "$JAR"
form_fields() {  # the hidden inputs of a page's forms as curl --data-urlencode arguments
    grep -o '<input[^>]*type="hidden"[^>]*>' "$1" | while read -r input; do
        name="$(sed -n 's/.* name="\([^"]*\)".*/\1/p' <<<"$input")"
        value="$(sed -n 's/.* value="\([^"]*\)".*/\1/p' <<<"$input")"
        [[ -n "$name" ]] && printf '%s\n' "--data-urlencode" "$name=$value"
    done
}
curl -s -c "$JAR" -b "$JAR" -o "$WORK/login.html" "$LB/login.xhtml"
mapfile -t hidden < <(form_fields "$WORK/login.html")
curl -s -c "$JAR" -b "$JAR" -o /dev/null -D "$WORK/login.headers" "$LB/login.xhtml" "${hidden[@]}" \
    --data-urlencode "login=login" --data-urlencode "login:username=$LEAD_PAGE_USER" \
    --data-urlencode "login:password=$LEAD_PAGE_PASSWORD" --data-urlencode "login:submit="
page() {  # page PATH -> "code upstream signed-in(yes/no)"
    local headers="$WORK/page.headers" body="$WORK/page.html" code up
    code="$(curl -s -c "$JAR" -b "$JAR" -D "$headers" -o "$body" -w '%{http_code}' "$LB$1")"
    up="$(sed -n 's/^X-Portal-Upstream: \([^[:space:]]*\).*/\1/Ip' "$headers" | tail -1)"
    # A page answers 200 only to a signed-in user (else 302 to the sign-in page); /api/me names them.
    echo "$code ${up:-?} $( [[ "$code" == 200 ]] && { [[ "$1" != /api/me ]] || grep -q "\"username\":\"$LEAD_PAGE_USER\"" "$body"; } \
        && echo yes || echo no)"
}
read -r me_code owner me_user < <(page /api/me)
read -r home_code _ home_user < <(page /index.xhtml)
owner_port="${owner##*:}"
owner_n=0
for i in "${!PORT[@]}"; do [[ "${PORT[$i]}" == "$owner_port" ]] && owner_n=$(( i + 1 )); done
(( owner_n > 0 )) || fail "(c) could not tell which instance holds the session (upstream '$owner', /api/me $me_code)"
other_n=$(( 3 - owner_n )); OWNER="http://127.0.0.1:$owner_port"; OTHER="http://127.0.0.1:${PORT[$(( other_n - 1 ))]}"
say "signed in as $LEAD_PAGE_USER through nginx: /api/me $me_code, home page $home_code; session on portal-$owner_n"

# ---- (b) kill -9 of the session's instance during an import it runs -------------------------------
visible() { db -e "SELECT COUNT(*) FROM kpi_daily WHERE import_id = $1"; }
say "uploading $ROWS rows to portal-$owner_n directly"
last_id="$(db -e "SELECT COALESCE(MAX(id), 0) FROM kpi_import")"
t_upload=$(now)
curl -s -u "$BENCH_LEAD" -H 'Content-Type: text/csv; charset=UTF-8' -H 'Accept: application/json' \
    --data-binary "@$CSV" -o "$WORK/upload.json" \
    "$OWNER/api/kpi-imports?profile=PORTAL&fileName=fault-$ROWS-$(date +%s).csv" &
upload_pid=$!
id=""; status=""; rows_read=0; waited=0
while :; do
    [[ -z "$id" ]] && id="$(db -e "SELECT MIN(id) FROM kpi_import WHERE id > $last_id AND uploaded_by = 'bench-lead'" 2>/dev/null || true)"
    [[ "$id" == NULL ]] && id=""
    if [[ -n "$id" ]]; then
        read -r status rows_read < <(db -e "SELECT status, rows_read FROM kpi_import WHERE id = $id")
        # Killed once the job has read a quarter of the file: in the middle of its chunks.
        [[ "$status" == RUNNING ]] && (( rows_read * 4 >= ROWS )) && break
        [[ "$status" == QUEUED || "$status" == RUNNING ]] || break
    fi
    (( waited >= 1200 )) && break
    sleep 0.25; waited=$(( waited + 1 ))
done
rows_before_kill="$( [[ -n "$id" ]] && visible "$id" || echo '?')"
bash "$PROJECT/src/test/scripts/cluster.sh" kill "$owner_n"
t_kill=$(now)
running_after="$(since "$t_upload")"
wait "$upload_pid" 2>/dev/null || true
if [[ "$status" != RUNNING ]]; then
    check "(b) kill -9 during the import" FAIL "the import was '${status:-not found}' at the kill (id ${id:-?}, ${rows_read:-0} rows read), not RUNNING: raise ROWS"
fi

# (c) right after the kill: the same browser session through nginx
t=$(now)
read -r me2_code up2 me2_user < <(page /api/me)
read -r home2_code up3 home2_user < <(page /index.xhtml)
took="$(since "$t")"
if [[ "$me_code" == 200 && "$me_user" == yes && "$me2_code" == 200 && "$me2_user" == yes && "$home2_code" == 200 \
        && "$home2_user" == yes && "${up2##*:}" != "$owner_port" ]]; then
    check "(c) signed-in user keeps working when their instance dies" PASS "before: /api/me $me_code, home $home_code on portal-$owner_n; after kill -9: /api/me $me2_code, home $home2_code, signed in, from $up3 (${took} s for both)"
elif [[ "$me_code" == 200 && "$me_user" == yes && "$me2_code" == 401 && "$home2_code" == 302 ]]; then
    # Sessions are not shared (sticky sessions): the user must be sent to sign in again, and can.
    t=$(now)
    curl -s -c "$JAR" -b "$JAR" -o "$WORK/login.html" "$LB/login.xhtml"
    mapfile -t hidden < <(form_fields "$WORK/login.html")
    curl -s -c "$JAR" -b "$JAR" -o /dev/null "$LB/login.xhtml" "${hidden[@]}" \
        --data-urlencode "login=login" --data-urlencode "login:username=$LEAD_PAGE_USER" \
        --data-urlencode "login:password=$LEAD_PAGE_PASSWORD" --data-urlencode "login:submit="
    read -r me3_code up4 me3_user < <(page /api/me)
    if [[ "$me3_code" == 200 && "$me3_user" == yes ]]; then
        check "(c) signed-in user cleanly re-authenticated when their instance dies" PASS "after kill -9: home page 302 to the sign-in page, /api/me 401 (${took} s); signed in again through nginx in $(since "$t") s, answered by $up4"
    else
        check "(c) signed-in user cleanly re-authenticated when their instance dies" FAIL "after kill -9: home 302, /api/me 401; signing in again: /api/me $me3_code from $up4"
    fi
else
    check "(c) signed-in user keeps working when their instance dies" FAIL "before: /api/me $me_code ($me_user), home $home_code ($home_user); after kill -9: /api/me $me2_code from $up2 ($me2_user), home $home2_code from $up3 ($home2_user)"
fi

# (b) the other instance marks it failed within the stale window; nothing ever visible
if [[ "$status" == RUNNING ]]; then
    limit=$(( STALE_AFTER_SECONDS + 60 + 30 ))
    max_visible="$rows_before_kill"; final=""
    while :; do
        v="$(visible "$id")"; (( v > max_visible )) && max_visible=$v
        final="$(curl -s -u "$BENCH_LEAD" "$OTHER/api/kpi-imports/$id" | json_field status)"
        [[ "$final" == FAILED || "$final" == PUBLISHED || "$final" == REJECTED ]] && break
        (( $(printf '%.0f' "$(since "$t_kill")") > limit )) && break
        sleep 2
    done
    failed_after="$(since "$t_kill")"
    v="$(visible "$id")"; (( v > max_visible )) && max_visible=$v
    if [[ "$final" == FAILED && "$max_visible" == 0 ]]; then
        check "(b) killed import marked failed by the other instance, nothing visible" PASS "import $id of $ROWS rows RUNNING at the kill, ${rows_read} rows read (${running_after} s after the upload began); FAILED ${failed_after} s after kill -9 (stale window ${STALE_AFTER_SECONDS} s + the minute sweep; limit ${limit} s); rows visible: 0 at every look"
    else
        check "(b) killed import marked failed by the other instance, nothing visible" FAIL "import $id: '${final:-?}' ${failed_after} s after kill -9 (limit ${limit} s); most rows visible: $max_visible"
    fi
    # re-run from the other instance
    t=$(now)
    rerun="$(curl -s -u "$BENCH_LEAD" -X POST -H 'Accept: application/json' "$OTHER/api/kpi-imports/$id/rerun")"
    id2="$(json_field id <<<"$rerun")"
    final2=""
    while [[ -n "$id2" ]]; do
        final2="$(curl -s -u "$BENCH_LEAD" "$OTHER/api/kpi-imports/$id2" | json_field status)"
        [[ "$final2" == QUEUED || "$final2" == RUNNING ]] || break
        (( $(printf '%.0f' "$(since "$t")") > 900 )) && break
        sleep 2
    done
    rerun_s="$(since "$t")"
    v2="$( [[ -n "$id2" ]] && visible "$id2" || echo 0)"; v1="$(visible "$id")"
    if [[ "$final2" == PUBLISHED && "$v2" == "$ROWS" && "$v1" == 0 ]]; then
        check "(b) re-run succeeds" PASS "import $id2 (rerun of $id) PUBLISHED in ${rerun_s} s on the other instance; $v2 rows visible, 0 of the killed import"
    else
        check "(b) re-run succeeds" FAIL "rerun answer: ${rerun:0:300}; import ${id2:-?} '${final2:-?}' after ${rerun_s} s; $v2 rows visible (expected $ROWS), $v1 of the killed import"
    fi
fi

# ---- both instances again: (d) and (e) need two ------------------------------------------------------
bash "$PROJECT/src/test/scripts/cluster.sh" start-instance "$owner_n"
log_lines() { grep -c "$1" "$CLUSTER_DIR/portal-$2/server.log" || true; }

# ---- (d) both instances' nightly triggers fire at once -------------------------------------------------
# As the next night would find it: three contracts in force that ended yesterday, five draft statements of
# closed cycles of other contracts not written (removed with their lines; a contract whose period the check
# changed may be left out of statement generation until its SLA results are judged again: a first run
# took the drafts of an expired contract and waited for statements that were rightly not written). The jobs' locks are released as after a day
# (lock_until now): the next minute's trigger, fired by both instances at second 0, finds them free.
mapfile -t renew_ids < <(db -e "SELECT id FROM contract WHERE status = 'ACTIVE' AND start_date < CURDATE() - INTERVAL 2 DAY
    ORDER BY id LIMIT 3")
mapfile -t stmt_keys < <(db -e "SELECT CONCAT(s.contract_id, ':', s.cycle_start) FROM statement s WHERE s.status = 'DRAFT'
    AND s.generated_by = 'system' AND s.adjustment_no = 0 AND s.contract_id NOT IN ($(IFS=,; echo "${renew_ids[*]:-0}"))
    AND NOT EXISTS (SELECT 1 FROM statement a WHERE a.adjusts_id = s.id)
    AND NOT EXISTS (SELECT 1 FROM statement_invoice i WHERE i.statement_id = s.id) ORDER BY s.id DESC LIMIT 5")
if (( ${#renew_ids[@]} == 0 || ${#stmt_keys[@]} == 0 )); then
    check "(d) nightly triggers at once" FAIL "nothing to work on: ${#renew_ids[@]} contracts in force, ${#stmt_keys[@]} system drafts"
else
    ids_csv="$(IFS=,; echo "${renew_ids[*]}")"
    keys_sql="$(printf "'%s'," "${stmt_keys[@]}")"; keys_sql="${keys_sql%,}"
    audit_mark="$(db -e "SELECT COALESCE(MAX(id), 0) FROM audit_entry")"
    runs_before=(); fired_before=()
    for n in 1 2; do
        runs_before[$n]="$(log_lines "Statements of closed cycles after the nightly run" "$n")"
        fired_before[$n]="$(log_lines "Extra trigger of the nightly jobs" "$n")"
    done
    dbm -e "UPDATE contract SET end_date = CURDATE() - INTERVAL 1 DAY WHERE id IN ($ids_csv);
        DELETE l FROM statement_line l JOIN statement s ON s.id = l.statement_id WHERE CONCAT(s.contract_id, ':', s.cycle_start) IN ($keys_sql) AND s.adjustment_no = 0;
        DELETE FROM statement WHERE CONCAT(contract_id, ':', cycle_start) IN ($keys_sql) AND adjustment_no = 0;
        UPDATE shedlock SET lock_until = NOW(3) WHERE name IN ('contract-renewal', 'statement-generation') AND lock_until > NOW(3);"
    say "(d) contracts $ids_csv ended yesterday, drafts $keys_sql removed; waiting for the next minute's triggers"
    t=$(now)
    while :; do
        closed="$(db -e "SELECT COUNT(DISTINCT subject_id) FROM audit_entry WHERE id > $audit_mark AND subject_type = 'CONTRACT'
            AND actor = 'system' AND subject_id IN ($ids_csv)")"
        rewritten="$(db -e "SELECT COUNT(DISTINCT CONCAT(contract_id, ':', cycle_start)) FROM statement WHERE adjustment_no = 0
            AND CONCAT(contract_id, ':', cycle_start) IN ($keys_sql)")"
        (( closed == ${#renew_ids[@]} && rewritten == ${#stmt_keys[@]} )) && break
        (( $(printf '%.0f' "$(since "$t")") > 300 )) && break
        sleep 3
    done
    took="$(since "$t")"
    sleep 20   # a second run, if there were one, would have written by now
    audits="$(db -e "SELECT COUNT(*) FROM audit_entry WHERE id > $audit_mark AND subject_type = 'CONTRACT' AND actor = 'system'
        AND subject_id IN ($ids_csv)")"
    per_contract="$(db -e "SELECT GROUP_CONCAT(CONCAT(c.number, ' ', c.status, ' to ', c.end_date, ' (', a.action, ')') SEPARATOR '; ')
        FROM contract c JOIN audit_entry a ON a.subject_id = c.id AND a.subject_type = 'CONTRACT' AND a.id > $audit_mark
        WHERE c.id IN ($ids_csv)")"
    still_ended="$(db -e "SELECT COUNT(*) FROM contract WHERE id IN ($ids_csv) AND status = 'ACTIVE' AND end_date < CURDATE()")"
    statements="$(db -e "SELECT COUNT(*) FROM statement WHERE adjustment_no = 0 AND CONCAT(contract_id, ':', cycle_start) IN ($keys_sql)")"
    fired=""; ran=0; ran_on=""
    for n in 1 2; do
        f=$(( $(log_lines "Extra trigger of the nightly jobs" "$n") - fired_before[n] ))
        r=$(( $(log_lines "Statements of closed cycles after the nightly run" "$n") - runs_before[n] ))
        fired+="portal-$n fired $f× "; ran=$(( ran + r )); (( r > 0 )) && ran_on+="portal-$n ($r) "
    done
    # the triggers' log times on both instances: the same second
    times="$(for n in 1 2; do grep "Extra trigger of the nightly jobs" "$CLUSTER_DIR/portal-$n/server.log" | tail -1 \
        | grep -o '^\[[0-9T:.-]*' | tr -d '[' | cut -c12-19; done | tr '\n' ' ')"
    if (( audits == ${#renew_ids[@]} && still_ended == 0 && statements == ${#stmt_keys[@]} && ran == 1 )); then
        check "(d) nightly triggers fire at once on both, work done once" PASS "${fired}(last at $times); ${#renew_ids[@]} contracts closed once each, $audits system audit entries ($per_contract); ${#stmt_keys[@]} statements written again once each ($statements rows), statement run logged once, on $ran_on; ${took} s"
    else
        check "(d) nightly triggers fire at once on both, work done once" FAIL "${fired}(last at $times); contracts: $audits audit entries for ${#renew_ids[@]} ($per_contract), $still_ended still ended and in force; statements: $statements rows for ${#stmt_keys[@]} keys; statement runs logged: $ran (${ran_on:-none}); ${took} s"
    fi
fi

# ---- (e) the database down for DB_DOWN_SECONDS under load, and back ------------------------------------
# The file of (b) again, other figures (another seed): the same bytes would be a DUPLICATE, not an import.
CSV2="$WORK/kpi-$ROWS-seed7.csv"
bench generate --rows "$ROWS" --first-date 2024-01-01 --stores "$STORES" --agents "$AGENTS" --csv "$CSV2" \
    --ids "$WORK/ids.properties" --seed 7 >&2
LOAD_OUT="$WORK/load-dbdown"; rm -rf "$LOAD_OUT"; mkdir -p "$LOAD_OUT"
load_seconds=$(( DB_DOWN_SECONDS + 150 ))
say "(e) load through nginx: $LOAD_USERS users for ${load_seconds} s (log $LOAD_OUT/gatling.log)"
nice -n 5 mvn -B -Dstyle.color=never -f "$LOAD_POM" gatling:test -Dload.baseUrl="$LB" -Dload.users="$LOAD_USERS" \
    -Dload.seconds="$load_seconds" -Dload.rampSeconds=10 -Dload.label=db-down -Dload.resultsFolder="$LOAD_OUT" \
    >"$LOAD_OUT/gatling.log" 2>&1 &
load_pid=$!
# The database stops only once the load runs through nginx: on a loaded machine Gatling took minutes to
# compile and start (a run stopped the database 40 s after the launch, before its first request).
load_mark="$(wc -l <"$CLUSTER_DIR/nginx/logs/access.log")"; t=$(now)
until (( $(wc -l <"$CLUSTER_DIR/nginx/logs/access.log") >= load_mark + 20 )); do
    kill -0 "$load_pid" 2>/dev/null || fail "(e) the load simulation ended before it sent 20 requests: $LOAD_OUT/gatling.log"
    (( $(printf '%.0f' "$(since "$t")") > 600 )) && fail "(e) the load simulation sent no 20 requests through nginx within 600 s"
    sleep 2
done
say "(e) load running through nginx ($(since "$t") s after the launch)"
sleep 10
access_mark="$(wc -l <"$CLUSTER_DIR/nginx/logs/access.log")"
# an import running on instance 2 when the database stops
last_id="$(db -e "SELECT COALESCE(MAX(id), 0) FROM kpi_import")"
curl -s -u "$BENCH_LEAD" -H 'Content-Type: text/csv; charset=UTF-8' -H 'Accept: application/json' --data-binary "@$CSV2" \
    -o "$WORK/upload-dbdown.json" -w '%{http_code}' "$B/api/kpi-imports?profile=PORTAL&fileName=dbdown-$ROWS-$(date +%s).csv" \
    >"$WORK/upload-dbdown.code" &
upload_pid=$!
eid=""; estatus=""; erows=0; waited=0
while (( waited < 600 )); do
    [[ -z "$eid" ]] && eid="$(db -e "SELECT MIN(id) FROM kpi_import WHERE id > $last_id AND uploaded_by = 'bench-lead'" 2>/dev/null || true)"
    [[ "$eid" == NULL ]] && eid=""
    if [[ -n "$eid" ]]; then
        read -r estatus erows < <(db -e "SELECT status, rows_read FROM kpi_import WHERE id = $eid")
        [[ "$estatus" == RUNNING ]] && (( erows > 0 )) && break
        [[ "$estatus" == QUEUED || "$estatus" == RUNNING ]] || break
    fi
    sleep 0.25; waited=$(( waited + 1 ))
done
bash "$PROJECT/src/test/scripts/cluster.sh" db-stop
t_down=$(now)
say "(e) database stopped; import ${eid:-?} was ${estatus:-?} (${erows} rows read); probing both instances for ${DB_DOWN_SECONDS} s"
probe() { curl -s -o /dev/null -m 15 -w "%{http_code}" "$@" || true; }
ready_codes=""; api_codes=""; page_codes=""
small="store,agent_account,date,consultations"$'\n'"PETS-TM,萌宠旗舰店:小美,2026-11-03,$RANDOM"$'\n'
down_upload_name="dbdown-small-$(date +%s).csv"
down_upload="$(probe -u "vendor:vendor123" -H 'Content-Type: text/csv; charset=UTF-8' -H 'Accept: application/json' \
    --data-binary "$small" "$A/api/kpi-imports?fileName=$down_upload_name")"
while (( $(printf '%.0f' "$(since "$t_down")") < DB_DOWN_SECONDS )); do
    for base in "$A" "$B"; do
        ready_codes+="$(probe "$base/health/ready") "
        api_codes+="$(probe -u manager:manager123 -H 'Accept: application/json' "$base/api/contracts") "
        page_codes+="$(probe -u finance:finance123 "$base/settlement/list.xhtml") "
    done
    sleep 2
done
bash "$PROJECT/src/test/scripts/cluster.sh" db-start
t_up=$(now)
down_for="$(awk -v a="$t_down" -v b="$t_up" 'BEGIN { printf "%.0f", b - a }')"
back_a=""; back_b=""
while [[ -z "$back_a" || -z "$back_b" ]] && (( $(printf '%.0f' "$(since "$t_up")") < 180 )); do
    [[ -z "$back_a" && "$(probe "$A/health/ready")" == 200 && "$(probe -u manager:manager123 "$A/api/contracts")" == 200 ]] && back_a="$(since "$t_up")"
    [[ -z "$back_b" && "$(probe "$B/health/ready")" == 200 && "$(probe -u manager:manager123 "$B/api/contracts")" == 200 ]] && back_b="$(since "$t_up")"
    sleep 1
done
wait "$load_pid" 2>/dev/null || true
wait "$upload_pid" 2>/dev/null || true
codes() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }'; }
# nginx's log since the stop (cluster.sh's format: the status first)
lb_500="$(tail -n +"$(( access_mark + 1 ))" "$CLUSTER_DIR/nginx/logs/access.log" | awk '$1 >= 500 && $1 != 503' | wc -l)"
lb_codes="$(tail -n +"$(( access_mark + 1 ))" "$CLUSTER_DIR/nginx/logs/access.log" | awk '{ print $1 }' | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')"
probes_ok=1
for c in $ready_codes $api_codes $page_codes; do [[ "$c" == 503 ]] || probes_ok=0; done
down_recorded="$(db -e "SELECT COUNT(*) FROM kpi_import WHERE file_name = '$down_upload_name'")"
if (( probes_ok )) && [[ "$lb_500" == 0 && "$down_upload" == 503 && "$down_recorded" == 0 ]]; then
    check "(e) database down: readiness DOWN, 503 never 500" PASS "down ${down_for} s under $LOAD_USERS users: readiness $(codes "$ready_codes")on both; API $(codes "$api_codes"); pages $(codes "$page_codes"); upload meanwhile $down_upload, not recorded; through nginx from just before the stop: $lb_codes(5xx other than 503: $lb_500)"
else
    check "(e) database down: readiness DOWN, 503 never 500" FAIL "down ${down_for} s: readiness $(codes "$ready_codes"); API $(codes "$api_codes"); pages $(codes "$page_codes"); upload meanwhile $down_upload (recorded: $down_recorded); through nginx from just before the stop: $lb_codes(5xx other than 503: $lb_500)"
fi
if [[ -n "$back_a" && -n "$back_b" ]]; then
    check "(e) database back: both instances recover by themselves" PASS "ready and answering ${back_a} s (portal-1) and ${back_b} s (portal-2) after MariaDB started again"
else
    check "(e) database back: both instances recover by themselves" FAIL "within 180 s of MariaDB starting again: portal-1 ${back_a:-not back}, portal-2 ${back_b:-not back}"
fi
# the interrupted import: all or nothing
if [[ -n "$eid" ]]; then
    limit=$(( STALE_AFTER_SECONDS + 60 + 60 ))
    t=$(now); efinal=""; emax=0
    while :; do
        v="$(visible "$eid")"; (( v > emax )) && emax=$v
        efinal="$(curl -s -u "$BENCH_LEAD" "$A/api/kpi-imports/$eid" | json_field status)"
        [[ "$efinal" == FAILED || "$efinal" == PUBLISHED || "$efinal" == REJECTED ]] && break
        (( $(printf '%.0f' "$(since "$t")") > limit )) && break
        sleep 2
    done
    v="$(visible "$eid")"
    if [[ "$efinal" == PUBLISHED && "$v" == "$ROWS" ]]; then
        check "(e) import interrupted by the database: all or nothing" PASS "import $eid ($estatus, $erows rows read at the stop) PUBLISHED after the restart with exactly $ROWS rows"
    elif [[ "$efinal" == FAILED && "$emax" == 0 && "$v" == 0 ]]; then
        rerun="$(curl -s -u "$BENCH_LEAD" -X POST -H 'Accept: application/json' "$A/api/kpi-imports/$eid/rerun")"
        rid="$(json_field id <<<"$rerun")"; rfinal=""; t2=$(now)
        while [[ -n "$rid" ]]; do
            rfinal="$(curl -s -u "$BENCH_LEAD" "$A/api/kpi-imports/$rid" | json_field status)"
            [[ "$rfinal" == QUEUED || "$rfinal" == RUNNING ]] || break
            (( $(printf '%.0f' "$(since "$t2")") > 900 )) && break
            sleep 2
        done
        rv="$( [[ -n "$rid" ]] && visible "$rid" || echo 0)"
        if [[ "$rfinal" == PUBLISHED && "$rv" == "$ROWS" ]]; then
            check "(e) import interrupted by the database: all or nothing" PASS "import $eid ($estatus, $erows rows read at the stop) FAILED $(since "$t") s after the restart check began, 0 rows visible at every look; re-run $rid PUBLISHED $rv rows"
        else
            check "(e) import interrupted by the database: all or nothing" FAIL "import $eid FAILED with 0 rows, but its re-run ${rid:-?} is '${rfinal:-?}' with $rv rows (${rerun:0:200})"
        fi
    else
        check "(e) import interrupted by the database: all or nothing" FAIL "import $eid: '${efinal:-?}' with $v rows visible (most seen: $emax) ${limit} s after the restart; expected FAILED with 0 or PUBLISHED with $ROWS"
    fi
else
    check "(e) import interrupted by the database: all or nothing" FAIL "the import did not start before the stop"
fi

echo
echo "Cluster fault checks · $(date -u '+%F %H:%M') UTC · $(nproc) cores · load $(cut -d' ' -f1-3 /proc/loadavg) · ROWS=$ROWS STALE_AFTER_SECONDS=$STALE_AFTER_SECONDS DB_DOWN_SECONDS=$DB_DOWN_SECONDS LOAD_USERS=$LOAD_USERS · commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
printf '%s\n' "${RESULTS[@]}" | tee "$WORK/results.txt"
exit "$FAILED"
