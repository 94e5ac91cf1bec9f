"""The points ledger's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.crm.domain.loyalty.commands import EarnPoints, LoyaltyCommand, RedeemPoints, ReversePoints
from jxc.crm.domain.loyalty.earning import earn, reverse
from jxc.crm.domain.loyalty.redeeming import redeem
from jxc.crm.domain.loyalty.state import LoyaltyState, evolve
from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider


def decide(command: LoyaltyCommand, state: LoyaltyState) -> Sequence[DomainEvent]:
    match command:
        case EarnPoints():
            return earn(command, state)
        case ReversePoints():
            return reverse(command, state)
        case RedeemPoints():
            return redeem(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


loyalty_decider: Decider[LoyaltyCommand, LoyaltyState] = Decider(
    stream_prefix="loyalty",
    initial_state=LoyaltyState(),
    decide=decide,
    evolve=evolve,
    state_type=LoyaltyState,
)
