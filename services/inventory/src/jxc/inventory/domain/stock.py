"""The stock position of one SKU in one warehouse: on hand per location and lot, reservations,
and its value (moving average or FIFO layers). Pure: no I/O, no clock, no ids made here.

`decide` answers a command with events or a DomainError; `evolve` folds an event into the
position. Every quantity and amount is a Decimal; amounts in events are rounded to 6 places,
and the value on hand is the exact sum of what came in less what went out, so nothing drifts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from typing import assert_never
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import (
    CostAdjusted,
    IssuedLayer,
    ReservationRejected,
    ReservationReleased,
    StockAdjusted,
    StockIssued,
    StockReceived,
    StockReserved,
)
from jxc.events.limits import MAX_DECIMAL_PLACES
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_number, check_quantity, fmt

ZERO = Decimal(0)
_PLACES = Decimal(1).scaleb(-MAX_DECIMAL_PLACES)


def money(value: Decimal) -> Decimal:
    """An amount as events carry it: 6 decimal places, half to even."""
    return value.quantize(_PLACES, rounding=ROUND_HALF_EVEN)


class Valuation(StrEnum):
    MOVING_AVERAGE = "moving_average"
    FIFO = "fifo"


class IssueKind(StrEnum):
    """Why stock leaves, typed: what counts as consumption (ABC) is decided by this, never by
    the free-text reason a user types."""

    SHIPMENT = "shipment"  # sold and shipped to a customer
    TRANSFER_OUT = "transfer_out"
    PURCHASE_RETURN = "purchase_return"
    OTHER = "other"  # damage, scrap, internal use: whatever a person issues by hand


BalanceKey = tuple[str, str]  # (location, lot); "" when none
ReservationKey = tuple[UUID, int]  # (order id, line number)


@dataclass(frozen=True, slots=True)
class Layer:
    """Received quantity still on hand at one unit cost (FIFO); `source` is the receipt."""

    quantity: Decimal
    unit_cost: Decimal
    source: UUID | None


@dataclass(frozen=True, slots=True)
class Position:
    sku: str
    warehouse: str
    unit: str
    currency: str
    valuation: Valuation
    allow_negative: bool = False
    quarantine: frozenset[str] = frozenset()  # locations whose stock may not be issued or sold
    on_hand: Decimal = ZERO
    reserved: Decimal = ZERO
    value: Decimal = ZERO
    last_unit_cost: Decimal = ZERO
    balances: Mapping[BalanceKey, Decimal] = field(default_factory=dict)
    layers: tuple[Layer, ...] = ()
    reservations: Mapping[ReservationKey, Decimal] = field(default_factory=dict)

    @property
    def saleable(self) -> Decimal:
        """On hand outside quarantine locations."""
        if not self.quarantine:
            return self.on_hand
        return sum((q for (loc, _), q in self.balances.items() if loc not in self.quarantine), ZERO)

    @property
    def available(self) -> Decimal:
        return self.saleable - self.reserved

    @property
    def unit_cost(self) -> Decimal:
        """The moving average cost, or the last known cost when nothing is on hand. Stock
        worth nothing (its cost credited in full) costs nothing: falling back to the last
        cost there would issue value that is not on hand and leave a negative value behind."""
        return unit_cost_of(self.on_hand, self.value, self.last_unit_cost)


def unit_cost_of(on_hand: Decimal, value: Decimal, last_unit_cost: Decimal) -> Decimal:
    """The unit cost of a position (see Position.unit_cost), unrounded."""
    return value / on_hand if on_hand > 0 else last_unit_cost


def shown_unit_cost(on_hand: Decimal, value: Decimal, last_unit_cost: Decimal) -> Decimal:
    """The unit cost as answered to people: rounded like every amount, by `money`."""
    return money(unit_cost_of(on_hand, value, last_unit_cost))


# --- commands ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Receive:
    """Goods come in; `lost` more were on the way and never arrived (a transfer's transit
    loss): they come in and are written off at once, at `lost_value`, so the ledger shows
    both what was sent and what was lost."""

    quantity: Decimal
    unit: str
    unit_cost: Decimal
    currency: str
    location: str | None = None
    lot: str | None = None
    reason: str = "purchase_receipt"
    source_event_id: UUID | None = None
    document_id: UUID | None = None
    lost: Decimal = ZERO
    lost_value: Decimal | None = None


TRANSIT_LOSS = "transit_loss"


@dataclass(frozen=True, slots=True)
class Reserve:
    """Reserve for an order line; with `refusal`, the line is rejected for that reason
    whatever is available (an order that cannot be reserved as it was placed)."""

    order_id: UUID
    line_no: int
    quantity: Decimal
    unit: str
    refusal: str | None = None


@dataclass(frozen=True, slots=True)
class Release:
    order_id: UUID
    line_no: int
    reason: str


@dataclass(frozen=True, slots=True)
class Issue:
    """Stock leaves: `order_id`/`line_no` consume that reservation first."""

    quantity: Decimal
    unit: str
    reason: str
    location: str | None = None
    lot: str | None = None
    order_id: UUID | None = None
    line_no: int | None = None
    document_id: UUID | None = None
    source_event_id: UUID | None = None
    kind: IssueKind = IssueKind.OTHER


@dataclass(frozen=True, slots=True)
class Adjust:
    """A signed correction of on hand; an addition is valued at `unit_cost` or the current cost."""

    quantity: Decimal
    unit: str
    reason: str
    location: str | None = None
    lot: str | None = None
    unit_cost: Decimal | None = None
    count_id: UUID | None = None
    document_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class CorrectCost:
    """A late cost difference for goods received earlier (`quantity` of them, by `source`)."""

    amount: Decimal
    currency: str
    quantity: Decimal
    reason: str
    source_event_id: UUID | None = None
    document_id: UUID | None = None


StockCommand = Receive | Reserve | Release | Issue | Adjust | CorrectCost


# --- decide ------------------------------------------------------------------------------


def decide(command: StockCommand, state: Position) -> Sequence[DomainEvent]:
    match command:
        case Receive():
            received = _receive(command, state)
            return [
                received,
                *_settle_shortfall(state, received),
                *_lost_on_the_way(command, state),
            ]
        case Reserve():
            return [_reserve(command, state)]
        case Release():
            return _release(command, state)
        case Issue():
            return _issue(command, state)
        case Adjust():
            return _adjust(command, state)
        case CorrectCost():
            return [_correct_cost(command, state)]
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


def _check_unit(unit: str, state: Position) -> None:
    if unit != state.unit:
        raise DomainError(
            f"{state.sku} is kept in {state.unit}, not {unit}",
            fields=("unit",),
        )


def _receive(command: Receive, state: Position) -> StockReceived:
    if command.lost < 0 or command.quantity < 0:
        raise DomainError("quantities received and lost cannot be negative", fields=("lost",))
    check_quantity(command.quantity, "quantity", "quantity", zero=True)
    check_quantity(command.lost, "lost", "lost", zero=True)
    check_quantity(command.quantity + command.lost, "quantity", "quantity")
    _check_unit(command.unit, state)
    if command.currency != state.currency:
        raise DomainError(
            f"{state.sku} in {state.warehouse} is valued in {state.currency}, "
            f"not {command.currency}",
            fields=("currency",),
        )
    if command.unit_cost < 0:
        raise DomainError("unit cost cannot be negative", fields=("unit_cost",))
    return StockReceived(
        sku=state.sku,
        warehouse=state.warehouse,
        location=command.location,
        lot=command.lot,
        quantity=command.quantity + command.lost,
        unit=state.unit,
        unit_cost=Money(amount=money(command.unit_cost), currency=state.currency),
        source_event_id=command.source_event_id,
        reason=command.reason,
        document_id=command.document_id,
    )


def _lost_on_the_way(command: Receive, state: Position) -> list[DomainEvent]:
    if command.lost == 0:
        return []
    value = command.lost_value
    if value is None:
        value = command.lost * command.unit_cost
    cur = state.currency
    return [
        StockAdjusted(
            sku=state.sku,
            warehouse=state.warehouse,
            location=command.location,
            lot=command.lot,
            quantity=-command.lost,
            unit=state.unit,
            reason=TRANSIT_LOSS,
            unit_cost=Money(amount=money(command.unit_cost), currency=cur),
            total_cost=Money(amount=-money(value), currency=cur),
            document_id=command.document_id,
            from_receipt=command.source_event_id,
        )
    ]


def received_value(event: StockReceived) -> Decimal:
    """What a receipt adds to the value: rounded like every other amount, so the value on
    hand is always a sum of 6-place amounts and the ledger adds up to it exactly."""
    return money(event.quantity * event.unit_cost.amount)


def _settle_shortfall(state: Position, received: StockReceived) -> list[DomainEvent]:
    """Stock issued beyond what was on hand (negative stock allowed) left at an estimated
    cost; the receipt that covers it says what it really cost. The difference moves from the
    stock's value to expense, so what stays on hand is worth what it cost."""
    if state.on_hand >= 0:
        return []
    short = -state.on_hand
    settled = min(short, received.quantity)
    issued_at = state.value if settled == short else money(state.value * settled / short)
    difference = money(settled * received.unit_cost.amount) + issued_at
    if difference == 0:
        return []
    cur = state.currency
    return [
        CostAdjusted(
            sku=state.sku,
            warehouse=state.warehouse,
            amount=Money(amount=ZERO, currency=cur),
            capitalised=Money(amount=-difference, currency=cur),
            expensed=Money(amount=difference, currency=cur),
            reason=SHORTFALL_SETTLED,
            source_event_id=None,
            document_id=received.document_id,
        )
    ]


SHORTFALL_SETTLED = "negative stock settled at the receipt's cost"


def _reserve(command: Reserve, state: Position) -> DomainEvent:
    check_quantity(command.quantity, "quantity", "quantity")
    _check_unit(command.unit, state)
    key = (command.order_id, command.line_no)
    if key in state.reservations:
        raise StateConflict(
            f"order {command.order_id} line {command.line_no} already holds a reservation",
            fields=("order_id", "line_no"),
        )
    available = state.available
    if command.refusal is not None or command.quantity > available:
        return ReservationRejected(
            sku=state.sku,
            warehouse=state.warehouse,
            order_id=command.order_id,
            line_no=command.line_no,
            requested=command.quantity,
            available=available,
            unit=state.unit,
            reason=command.refusal or f"only {fmt(max(available, ZERO))} {state.unit} available",
        )
    return StockReserved(
        sku=state.sku,
        warehouse=state.warehouse,
        order_id=command.order_id,
        line_no=command.line_no,
        quantity=command.quantity,
        unit=state.unit,
        available_after=available - command.quantity,
    )


def _release(command: Release, state: Position) -> list[DomainEvent]:
    held = state.reservations.get((command.order_id, command.line_no))
    if held is None:
        return []  # nothing held (rejected, shipped or released already): nothing to do
    return [
        ReservationReleased(
            sku=state.sku,
            warehouse=state.warehouse,
            order_id=command.order_id,
            line_no=command.line_no,
            quantity=held,
            unit=state.unit,
            reason=command.reason,
        )
    ]


def _issue(command: Issue, state: Position) -> list[DomainEvent]:
    check_quantity(command.quantity, "quantity", "quantity")
    _check_unit(command.unit, state)
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
    layers, total = _cost_of(state, quantity)
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


def _cost_of(state: Position, quantity: Decimal) -> tuple[list[tuple[Decimal, Decimal]], Decimal]:
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


def _adjust(command: Adjust, state: Position) -> list[DomainEvent]:
    _check_unit(command.unit, state)
    if not command.quantity.is_finite() or command.quantity == 0:
        raise DomainError("an adjustment must change the quantity", fields=("quantity",))
    check_number(command.quantity, "quantity", "the adjustment")
    if not command.reason.strip():
        raise DomainError("an adjustment needs a reason", fields=("reason",))
    location, lot = command.location or "", command.lot or ""
    if command.quantity > 0:
        unit_cost = command.unit_cost if command.unit_cost is not None else state.unit_cost
        total = money(command.quantity * unit_cost)
    else:
        held = state.balances.get((location, lot), ZERO)
        if -command.quantity > held and not state.allow_negative:
            raise DomainError(
                f"cannot remove {fmt(-command.quantity)} {state.unit}: "
                f"{fmt(held)} on hand at {location or 'the unassigned location'}"
                + (f" lot {lot}" if lot else ""),
                fields=("quantity",),
            )
        _, cost = _cost_of(state, -command.quantity)
        unit_cost, total = cost / -command.quantity, -cost
    return [
        StockAdjusted(
            sku=state.sku,
            warehouse=state.warehouse,
            location=command.location,
            lot=command.lot,
            quantity=command.quantity,
            unit=state.unit,
            reason=command.reason,
            unit_cost=Money(amount=money(unit_cost), currency=state.currency),
            total_cost=Money(amount=money(total), currency=state.currency),
            count_id=command.count_id,
            document_id=command.document_id,
        )
    ]


def _correct_cost(command: CorrectCost, state: Position) -> CostAdjusted:
    if command.currency != state.currency:
        raise DomainError(
            f"{state.sku} is valued in {state.currency}, not {command.currency}",
            fields=("currency",),
        )
    check_quantity(command.quantity, "quantity", "quantity")
    if command.amount == 0:
        raise DomainError("a cost correction must change the cost", fields=("amount",))
    if state.valuation is Valuation.FIFO:
        # Without a receipt to point at, no layer is known to hold the goods: all expensed.
        affected = [
            layer
            for layer in state.layers
            if command.source_event_id is not None and layer.source == command.source_event_id
        ]
        still_here = sum((layer.quantity for layer in affected), ZERO)
        value_here = sum((layer.quantity * layer.unit_cost for layer in affected), ZERO)
    else:
        still_here = max(state.on_hand, ZERO)
        value_here = max(state.value, ZERO)
    share = min(still_here, command.quantity) / command.quantity
    # A credit never takes the goods below zero value; what it cannot take is expensed.
    capitalised = max(money(command.amount * share), -money(value_here))
    cur = state.currency
    return CostAdjusted(
        sku=state.sku,
        warehouse=state.warehouse,
        amount=Money(amount=money(command.amount), currency=cur),
        capitalised=Money(amount=capitalised, currency=cur),
        expensed=Money(amount=money(command.amount) - capitalised, currency=cur),
        reason=command.reason,
        source_event_id=command.source_event_id,
        document_id=command.document_id,
    )


# --- evolve ------------------------------------------------------------------------------


def evolve(state: Position, event: DomainEvent) -> Position:
    if isinstance(event, StockReceived):
        return _add(
            state,
            event.location,
            event.lot,
            event.quantity,
            received_value(event),
            Layer(event.quantity, event.unit_cost.amount, event.source_event_id),
            event.unit_cost.amount,
        )
    if isinstance(event, StockReserved):
        reservations = dict(state.reservations)
        reservations[(event.order_id, event.line_no)] = event.quantity
        return replace(state, reserved=state.reserved + event.quantity, reservations=reservations)
    if isinstance(event, ReservationReleased):
        reservations = dict(state.reservations)
        reservations.pop((event.order_id, event.line_no), None)
        return replace(state, reserved=state.reserved - event.quantity, reservations=reservations)
    if isinstance(event, StockIssued):
        state = _take(state, event.location, event.lot, event.quantity, event.total_cost.amount)
        if event.order_id is not None:
            key = (event.order_id, event.line_no or 0)
            held = state.reservations.get(key, ZERO)
            consumed = min(held, event.quantity)
            if consumed > 0:
                reservations = dict(state.reservations)
                if held - consumed > 0:
                    reservations[key] = held - consumed
                else:
                    del reservations[key]
                state = replace(
                    state, reserved=state.reserved - consumed, reservations=reservations
                )
        return state
    if isinstance(event, StockAdjusted):
        if event.quantity > 0:
            return _add(
                state,
                event.location,
                event.lot,
                event.quantity,
                event.total_cost.amount,
                Layer(event.quantity, event.unit_cost.amount, None),
                state.last_unit_cost,
            )
        return _take(
            state,
            event.location,
            event.lot,
            -event.quantity,
            -event.total_cost.amount,
            first=event.from_receipt,
        )
    if isinstance(event, CostAdjusted):
        return _revalue(state, event)
    return state


def _add(
    state: Position,
    location: str | None,
    lot: str | None,
    quantity: Decimal,
    value: Decimal,
    layer: Layer,
    last_unit_cost: Decimal,
) -> Position:
    balances = dict(state.balances)
    key = (location or "", lot or "")
    balances[key] = balances.get(key, ZERO) + quantity
    layers = state.layers
    # What comes in first covers what was issued without being on hand (negative stock):
    # only the rest is a layer that later issues and cost corrections can draw on.
    netted = layer.quantity - min(max(-state.on_hand, ZERO), layer.quantity)
    if state.valuation is Valuation.FIFO and netted > 0:
        layers = (*layers, replace(layer, quantity=netted))
    return replace(
        state,
        on_hand=state.on_hand + quantity,
        value=state.value + value,
        balances=balances,
        layers=layers,
        last_unit_cost=last_unit_cost,
    )


def _take(
    state: Position,
    location: str | None,
    lot: str | None,
    quantity: Decimal,
    value: Decimal,
    first: UUID | None = None,
) -> Position:
    """Take stock out; FIFO layers go oldest first, except the layers of receipt `first`."""
    balances = dict(state.balances)
    key = (location or "", lot or "")
    left = balances.get(key, ZERO) - quantity
    if left == 0:
        balances.pop(key, None)
    else:
        balances[key] = left
    layers = state.layers
    if state.valuation is Valuation.FIFO:
        kept = [layer.quantity for layer in layers]
        order = sorted(range(len(layers)), key=lambda i: first is None or layers[i].source != first)
        need = quantity
        for i in order:
            take = min(kept[i], need)
            kept[i] -= take
            need -= take
        layers = tuple(
            replace(layer, quantity=q) if q != layer.quantity else layer
            for layer, q in zip(layers, kept, strict=True)
            if q > 0
        )
    on_hand = state.on_hand - quantity
    return replace(
        state,
        on_hand=on_hand,
        value=state.value - value,
        balances=balances,
        layers=layers,
    )


def _revalue(state: Position, event: CostAdjusted) -> Position:
    capitalised = event.capitalised.amount
    if capitalised == 0:
        return state
    layers = state.layers
    if state.valuation is Valuation.FIFO and event.source_event_id is not None:
        affected = [layer for layer in layers if layer.source == event.source_event_id]
        held = sum((layer.quantity for layer in affected), ZERO)
        if held > 0:
            per_unit = capitalised / held
            layers = tuple(
                replace(layer, unit_cost=layer.unit_cost + per_unit)
                if layer.source == event.source_event_id
                else layer
                for layer in layers
            )
    return replace(state, value=state.value + capitalised, layers=layers)
