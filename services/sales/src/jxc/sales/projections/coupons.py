"""Coupons and loyalty vouchers crm issued (crm.CouponIssued, crm.PointsRedeemed), for orders
to honour once. Whether one was used is the orders' record (written by their commands), so a
replay keeps it and a rebuild does not forget it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jxc.events.contracts.crm import CouponIssued, PointsRedeemed
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.sales.adapters import pricing


@dataclass(frozen=True)
class CouponsProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = field(
        default=frozenset({CouponIssued.event_type, PointsRedeemed.event_type})
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event = consumed.event
            match event:
                case CouponIssued():
                    money = event.amount_off or event.min_order_value
                    await pricing.save_coupon(
                        conn,
                        event.coupon_code,
                        event.campaign_id,
                        event.customer_id,
                        event.percent_off,
                        None if event.amount_off is None else event.amount_off.amount,
                        None if money is None else money.currency,
                        None if event.min_order_value is None else event.min_order_value.amount,
                        event.valid_from,
                        event.valid_until,
                    )
                case PointsRedeemed():
                    await pricing.save_voucher(
                        conn,
                        event.voucher_code,
                        event.customer_id,
                        event.value.amount,
                        event.value.currency,
                        event.valid_until,
                    )

    async def clear(self, conn: Conn) -> None:
        """Nothing to empty: a replay inserts only what is not known (uses are kept)."""
