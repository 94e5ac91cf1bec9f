"""Reorder rule of one SKU in one warehouse: min / max and an optional reorder quantity, and the
alert it is in. Pure: no I/O, no clock, no ids made here. Stream `reorder-rule-<sku>@<warehouse>`.

Available stock below min is low, above max is over, anything from min to max inclusive is in
range. An alert is published once per crossing, never on every movement: the rule remembers its
level, and only a change of level records an event —

    in range -> low      LowStockDetected
    in range -> over     OverstockDetected
    low / over -> in range   StockBackInRange (the alert is over: the next fall alerts again)
    low -> over, over -> low the other alert directly (one big receipt or issue)

A new rule starts "in range", so a rule set while stock is already below min publishes
LowStockDetected at once ("the first time a rule applies"). Changing an existing rule keeps its
level and alerts only if the new limits put the stock on another level. Removing a rule ends
any alert silently (ReorderRuleRemoved says so); a rule set again later starts afresh.

The available quantity comes in with the command (`SetReorderRule.available`, `CheckStock`):
the caller reads it under the position's lock, in the transaction that records the events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    LowStockDetected,
    OverstockDetected,
    ReorderRuleRemoved,
    ReorderRuleSet,
    StockBackInRange,
)
from jxc.events.limits import MAX_UNIT
from jxc.platform.decider import Decider, DomainError, NotFound
from jxc.platform.value_checks import check_code, check_number, check_text, fmt

ZERO = Decimal(0)
#: Quantities in events have at most 6 decimal places and 20 digits.


class Level(StrEnum):
    """Where available stock stands against a rule."""

    IN_RANGE = "in_range"
    BELOW_MIN = "below_min"
    ABOVE_MAX = "above_max"


def stream_of(sku: str, warehouse: str) -> str:
    return f"reorder-rule-{sku}@{warehouse}"


@dataclass(frozen=True, slots=True)
class Rule:
    min_quantity: Decimal
    max_quantity: Decimal
    reorder_quantity: Decimal | None
    unit: str


def level_of(rule: Rule, available: Decimal) -> Level:
    if available < rule.min_quantity:
        return Level.BELOW_MIN
    if available > rule.max_quantity:
        return Level.ABOVE_MAX
    return Level.IN_RANGE


# --- commands ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SetReorderRule:
    """Set (or change) the rule; `available` is the position's available stock now (zero
    when no stock has been recorded), so the rule is evaluated at once."""

    sku: str
    warehouse: str
    min_quantity: Decimal
    max_quantity: Decimal
    unit: str
    available: Decimal
    reorder_quantity: Decimal | None = None


@dataclass(frozen=True, slots=True)
class RemoveReorderRule:
    sku: str
    warehouse: str


@dataclass(frozen=True, slots=True)
class CheckStock:
    """Available stock changed: alert if it crossed a limit."""

    available: Decimal


ReorderCommand = SetReorderRule | RemoveReorderRule | CheckStock


# --- state ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReorderRuleState:
    sku: str = ""
    warehouse: str = ""
    rule: Rule | None = None
    level: Level = Level.IN_RANGE

    @property
    def exists(self) -> bool:
        return self.rule is not None


# --- decide --------------------------------------------------------------------------------


def decide(command: ReorderCommand, state: ReorderRuleState) -> Sequence[DomainEvent]:
    match command:
        case SetReorderRule():
            return _set(command, state)
        case RemoveReorderRule():
            return _remove(command, state)
        case CheckStock():
            return alerts(state, command.available)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


def _set(command: SetReorderRule, state: ReorderRuleState) -> list[DomainEvent]:
    sku = check_code(command.sku, "sku", "the SKU")
    warehouse = check_code(command.warehouse, "warehouse", "the warehouse code")
    unit = check_text(command.unit, "unit", "the unit", max_length=MAX_UNIT)
    low = check_number(command.min_quantity, "min_quantity", "min_quantity")
    high = check_number(command.max_quantity, "max_quantity", "max_quantity")
    if low < 0:
        raise DomainError("min_quantity cannot be negative", fields=("min_quantity",))
    if high <= 0:
        raise DomainError("max_quantity must be greater than zero", fields=("max_quantity",))
    if low > high:
        raise DomainError(
            f"min_quantity ({fmt(low)}) cannot be greater than max_quantity ({fmt(high)})",
            fields=("min_quantity", "max_quantity"),
        )
    reorder = command.reorder_quantity
    if reorder is not None:
        reorder = check_number(reorder, "reorder_quantity", "reorder_quantity")
        if reorder <= 0:
            raise DomainError(
                "reorder_quantity must be greater than zero (or left out)",
                fields=("reorder_quantity",),
            )
    if state.rule is not None and state.rule.unit != unit:
        raise DomainError(
            f"the rule of {sku} in {warehouse} is in {state.rule.unit}, not {unit}",
            fields=("unit",),
        )
    rule = Rule(low, high, reorder, unit)
    events: list[DomainEvent] = []
    if rule != state.rule:
        events.append(
            ReorderRuleSet(
                sku=sku,
                warehouse=warehouse,
                min_quantity=low,
                max_quantity=high,
                reorder_quantity=reorder,
                unit=unit,
            )
        )
    after = _fold(state, events)
    return events + alerts(after, command.available)


def _remove(command: RemoveReorderRule, state: ReorderRuleState) -> list[DomainEvent]:
    if state.rule is None:
        raise NotFound(
            f"there is no reorder rule for {command.sku} in {command.warehouse}",
            fields=("sku", "warehouse"),
        )
    return [ReorderRuleRemoved(sku=state.sku, warehouse=state.warehouse)]


def alerts(state: ReorderRuleState, available: Decimal) -> list[DomainEvent]:
    """The alert to record for `available`, if it puts the stock on another level than the
    rule's; none without a rule or on the same level (once per crossing)."""
    rule = state.rule
    if rule is None:
        return []
    level = level_of(rule, available)
    if level == state.level:
        return []
    common = {"sku": state.sku, "warehouse": state.warehouse, "available": available}
    match level:
        case Level.BELOW_MIN:
            return [
                LowStockDetected(
                    **common,
                    min_quantity=rule.min_quantity,
                    max_quantity=rule.max_quantity,
                    reorder_quantity=rule.reorder_quantity,
                    unit=rule.unit,
                )
            ]
        case Level.ABOVE_MAX:
            return [OverstockDetected(**common, max_quantity=rule.max_quantity, unit=rule.unit)]
        case Level.IN_RANGE:
            return [
                StockBackInRange(
                    **common,
                    min_quantity=rule.min_quantity,
                    max_quantity=rule.max_quantity,
                    unit=rule.unit,
                    was=state.level.value,
                )
            ]
        case _:  # pragma: no cover - exhaustive
            assert_never(level)


# --- evolve --------------------------------------------------------------------------------


def evolve(state: ReorderRuleState, event: DomainEvent) -> ReorderRuleState:
    if isinstance(event, ReorderRuleSet):
        rule = Rule(event.min_quantity, event.max_quantity, event.reorder_quantity, event.unit)
        return replace(state, sku=event.sku, warehouse=event.warehouse, rule=rule)
    if isinstance(event, ReorderRuleRemoved):
        return ReorderRuleState(sku=event.sku, warehouse=event.warehouse)
    if isinstance(event, LowStockDetected):
        return replace(state, level=Level.BELOW_MIN)
    if isinstance(event, OverstockDetected):
        return replace(state, level=Level.ABOVE_MAX)
    if isinstance(event, StockBackInRange):
        return replace(state, level=Level.IN_RANGE)
    return state


def _fold(state: ReorderRuleState, events: Sequence[DomainEvent]) -> ReorderRuleState:
    for event in events:
        state = evolve(state, event)
    return state


reorder_decider: Decider[ReorderCommand, ReorderRuleState] = Decider(
    stream_prefix="reorder-rule",
    initial_state=ReorderRuleState(),
    decide=decide,
    evolve=evolve,
)
