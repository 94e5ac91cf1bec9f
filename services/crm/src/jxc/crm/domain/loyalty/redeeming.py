"""Redeeming points for a voucher sales honours once: in steps of REDEMPTION_STEP, never more
than the balance, each redemption id once."""

from __future__ import annotations

from datetime import timedelta

from jxc.crm.domain.loyalty.commands import RedeemPoints
from jxc.crm.domain.loyalty.rules import POINT_VALUE, REDEMPTION_STEP, voucher_code
from jxc.crm.domain.loyalty.state import LoyaltyState
from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.crm import PointsRedeemed
from jxc.platform.decider import DomainError, StateConflict

MAX_VALID_DAYS = 3660


def redeem(command: RedeemPoints, state: LoyaltyState) -> list[DomainEvent]:
    if command.redemption_id in state.redemptions:
        raise StateConflict(
            f"redemption {command.redemption_id} was made already "
            f"(voucher {voucher_code(command.redemption_id)}); it is never spent twice",
            fields=("redemption_id",),
        )
    points = command.points
    if points <= 0 or points % REDEMPTION_STEP:
        raise DomainError(
            f"points are redeemed in steps of {REDEMPTION_STEP}: {points} is not one",
            fields=("points",),
        )
    if not 1 <= command.valid_days <= MAX_VALID_DAYS:
        raise DomainError(
            f"a voucher is valid for 1 to {MAX_VALID_DAYS} days, not {command.valid_days}",
            fields=("valid_days",),
        )
    if state.currency is None or points > state.balance:
        raise StateConflict(
            f"customer {command.customer_id} has {state.balance} points; "
            f"{points} cannot be redeemed",
            fields=("points",),
            balance=state.balance,
        )
    return [
        PointsRedeemed(
            redemption_id=command.redemption_id,
            customer_id=command.customer_id,
            voucher_code=voucher_code(command.redemption_id),
            points=points,
            value=Money(amount=points * POINT_VALUE, currency=state.currency),
            valid_until=command.today + timedelta(days=command.valid_days),
        )
    ]
