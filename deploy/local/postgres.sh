#!/usr/bin/env bash
# Local PostgreSQL for development and tests, with its own cluster in .data/postgres.
#   deploy/local/postgres.sh {start|stop|status|where}
# The server runs as the postgres user, which must be able to reach its data directory. When the
# checkout sits where postgres cannot enter (e.g. under root's 0700 home), the cluster lives in
# /var/lib/jxc-local/<hash of the checkout path>/ instead (JXC_PG_HOME overrides); `where` prints
# the directory used.
# Admin: postgresql://jxc:jxc@127.0.0.1:5432/postgres; per service: role and database jxc_<svc>
# (password jxc_<svc>). The Debian default cluster "main" is never used.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
D="$ROOT/.data"
SERVICES=(purchasing sales inventory finance crm)

# Sets PG_HOME, PGDATA_DIR, SOCKET_DIR and LOG: in .data/ when the postgres user can reach it.
place_cluster() {
  if [[ -n ${JXC_PG_HOME:-} ]]; then
    PG_HOME=$JXC_PG_HOME
  else
    mkdir -p "$D"; chmod 755 "$D"
    if id postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -x "$D" 2>/dev/null; then
      PG_HOME=/var/lib/jxc-local/$(printf %s "$ROOT" | sha1sum | cut -c1-12)
    else
      PG_HOME=$D
    fi
  fi
  PGDATA_DIR="$PG_HOME/postgres"
  SOCKET_DIR="$PG_HOME/pg-socket"
  LOG="$PG_HOME/postgres.log"
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_pg() { runuser -u postgres -- "$@"; }
admin_psql() {
  PGPASSWORD=jxc PGCONNECT_TIMEOUT=3 "$BIN/psql" -h 127.0.0.1 -p 5432 -U jxc -d postgres \
    -X -q -v ON_ERROR_STOP=1 "$@"
}
admin_ok() { admin_psql -Atc 'select 1' >/dev/null 2>&1; }
ours_running() { [[ -f $PGDATA_DIR/PG_VERSION ]] && as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; }
port_open() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

install_pg() {
  [[ -x $(pg_bin)/initdb ]] && return 0
  echo "postgres: installing PostgreSQL from Debian packages ..."
  local guard=""  # keep apt from starting the Debian "main" cluster on port 5432
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    guard=/usr/sbin/policy-rc.d; printf '#!/bin/sh\nexit 101\n' >"$guard"; chmod +x "$guard"
  fi
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
  [[ -n $guard ]] && rm -f "$guard"
  return 0
}

init_cluster() {
  mkdir -p "$PG_HOME"; chmod 755 "$PG_HOME"
  if [[ $PG_HOME != "$D" ]]; then
    echo "postgres: user postgres cannot enter $D (a parent folder is private); the cluster lives in $PG_HOME"
  fi
  as_pg test -x "$PG_HOME" || { echo "postgres: user postgres cannot reach $PG_HOME; set JXC_PG_HOME to a folder it can enter" >&2; exit 1; }
  mkdir -p "$SOCKET_DIR"; chown postgres:postgres "$SOCKET_DIR"
  touch "$LOG"; chown postgres:postgres "$LOG"
  if [[ ! -f $PGDATA_DIR/PG_VERSION ]]; then
    rm -rf "$PGDATA_DIR"; mkdir -p "$PGDATA_DIR"; chown postgres:postgres "$PGDATA_DIR"
    local pwfile; pwfile=$(mktemp); echo jxc >"$pwfile"; chown postgres "$pwfile"
    as_pg "$BIN/initdb" -D "$PGDATA_DIR" -U jxc --pwfile="$pwfile" --auth-host=scram-sha-256 \
      --auth-local=scram-sha-256 --encoding=UTF8 --locale=C >"$D/initdb.log"
    rm -f "$pwfile"
    echo "include 'jxc.conf'" >>"$PGDATA_DIR/postgresql.conf"
    echo "postgres: initialised cluster in $PGDATA_DIR"
  fi
  # Rewritten on every start, so changes here take effect on the next start.
  cat >"$PGDATA_DIR/jxc.conf" <<EOF
# Written by deploy/local/postgres.sh; edit the script, not this file.
listen_addresses = '127.0.0.1'
port = 5432
unix_socket_directories = '$SOCKET_DIR'
max_connections = 300
shared_buffers = 256MB
effective_cache_size = 1GB
work_mem = 8MB
maintenance_work_mem = 64MB
max_wal_size = 1GB
fsync = on
synchronous_commit = on
max_worker_processes = 4
max_parallel_workers_per_gather = 0
EOF
  chown postgres:postgres "$PGDATA_DIR/jxc.conf"
}

ensure_service_dbs() {
  local list; list=$(printf "'jxc_%s'," "${SERVICES[@]}"); list="ARRAY[${list%,}]"
  admin_psql <<EOF
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', n, n) FROM unnest($list) n
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n) \gexec
SELECT format('CREATE DATABASE %I OWNER %I', n, n) FROM unnest($list) n
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = n) \gexec
EOF
  echo "postgres: roles and databases jxc_<svc> present for ${SERVICES[*]}"
}

start() {
  install_pg
  place_cluster
  BIN=$(pg_bin)
  if admin_ok; then
    echo "postgres: already answering on 127.0.0.1:5432 as jxc; not starting another"
  else
    if ! ours_running; then
      if port_open; then
        echo "postgres: 127.0.0.1:5432 is taken by a server that rejects jxc/jxc (the Debian 'main' cluster?)" >&2
        exit 1
      fi
      init_cluster
      as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$LOG" -w -t 60 start >/dev/null \
        || { echo "postgres: failed to start; last lines of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1; }
    fi
    for _ in $(seq 1 60); do
      "$BIN/pg_isready" -q -h 127.0.0.1 -p 5432 && break
      sleep 1
    done
    if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p 5432 || ! admin_ok; then
      echo "postgres: not ready after 60 s; last lines of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1
    fi
    echo "postgres: running on 127.0.0.1:5432 (data $PGDATA_DIR, log $LOG)"
  fi
  ensure_service_dbs
}

stop() {
  BIN=$(pg_bin)
  if [[ -n $BIN ]] && ours_running; then
    as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null
    echo "postgres: stopped"
  else
    echo "postgres: not running"
  fi
}

status() {
  BIN=$(pg_bin)
  [[ -n $BIN ]] || { echo "postgres: not installed"; return 1; }
  if ours_running; then echo "postgres: running on 127.0.0.1:5432 (data $PGDATA_DIR)"; return 0; fi
  if admin_ok; then echo "postgres: not ours, but a server on 127.0.0.1:5432 accepts jxc/jxc"; return 0; fi
  echo "postgres: not running"; return 1
}

case "${1:-}" in
  start) start ;;
  stop) place_cluster; stop ;;
  status) place_cluster; status ;;
  where) place_cluster; echo "$PG_HOME" ;;
  *) echo "usage: $0 {start|stop|status|where}" >&2; exit 2 ;;
esac
