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
    Sequence,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

from jxc.platform.tables import service_metadata, timestamptz

metadata = service_metadata()

# --- sales plans and demand forecasts ----------------------------------------------------------

# The sales history, one row per order line, projected from sales' own events (OrderPlaced,
# OrderCancelled): what was sold, when (the day the order was placed), by whom (the order's
# actor), to whom, from which warehouse, for how much. Sales against target and the demand
# history of the forecasts read it.
sales_history_lines = Table(
    "sales_history_lines",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("day", Date, nullable=False),
    Column("salesperson", Text),
    Column("customer_id", Uuid, nullable=False),
    Column("sku", Text, nullable=False),
    Column("warehouse", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("quantity", Numeric, nullable=False),
    Column("net_amount", Numeric, nullable=False),
    Column("currency", Text, nullable=False),
    Column("cancelled", Boolean, nullable=False, server_default=false()),
    Index("sales_history_lines_series", "sku", "warehouse", "day"),
    Index("sales_history_lines_day", "day"),
)

# The category of each item, from inventory's ItemRegistered / ItemUpdated.
sales_item_categories = Table(
    "sales_item_categories",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("category", Text),
    Index("sales_item_categories_category", "category", "sku"),
)

# One row per sales target, written in the transaction of the command that set it.
sales_targets = Table(
    "sales_targets",
    metadata,
    Column("target_id", Uuid, primary_key=True),
    Column("dimension", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("members", ARRAY(Text), nullable=False),
    Column("period", Text, nullable=False),
    Column("period_start", Date, nullable=False),
    Column("period_end", Date, nullable=False),
    Column("amount", Numeric, nullable=False),
    Column("currency", Text, nullable=False),
    Column("quantity", Numeric),
    Column("set_by", Text, nullable=False),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at"),
    Index("sales_targets_order", "period", "dimension", "subject"),
)

# The last forecast of each SKU x warehouse, written in the transaction that recorded it.
demand_forecasts = Table(
    "demand_forecasts",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    Column("unit", Text, nullable=False),
    Column("first_week", Date, nullable=False),
    Column("weeks", ARRAY(Numeric), nullable=False),
    Column("method", Text, nullable=False),
    Column("season_weeks", Integer),
    Column("history_weeks", Integer, nullable=False),
    Column("holdout_weeks", Integer, nullable=False),
    Column("errors", JSONB, nullable=False),
    timestamptz("computed_at"),
    Column("version", Integer, nullable=False),
)

# When forecasts were recomputed (by a command or the schedule), for the schedule's next turn.
demand_forecast_runs = Table(
    "demand_forecast_runs",
    metadata,
    Column("run_id", Uuid, primary_key=True),
    Column("trigger", Text, nullable=False),
    timestamptz("started_at"),
    Column("series", Integer, nullable=False),
    Column("recorded", Integer, nullable=False),
    Index("demand_forecast_runs_started", "started_at"),
)

# --- sales' copies of other contexts (projections) ----------------------------------------

# Customers as crm registered them (crm.CustomerRegistered / CustomerUpdated /
# CreditLimitChanged): what an order needs of its customer.
customers = Table(
    "customers",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("code", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("customer_group", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("credit_limit", Numeric, nullable=False),
    Column("addresses", JSONB, nullable=False),
    timestamptz("updated_at"),
)

# Items and warehouses as inventory registered them.
catalog_items = Table(
    "catalog_items",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("category", Text),
    timestamptz("updated_at"),
)

catalog_warehouses = Table(
    "catalog_warehouses",
    metadata,
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    timestamptz("updated_at"),
)

# --- the order book, kept inline with the orders' commands --------------------------------

order_numbers = Sequence("order_numbers", metadata=metadata)

# The last number given in each series of fiscal documents per year (invoices "INV", credit
# notes "CN"): taken in the transaction that issues the document, so a number is used exactly
# when the document is recorded, without gaps (a sequence would leave one at each rollback).
document_numbers = Table(
    "document_numbers",
    metadata,
    Column("series", Text, primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
)

orders = Table(
    "orders",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("order_no", Text, nullable=False),
    Column("customer_id", Uuid, nullable=False),
    Column("status", Text, nullable=False),
    # why it is held on credit or was refused (the order's status_reason), else null
    Column("status_reason", Text),
    Column("currency", Text, nullable=False),
    Column("total", Numeric, nullable=False),
    Column("taken_on", Date, nullable=False),
    Column("promised_on", Date),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at"),
    UniqueConstraint("order_no", name="order_no_once"),
    Index("orders_customer", "customer_id", "order_no"),
    Index("orders_status", "status", "order_no"),
    Index("orders_taken_on", "taken_on", "order_no"),
)

order_lines = Table(
    "order_lines",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("order_no", Text, nullable=False),
    Column("sku", Text, nullable=False),
    Column("warehouse", Text, nullable=False),
    Column("quantity", Numeric, nullable=False),
    Column("unit", Text, nullable=False),
    Column("unit_price", Numeric, nullable=False),
    Column("net_amount", Numeric, nullable=False),
    Column("reservation", Text, nullable=False),
    Column("backorder_position", Integer),
    Column("shipped", Numeric, nullable=False),
    Index("order_lines_sku", "sku", "order_no"),
    Index("order_lines_warehouse", "warehouse", "order_no"),
    Index("order_lines_reservation", "reservation", "order_no"),
)

# --- credit ------------------------------------------------------------------------------

# Each placed order's value and what of it was invoiced: exposure is what is not invoiced yet
# of the orders that count (placed, not cancelled). Written inline by the orders' commands
# (total, counts) and by the credit projection (invoiced, from sales.InvoiceIssued).
credit_orders = Table(
    "credit_orders",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("customer_id", Uuid),
    Column("total", Numeric, nullable=False),
    Column("invoiced", Numeric, nullable=False),
    Column("counts", Boolean, nullable=False),
    Index("credit_orders_customer", "customer_id"),
)

# Each customer's open receivables as finance last said (finance.ReceivablesChanged).
credit_receivables = Table(
    "credit_receivables",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("open_receivables", Numeric, nullable=False),
    Column("overdue", Numeric, nullable=False, server_default="0"),
    Column("stream_version", Integer, nullable=False),
)

# --- pricing -----------------------------------------------------------------------------

# One row per price list (its header, the number of its prices, who changed it last), kept
# inline with the price lists' commands: the list of price lists.
price_lists = Table(
    "price_lists",
    metadata,
    Column("price_list_id", Uuid, primary_key=True),
    Column("code", Text, nullable=False),
    Column("customer_group", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("valid_until", Date),
    Column("price_count", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    timestamptz("changed_at"),
    Column("changed_by", Text),
    Index("price_lists_group", "customer_group", "currency", "price_list_id"),
)

# Every price of every price list, kept inline with the price lists' commands.
price_list_prices = Table(
    "price_list_prices",
    metadata,
    Column("price_list_id", Uuid, primary_key=True),
    Column("sku", Text, primary_key=True),
    Column("min_quantity", Numeric, primary_key=True),
    Column("code", Text, nullable=False),
    Column("customer_group", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("valid_until", Date),
    Column("unit_price", Numeric, nullable=False),
    Index("price_list_prices_lookup", "customer_group", "currency", "sku"),
)

# Coupons crm issued (crm.CouponIssued) and loyalty vouchers (crm.PointsRedeemed); `used_by`
# is the order that used one, written by the order's command under the row's lock.
coupons = Table(
    "coupons",
    metadata,
    Column("coupon_code", Text, primary_key=True),
    Column("campaign_id", Uuid, nullable=False),
    Column("customer_id", Uuid),
    Column("percent_off", Numeric),
    Column("amount_off", Numeric),
    Column("currency", Text),
    Column("min_order_value", Numeric),
    Column("valid_from", Date, nullable=False),
    Column("valid_until", Date, nullable=False),
    Column("used_by", Uuid),
)

vouchers = Table(
    "vouchers",
    metadata,
    Column("voucher_code", Text, primary_key=True),
    Column("customer_id", Uuid, nullable=False),
    Column("value", Numeric, nullable=False),
    Column("currency", Text, nullable=False),
    Column("valid_until", Date, nullable=False),
    Column("used_by", Uuid),
)


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
    Index("shipments_by_created", "created_at", "shipment_id"),
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
    Index("invoices_by_due", "due_on", "invoice_id"),
)


# One row per quotation, written in the transaction of each of its commands (created,
# accepted, converted); its status (open, accepted, expired, converted) is worked out when read.
quotations = Table(
    "quotations",
    metadata,
    Column("quotation_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False),
    Column("currency", Text, nullable=False),
    Column("total", Numeric, nullable=False),
    Column("line_count", Integer, nullable=False),
    Column("valid_until", Date, nullable=False),
    Column("created_on", Date, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("accepted_on", Date),
    Column("order_id", Uuid),
    Index("quotations_customer", "customer_id", "quotation_id"),
    Index("quotations_by_created", "created_on", "quotation_id"),
)


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
    Index("customer_returns_by_requested", "requested_at", "return_id"),
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
