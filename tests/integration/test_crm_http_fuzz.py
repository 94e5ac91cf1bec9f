"""Issue 8 (crm) and issue 10: bad input to any crm route is a 4xx, never a 500, also with a
token that may do everything (test_http_fuzz.py's all-services run sends none, so its requests
stop at the 401): a bounded schemathesis run over crm's /openapi.json on the real servers."""

from __future__ import annotations

from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.test_http_fuzz import fuzz


async def test_crm_answers_bad_input_from_an_admin_with_a_4xx(stack: Stack) -> None:
    _, url = stack.serve("crm")
    sent, failures = fuzz(url, headers=bearer())
    assert failures == [], "\n\n".join(failures)
    assert sent > 0
