"""A test module says which decider it exercises by defining a `decider` fixture; `given`
then starts a given / when / then scenario for it (jxc.platform.testing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.platform.testing import Scenario
from jxc.platform.testing import given as scenario

Given = Callable[..., Scenario]


@pytest.fixture
def given(decider: Decider[Any, Any]) -> Given:
    def start(*history: DomainEvent) -> Scenario:
        return scenario(decider, *history)

    return start
