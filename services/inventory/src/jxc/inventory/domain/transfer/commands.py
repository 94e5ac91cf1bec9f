"""The commands a transfer takes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from jxc.inventory.domain.stock import ZERO


@dataclass(frozen=True, slots=True)
class RequestedLine:
    line_no: int
    sku: str
    quantity: Decimal
    unit: str
    lot: str | None = None
    from_location: str | None = None


@dataclass(frozen=True, slots=True)
class RequestTransfer:
    transfer_id: UUID
    from_warehouse: str
    to_warehouse: str
    lines: Sequence[RequestedLine]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class IssuedCost:
    """What the source's stock issue took out for one line: the quantity and its total cost."""

    line_no: int
    quantity: Decimal
    total_cost: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class RecordDispatch:
    """The transfer left the source: built by the application from the StockIssued events
    of the same transaction (see `lines_to_dispatch`)."""

    transfer_id: UUID
    issued: Sequence[IssuedCost]


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    line_no: int
    quantity_received: Decimal
    quantity_lost: Decimal = ZERO
    location: str | None = None  # where at the destination the goods are put


@dataclass(frozen=True, slots=True)
class ReceiveTransfer:
    """Goods arrived. With `close`, this is the last receipt: whatever is still in transit
    after it (on any line) is declared lost and the transfer is closed."""

    transfer_id: UUID
    lines: Sequence[ReceiptLine]
    close: bool = False


@dataclass(frozen=True, slots=True)
class CloseTransfer:
    transfer_id: UUID
    declare_outstanding_lost: bool = False


@dataclass(frozen=True, slots=True)
class CancelTransfer:
    transfer_id: UUID
    reason: str


TransferCommand = (
    RequestTransfer | RecordDispatch | ReceiveTransfer | CloseTransfer | CancelTransfer
)
