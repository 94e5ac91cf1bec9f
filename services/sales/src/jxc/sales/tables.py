"""The sales service's tables, declared once (the platform's included): what its migrations
build and what adapters/ read and write."""

from sqlalchemy import Column, Index, Integer, Numeric, Table, Text, Uuid

from jxc.platform.tables import service_metadata, timestamptz

metadata = service_metadata()

# --- customer returns ----------------------------------------------------------------------

# What was sold and shipped, per order line, as sales' own OrderPlaced / OrderShipped say
# (projection return-sales): what a customer return may take back, at the price paid.
return_sold_lines = Table(
    "return_sold_lines",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("customer_id", Uuid, nullable=False),
    Column("sku", Text, nullable=False),
    Column("warehouse", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("ordered", Numeric, nullable=False, server_default="0"),
    Column("shipped", Numeric, nullable=False, server_default="0"),
    Column("unit_price", Numeric),  # paid for one, net of discounts; None until placed is seen
    Column("currency", Text),
)

# The returns as they stand, written in the transaction of each of their commands.
customer_returns = Table(
    "customer_returns",
    metadata,
    Column("return_id", Uuid, primary_key=True),
    Column("order_id", Uuid, nullable=False),
    Column("customer_id", Uuid, nullable=False),
    Column("status", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("refusal", Text),
    Column("credit_note_id", Uuid),
    Column("replacement_order_id", Uuid),
    Column("version", Integer, nullable=False),
    timestamptz("requested_at"),
    timestamptz("updated_at"),
    Index("customer_returns_order", "order_id", "return_id"),
    Index("customer_returns_customer", "customer_id", "return_id"),
    Index("customer_returns_status", "status", "return_id"),
)

# Their lines: what each asks for, what arrived, and what it claims of the order's line
# (requested until received, then what arrived; nothing once refused).
customer_return_lines = Table(
    "customer_return_lines",
    metadata,
    Column("return_id", Uuid, primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("order_id", Uuid, nullable=False),
    Column("sku", Text, nullable=False),
    Column("warehouse", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("unit_price", Numeric, nullable=False),
    Column("requested", Numeric, nullable=False),
    Column("received", Numeric, nullable=False, server_default="0"),
    Column("claimed", Numeric, nullable=False),
    Index("customer_return_lines_order", "order_id", "line_no"),
)
