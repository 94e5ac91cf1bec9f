"""The browser tests use the integration tests' real servers and per-test namespace."""

from __future__ import annotations

import pytest

from tests.integration.conftest import stack

__all__ = ["stack"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e" in str(item.path):
            item.add_marker(pytest.mark.integration)
