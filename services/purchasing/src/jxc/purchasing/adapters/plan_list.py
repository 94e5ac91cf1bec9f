"""The purchase plan's list: suggestions with their status (open, ordered: an order was
drafted from it, resolved: back in range or the rule gone before an order), filtered, sorted
and keyset paged in SQL.

The plan's computed columns (suggested quantity, days of cover, value) are not sorts: they are
worked out when asked, per page, from the orders in flight, the sales of the last days and
sales' latest forecast (app/purchase_plan.py), none of which the suggestion's row holds; to
sort by them the service would work them out for every open suggestion on every page (a scan
and a sort of the whole plan), or keep them stored and rewrite each row on every order, shipment
and forecast that touches it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Text, and_, bindparam, or_, select

from jxc.platform.paging import Order, Page, Paging
from jxc.platform.store import Conn
from jxc.purchasing.tables import purchase_plan_conversions as conversions
from jxc.purchasing.tables import purchase_plan_suggestions as suggestions


def _unless_none(name: str, condition: Any) -> Any:
    return or_(bindparam(name, type_=Text).is_(None), condition)


_status = bindparam("status", type_=Text)
_ordered = conversions.c.suggestion_id.is_not(None)
#: The purchase plan sorted and keyset paged.
PLAN = Paging(
    "purchase-plan",
    select(
        *(c for c in suggestions.c),
        conversions.c.purchase_order_id,
    )
    .join_from(
        suggestions,
        conversions,
        conversions.c.suggestion_id == suggestions.c.suggestion_id,
        isouter=True,
    )
    .where(
        _unless_none("sku", suggestions.c.sku == bindparam("sku")),
        _unless_none("warehouse", suggestions.c.warehouse == bindparam("warehouse")),
        or_(
            _status.is_(None),
            and_(_status == "open", suggestions.c.open, ~_ordered),
            and_(_status == "ordered", _ordered),
            and_(_status == "resolved", ~suggestions.c.open, ~_ordered),
        ),
    ),
    {
        name: suggestions.c[name]
        for name in ("detected_at", "updated_at", "sku", "warehouse", "available")
    },
    (suggestions.c.suggestion_id,),
    default="detected_at",
)


async def page(
    conn: Conn,
    *,
    status: str | None,
    sku: str | None,
    warehouse: str | None,
    limit: int,
    sort: str | None,
    order: Order | None,
    after: str | None,
) -> Page:
    """A page of suggestions (all statuses when `status` is None), oldest detected first
    unless sorted otherwise; each row with the order drafted from it, if any."""
    return await PLAN.fetch(
        conn, sort, order, after, limit, status=status, sku=sku, warehouse=warehouse
    )
