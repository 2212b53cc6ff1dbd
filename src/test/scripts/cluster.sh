#!/usr/bin/env bash
# Two portal instances on one MariaDB behind Debian's nginx, all on loopback (README, "Running several
# instances"). Not a test: the fault checks (cluster-fault.sh) and the load benchmark start it.
#
#   bash src/test/scripts/cluster.sh start     MariaDB if it does not answer, a fresh database of its own,
#                                              instance 1, then instance 2 (demo data is loaded once, by the
#                                              first), nginx in front; returns when all answer
#   bash src/test/scripts/cluster.sh status    what runs, by pid, and what answers
#   bash src/test/scripts/cluster.sh stop      stops every process it started, by the pid it recorded
#   bash src/test/scripts/cluster.sh kill N    kill -9 of instance N (what the fault checks do)
#   bash src/test/scripts/cluster.sh start-instance N   starts instance N alone (after a kill)
#   bash src/test/scripts/cluster.sh stop-instance N    stops instance N (SIGTERM, by its pid)
#   bash src/test/scripts/cluster.sh db-stop | db-start  (PRIVATE_DB=1 only) stops / starts the cluster's own
#                                              MariaDB server, by its pid (what the database-down check does)
#
# Settings (environment): CLUSTER_DIR=target/cluster  NGINX_PORT=18080  HTTP_PORTS="18081 18082"
#   GRID_PORTS="7101 7102" (the data grid's, outside Payara's default 6900+)  HEAP=768m
#   DB_NAME=csvp_cluster DB_USER=csvp_cluster DB_PASSWORD=csvp_cluster_pw (+ a migration user, as prepare-it.sh)
#   STALE_AFTER_SECONDS=300 (portal.kpi.stale-after-seconds)  DEMO_DATA=true  START_TIMEOUT=900 (s per instance; boots took 4-8 min on a loaded 2-core machine)
#   CLUSTER_NAME=csvp-cluster-<user>  FRESH_DB=1 (0 keeps the database of an earlier start)
#   NIGHTLY_EXTRA_MINUTES (unset): portal.nightly.extra-minutes, e.g. '*': every instance also fires the nightly
#   renewal and statement generation at second 0 of those minutes (the fault checks' "at once")
#   START_COUNT=<all>: start starts instances 1..START_COUNT only (the others later with start-instance N;
#   nginx knows them all from the start)
#   PRIVATE_DB=0: 1 runs a MariaDB server of the cluster's own (mariadb-install-db into
#   $CLUSTER_DIR/mariadb, mariadbd on 127.0.0.1:DB_PORT, default 13306, its own socket), started and stopped
#   with the cluster; the machine's MariaDB service on 3306 is then never touched. 0 uses (and if needed
#   starts) the MariaDB on DB_PORT (3306).
# Needs root to start MariaDB or install nginx (apt-get) when missing; a built target/portal.war
# (mvn -B -q package -DskipTests) and target/payara-micro.jar (fetched here with Maven if missing).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
PROJECT="$(pwd)"

CLUSTER_DIR="${CLUSTER_DIR:-target/cluster}"
NGINX_PORT="${NGINX_PORT:-18080}"
read -r -a HTTP_PORTS <<<"${HTTP_PORTS:-18081 18082}"
read -r -a GRID_PORTS <<<"${GRID_PORTS:-7101 7102}"
HEAP="${HEAP:-768m}"
DB_HOST=127.0.0.1
PRIVATE_DB="${PRIVATE_DB:-0}"
if [[ "$PRIVATE_DB" == 1 ]]; then DB_PORT="${DB_PORT:-13306}"; else DB_PORT="${DB_PORT:-3306}"; fi
DB_NAME="${DB_NAME:-csvp_cluster}"
DB_USER="${DB_USER:-csvp_cluster}"
DB_PASSWORD="${DB_PASSWORD:-csvp_cluster_pw}"
DB_MIGRATION_USER="${DB_MIGRATION_USER:-csvp_cluster_migrate}"
DB_MIGRATION_PASSWORD="${DB_MIGRATION_PASSWORD:-csvp_cluster_migrate_pw}"
STALE_AFTER_SECONDS="${STALE_AFTER_SECONDS:-300}"
DEMO_DATA="${DEMO_DATA:-true}"
START_TIMEOUT="${START_TIMEOUT:-900}"
CLUSTER_NAME="${CLUSTER_NAME:-csvp-cluster-$(id -un)}"
FRESH_DB="${FRESH_DB:-1}"
PAYARA_VERSION="6.2025.10"
PAYARA_JAR="$PROJECT/target/payara-micro.jar"

say() { echo "[cluster] $*" >&2; }
fail() { echo "[cluster] ERROR: $*" >&2; exit 1; }

(( ${#HTTP_PORTS[@]} == ${#GRID_PORTS[@]} )) || fail "HTTP_PORTS and GRID_PORTS name as many instances"
mkdir -p "$CLUSTER_DIR"
CLUSTER_DIR="$(cd "$CLUSTER_DIR" && pwd)"
INSTANCES=${#HTTP_PORTS[@]}

members() {
    local i list=""
    for (( i = 0; i < INSTANCES; i++ )); do list+="${list:+,}127.0.0.1:${GRID_PORTS[$i]}"; done
    echo "$list"
}

pid_of() { [[ -s "$CLUSTER_DIR/$1.pid" ]] && cat "$CLUSTER_DIR/$1.pid" || true; }
alive() { local p; p="$(pid_of "$1")"; [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null; }
code() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$1" || true; }

# ---- database -----------------------------------------------------------------------------------
# PRIVATE_DB=1: a server of the cluster's own, root with an empty password on its own socket only.
DB_DATADIR="$CLUSTER_DIR/mariadb/data"
DB_SOCKET="$CLUSTER_DIR/mariadb/mariadb.sock"
db_answers() {
    mariadb-admin --user=root --password= --connect-timeout=2 --socket="$DB_SOCKET" ping >/dev/null 2>&1
}
db_start() {
    [[ "$PRIVATE_DB" == 1 ]] || fail "db-start/db-stop work on the cluster's own MariaDB only (PRIVATE_DB=1)"
    alive mariadb && { say "MariaDB (private) already runs (pid $(pid_of mariadb))"; return; }
    command -v mariadbd >/dev/null || [[ -x /usr/sbin/mariadbd ]] || fail "mariadbd missing: apt-get install -y mariadb-server"
    if [[ ! -d "$DB_DATADIR/mysql" ]]; then
        say "creating the cluster's own MariaDB data directory $DB_DATADIR"
        mkdir -p "$DB_DATADIR"
        mariadb-install-db --no-defaults --datadir="$DB_DATADIR" --user="$(id -un)" \
            --auth-root-authentication-method=normal --skip-test-db >"$CLUSTER_DIR/mariadb/install.log" 2>&1 \
            || fail "mariadb-install-db failed; see $CLUSTER_DIR/mariadb/install.log"
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$DB_PORT") 2>/dev/null; then fail "port $DB_PORT is taken (DB_PORT)"; fi
    say "starting the cluster's own MariaDB on 127.0.0.1:$DB_PORT (data $DB_DATADIR, log $CLUSTER_DIR/mariadb/server.log)"
    /usr/sbin/mariadbd --no-defaults --datadir="$DB_DATADIR" --port="$DB_PORT" --bind-address=127.0.0.1 \
        --socket="$DB_SOCKET" --pid-file="$CLUSTER_DIR/mariadb/mariadbd.pid" --user="$(id -un)" \
        --innodb-buffer-pool-size=256M --max-connections=200 --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --log-error="$CLUSTER_DIR/mariadb/server.log" >/dev/null 2>&1 &
    echo $! >"$CLUSTER_DIR/mariadb.pid"
    local waited=0
    until db_answers; do
        alive mariadb || fail "the cluster's own MariaDB ended; see $CLUSTER_DIR/mariadb/server.log"
        (( waited >= 60 )) && fail "the cluster's own MariaDB did not answer within 60 s"
        sleep 1; waited=$(( waited + 1 ))
    done
    say "MariaDB (private) answers after ${waited} s (pid $(pid_of mariadb))"
}
db_stop() {
    [[ "$PRIVATE_DB" == 1 ]] || fail "db-start/db-stop work on the cluster's own MariaDB only (PRIVATE_DB=1)"
    stop_one mariadb
}

database() {
    [[ "$PRIVATE_DB" == 1 ]] && db_start
    if [[ "$FRESH_DB" == 1 ]]; then
        IT_DB_SOCKET="$( [[ "$PRIVATE_DB" == 1 ]] && echo "$DB_SOCKET" || true)" IT_DB_HOST="$DB_HOST" IT_DB_PORT="$DB_PORT" IT_DB_NAME="$DB_NAME" IT_DB_USER="$DB_USER" \
            IT_DB_PASSWORD="$DB_PASSWORD" IT_DB_MIGRATION_USER="$DB_MIGRATION_USER" \
            IT_DB_MIGRATION_PASSWORD="$DB_MIGRATION_PASSWORD" IT_BROWSER=0 \
            bash "$PROJECT/src/test/scripts/prepare-it.sh" 2>&1 | sed 's/^\[prepare-it\]/[cluster]/' >&2
    fi
}

# ---- Payara Micro instances ---------------------------------------------------------------------
payara_jar() {
    [[ -f "$PROJECT/target/portal.war" ]] || fail "target/portal.war missing: mvn -B -q package -DskipTests"
    if [[ ! -f "$PAYARA_JAR" ]]; then
        say "fetching Payara Micro $PAYARA_VERSION to target/payara-micro.jar"
        mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION" \
            -DoutputDirectory="$PROJECT/target" -Dmdep.stripVersion=true >&2
    fi
}

# Instance N (1-based): the README's per-instance command with this cluster's ports and names.
start_instance() {
    local n="$1" i=$(( $1 - 1 )) name="portal-$1" dir
    alive "$name" && { say "$name already runs (pid $(pid_of "$name"))"; return; }
    [[ "$(code "http://127.0.0.1:${HTTP_PORTS[$i]}/")" == 000 ]] || fail "port ${HTTP_PORTS[$i]} is taken"
    dir="$CLUSTER_DIR/$name"
    mkdir -p "$dir" "$CLUSTER_DIR/uploads"
    rm -rf "$dir/root"
    # Payara Micro's HTTP listener takes every interface unless told otherwise: loopback only here.
    echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
        >"$CLUSTER_DIR/preboot-commands.txt"
    local extra=()
    [[ -n "${NIGHTLY_EXTRA_MINUTES:-}" ]] && extra=(PORTAL_NIGHTLY_EXTRA_MINUTES="$NIGHTLY_EXTRA_MINUTES")
    say "starting $name: http 127.0.0.1:${HTTP_PORTS[$i]}, data grid 127.0.0.1:${GRID_PORTS[$i]}, log $dir/server.log"
    (cd "$dir" && exec env PORTAL_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME" PORTAL_DB_USER="$DB_USER" \
        PORTAL_DB_PASSWORD="$DB_PASSWORD" PORTAL_DB_MIGRATION_USER="$DB_MIGRATION_USER" \
        PORTAL_DB_MIGRATION_PASSWORD="$DB_MIGRATION_PASSWORD" PORTAL_DEMO_DATA="$DEMO_DATA" \
        PORTAL_UPLOAD_DIR="$CLUSTER_DIR/uploads" PORTAL_INSTANCE_NAME="$name" PORTAL_TRUSTED_PROXIES=127.0.0.1 \
        PORTAL_KPI_STALE_AFTER_SECONDS="$STALE_AFTER_SECONDS" "${extra[@]}" \
        java "-Xmx$HEAP" -Dportal.cluster.name="$CLUSTER_NAME" -Dportal.cluster.members="$(members)" \
        -Dportal.cluster.interface=127.0.0.1 -Dportal.cluster.port="${GRID_PORTS[$i]}" \
        -jar "$PAYARA_JAR" --deploy "$PROJECT/target/portal.war" --contextroot / --name "$name" \
        --port "${HTTP_PORTS[$i]}" --hzconfigfile "$PROJECT/config/hazelcast-cluster.xml" \
        --prebootcommandfile "$CLUSTER_DIR/preboot-commands.txt" --rootdir "$dir/root" >"$dir/server.log" 2>&1) &
    echo $! >"$CLUSTER_DIR/$name.pid"
    local waited=0 base="http://127.0.0.1:${HTTP_PORTS[$i]}"
    until [[ "$(code "$base/health/ready")" == 200 && "$(code "$base/api/me")" == 401 ]]; do
        alive "$name" || fail "$name ended during start-up; see $dir/server.log"
        grep -qs "Exception while loading the app" "$dir/server.log" && fail "$name did not deploy; see $dir/server.log"
        (( waited >= START_TIMEOUT )) && fail "$name not ready within $START_TIMEOUT s; see $dir/server.log"
        sleep 3
        waited=$(( waited + 3 ))
    done
    say "$name ready after ${waited} s (pid $(pid_of "$name"))"
}

# ---- nginx --------------------------------------------------------------------------------------
NGINX=/usr/sbin/nginx
install_nginx() {
    [[ -x "$NGINX" ]] && return
    [[ "$(id -u)" == 0 ]] || fail "nginx missing; install it as root: apt-get install -y nginx"
    say "installing Debian's nginx"
    export DEBIAN_FRONTEND=noninteractive
    # The package's own service is not wanted: policy-rc.d keeps it from starting (and taking port 80).
    local policy=/usr/sbin/policy-rc.d created=0
    if [[ ! -e "$policy" ]]; then printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod +x "$policy"; created=1; fi
    apt-get install -y -q nginx-light >&2 || { apt-get update -q >&2; apt-get install -y -q nginx-light >&2; } \
        || apt-get install -y -q nginx >&2 || fail "could not install nginx"
    (( created )) && rm -f "$policy"
    [[ -x "$NGINX" ]] || fail "nginx installed but $NGINX missing"
}

# Sticky sessions: a session lives in the memory of the instance that created it. nginx names the
# instance that answered in a cookie of its own (csvp_route) and sends the next requests carrying it to
# that instance, to another one only when it does not answer (a backup server): there the session is
# unknown and the user signs in again. (A hash of the session cookie was not sticky: the request that
# creates a session has no cookie yet, so its hash and the next request's picked different instances.)
nginx_conf() {
    local i j servers="" pools="" routes="" chooser=""
    for (( i = 0; i < INSTANCES; i++ )); do
        servers+="        server 127.0.0.1:${HTTP_PORTS[$i]} max_fails=1 fail_timeout=10s;"$'\n'
        pools+="    upstream portal_$(( i + 1 )) {"$'\n'"        server 127.0.0.1:${HTTP_PORTS[$i]} max_fails=1 fail_timeout=10s;"$'\n'
        for (( j = 0; j < INSTANCES; j++ )); do
            (( j == i )) || pools+="        server 127.0.0.1:${HTTP_PORTS[$j]} backup;"$'\n'
        done
        pools+="    }"$'\n'
        routes+="        \"~127\\.0\\.0\\.1:${HTTP_PORTS[$i]}\$\" portal-$(( i + 1 ));"$'\n'
        chooser+="        portal-$(( i + 1 )) portal_$(( i + 1 ));"$'\n'
    done
    mkdir -p "$CLUSTER_DIR/nginx/logs" "$CLUSTER_DIR/nginx/tmp"
    cat >"$CLUSTER_DIR/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $CLUSTER_DIR/nginx/nginx.pid;
error_log $CLUSTER_DIR/nginx/logs/error.log warn;
events { worker_connections 512; }
http {
    # Which instance answered each request (the load benchmark counts them).
    # (status first: \$upstream_addr holds "a, b" when a request was passed on to a second instance)
    log_format upstream '\$status \$request_time "\$upstream_addr" [\$time_local] "\$request"';
    access_log $CLUSTER_DIR/nginx/logs/access.log upstream;
    client_body_temp_path $CLUSTER_DIR/nginx/tmp/body;
    proxy_temp_path $CLUSTER_DIR/nginx/tmp/proxy;
    fastcgi_temp_path $CLUSTER_DIR/nginx/tmp/fastcgi;
    uwsgi_temp_path $CLUSTER_DIR/nginx/tmp/uwsgi;
    scgi_temp_path $CLUSTER_DIR/nginx/tmp/scgi;
    client_max_body_size 330m;
    # Without a route cookie: any instance (round robin); with one: that instance, the others as backups.
    upstream portal {
$servers    }
$pools    map \$cookie_csvp_route \$portal_pool {
        default portal;
$chooser    }
    # The instance that answered (the last one tried), named in the route cookie.
    map \$upstream_addr \$portal_route {
        default "";
$routes    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://\$portal_pool;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 2s;
            proxy_read_timeout 300s;
            proxy_request_buffering off;
            # A dead instance refuses the connection: the request goes to the next one. Not on 503: an
            # instance answers it when the database is down, as every other one then does — retrying would
            # only mark them all failed and turn the 503 into nginx's own 502 (the database-down check).
            proxy_next_upstream error timeout http_502;
            proxy_next_upstream_tries 2;
            add_header Set-Cookie "csvp_route=\$portal_route; Path=/; HttpOnly; SameSite=Lax" always;
            # Which instance answered (the fault checks read it).
            add_header X-Portal-Upstream \$upstream_addr always;
        }
    }
}
CONF
}

start_nginx() {
    alive nginx && { say "nginx already runs (pid $(pid_of nginx))"; return; }
    install_nginx
    [[ "$(code "http://127.0.0.1:$NGINX_PORT/")" == 000 ]] || fail "port $NGINX_PORT is taken"
    nginx_conf
    "$NGINX" -t -q -c "$CLUSTER_DIR/nginx/nginx.conf" -p "$CLUSTER_DIR/nginx" 2>&1 | grep -v "could not open error log" >&2 || true
    "$NGINX" -c "$CLUSTER_DIR/nginx/nginx.conf" -p "$CLUSTER_DIR/nginx" >"$CLUSTER_DIR/nginx/logs/stdout.log" 2>&1 &
    echo $! >"$CLUSTER_DIR/nginx.pid"
    local waited=0
    until [[ "$(code "http://127.0.0.1:$NGINX_PORT/health/ready")" == 200 ]]; do
        alive nginx || fail "nginx ended; see $CLUSTER_DIR/nginx/logs/"
        (( waited >= 20 )) && fail "nginx not answering on $NGINX_PORT within 20 s"
        sleep 1; waited=$(( waited + 1 ))
    done
    say "nginx on http://127.0.0.1:$NGINX_PORT (pid $(pid_of nginx))"
}

# ---- commands -----------------------------------------------------------------------------------
stop_one() {
    local name="$1" p
    p="$(pid_of "$name")"
    if [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null; then
        say "stopping $name (pid $p)"
        kill "$p" 2>/dev/null || true
        local waited=0
        while kill -0 "$p" 2>/dev/null && (( waited < 60 )); do sleep 1; waited=$(( waited + 1 )); done
        kill -0 "$p" 2>/dev/null && { say "$name did not stop within 60 s: kill -9 $p"; kill -9 "$p" 2>/dev/null || true; }
    fi
    rm -f "$CLUSTER_DIR/$name.pid"
}

status() {
    local i name p
    for (( i = 0; i < INSTANCES; i++ )); do
        name="portal-$(( i + 1 ))"; p="$(pid_of "$name")"
        if alive "$name"; then
            echo "$name pid $p http://127.0.0.1:${HTTP_PORTS[$i]} ready=$(code "http://127.0.0.1:${HTTP_PORTS[$i]}/health/ready")"
        else
            echo "$name not running"
        fi
    done
    if alive nginx; then
        echo "nginx pid $(pid_of nginx) http://127.0.0.1:$NGINX_PORT ready=$(code "http://127.0.0.1:$NGINX_PORT/health/ready")"
    else
        echo "nginx not running"
    fi
    if [[ "$PRIVATE_DB" == 1 ]]; then
        if alive mariadb; then echo "MariaDB (private) pid $(pid_of mariadb) 127.0.0.1:$DB_PORT"; else echo "MariaDB (private) not running"; fi
    fi
    local n
    for n in "$CLUSTER_DIR"/portal-*/server.log; do
        [[ -f "$n" ]] && echo "$(basename "$(dirname "$n")"): data grid members at its last change: $(grep -o "DG Size: [0-9]*" "$n" | tail -1 | sed 's/[^0-9]//g')"
    done
}

case "${1:-}" in
    start)
        payara_jar
        database
        for (( n = 1; n <= ${START_COUNT:-$INSTANCES}; n++ )); do start_instance "$n"; done
        start_nginx
        status
        ;;
    start-instance) payara_jar; start_instance "${2:?instance number}" ;;
    stop-instance) stop_one "portal-${2:?instance number}" ;;
    kill)
        p="$(pid_of "portal-${2:?instance number}")"
        [[ -n "$p" ]] || fail "portal-$2 has no pid recorded"
        say "kill -9 portal-$2 (pid $p)"
        kill -9 "$p" 2>/dev/null || true
        rm -f "$CLUSTER_DIR/portal-$2.pid"
        ;;
    stop)
        stop_one nginx
        for (( n = INSTANCES; n >= 1; n-- )); do stop_one "portal-$n"; done
        [[ "$PRIVATE_DB" == 1 ]] && stop_one mariadb
        ;;
    db-stop) db_stop ;;
    db-start) db_start ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status|kill N|start-instance N|stop-instance N|db-stop|db-start" >&2; exit 2 ;;
esac
