#!/usr/bin/env bash
# Local PostgreSQL for development and tests, with its own cluster in .data/postgres.
#   deploy/local/postgres.sh {start|stop|status}
# Admin: postgresql://jxc:jxc@127.0.0.1:5432/postgres; per service: role and database jxc_<svc>
# (password jxc_<svc>). The Debian default cluster "main" is never used.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
D="$ROOT/.data"
PGDATA_DIR="$D/postgres"
SOCKET_DIR="$D/pg-socket"
LOG="$D/postgres.log"
SERVICES=(purchasing sales inventory finance crm)

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
  mkdir -p "$D"; chmod 755 "$D"
  as_pg test -x "$D" || { echo "postgres: user postgres cannot reach $D (check parent dir permissions)" >&2; exit 1; }
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
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {start|stop|status}" >&2; exit 2 ;;
esac
