"""What may be asked of a sales order. Facts the decision needs from elsewhere (the
customer's copy, the items' units, the credit exposure, the order number) are looked up by
the application inside the transaction that appends, and travel with the command."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """Sales' copy of the customer (from crm's events)."""

    customer_id: UUID
    code: str
    currency: str
    customer_group: str
    credit_limit: Decimal
    address_labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Credit:
    """The customer's exposure before this order (open orders not yet invoiced + open
    receivables), read under the customer's credit lock; None: do not check credit. Of the
    receivables, `overdue` are past their due date: more than `overdue_allowed` of them holds
    the order whatever the limit."""

    exposure: Decimal
    overdue: Decimal = Decimal(0)
    overdue_allowed: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class LinePrice:
    """The price a line uses and where it came from (a price list, a quotation, typed)."""

    unit_price: Decimal
    source: str


@dataclass(frozen=True, slots=True)
class LineRequest:
    sku: str
    warehouse: str
    quantity: Decimal
    unit: str
    price: LinePrice | None  # None: nothing priced it (no price list, no price typed)
    discount_percent: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class Coupon:
    """A campaign's coupon as crm issued it (crm.CouponIssued), and the order that used it."""

    code: str
    customer_id: UUID | None  # None: any customer may use it (once)
    percent_off: Decimal | None
    amount_off: Decimal | None
    currency: str | None  # of amount_off and min_order_value
    min_order_value: Decimal | None
    valid_from: date
    valid_until: date
    used_by: UUID | None = None


@dataclass(frozen=True, slots=True)
class Voucher:
    """A loyalty voucher (crm.PointsRedeemed): `value` off one order of its customer."""

    code: str
    customer_id: UUID
    value: Decimal
    currency: str
    valid_until: date
    used_by: UUID | None = None


@dataclass(frozen=True, slots=True)
class OrderDiscount:
    """Taken off the whole order after the line discounts: a percentage, then a coupon, then
    a loyalty voucher."""

    percent: Decimal = Decimal(0)
    coupon: Coupon | None = None
    voucher: Voucher | None = None


@dataclass(frozen=True, slots=True)
class PlaceOrder:
    order_id: UUID
    order_no: str
    customer: CustomerFacts
    lines: tuple[LineRequest, ...]
    taken_by: str
    taken_on: date
    credit: Credit | None
    ship_to: str | None = None
    promised_on: date | None = None
    discount: OrderDiscount = OrderDiscount()
    quotation_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class ReleaseCredit:
    order_id: UUID
    released_by: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RefuseCredit:
    order_id: UUID
    refused_by: str
    reason: str


@dataclass(frozen=True, slots=True)
class RecordLineReserved:
    order_id: UUID
    line_no: int
    quantity: Decimal
    from_backorder: bool = False


@dataclass(frozen=True, slots=True)
class RecordLineBackordered:
    order_id: UUID
    line_no: int
    quantity: Decimal
    position: int


@dataclass(frozen=True, slots=True)
class RecordLineRejected:
    order_id: UUID
    line_no: int
    reason: str


@dataclass(frozen=True, slots=True)
class RecordLineReleased:
    order_id: UUID
    line_no: int
    quantity: Decimal
    reason: str


@dataclass(frozen=True, slots=True)
class RecordBackorderWithdrawn:
    order_id: UUID
    line_no: int
    quantity: Decimal
    reason: str


@dataclass(frozen=True, slots=True)
class ConfirmOrder:
    order_id: UUID
    confirmed_by: str


@dataclass(frozen=True, slots=True)
class RecordShipment:
    order_id: UUID
    shipment_id: UUID
    lines: tuple[tuple[int, Decimal], ...]  # (line_no, quantity shipped)


@dataclass(frozen=True, slots=True)
class RecordDelivery:
    order_id: UUID
    shipment_id: UUID
    delivered_at: datetime
    fully_delivered: bool


@dataclass(frozen=True, slots=True)
class CloseOrder:
    order_id: UUID
    closed_by: str


@dataclass(frozen=True, slots=True)
class CancelOrder:
    order_id: UUID
    reason: str


OrderCommand = (
    PlaceOrder
    | ReleaseCredit
    | RefuseCredit
    | RecordLineReserved
    | RecordLineBackordered
    | RecordLineRejected
    | RecordLineReleased
    | RecordBackorderWithdrawn
    | ConfirmOrder
    | RecordShipment
    | RecordDelivery
    | CloseOrder
    | CancelOrder
)
