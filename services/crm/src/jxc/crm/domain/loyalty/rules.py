"""The loyalty scheme's numbers, in one place.

- Earning: 1 point per whole unit of currency delivered (a shipment worth 250.80 earns 250).
- Tiers go by tier points (points earned less points reversed; redeeming does not lower a
  tier): member from 0, silver from 1 000, gold from 5 000, platinum from 20 000.
- Redeeming: in steps of 100 points; a point is worth 0.01 of the account's currency, so 100
  points make a voucher of 1.00.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from uuid import UUID

POINTS_PER_UNIT = 1
POINT_VALUE = Decimal("0.01")
REDEMPTION_STEP = 100
TIERS: tuple[tuple[str, int], ...] = (
    ("platinum", 20_000),
    ("gold", 5_000),
    ("silver", 1_000),
    ("member", 0),
)


def points_for(value: Decimal) -> int:
    """The points a value earns (or takes back): whole units only, never below zero."""
    if value <= 0:
        return 0
    return int(value.to_integral_value(rounding=ROUND_FLOOR)) * POINTS_PER_UNIT


def tier_of(tier_points: int) -> str:
    for tier, threshold in TIERS:
        if tier_points >= threshold:
            return tier
    return TIERS[-1][0]


def voucher_code(redemption_id: UUID) -> str:
    """The voucher a redemption makes: derived from its id, so it is unique as the id is."""
    return f"LV-{redemption_id.hex.upper()}"
