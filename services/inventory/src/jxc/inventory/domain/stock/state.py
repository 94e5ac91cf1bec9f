"""A stock position as it stands (on hand per location and lot, reservations, value, FIFO
layers) and how each event changes it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    BackorderWithdrawn,
    CostAdjusted,
    ReservationBackordered,
    ReservationReleased,
    StockAdjusted,
    StockInTransitChanged,
    StockIssued,
    StockReceived,
    StockReserved,
)
from jxc.events.limits import MAX_DECIMAL_PLACES

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
    """Received quantity still on hand at one unit cost (FIFO); `source` is the receipt.
    `seq` numbers the position's layers in the order they came in, and stays with a layer
    while it is drawn down or revalued, so saving a position writes only the layers that
    changed, not every layer it holds."""

    quantity: Decimal
    unit_cost: Decimal
    source: UUID | None
    seq: int


@dataclass(frozen=True, slots=True)
class Backorder:
    """An order line waiting for stock, in the position's backorder queue."""

    order_id: UUID
    line_no: int
    quantity: Decimal

    @property
    def key(self) -> ReservationKey:
        return (self.order_id, self.line_no)


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
    in_transit: Decimal = ZERO  # on its way here by transfers: neither on hand nor available
    # Order lines waiting for stock, first placed first: reserved whole, head first, as
    # available stock rises (see backorders.py); part of the state, so the stream lock of
    # the position serialises whoever fills or joins the queue.
    backorders: tuple[Backorder, ...] = ()

    def backorder_of(self, key: ReservationKey) -> Backorder | None:
        return next((b for b in self.backorders if b.key == key), None)

    @property
    def saleable(self) -> Decimal:
        """On hand outside quarantine locations."""
        if not self.quarantine:
            return self.on_hand
        return sum((q for (loc, _), q in self.balances.items() if loc not in self.quarantine), ZERO)

    @property
    def available(self) -> Decimal:
        return available_of(self.on_hand, self.on_hand - self.saleable, self.reserved)

    @property
    def unit_cost(self) -> Decimal:
        """The moving average cost, or the last known cost when nothing is on hand. Stock
        worth nothing (its cost credited in full) costs nothing: falling back to the last
        cost there would issue value that is not on hand and leave a negative value behind."""
        return unit_cost_of(self.on_hand, self.value, self.last_unit_cost)


def available_of(on_hand: Decimal, quarantined: Decimal, reserved: Decimal) -> Decimal:
    """Available stock, the one definition: on hand outside quarantine locations, less what is
    reserved. Queries that read a position's columns compute it here too."""
    return on_hand - quarantined - reserved


def unit_cost_of(on_hand: Decimal, value: Decimal, last_unit_cost: Decimal) -> Decimal:
    """The unit cost of a position (see Position.unit_cost), unrounded."""
    return value / on_hand if on_hand > 0 else last_unit_cost


def shown_unit_cost(on_hand: Decimal, value: Decimal, last_unit_cost: Decimal) -> Decimal:
    """The unit cost as answered to people: rounded like every amount, by `money`."""
    return money(unit_cost_of(on_hand, value, last_unit_cost))


def received_value(event: StockReceived) -> Decimal:
    """What a receipt adds to the value: rounded like every other amount, so the value on
    hand is always a sum of 6-place amounts and the ledger adds up to it exactly."""
    return money(event.quantity * event.unit_cost.amount)


def evolve(state: Position, event: DomainEvent) -> Position:
    if isinstance(event, StockInTransitChanged):
        return replace(state, in_transit=event.in_transit_after)
    if isinstance(event, StockReceived):
        return _add(
            state,
            event.location,
            event.lot,
            event.quantity,
            received_value(event),
            event.unit_cost.amount,
            event.source_event_id,
            event.unit_cost.amount,
        )
    if isinstance(event, StockReserved):
        key = (event.order_id, event.line_no)
        reservations = dict(state.reservations)
        reservations[key] = event.quantity
        return replace(
            state,
            reserved=state.reserved + event.quantity,
            reservations=reservations,
            backorders=_without(state.backorders, key),
        )
    if isinstance(event, ReservationBackordered):
        waiting = Backorder(event.order_id, event.line_no, event.quantity)
        return replace(state, backorders=(*state.backorders, waiting))
    if isinstance(event, BackorderWithdrawn):
        key = (event.order_id, event.line_no)
        return replace(state, backorders=_without(state.backorders, key))
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
                event.unit_cost.amount,
                None,
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


def _without(queue: tuple[Backorder, ...], key: ReservationKey) -> tuple[Backorder, ...]:
    return tuple(b for b in queue if b.key != key)


def _add(
    state: Position,
    location: str | None,
    lot: str | None,
    quantity: Decimal,
    value: Decimal,
    layer_cost: Decimal,
    source: UUID | None,
    last_unit_cost: Decimal,
) -> Position:
    balances = dict(state.balances)
    key = (location or "", lot or "")
    balances[key] = balances.get(key, ZERO) + quantity
    layers = state.layers
    # What comes in first covers what was issued without being on hand (negative stock):
    # only the rest is a layer that later issues and cost corrections can draw on.
    netted = quantity - min(max(-state.on_hand, ZERO), quantity)
    if state.valuation is Valuation.FIFO and netted > 0:
        seq = layers[-1].seq + 1 if layers else 0
        layers = (*layers, Layer(netted, layer_cost, source, seq))
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
