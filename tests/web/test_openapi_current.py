"""The web client is typed from the services' OpenAPI documents checked in under web/openapi/
(web/src/api/<service>.d.ts is generated from them at every build): a changed API must show
here, so that regenerating (bash web/scripts/dump-openapi.sh) makes a mismatch break the
web build rather than a page."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("service", ["purchasing", "sales", "inventory", "finance", "crm"])
def test_checked_in_openapi_document_is_current(service: str) -> None:
    main = importlib.import_module(f"jxc.{service}.main")
    current = main.service().offline_app().openapi()
    checked_in = json.loads((ROOT / "web" / "openapi" / f"{service}.json").read_text())
    assert checked_in == json.loads(json.dumps(current)), (
        f"web/openapi/{service}.json is stale: run `bash web/scripts/dump-openapi.sh`"
    )
