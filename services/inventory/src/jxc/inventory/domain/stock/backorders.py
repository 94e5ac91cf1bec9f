"""Serving the backorder queue: whenever available stock rises (a receipt, a transfer in, a
positive adjustment or count, a reservation released, a customer return restocked), waiting
lines are reserved whole, strictly first placed first served. A head line that does not fit
blocks the lines behind it, even smaller ones that would; nothing is ever reserved beyond
what is available."""

from __future__ import annotations

from jxc.events.contracts.inventory import StockReserved
from jxc.inventory.domain.stock.state import Position


def serve_backorders(state: Position) -> list[StockReserved]:
    served: list[StockReserved] = []
    available = state.available
    for waiting in state.backorders:
        if waiting.quantity > available:
            break  # the head waits for more; nobody overtakes it
        available -= waiting.quantity
        served.append(
            StockReserved(
                sku=state.sku,
                warehouse=state.warehouse,
                order_id=waiting.order_id,
                line_no=waiting.line_no,
                quantity=waiting.quantity,
                unit=state.unit,
                available_after=available,
                from_backorder=True,
            )
        )
    return served
