#!/usr/bin/env bash
# Run every JXC benchmark once and print its figures (bench/README.md), in under 10 minutes on
# the 2-core development machine: the sizes below are smaller than each script's defaults
# where the default would take minutes on its own (run a script alone for its full size).
# Needs the deploy/local Kafka and PostgreSQL up and the venv synced (uv sync).
# A benchmark that fails does not stop the others; the exit status says whether any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
export PYTHONPATH="${PWD}${PYTHONPATH:+:${PYTHONPATH}}"

benches=(
    "projection_throughput --events 20000 --runs 2"
    "projection_throughput --events 20000 --runs 1 --valuation fifo"
    "rebuild --events 50000"
    "command_to_visible"
    "command_to_visible --rate 200 --orders 50 --seconds 10"
    "hot_sku --orders 500"
    "store_vs_eventsourcing --appends 2000"
    "finance_statements --lines 200000"
    "scale_ledger --lines 500000 --skus 20000 --queries 200 --valuations 10"
)
failed=()
all_started=${SECONDS}
for bench in "${benches[@]}"; do
    echo "== ${bench}"
    started=${SECONDS}
    # shellcheck disable=SC2086  # the options split on purpose
    if ! "${PYTHON}" -m bench.${bench}; then
        failed+=("${bench%% *}")
    fi
    echo "# took $((SECONDS - started)) s"
    echo
done
echo "# run_all took $((SECONDS - all_started)) s"
if ((${#failed[@]})); then
    echo "failed: ${failed[*]}" >&2
    exit 1
fi
