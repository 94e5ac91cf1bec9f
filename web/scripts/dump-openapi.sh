#!/usr/bin/env bash
# Write each service's OpenAPI document into web/openapi/<service>.json (from the code, no
# server needed), then the typed client definitions (web/src/api/<service>.d.ts). Both are
# checked in: tests/web/test_openapi_current.py fails when they are stale, and a changed API
# breaks `npm run build` (tsc), not a page.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
for svc in purchasing sales inventory finance crm; do
  "$ROOT/.venv/bin/python" -c "
import json
from jxc.$svc.main import service
print(json.dumps(service().offline_app().openapi(), indent=2, sort_keys=True, ensure_ascii=False))
" >"$ROOT/web/openapi/$svc.json"
done
cd "$ROOT/web" && node scripts/gen-api.mjs
