"""Defining a cost centre: a code, a name and its kind, which never changes."""

from __future__ import annotations

from typing import Literal, cast

from jxc.events.base import DomainEvent
from jxc.events.contracts.finance import CostCentreDefined
from jxc.events.limits import MAX_CODE, MAX_NAME
from jxc.finance.domain.cost_centre.commands import DefineCostCentre
from jxc.finance.domain.cost_centre.state import CostCentreState
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_code, check_text

KINDS = ("warehouse", "department")


def define(command: DefineCostCentre, state: CostCentreState) -> list[DomainEvent]:
    code = check_code(command.code, "code", "the cost centre's code")
    assert len(code) <= MAX_CODE
    name = check_text(command.name, "name", "the cost centre's name", max_length=MAX_NAME)
    if command.kind not in KINDS:
        raise DomainError("a cost centre is a warehouse or a department", fields=("kind",))
    if state.exists and state.kind != command.kind:
        raise StateConflict(
            f"cost centre {code} is a {state.kind}; its kind never changes", fields=("kind",)
        )
    if state.exists and (state.name, state.active) == (name, command.active):
        return []
    kind = cast(Literal["warehouse", "department"], command.kind)
    return [CostCentreDefined(code=code, name=name, kind=kind, active=command.active)]
