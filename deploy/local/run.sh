#!/usr/bin/env bash
# Install and start everything on this machine: Kafka, PostgreSQL, topics, databases, the
# five JXC services, each its own process (HTTP API + outbox relay + projections), and the web
# back office behind jxc-gateway (one origin: web/dist and /api/<service>/) on
# $JXC_GATEWAY_PORT (8080).
#   bash deploy/local/run.sh          start (idempotent: running services are left alone)
#   bash deploy/local/run.sh stop     stop the services (deploy/local/down.sh stops the servers)
#   bash deploy/local/run.sh status
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUN=${JXC_RUN_DIR:-$ROOT/.data/run}
# shellcheck source=/dev/null
source "$ROOT/deploy/local/proc.sh"
declare -A PORTS=([purchasing]=8001 [sales]=8002 [inventory]=8003 [finance]=8004 [crm]=8005)
ORDER=(purchasing sales inventory finance crm)

# A pid file counts only while its process runs jxc-<service> and is not a zombie.
running() { [[ -f $RUN/$1.pid ]] && alive "$(cat "$RUN/$1.pid")" "jxc-$1"; }
GATEWAY_PORT=${JXC_GATEWAY_PORT:-8080}

start() {
  bash "$ROOT/deploy/local/up.sh"
  # shellcheck source=/dev/null
  source "$ROOT/deploy/local/env.sh"
  mkdir -p "$RUN"
  for svc in "${ORDER[@]}"; do
    if running "$svc"; then echo "$svc: already running (pid $(cat "$RUN/$svc.pid"))"; continue; fi
    JXC_HTTP_PORT=${PORTS[$svc]} setsid nohup "$ROOT/.venv/bin/jxc-$svc" serve \
      >>"$RUN/$svc.log" 2>&1 </dev/null &
    echo $! >"$RUN/$svc.pid"
  done
  for svc in "${ORDER[@]}"; do
    local url="http://127.0.0.1:${PORTS[$svc]}"
    for _ in $(seq 1 60); do
      if curl -fsS "$url/healthz" >/dev/null 2>&1; then break; fi
      running "$svc" || { echo "$svc failed to start; see $RUN/$svc.log" >&2; tail -20 "$RUN/$svc.log" >&2; exit 1; }
      sleep 0.5
    done
    curl -fsS "$url/healthz" >/dev/null || { echo "$svc did not answer; see $RUN/$svc.log" >&2; exit 1; }
  done
  bash "$ROOT/deploy/local/web.sh" --no-browser
  if running gateway; then echo "gateway: already running (pid $(cat "$RUN/gateway.pid"))"; else
    JXC_GATEWAY_PORT=$GATEWAY_PORT JXC_GATEWAY_STATIC_DIR="$ROOT/web/dist" \
      setsid nohup "$ROOT/.venv/bin/jxc-gateway" serve >>"$RUN/gateway.log" 2>&1 </dev/null &
    echo $! >"$RUN/gateway.pid"
  fi
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$GATEWAY_PORT/gateway/healthz" >/dev/null 2>&1 && break
    running gateway || { echo "gateway failed to start; see $RUN/gateway.log" >&2; tail -20 "$RUN/gateway.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$GATEWAY_PORT/gateway/healthz" >/dev/null \
    || { echo "gateway did not answer; see $RUN/gateway.log" >&2; exit 1; }
  cat <<EOF2

JXC is running. The back office: open http://127.0.0.1:$GATEWAY_PORT/ (development sign-in:
pick a user, roles and warehouses). The same origin forwards /api/<service>/ to each service.
A company to work on: .venv/bin/jxc demo (--small: under a minute), then sign in as one of the
people it prints, e.g. zhang.min purchaser, chen.jing warehouse, liu.yang sales, zhou.li
credit_controller, qian.kuaiji accountant, sun.mei crm, admin admin (warehouses *).
APIs (OpenAPI docs at /docs, schema at /openapi.json; /healthz /readyz /metrics):
  purchasing  http://127.0.0.1:8001
  sales       http://127.0.0.1:8002
  inventory   http://127.0.0.1:8003
  finance     http://127.0.0.1:8004
  crm         http://127.0.0.1:8005
Logs in $RUN/<service>.log. Stop: bash deploy/local/run.sh stop && bash deploy/local/down.sh
EOF2
}

stop() {
  for svc in gateway "${ORDER[@]}"; do
    if running "$svc"; then
      kill "$(cat "$RUN/$svc.pid")" 2>/dev/null && echo "$svc: stopping"
    fi
  done
  for svc in gateway "${ORDER[@]}"; do
    for _ in $(seq 1 40); do running "$svc" || break; sleep 0.25; done
    if running "$svc"; then kill -9 "$(cat "$RUN/$svc.pid")" 2>/dev/null || true; fi
    rm -f "$RUN/$svc.pid"
  done
}

status() {
  for svc in "${ORDER[@]}"; do
    if running "$svc"; then echo "$svc: running on http://127.0.0.1:${PORTS[$svc]}"; else echo "$svc: stopped"; fi
  done
  if running gateway; then echo "gateway: running on http://127.0.0.1:$GATEWAY_PORT"; else echo "gateway: stopped"; fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
