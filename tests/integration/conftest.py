from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from jxc.platform.kafka import delete_topics, ensure_topics
from jxc.platform.settings import topic_of
from tests.integration.harness import KAFKA_BOOTSTRAP, SERVICES, Stack


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration" in str(item.path):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
async def stack() -> AsyncIterator[Stack]:
    """A fresh namespace (databases and topics) for one test."""
    current = Stack()
    await ensure_topics(KAFKA_BOOTSTRAP, [topic_of(c, current.namespace) for c in SERVICES])
    try:
        yield current
    finally:
        current.stop_all()
        current.drop()
        await delete_topics(KAFKA_BOOTSTRAP, f"{current.namespace}.")
