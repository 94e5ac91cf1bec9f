"""Issue 8 (crm) and issue 10: bad input to any crm route is a 4xx, never a 500, also with a
token that may do everything (test_http_fuzz.py sends none, so its requests stop at the 401):
a bounded schemathesis run over crm's /openapi.json on the real servers."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.core.failures import FailureGroup
from schemathesis.generation import GenerationMode

from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.test_http_fuzz import CHECKS, EXAMPLES_PER_OPERATION


def fuzz_as_admin(url: str) -> tuple[int, list[str]]:
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json")
    sent = 0
    failures: list[str] = []
    headers = bearer()
    for result in schema.get_all_operations():
        operation = result.ok()
        strategy = st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE),
            operation.as_strategy(GenerationMode.NEGATIVE),
        )

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy)
        def run(case: Any) -> None:
            nonlocal sent
            sent += 1
            if isinstance(case.query, dict):
                case.query.pop("wait_for_event", None)
            response = case.call(base_url=url, timeout=10, headers=headers)
            case.validate_response(response, checks=CHECKS)

        try:
            run()
        except (Exception, FailureGroup) as exc:
            failures.append(f"{operation.label}: {str(exc)[:2500]}")
    return sent, failures


async def test_crm_answers_bad_input_from_an_admin_with_a_4xx(stack: Stack) -> None:
    _, url = stack.serve("crm")
    sent, failures = fuzz_as_admin(url)
    assert failures == [], "\n\n".join(failures)
    assert sent > 0
