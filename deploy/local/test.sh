#!/usr/bin/env bash
# Run every check and test on a fresh machine: installs and starts what is missing (Python
# packages, PostgreSQL, Kafka), then lint, types, unit tests and integration tests on the real
# servers. The servers stay up afterwards (deploy/local/down.sh stops them).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
bash deploy/local/up.sh
# shellcheck source=/dev/null
source deploy/local/env.sh
V="$ROOT/.venv/bin"
# kustomize and kubeconform for the offline Kubernetes checks (tests/deploy/test_k8s.py): from
# the Go module proxy into ~/.cache/jxc-tools/bin once (about 40 s cold), nothing afterwards.
echo "== tools"; bash deploy/k8s/validate.sh --install-only
echo "== ruff"; "$V/ruff" check . && "$V/ruff" format --check .
echo "== mypy --strict"; "$V/mypy" libs/events/src libs/platform/src libs/subscriber/src libs/cli/src libs/gateway/src services
# The web back office: Chromium, npm ci, the build and its component tests; the browser test
# itself (tests/e2e) runs with pytest, on the services and gateway it starts.
echo "== web"; bash deploy/local/web.sh --test
# The tests run in parallel workers (each integration test has its own namespace: databases,
# topics, ports); those marked `exclusive` stop a shared server, so they run alone afterwards.
WORKERS=${JXC_TEST_WORKERS:-3}
echo "== pytest ($WORKERS workers)"
"$V/pytest" -q -n "$WORKERS" --dist worksteal -m "not exclusive" --durations=25 "$@"
echo "== pytest (exclusive)"
"$V/pytest" -q -m exclusive "$@" || [ $? -eq 5 ]  # 5: none selected by the arguments
