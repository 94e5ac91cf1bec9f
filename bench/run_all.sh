#!/usr/bin/env bash
# Run every JXC benchmark once at its default size and print its figures (bench/README.md).
# Needs the deploy/local Kafka and PostgreSQL up and the venv synced (uv sync).
# A benchmark that fails does not stop the others; the exit status says whether any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
export PYTHONPATH="${PWD}${PYTHONPATH:+:${PYTHONPATH}}"

failed=()
for bench in projection_throughput command_to_visible store_vs_eventsourcing finance_statements; do
    echo "== ${bench}"
    if ! "${PYTHON}" -m "bench.${bench}"; then
        failed+=("${bench}")
    fi
    echo
done
if ((${#failed[@]})); then
    echo "failed: ${failed[*]}" >&2
    exit 1
fi
