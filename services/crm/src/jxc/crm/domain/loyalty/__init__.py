"""Loyalty: a customer's points ledger (one stream per customer) and membership tier. Points
are earned on delivered value, reversed on returns, redeemed as a voucher. Pure."""

from jxc.crm.domain.loyalty.commands import (
    EarnPoints,
    LoyaltyCommand,
    RedeemPoints,
    ReversePoints,
)
from jxc.crm.domain.loyalty.decider import loyalty_decider
from jxc.crm.domain.loyalty.rules import (
    POINT_VALUE,
    REDEMPTION_STEP,
    TIERS,
    points_for,
    tier_of,
    voucher_code,
)
from jxc.crm.domain.loyalty.state import LoyaltyState

__all__ = [
    "POINT_VALUE",
    "REDEMPTION_STEP",
    "TIERS",
    "EarnPoints",
    "LoyaltyCommand",
    "LoyaltyState",
    "RedeemPoints",
    "ReversePoints",
    "loyalty_decider",
    "points_for",
    "tier_of",
    "voucher_code",
]
