# The set-up the portal's benchmarks share (bench-comparison.sh, bench-settlement.sh): sourced, not run.
#
# The sourcing script sets its defaults first (the variables below), then calls, in this order:
#   bench_init                 checks the tools and the settings, remembers the load, traps EXIT to stop the server
#   bench_build                builds the WAR if missing (REBUILD=1: always), compiles the benchmark classes,
#                              writes the test class path to $CP, fetches Payara Micro to target/payara-micro.jar
#   bench_database             creates $DB_NAME and its user if missing (FRESH=1: drops the database first)
#   bench_start_server         starts the WAR on $PORT without demo data, waits until it answers; SERVER_PID, JAVA_PID
#   bench_admin USER PASSWORD  inserts the first administrator (the API cannot create one without demo data)
# and uses say, fail, now, since, root_sql, db, bench_java (java -cp $CP $BENCH_MAIN ...), DB_PID.
#
# Variables (the sourcing script's defaults; environment overrides): BENCH_MAIN (the Java class with the
# commands), BENCH_DIR, PORT, CONTEXT_ROOT, HEAP, KEEP_SERVER, REBUILD, FRESH, DB_HOST, DB_PORT, DB_NAME,
# DB_USER, DB_PASSWORD; START_TIMEOUT (seconds, default 300). Needs PROJECT (the project's root, the working directory).

PAYARA_VERSION="6.2025.10"

say() { echo "[bench] $*" >&2; }
fail() { echo "[bench] ERROR: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.0f\n", b - a }'; }

bench_init() {
    [[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ && "$DB_USER" =~ ^[A-Za-z0-9_]+$ ]] || fail "DB_NAME and DB_USER: letters, digits, _"
    for tool in java mvn curl mariadb; do
        command -v "$tool" >/dev/null || fail "$tool not found"
    done
    LOAD_AT_START="$(uptime)"
    BASE="http://127.0.0.1:$PORT${CONTEXT_ROOT%/}"
    SERVER_PID=""
    trap bench_cleanup EXIT
}

bench_cleanup() {
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

# ---- build, class path, Payara Micro ------------------------------------------------------------
bench_build() {
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
    PAYARA_JAR="$PROJECT/target/payara-micro.jar"
    if [[ ! -f "$PAYARA_JAR" ]]; then
        say "fetching Payara Micro $PAYARA_VERSION to target/payara-micro.jar"
        mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION" \
            -DoutputDirectory="$PROJECT/target" -Dmdep.stripVersion=true >&2
    fi
}

# API_TIMEOUT: seconds a seeding call may take (importing contracts by the hundred on a loaded machine).
bench_java() { java "-Dapi.timeout.seconds=${API_TIMEOUT:-900}" -cp "$CP" "$BENCH_MAIN" "$@"; }

# ---- database -----------------------------------------------------------------------------------
root_sql() { mariadb --user=root --password= --protocol=TCP --host="$DB_HOST" --port="$DB_PORT" --batch "$@"; }
db() { mariadb --user="$DB_USER" --password="$DB_PASSWORD" --protocol=TCP --host="$DB_HOST" --port="$DB_PORT" \
        --batch --skip-column-names "$DB_NAME" "$@"; }

bench_database() {
    root_sql -e "SELECT 1" >/dev/null 2>&1 || fail "MariaDB does not answer to root with an empty password on $DB_HOST:$DB_PORT"
    [[ "$(root_sql --skip-column-names -e "SELECT @@local_infile")" == 1 ]] \
        || fail "the server has local_infile=OFF; loading the rows needs it: SET GLOBAL local_infile=1"
    if [[ "$FRESH" == 1 ]]; then
        say "FRESH=1: dropping database $DB_NAME"
        root_sql -e "DROP DATABASE IF EXISTS \`$DB_NAME\`"
    fi
    local pw="${DB_PASSWORD//\\/\\\\}"; pw="${pw//\'/\\\'}"
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
    DB_PID="$(pidof mariadbd 2>/dev/null || pidof mysqld 2>/dev/null || true)"
    DB_PID="${DB_PID%% *}"
}

# ---- server -------------------------------------------------------------------------------------
# Extra environment for the server: BENCH_SERVER_ENV=(NAME=value ...) set by the sourcing script.
bench_start_server() {
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
        fail "something already answers on port $PORT (a server of an earlier run with KEEP_SERVER=1?); PORT=... to use another"
    fi
    rm -rf "$BENCH_DIR/root" "$BENCH_DIR/server.log"
    say "starting Payara Micro on port $PORT (-Xmx$HEAP), log $BENCH_DIR/server.log"
    (cd "$BENCH_DIR" && exec env PORTAL_DB_URL="$JDBC" PORTAL_DB_USER="$DB_USER" PORTAL_DB_PASSWORD="$DB_PASSWORD" \
        PORTAL_DEMO_DATA=false PORTAL_UPLOAD_DIR="$BENCH_DIR/uploads" ${BENCH_SERVER_ENV[@]+"${BENCH_SERVER_ENV[@]}"} \
        java "-Xmx$HEAP" -jar "$PAYARA_JAR" --deploy "$PROJECT/target/portal.war" --contextroot "$CONTEXT_ROOT" \
        --port "$PORT" --hzconfigfile "$PROJECT/config/hazelcast-loopback.xml" --rootdir "$BENCH_DIR/root" >"$BENCH_DIR/server.log" 2>&1) &
    SERVER_PID=$!
    local started
    started=$(now)
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" == 200 \
            && "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/me")" == 401 ]]; do
        kill -0 "$SERVER_PID" 2>/dev/null || fail "Payara Micro ended during start-up; see $BENCH_DIR/server.log"
        if grep -qs "Exception while loading the app" "$BENCH_DIR/server.log"; then
            fail "the WAR did not deploy; see $BENCH_DIR/server.log"
        fi
        (( $(since "$started") > ${START_TIMEOUT:-300} )) && fail "not ready within ${START_TIMEOUT:-300} s; see $BENCH_DIR/server.log"
        sleep 2
    done
    say "ready after $(since "$started") s: $BASE"
    JAVA_PID="$(pgrep -P "$SERVER_PID" java 2>/dev/null || true)"   # the subshell's exec: normally the same pid
    JAVA_PID="${JAVA_PID:-$SERVER_PID}"
}

# The API cannot create the first administrator (without demo data there is none): insert it.
bench_admin() {
    local user="$1" password="$2" hash
    if [[ -z "$(db -e "SELECT id FROM portal_user WHERE username = '$user'")" ]]; then
        hash="$(bench_java hash "$password")"
        db <<SQL
INSERT INTO portal_user (username, display_name, password_hash, version) VALUES ('$user', 'Benchmark admin', '$hash', 1);
INSERT INTO user_role (user_id, role) SELECT id, 'ADMIN' FROM portal_user WHERE username = '$user';
SQL
    fi
}

# One line naming the machine, the database, the server and the commit, for the results' head.
bench_header() {
    echo "$(date -u '+%F %H:%M') UTC · $(nproc) cores · MariaDB $(db -e 'SELECT VERSION()')" \
        "(buffer pool $(root_sql --skip-column-names -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MB)" \
        "· Payara Micro $PAYARA_VERSION -Xmx$HEAP · WAR of $(date -r target/portal.war '+%F %T')" \
        "· commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
}

# The portal's statement catch-up runs just after start-up (closed cycles without a statement): a
# benchmark measuring while it runs would share the CPU with it. Waits until the server logged its end.
wait_for_statement_catch_up() {
    local waited=0
    until grep -qs "Statements of closed cycles after start-up" "$BENCH_DIR/server.log"; do
        (( waited >= ${START_TIMEOUT:-300} )) && fail "the start-up statement catch-up did not end within ${START_TIMEOUT:-300} s; see $BENCH_DIR/server.log"
        (( waited % 30 == 0 )) && say "waiting for the server's start-up statement catch-up to end"
        sleep 2
        waited=$((waited + 2))
    done
}
