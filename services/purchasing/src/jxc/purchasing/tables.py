"""Purchasing's tables, declared once (the platform's included): what its migrations build
(checked by tests/integration/test_migrations_match_tables.py) and what adapters/ and
projections/ read and write."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    Sequence,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY

from jxc.platform.tables import service_metadata, timestamptz

metadata = service_metadata()


def _quantity(name: str) -> Column[object]:
    return Column(name, Numeric, nullable=False, server_default="0")


#: The orders' numbers for people (PO-000123), drawn when an order's row is first written.
purchase_order_numbers = Sequence("purchase_order_numbers", metadata=metadata)

purchase_orders = Table(
    "purchase_orders",
    metadata,
    Column("purchase_order_id", Uuid, primary_key=True),
    Column("supplier_id", Uuid, nullable=False),
    Column("status", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("total", Numeric, nullable=False),
    Column("first_approved_by", Text),
    Column("approved_by", Text),
    Column("status_reason", Text),
    Column("suggestion_id", Uuid),
    Column("version", Integer, nullable=False),
    timestamptz("created_at"),
    timestamptz("updated_at"),
    Index("purchase_orders_status", "status", "created_at"),
    Index("purchase_orders_supplier", "supplier_id", "created_at"),
    Column("po_no", BigInteger, nullable=False),
    Index("purchase_orders_po_no", "po_no", unique=True),
)

purchase_order_lines = Table(
    "purchase_order_lines",
    metadata,
    Column(
        "purchase_order_id",
        Uuid,
        ForeignKey("purchase_orders.purchase_order_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("line_no", Integer, primary_key=True),
    Column("sku", Text, nullable=False),
    Column("warehouse", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("unit_price", Numeric, nullable=False),
    Column("ordered", Numeric, nullable=False),
    _quantity("accepted"),
    _quantity("rejected"),
    Column("expected_date", Date),
    _quantity("returned"),
    _quantity("claimed"),
    Index("purchase_order_lines_sku", "sku", "warehouse"),
)

supplier_scorecard_days = Table(
    "supplier_scorecard_days",
    metadata,
    Column("supplier_id", Uuid, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("lines_due", Integer, nullable=False, server_default="0"),
    Column("lines_on_time", Integer, nullable=False, server_default="0"),
    _quantity("accepted"),
    _quantity("rejected"),
    _quantity("invoiced"),
    _quantity("invoiced_at_po_price"),
    Column("currency", Text),
)

supplier_invoices = Table(
    "supplier_invoices",
    metadata,
    Column("invoice_id", Uuid, primary_key=True),
    Column("supplier_id", Uuid, nullable=False),
    Column("invoice_number", Text, nullable=False),
    Column("purchase_order_id", Uuid, nullable=False),
    Column("status", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("total", Numeric, nullable=False),
    Column("invoice_date", Date, nullable=False),
    Column("due_date", Date, nullable=False),
    Column("hold_reason", Text),
    Column("overridden_by", Text),
    Column("version", Integer, nullable=False),
    timestamptz("recorded_at"),
    timestamptz("updated_at"),
    UniqueConstraint("supplier_id", "invoice_number", name="supplier_invoice_number"),
    Index("supplier_invoices_order", "purchase_order_id"),
    Index("supplier_invoices_status", "status", "recorded_at"),
)

supplier_invoice_lines = Table(
    "supplier_invoice_lines",
    metadata,
    Column(
        "invoice_id",
        Uuid,
        ForeignKey("supplier_invoices.invoice_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("line_no", Integer, primary_key=True),
    Column("sku", Text, nullable=False),
    Column("quantity", Numeric, nullable=False),
    Column("unit_price", Numeric, nullable=False),
)

purchase_plan_suggestions = Table(
    "purchase_plan_suggestions",
    metadata,
    Column("suggestion_id", Uuid, primary_key=True),
    Column("sku", Text, nullable=False),
    Column("warehouse", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("available", Numeric, nullable=False),
    Column("min_quantity", Numeric, nullable=False),
    Column("max_quantity", Numeric, nullable=False),
    Column("reorder_quantity", Numeric),
    Column("open", Boolean, nullable=False, server_default=text("true")),
    timestamptz("detected_at"),
    timestamptz("updated_at"),
    Index("purchase_plan_one_open", "sku", "warehouse", unique=True, postgresql_where=text("open")),
    Index("purchase_plan_by_detected", "detected_at", "suggestion_id"),
)

purchase_plan_shipments = Table(
    "purchase_plan_shipments",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("quantity", Numeric, nullable=False),
)

# Sales' latest demand forecast per SKU x warehouse (sales.DemandForecasted), which the plan
# uses over the lead time instead of the plain average daily rate.
purchase_plan_forecasts = Table(
    "purchase_plan_forecasts",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    Column("first_week", Date, nullable=False),
    Column("weeks", ARRAY(Numeric), nullable=False),
    Column("method", Text, nullable=False),
    timestamptz("computed_at"),
)

purchase_plan_conversions = Table(
    "purchase_plan_conversions",
    metadata,
    Column("suggestion_id", Uuid, primary_key=True),
    Column("purchase_order_id", Uuid, nullable=False),
    Column("supplier_id", Uuid, nullable=False),
    timestamptz("converted_at"),
)

#: The supplier directory: each supplier as its last command left it, written in that
#: command's transaction (the suppliers' list, and the supplier's name on other answers).
suppliers = Table(
    "suppliers",
    metadata,
    Column("supplier_id", Uuid, primary_key=True),
    Column("code", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("payment_terms_days", Integer, nullable=False),
    Column("email", Text),
    Column("blocked", Boolean, nullable=False, server_default=text("false")),
    Column("blocked_reason", Text),
    Column("version", Integer, nullable=False),
    Index("suppliers_code", "code", unique=True),
    Index("suppliers_name", "name", "supplier_id"),
)

supplier_codes = Table(
    "supplier_codes",
    metadata,
    Column("code", Text, primary_key=True),
    Column("supplier_id", Uuid, nullable=False),
)

catalog_items = Table(
    "catalog_items",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("unit", Text, nullable=False),
    timestamptz("updated_at"),
)

catalog_warehouses = Table(
    "catalog_warehouses",
    metadata,
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    timestamptz("updated_at"),
)
