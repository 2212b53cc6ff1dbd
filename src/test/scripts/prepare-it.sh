#!/usr/bin/env bash
# Prepares this machine for the integration tests: MariaDB running, an empty test database with its
# two users, Chromium with ChromeDriver for the browser tests, and a Chinese font for the pages those
# tests photograph (-Dscreenshots=DIR, the README's pictures). Safe to run again and again.
# The users are the portal's as in production (README, "Running on MySQL"): the runtime user
# (IT_DB_USER) may only read the database as a whole; the migration user (IT_DB_MIGRATION_USER)
# owns it, runs the migrations and grants the runtime user the rows of each table, audit_entry
# append-only, when the portal starts.
#
# Maven runs it in pre-integration-test with the values from pom.xml; run it by hand with
#   IT_DB_NAME=csvp_it bash src/test/scripts/prepare-it.sh
# Needs root for starting MariaDB and installing packages, and MariaDB's root user with an empty
# password (through the local socket or 127.0.0.1), as on a fresh development or CI machine.
set -euo pipefail

IT_DB_HOST="${IT_DB_HOST:-127.0.0.1}"
IT_DB_PORT="${IT_DB_PORT:-3306}"
IT_DB_NAME="${IT_DB_NAME:-csvp_it}"
IT_DB_USER="${IT_DB_USER:-csvp_it}"
IT_DB_PASSWORD="${IT_DB_PASSWORD:-csvp_it_pw}"
IT_DB_MIGRATION_USER="${IT_DB_MIGRATION_USER:-csvp_it_migrate}"
IT_DB_MIGRATION_PASSWORD="${IT_DB_MIGRATION_PASSWORD:-csvp_it_migrate_pw}"

say() { echo "[prepare-it] $*"; }
fail() { echo "[prepare-it] ERROR: $*" >&2; exit 1; }

# Identifiers go into SQL unquoted-by-the-shell: allow only plain names, so nothing can be injected.
[[ "$IT_DB_NAME" =~ ^[A-Za-z0-9_]+$ ]] || fail "IT_DB_NAME '$IT_DB_NAME' must be letters, digits and _ only"
[[ "$IT_DB_USER" =~ ^[A-Za-z0-9_]+$ ]] || fail "IT_DB_USER '$IT_DB_USER' must be letters, digits and _ only"
[[ "$IT_DB_PORT" =~ ^[0-9]+$ ]] || fail "IT_DB_PORT '$IT_DB_PORT' is not a port number"
[[ "$IT_DB_MIGRATION_USER" =~ ^[A-Za-z0-9_]+$ ]] || fail "IT_DB_MIGRATION_USER '$IT_DB_MIGRATION_USER' must be letters, digits and _ only"
[[ "$IT_DB_MIGRATION_USER" != "$IT_DB_USER" ]] || fail "IT_DB_MIGRATION_USER must differ from IT_DB_USER (the runtime user has no DDL rights)"
[[ -n "$IT_DB_PASSWORD" ]] || fail "IT_DB_PASSWORD must not be empty (MicroProfile Config treats empty as missing)"
[[ -n "$IT_DB_MIGRATION_PASSWORD" ]] || fail "IT_DB_MIGRATION_PASSWORD must not be empty (MicroProfile Config treats empty as missing)"

is_root() { [[ "$(id -u)" -eq 0 ]]; }

first_command() {
    local c
    for c in "$@"; do
        if command -v "$c" >/dev/null 2>&1; then
            echo "$c"
            return 0
        fi
    done
    return 1
}

ADMIN="$(first_command mariadb-admin mysqladmin)" || fail "neither mariadb-admin nor mysqladmin found: apt-get install -y mariadb-client"
CLIENT="$(first_command mariadb mysql)" || fail "neither mariadb nor mysql client found: apt-get install -y mariadb-client"

# Root with an empty password: the local socket first (IT_DB_SOCKET if set: a private server such as
# cluster.sh's PRIVATE_DB=1, whose database must never land on the machine's own), then TCP to
# 127.0.0.1 on the test port.
ROOT=(--user=root --password=)
[[ -n "${IT_DB_SOCKET:-}" ]] && ROOT+=(--socket="$IT_DB_SOCKET")
db_ping() {
    "$ADMIN" "${ROOT[@]}" --connect-timeout=2 ping >/dev/null 2>&1 \
        || "$ADMIN" --user=root --password= --connect-timeout=2 --protocol=TCP --host=127.0.0.1 --port="$IT_DB_PORT" ping >/dev/null 2>&1
}

db_port_answers() {
    "$ADMIN" --user=root --password= --connect-timeout=2 --protocol=TCP --host="$IT_DB_HOST" --port="$IT_DB_PORT" ping >/dev/null 2>&1
}

root_sql() {
    if "$ADMIN" "${ROOT[@]}" --connect-timeout=2 ping >/dev/null 2>&1; then
        "$CLIENT" "${ROOT[@]}" --batch "$@"
    else
        "$CLIENT" --user=root --password= --protocol=TCP --host=127.0.0.1 --port="$IT_DB_PORT" --batch "$@"
    fi
}

start_mariadb() {
    if db_port_answers; then
        say "MariaDB answers on $IT_DB_HOST:$IT_DB_PORT"
        return
    fi
    is_root || fail "MariaDB does not answer on $IT_DB_HOST:$IT_DB_PORT and starting it needs root. Start it yourself, e.g.: sudo start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd"
    [[ -x /usr/sbin/mariadbd ]] || fail "MariaDB is not installed (/usr/sbin/mariadbd missing): apt-get install -y mariadb-server"
    say "MariaDB does not answer on $IT_DB_HOST:$IT_DB_PORT; starting it"
    mkdir -p /run/mysqld
    chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    local waited=0
    until db_port_answers; do
        if (( waited >= 60 )); then
            fail "MariaDB did not answer on $IT_DB_HOST:$IT_DB_PORT within 60 s (see /var/log/mysql or journal)"
        fi
        sleep 1
        waited=$((waited + 1))
    done
    say "MariaDB answers after ${waited} s"
}

# SQL that sets an account's password whether or not the account exists yet.
account_sql() {
    local user="$1" host="$2" pw="$3"
    echo "CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$pw';"
    echo "ALTER USER '$user'@'$host' IDENTIFIED BY '$pw';"
}

sql_quoted() {
    local pw="${1//\\/\\\\}"
    echo "${pw//\'/\\\'}"
}

create_database() {
    db_ping || fail "cannot sign in to MariaDB as root with an empty password (socket or 127.0.0.1:$IT_DB_PORT)"
    local pw mpw host sql
    pw="$(sql_quoted "$IT_DB_PASSWORD")"
    mpw="$(sql_quoted "$IT_DB_MIGRATION_PASSWORD")"
    say "recreating database $IT_DB_NAME, its runtime user $IT_DB_USER and its migration user $IT_DB_MIGRATION_USER"
    sql="DROP DATABASE IF EXISTS \`$IT_DB_NAME\`;
CREATE DATABASE \`$IT_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    for host in localhost 127.0.0.1 %; do
        # Grants outlive a dropped database: an earlier run may have left the runtime user more on this
        # name. Granting SELECT first makes the REVOKE find a grant to take back, so it never fails.
        sql+="
$(account_sql "$IT_DB_USER" "$host" "$pw")
$(account_sql "$IT_DB_MIGRATION_USER" "$host" "$mpw")
GRANT SELECT ON \`$IT_DB_NAME\`.* TO '$IT_DB_USER'@'$host';
REVOKE ALL PRIVILEGES ON \`$IT_DB_NAME\`.* FROM '$IT_DB_USER'@'$host';
GRANT SELECT ON \`$IT_DB_NAME\`.* TO '$IT_DB_USER'@'$host';
GRANT ALL PRIVILEGES ON \`$IT_DB_NAME\`.* TO '$IT_DB_MIGRATION_USER'@'$host' WITH GRANT OPTION;"
    done
    root_sql <<<"$sql
FLUSH PRIVILEGES;"
    local user password
    for user in "$IT_DB_USER" "$IT_DB_MIGRATION_USER"; do
        password="$IT_DB_PASSWORD"
        [[ "$user" == "$IT_DB_USER" ]] || password="$IT_DB_MIGRATION_PASSWORD"
        "$ADMIN" --user="$user" --password="$password" --protocol=TCP --host="$IT_DB_HOST" \
            --port="$IT_DB_PORT" --connect-timeout=5 ping >/dev/null 2>&1 \
            || fail "user $user cannot sign in on $IT_DB_HOST:$IT_DB_PORT after being created"
    done
    say "database $IT_DB_NAME is empty; $IT_DB_MIGRATION_USER owns it, $IT_DB_USER may read it (the portal grants the rest)"
}

install_chromium() {
    if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
        say "Chromium and ChromeDriver present"
        return
    fi
    is_root || fail "Chromium or ChromeDriver missing (/usr/bin/chromium, /usr/bin/chromedriver); install them as root: apt-get update && apt-get install -y chromium chromium-driver"
    say "installing Chromium and ChromeDriver (Debian packages)"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q chromium chromium-driver; then
        say "install failed; refreshing the package lists and trying again"
        apt-get update -q
        apt-get install -y -q chromium chromium-driver \
            || fail "could not install chromium chromium-driver; run as root: apt-get update && apt-get install -y chromium chromium-driver"
    fi
    [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] \
        || fail "chromium chromium-driver installed but /usr/bin/chromium or /usr/bin/chromedriver is missing"
}

# Without a CJK font Chromium draws every Chinese character as an empty box (Debian's Chromium
# brings none). Noto Sans CJK is what the style sheet names after the Windows and macOS fonts.
install_cjk_font() {
    local fonts
    fonts="$(fc-list :lang=zh family 2>/dev/null || true)"
    if [[ -n "$fonts" ]]; then
        say "a Chinese font is present (${fonts%%$'\n'*})"
        return
    fi
    is_root || fail "no Chinese font (fc-list :lang=zh is empty); install one as root: apt-get update && apt-get install -y fonts-noto-cjk"
    say "installing the Chinese font fonts-noto-cjk (Debian package)"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends fonts-noto-cjk; then
        say "install failed; refreshing the package lists and trying again"
        apt-get update -q
        apt-get install -y -q --no-install-recommends fonts-noto-cjk \
            || fail "could not install fonts-noto-cjk; run as root: apt-get update && apt-get install -y fonts-noto-cjk"
    fi
    [[ -n "$(fc-list :lang=zh family 2>/dev/null || true)" ]] \
        || fail "fonts-noto-cjk installed but fc-list :lang=zh still lists no font"
}

start_mariadb
create_database
# IT_BROWSER=0: the database only (src/test/scripts/cluster.sh needs no browser).
if [[ "${IT_BROWSER:-1}" != 0 ]]; then
    install_chromium
    install_cjk_font
fi
say "ready"
