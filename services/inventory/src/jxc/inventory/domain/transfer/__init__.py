"""A transfer of goods between two warehouses. Pure: no I/O, no clock, no ids made here.
Stream `transfer-<id>`.

    requested --dispatch--> dispatched --receive--> partially_received --receive--> received
        |                        |                                                      |
      cancel                     +--------- close, declaring the rest lost -------------+-> closed

- Request: lines of SKU x quantity (optionally a lot and a source location) from one warehouse
  to another. Nothing moves yet; a requested transfer may be cancelled.
- Dispatch: every line leaves the source in full (an inventory.StockIssued, reason
  transfer_out, recorded in the same transaction); the cost the source's valuation gave the
  goods travels with them: `RecordDispatch` carries what the issues took out and the decider
  keeps each line's total cost and its average unit cost. A dispatched transfer cannot be
  cancelled: its goods are on the road.
- Receive, one or more times: per line what arrived (`quantity_received`, entering the
  destination's stock at the dispatched unit cost) and what is known to be lost
  (`quantity_lost`, valued at the same cost for finance). Received + lost can never exceed
  what is still in transit. When nothing of any line is in transit any more the transfer is
  `received`; until then `partially_received`.
- Close: a received transfer closes. One that still has goods in transit closes only when the
  closer declares the rest lost (`declare_outstanding_lost`), which records a last
  TransferReceived with those losses before TransferClosed. A receipt may also say `close`:
  it is then the final receipt, and whatever it does not account for is lost.

Values: the loss of a line is quantity x dispatched unit cost; the receipt that settles a line
(nothing left in transit) makes its loss value the exact remainder of the value dispatched, so
what left the source is always exactly what arrived plus what was lost, to the millionth.
"""

from jxc.inventory.domain.transfer.commands import (
    CancelTransfer,
    CloseTransfer,
    IssuedCost,
    ReceiptLine,
    ReceiveTransfer,
    RecordDispatch,
    RequestedLine,
    RequestTransfer,
    TransferCommand,
)
from jxc.inventory.domain.transfer.decider import decide, transfer_decider
from jxc.inventory.domain.transfer.dispatching import lines_to_dispatch
from jxc.inventory.domain.transfer.requesting import MAX_LINES, MAX_NOTE
from jxc.inventory.domain.transfer.state import (
    TransferLineState,
    TransferState,
    TransferStatus,
    evolve,
)

__all__ = [
    "MAX_LINES",
    "MAX_NOTE",
    "CancelTransfer",
    "CloseTransfer",
    "IssuedCost",
    "ReceiptLine",
    "ReceiveTransfer",
    "RecordDispatch",
    "RequestTransfer",
    "RequestedLine",
    "TransferCommand",
    "TransferLineState",
    "TransferState",
    "TransferStatus",
    "decide",
    "evolve",
    "lines_to_dispatch",
    "transfer_decider",
]
