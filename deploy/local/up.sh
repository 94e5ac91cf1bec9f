#!/usr/bin/env bash
# Bring up the local JXC environment: Python venv (uv), PostgreSQL, Kafka and the event topics.
# Idempotent: on a running system it only checks. Stop with deploy/local/down.sh.
# Env: PYTHON (default .venv/bin/python) runs create_topics.py and Kafka's readiness check.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/deploy/local"
export PYTHON=${PYTHON:-$ROOT/.venv/bin/python}

if [[ -f $ROOT/uv.lock ]]; then
  if command -v uv >/dev/null; then UV=(uv); else
    echo "up: installing uv"
    python3 -m pip install -q uv==0.13.8 || python3 -m pip install -q --break-system-packages uv==0.13.8
    UV=(python3 -m uv)
  fi
  # Bytecode compiled now (as in the Dockerfile): a Python that writes none
  # (PYTHONDONTWRITEBYTECODE, set on some machines) otherwise compiles every module from source
  # at every process start, about 1.5 s of CPU per service process here, many times per test run.
  (cd "$ROOT" && "${UV[@]}" sync --frozen --all-packages --quiet --compile-bytecode)
  "$PYTHON" -m compileall -q -j 0 "$ROOT/libs" "$ROOT/services" >/dev/null
else
  echo "up: no uv.lock yet, skipping uv sync"
fi

"$HERE/postgres.sh" start
"$HERE/kafka.sh" start
"$PYTHON" "$HERE/create_topics.py"

cat <<EOF

JXC local environment is up (data in $ROOT/.data, stop with deploy/local/down.sh):
  Kafka       127.0.0.1:9092  (log $ROOT/.data/kafka/server.log)
  PostgreSQL  127.0.0.1:5432  (admin jxc/jxc; per service jxc_<svc>/jxc_<svc>, db jxc_<svc>)
  export JXC_KAFKA_BOOTSTRAP=127.0.0.1:9092
  export JXC_PG_ADMIN_URL=postgresql://jxc:jxc@127.0.0.1:5432/postgres
  (or: source deploy/local/env.sh for these plus JXC_<SVC>_DATABASE_URL)
EOF
