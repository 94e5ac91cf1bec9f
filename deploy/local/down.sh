#!/usr/bin/env bash
# Stop the local JXC environment (Kafka, then PostgreSQL). Data in .data/ is kept.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
"$HERE/kafka.sh" stop
"$HERE/postgres.sh" stop
