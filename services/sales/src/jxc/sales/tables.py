"""Sales' tables, declared once (the platform's included): what its migrations build (checked
by tests/integration/test_migrations_match_tables.py) and what adapters/ read and write."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    Numeric,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)

from jxc.platform.tables import service_metadata, timestamptz

metadata = service_metadata()

# --- logistics: what it learns from events (projection `logistics-orders`) -----------------

# Orders as sales.OrderPlaced / OrderCancelled describe them.
shipping_orders = Table(
    "shipping_orders",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False),
    Column("order_no", Text),
    Column("currency", Text),
    Column("ship_to", Text),
    Column("promised_on", Date),
    Column("cancelled", Boolean, nullable=False),
    timestamptz("placed_at"),
)

shipping_order_lines = Table(
    "shipping_order_lines",
    metadata,
    Column("order_id", Uuid, nullable=False),
    Column("line_no", Integer, nullable=False),
    Column("sku", Text, nullable=False),
    Column("warehouse", Text, nullable=False),
    Column("quantity", Numeric, nullable=False),
    Column("unit", Text, nullable=False),
    Column("unit_price", Numeric, nullable=False),
    Column("net_amount", Numeric, nullable=False),
    PrimaryKeyConstraint("order_id", "line_no", name="shipping_order_lines_pkey"),
)

# What inventory reserved of each order line (StockReserved less ReservationReleased): only
# that can be shipped. Kept apart from the lines: the topics are not ordered among themselves.
shipping_reservations = Table(
    "shipping_reservations",
    metadata,
    Column("order_id", Uuid, nullable=False),
    Column("line_no", Integer, nullable=False),
    Column("reserved", Numeric, nullable=False),
    PrimaryKeyConstraint("order_id", "line_no", name="shipping_reservations_pkey"),
)

# The customers' addresses with coordinates (crm.CustomerRegistered / CustomerUpdated).
shipping_addresses = Table(
    "shipping_addresses",
    metadata,
    Column("customer_id", Uuid, nullable=False),
    Column("label", Text, nullable=False),
    Column("city", Text, nullable=False),
    Column("country", Text, nullable=False),
    Column("latitude", Numeric, nullable=False),
    Column("longitude", Numeric, nullable=False),
    Column("position", Integer, nullable=False),  # the first address is the default
    PrimaryKeyConstraint("customer_id", "label", name="shipping_addresses_pkey"),
)

# Item categories (inventory.ItemRegistered / ItemUpdated), for VAT.
item_categories = Table(
    "item_categories",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("category", Text),
)

# --- logistics: inline read models of its aggregates ------------------------------------------

carriers = Table(
    "carriers",
    metadata,
    Column("carrier_id", Uuid, primary_key=True),
    Column("code", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("own_fleet", Boolean, nullable=False),
    Column("version", Integer, nullable=False),
    UniqueConstraint("code", name="carrier_code"),
)

shipments = Table(
    "shipments",
    metadata,
    Column("shipment_id", Uuid, primary_key=True),
    Column("order_id", Uuid, nullable=False),
    Column("customer_id", Uuid, nullable=False),
    Column("warehouse", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("value", Numeric, nullable=False),
    Column("carrier", Text),
    Column("service", Text),
    Column("own_fleet", Boolean, nullable=False),
    Column("tracking_number", Text),
    Column("weight_kg", Numeric),
    Column("volume_m3", Numeric),
    Column("latitude", Numeric),
    Column("longitude", Numeric),
    Column("promised_on", Date),
    Column("dispatched_on", Date),
    Column("delivered_on", Date),
    Column("on_time", Boolean),
    Column("version", Integer, nullable=False),
    timestamptz("created_at"),
    timestamptz("updated_at"),
    Index("shipments_order", "order_id"),
    Index("shipments_warehouse", "warehouse", "shipment_id"),
    Index("shipments_dispatched", "warehouse", "dispatched_on"),
    Index("shipments_tracking", "carrier", "tracking_number"),
)

shipment_lines = Table(
    "shipment_lines",
    metadata,
    Column("shipment_id", Uuid, nullable=False),
    Column("line_no", Integer, nullable=False),
    Column("order_id", Uuid, nullable=False),
    Column("quantity", Numeric, nullable=False),
    PrimaryKeyConstraint("shipment_id", "line_no", name="shipment_lines_pkey"),
    Index("shipment_lines_order", "order_id", "line_no"),
)

vehicles = Table(
    "vehicles",
    metadata,
    Column("vehicle", Text, primary_key=True),
    Column("warehouse", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("max_weight_kg", Numeric, nullable=False),
    Column("max_volume_m3", Numeric, nullable=False),
    Column("depot_latitude", Numeric, nullable=False),
    Column("depot_longitude", Numeric, nullable=False),
    Index("vehicles_warehouse", "warehouse", "vehicle"),
)

# --- invoicing ---------------------------------------------------------------------------------

# One row per invoice, written in the transaction that issued it.
invoices = Table(
    "invoices",
    metadata,
    Column("invoice_id", Uuid, primary_key=True),
    Column("invoice_no", Text, nullable=False),
    Column("order_id", Uuid, nullable=False),
    Column("shipment_id", Uuid),
    Column("customer_id", Uuid, nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("currency", Text, nullable=False),
    Column("net_total", Numeric, nullable=False),
    Column("tax_total", Numeric, nullable=False),
    Column("gross_total", Numeric, nullable=False),
    UniqueConstraint("invoice_no", name="invoice_no"),
    Index("invoices_order", "order_id"),
    Index("invoices_customer", "customer_id", "invoice_id"),
)
