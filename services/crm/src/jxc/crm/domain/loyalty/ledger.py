"""The points ledger's lines: one per event that moved points, with the change to the balance
and the balance after it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import PointsEarned, PointsRedeemed, PointsReversed


@dataclass(frozen=True, slots=True)
class LedgerLine:
    position: int  # the index of the event among those given
    kind: str  # earned, reversed, redeemed
    points: int  # the points the event is about
    change: int  # what it did to the balance
    balance: int  # the balance after it
    order_id: UUID | None
    reference: UUID  # the shipment, return or redemption
    voucher_code: str | None
    value: Decimal
    currency: str


def ledger_lines(events: Sequence[DomainEvent], balance_after: int) -> list[LedgerLine]:
    """The lines of `events`, the last of which left the balance at `balance_after`."""
    moves = [_move(event) for event in events]
    balance = balance_after - sum(line.change for line in moves if line is not None)
    lines = []
    for position, line in enumerate(moves):
        if line is None:
            continue
        balance += line.change
        lines.append(
            LedgerLine(
                position,
                line.kind,
                line.points,
                line.change,
                balance,
                line.order_id,
                line.reference,
                line.voucher_code,
                line.value,
                line.currency,
            )
        )
    return lines


def _move(event: DomainEvent) -> LedgerLine | None:
    match event:
        case PointsEarned():
            return LedgerLine(
                0,
                "earned",
                event.points,
                event.points - event.owed_settled,
                0,
                event.order_id,
                event.shipment_id,
                None,
                event.value.amount,
                event.value.currency,
            )
        case PointsReversed():
            return LedgerLine(
                0,
                "reversed",
                event.points,
                -event.taken,
                0,
                event.order_id,
                event.return_id,
                None,
                event.value.amount,
                event.value.currency,
            )
        case PointsRedeemed():
            return LedgerLine(
                0,
                "redeemed",
                event.points,
                -event.points,
                0,
                None,
                event.redemption_id,
                event.voucher_code,
                event.value.amount,
                event.value.currency,
            )
    return None
