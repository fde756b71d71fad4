#!/bin/bash
# Entrypoint of the air-gap postgres:15 stand-in. Same contract as the official image's for the staging
# stack: on an empty $PGDATA, initdb with POSTGRES_USER/POSTGRES_PASSWORD (scram-sha-256), create
# POSTGRES_DB, run /docker-entrypoint-initdb.d/*.sql|*.sql.gz|*.sh in name order with ON_ERROR_STOP=1
# against a temporary server reachable only through the Unix socket, then exec postgres in the
# foreground (PID 1, so docker's stop signal reaches it). A non-empty $PGDATA is started as is.
set -Eeuo pipefail

log() { printf '%s [entrypoint] %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# `docker run IMAGE -c foo=bar` means `postgres -c foo=bar`.
if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi

# Anything other than the server (psql, bash, pg_isready...) runs as asked.
if [ "$1" != 'postgres' ]; then exec "$@"; fi

: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA

# Started as root (no `user:`): fix ownership, then re-run as postgres (setpriv is in util-linux).
if [ "$(id -u)" = '0' ]; then
    mkdir -p "$PGDATA" /var/run/postgresql
    chown postgres:postgres "$PGDATA" /var/run/postgresql
    chmod 700 "$PGDATA"
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$BASH_SOURCE" "$@"
fi

# VAR or VAR_FILE (docker secrets), as the official image.
file_env() {
    local var="$1" def="${2:-}" fvar="${1}_FILE" val
    if [ -n "${!var:-}" ] && [ -n "${!fvar:-}" ]; then die "both $var and $fvar are set"; fi
    val="$def"
    if [ -n "${!var:-}" ]; then val="${!var}"; elif [ -n "${!fvar:-}" ]; then val="$(<"${!fvar}")"; fi
    export "$var"="$val"; unset "$fvar"
}

mkdir -p "$PGDATA" 2>/dev/null || true
[ -w "$PGDATA" ] || die "$PGDATA is not writable by $(id -un) (uid $(id -u)); the image makes it postgres-owned, a bind mount must be too"
chmod 700 "$PGDATA" 2>/dev/null || true

if [ ! -s "$PGDATA/PG_VERSION" ]; then
    file_env POSTGRES_PASSWORD
    file_env POSTGRES_USER postgres
    file_env POSTGRES_DB "$POSTGRES_USER"
    file_env POSTGRES_INITDB_ARGS
    : "${POSTGRES_HOST_AUTH_METHOD:=scram-sha-256}"
    if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != 'trust' ]; then
        die "database is uninitialized and POSTGRES_PASSWORD is not set (POSTGRES_HOST_AUTH_METHOD=trust allows none)"
    fi
    if [ -n "$(ls -A "$PGDATA" 2>/dev/null | grep -v '^lost+found$' || true)" ]; then
        die "$PGDATA has files but no PG_VERSION: refusing to initialise over them"
    fi

    # A failed first start leaves no half-made cluster behind (the official image does): the next
    # start retries the whole init instead of silently serving a database without its schema.
    init_done=0
    cleanup_failed_init() {
        local rc=$?
        if [ "$init_done" = 0 ]; then
            pg_ctl -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
            find "$PGDATA" -mindepth 1 -delete 2>/dev/null || true
            log "initialisation failed (exit $rc): $PGDATA emptied so the next start retries it"
        fi
    }
    trap cleanup_failed_init EXIT

    log "initialising $PGDATA (user $POSTGRES_USER, database $POSTGRES_DB)"
    # Local (socket) trust only while this script runs; see the final pg_hba.conf below.
    # shellcheck disable=SC2086
    initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
        --auth-local=trust --auth-host="$POSTGRES_HOST_AUTH_METHOD" \
        --encoding=UTF8 --locale=C.UTF-8 --no-instructions \
        $POSTGRES_INITDB_ARGS >/dev/null

    # Temporary server: socket only, no TCP, so nothing outside sees a half-made database.
    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p 5432" -w -t 30 start >/dev/null

    psql_init=(psql -X -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password -h /var/run/postgresql -p 5432)
    if [ "$POSTGRES_DB" != 'postgres' ]; then
        "${psql_init[@]}" --dbname postgres --set db="$POSTGRES_DB" -q <<<'CREATE DATABASE :"db";'
    fi
    psql_init+=(--dbname "$POSTGRES_DB")

    shopt -s nullglob
    for f in /docker-entrypoint-initdb.d/*; do
        case "$f" in
            *.sh)
                if [ -x "$f" ]; then log "running $f"; "$f"
                else log "sourcing $f"; . "$f"; fi ;;
            *.sql)    log "running $f"; "${psql_init[@]}" -q -f "$f" ;;
            *.sql.gz) log "running $f"; gunzip -c "$f" | "${psql_init[@]}" -q ;;
            *)        log "ignoring $f" ;;
        esac
    done
    shopt -u nullglob

    pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null

    # Final access rules: password (scram) from anywhere, over TCP and the socket alike. No trust left.
    {
        echo '# written by docker-entrypoint.sh: password authentication everywhere'
        echo '# TYPE  DATABASE  USER  ADDRESS  METHOD'
        echo "local   all       all            $POSTGRES_HOST_AUTH_METHOD"
        echo "host    all       all   all      $POSTGRES_HOST_AUTH_METHOD"
    } > "$PGDATA/pg_hba.conf"

    init_done=1
    trap - EXIT
    log "initialisation complete"
else
    log "$PGDATA holds a cluster (PG_VERSION $(<"$PGDATA/PG_VERSION")): skipping initialisation"
fi

exec "$@"
