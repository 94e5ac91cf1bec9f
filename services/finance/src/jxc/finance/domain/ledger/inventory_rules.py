"""What inventory's events post, at the cost inventory computed (finance never recomputes
cost); every line carries the warehouse as its cost centre and the SKU.

Transfers go through goods in transit: the dispatch moves the value from the source's
inventory to transit (TransferDispatched; the source's StockIssued of kind transfer_out posts
nothing, it is the same value); a receipt takes the value received and the loss out of
transit (TransferReceived: the loss is expensed, the value received goes to transfer clearing),
and the destination's StockReceived (transfer_in) takes it from clearing into its inventory,
its transit-loss StockAdjusted back to clearing. Clearing is left with rounding residues only
(inventory values a receipt at quantity x unit cost, rounded)."""

from __future__ import annotations

from datetime import date

from jxc.events.contracts.inventory import (
    CostAdjusted,
    StockAdjusted,
    StockIssued,
    StockReceived,
    TransferDispatched,
    TransferReceived,
)
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.entry import Entry, Line, entry
from jxc.finance.domain.ledger.values import received_value

TRANSIT_LOSS = "transit_loss"

_RECEIVED_FROM = {
    "purchase_receipt": a.GRNI,
    "transfer_in": a.TRANSFER_CLEARING,
    "customer_return": a.COGS,  # the cost of goods sold comes back at the cost they left with
}
_ISSUED_TO = {
    "shipment": a.COGS,
    "purchase_return": a.GRNI,
}


def stock_received(event: StockReceived, on: date) -> Entry | None:
    value = received_value(event)
    counter = _RECEIVED_FROM.get(event.reason, a.INVENTORY_GAINS)
    wh, sku = event.warehouse, event.sku
    return entry(
        on,
        f"{sku} received in {wh} ({event.reason})",
        event.unit_cost.currency,
        Line(a.INVENTORY, value, wh, sku=sku),
        Line(counter, -value, wh, sku=sku),
    )


def stock_issued(event: StockIssued, on: date) -> Entry | None:
    kind = event.kind or event.reason
    if kind == "transfer_out":
        return None  # posted from the TransferDispatched of the same transaction
    value = event.total_cost.amount
    counter = _ISSUED_TO.get(kind, a.INVENTORY_LOSSES)
    wh, sku = event.warehouse, event.sku
    return entry(
        on,
        f"{sku} issued from {wh} ({kind})",
        event.total_cost.currency,
        Line(counter, value, wh, sku=sku),
        Line(a.INVENTORY, -value, wh, sku=sku),
    )


def stock_adjusted(event: StockAdjusted, on: date) -> Entry | None:
    value = event.total_cost.amount  # signed: positive adds value
    if event.reason == TRANSIT_LOSS:
        counter = a.TRANSFER_CLEARING  # the loss was expensed from the TransferReceived
    elif value > 0:
        counter = a.INVENTORY_GAINS
    else:
        counter = a.INVENTORY_LOSSES
    wh, sku = event.warehouse, event.sku
    return entry(
        on,
        f"{sku} adjusted in {wh} ({event.reason})",
        event.total_cost.currency,
        Line(a.INVENTORY, value, wh, sku=sku),
        Line(counter, -value, wh, sku=sku),
    )


def cost_adjusted(event: CostAdjusted, on: date) -> Entry | None:
    """Capitalised on the stock on hand, expensed for goods already issued, against the
    accrued landed cost (a shortfall settled moves value from inventory to cost of sales)."""
    wh, sku = event.warehouse, event.sku
    return entry(
        on,
        f"cost of {sku} in {wh} corrected ({event.reason})",
        event.amount.currency,
        Line(a.INVENTORY, event.capitalised.amount, wh, sku=sku),
        Line(a.COGS, event.expensed.amount, wh, sku=sku),
        Line(a.ACCRUED_LANDED_COST, -event.amount.amount, wh, sku=sku),
    )


def transfer_dispatched(event: TransferDispatched, on: date) -> Entry | None:
    lines: list[Line] = []
    for line in event.lines:
        value = line.total_cost.amount
        lines.append(Line(a.GOODS_IN_TRANSIT, value, event.to_warehouse, sku=line.sku))
        lines.append(Line(a.INVENTORY, -value, event.from_warehouse, sku=line.sku))
    currency = event.lines[0].total_cost.currency
    return entry(
        on,
        f"transfer {event.transfer_id} dispatched {event.from_warehouse} -> {event.to_warehouse}",
        currency,
        *lines,
    )


def transfer_received(event: TransferReceived, on: date) -> Entry | None:
    lines: list[Line] = []
    wh = event.to_warehouse
    for line in event.lines:
        received, lost = line.value_received.amount, line.loss_value.amount
        lines.append(Line(a.GOODS_IN_TRANSIT, -(received + lost), wh, sku=line.sku))
        lines.append(Line(a.TRANSFER_CLEARING, received, wh, sku=line.sku))
        lines.append(Line(a.TRANSIT_LOSSES, lost, wh, sku=line.sku))
    currency = event.lines[0].unit_cost.currency
    return entry(on, f"transfer {event.transfer_id} received in {wh}", currency, *lines)
