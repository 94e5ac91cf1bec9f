"""Stock leaves: from which locations and lots, consuming a reservation first, at what cost."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import (
    IssuedLayer,
    StockIssued,
)
from jxc.inventory.domain.stock._guards import check_unit
from jxc.inventory.domain.stock.commands import Issue
from jxc.inventory.domain.stock.state import ZERO, BalanceKey, Position, Valuation, evolve, money
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_quantity, fmt


def issue(command: Issue, state: Position) -> list[DomainEvent]:
    check_quantity(command.quantity, "quantity", "quantity")
    check_unit(command.unit, state)
    reserved_for_line = ZERO
    if command.order_id is not None:
        reserved_for_line = state.reservations.get((command.order_id, command.line_no or 0), ZERO)
    if (
        command.location is not None
        and command.location in state.quarantine
        and (command.reason != "purchase_return")
    ):
        raise DomainError(
            f"location {command.location} is a quarantine location: its stock cannot be issued "
            f"for {command.reason}",
            fields=("location",),
        )
    # What this issue may take: its own reservation plus what nobody has reserved, and no
    # more than the balances it draws from hold (a named location or lot holds only its own);
    # a purchase return may also take quarantined goods, which are never reserved.
    may_take = reserved_for_line + state.available
    sources = _sources(command, state)
    held_saleable = sum((q for (loc, _), q in sources if loc not in state.quarantine), ZERO)
    held_quarantined = sum((q for (loc, _), q in sources if loc in state.quarantine), ZERO)
    limit = max(min(held_saleable, may_take), ZERO) + held_quarantined
    if command.quantity > limit and not state.allow_negative:
        raise DomainError(
            f"cannot issue {fmt(command.quantity)} {state.unit} of {state.sku} from "
            f"{state.warehouse}: {fmt(max(limit, ZERO))} available{_where(command)}"
            + (
                f" (of which {fmt(reserved_for_line)} reserved for this order line)"
                if reserved_for_line
                else ""
            ),
            fields=("quantity",),
            available=limit,
        )
    events: list[DomainEvent] = []
    current = state
    for (location, lot), quantity in _draw(command, sources):
        event = _issued(command, current, location, lot, quantity)
        events.append(event)
        current = evolve(current, event)
    return events


def _where(command: Issue) -> str:
    if command.location is not None:
        return f" at {command.location}" + (f" lot {command.lot}" if command.lot else "")
    return f" in lot {command.lot}" if command.lot is not None else ""


def _sources(command: Issue, state: Position) -> list[tuple[BalanceKey, Decimal]]:
    """The (location, lot) balances an issue may draw from, in the order it draws them: those
    of the named location and / or lot, else all of them, the unassigned stock first; never
    quarantine, except for a purchase return, which takes quarantined goods first."""
    returning = command.reason == "purchase_return"
    found = [
        (key, q)
        for key, q in sorted(state.balances.items())
        if q > 0
        and (command.location is None or key[0] == command.location)
        and (command.lot is None or key[1] == command.lot)
        and (key[0] not in state.quarantine or returning)
    ]
    if returning:
        found.sort(key=lambda item: item[0][0] not in state.quarantine)  # stable
    return found


def _draw(
    command: Issue, sources: list[tuple[BalanceKey, Decimal]]
) -> list[tuple[BalanceKey, Decimal]]:
    """How much an issue takes from each of its sources; what they do not hold (negative
    stock allowed) is taken from the named balance, or the unassigned one."""
    left = command.quantity
    taken: list[tuple[BalanceKey, Decimal]] = []
    for key, quantity in sources:
        if left <= 0:
            break
        take = min(quantity, left)
        taken.append((key, take))
        left -= take
    if left > 0:  # beyond what the balances hold (negative stock allowed)
        short: BalanceKey = (command.location or "", command.lot or "")
        for i, (key, quantity) in enumerate(taken):
            if key == short:
                taken[i] = (key, quantity + left)
                break
        else:
            taken.append((short, left))
    return taken


def _issued(
    command: Issue, state: Position, location: str, lot: str, quantity: Decimal
) -> StockIssued:
    layers, total = cost_of(state, quantity)
    return StockIssued(
        sku=state.sku,
        warehouse=state.warehouse,
        location=location or None,
        lot=lot or None,
        quantity=quantity,
        unit=state.unit,
        reason=command.reason,
        kind=command.kind.value,
        unit_cost=Money(amount=money(total / quantity), currency=state.currency),
        total_cost=Money(amount=money(total), currency=state.currency),
        layers=[
            IssuedLayer(quantity=q, unit_cost=Money(amount=money(c), currency=state.currency))
            for q, c in layers
        ],
        order_id=command.order_id,
        line_no=command.line_no,
        document_id=command.document_id,
        source_event_id=command.source_event_id,
    )


def cost_of(state: Position, quantity: Decimal) -> tuple[list[tuple[Decimal, Decimal]], Decimal]:
    """The cost of taking `quantity` out now: the layers drawn (FIFO) and the total.

    Taking everything that is on hand takes exactly the value on hand, so no rounding residue
    is ever left behind in the books."""
    if state.valuation is Valuation.FIFO:
        drawn: list[tuple[Decimal, Decimal]] = []
        left = quantity
        for layer in state.layers:
            if left <= 0:
                break
            take = min(layer.quantity, left)
            drawn.append((take, layer.unit_cost))
            left -= take
        if left > 0:  # negative stock: the shortfall at the last known cost
            drawn.append(
                (left, state.layers[-1].unit_cost if state.layers else state.last_unit_cost)
            )
        total = sum((q * c for q, c in drawn), ZERO)
        if quantity == state.on_hand:
            total = state.value
        return drawn, money(total)
    unit_cost = state.unit_cost
    total = state.value if quantity == state.on_hand else money(quantity * unit_cost)
    return [(quantity, unit_cost)], total
