"""Crm's tables, declared once (the platform's included): what its migrations build (checked
by tests/integration/test_migrations_match_tables.py) and what adapters/ read and write."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Index,
    Integer,
    Numeric,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.dialects.postgresql import ARRAY

from jxc.platform.tables import service_metadata, timestamptz

metadata = service_metadata()

# One row per customer, written in the transaction of the command that changed it: the
# customer list, and the holder of each code (a code belongs to one customer only).
customers = Table(
    "customers",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("code", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("customer_group", Text, nullable=False),
    Column("tags", ARRAY(Text), nullable=False),
    Column("sales_owner", Text),
    Column("currency", Text, nullable=False),
    Column("credit_limit", Numeric, nullable=False),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at"),
    UniqueConstraint("code", name="customer_code"),
    Index("customers_group", "customer_group", "code"),
    Index("customers_owner", "sales_owner", "code"),
)

# Purchase history (projected from jxc.sales.events): one row per order placed by a customer,
# its value per SKU, and the returns received. A cancelled order keeps its row, marked
# cancelled, and counts nowhere.
customer_orders = Table(
    "customer_orders",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False),
    Column("order_no", Text),
    timestamptz("placed_at"),
    Column("currency", Text, nullable=False),
    Column("total", Numeric, nullable=False),
    Column("coupon_code", Text),
    timestamptz("cancelled_at", nullable=True),
    Index("customer_orders_customer", "customer_id", "placed_at", "order_id"),
)

customer_order_products = Table(
    "customer_order_products",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("sku", Text, primary_key=True),
    Column("quantity", Numeric, nullable=False),
    Column("unit", Text, nullable=False),
    Column("value", Numeric, nullable=False),
)

customer_returns = Table(
    "customer_returns",
    metadata,
    Column("return_id", Uuid, primary_key=True),
    Column("order_id", Uuid, nullable=False),
    Column("customer_id", Uuid, nullable=False),
    timestamptz("received_at"),
    Column("currency", Text, nullable=False),
    Column("value", Numeric, nullable=False),
    Index("customer_returns_customer", "customer_id"),
    Index("customer_returns_order", "order_id"),
)

# How far each order went (0010), from sales' events on the order's, its shipments' and its
# invoices' streams (any order among them: a row may come before the order's own): its first
# shipment, its last delivery and whether every line is delivered, its first invoice's date.
# The order's status is read from this, its cancellation and its returns.
customer_order_progress = Table(
    "customer_order_progress",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    timestamptz("shipped_at", nullable=True),
    timestamptz("delivered_at", nullable=True),
    Column("fully_delivered", Boolean, nullable=False),
    Column("invoiced_on", Date),
)

# Loyalty, written in the transaction of each points ledger command: the account as it is now
# (members by tier), and one ledger line per event that moved points.
loyalty_accounts = Table(
    "loyalty_accounts",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("currency", Text),
    Column("balance", Integer, nullable=False),
    Column("owed", Integer, nullable=False),
    Column("tier", Text, nullable=False),
    Column("tier_points", Integer, nullable=False),
    Column("redeemed", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at"),
    # the ledger never goes below zero: a second line of defence behind the aggregate
    CheckConstraint("balance >= 0 AND owed >= 0", name="loyalty_balance_not_negative"),
    Index("loyalty_accounts_tier", "tier", "customer_id"),
)

loyalty_ledger = Table(
    "loyalty_ledger",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("points", Integer, nullable=False),
    Column("change", Integer, nullable=False),
    Column("balance", Integer, nullable=False),
    Column("order_id", Uuid),
    Column("reference", Uuid, nullable=False),
    Column("voucher_code", Text),
    Column("value", Numeric, nullable=False),
    Column("currency", Text, nullable=False),
    timestamptz("recorded_at"),
)

# RFM: each scored customer's latest scores and segment, written by every computation.
customer_segments = Table(
    "customer_segments",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("segment", Text, nullable=False),
    Column("recency_score", Integer, nullable=False),
    Column("frequency_score", Integer, nullable=False),
    Column("monetary_score", Integer, nullable=False),
    Column("recency_days", Integer, nullable=False),
    Column("frequency", Integer, nullable=False),
    Column("monetary", Numeric, nullable=False),
    Column("currency", Text, nullable=False),
    timestamptz("computed_at"),
    Index("customer_segments_segment", "segment", "customer_id"),
)

# Follow-ups, written with their events: the lists of due and overdue ones per owner.
follow_ups = Table(
    "follow_ups",
    metadata,
    Column("follow_up_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False),
    Column("kind", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("owner", Text, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("status", Text, nullable=False),
    Column("outcome", Text),
    Column("completed_on", Date),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at"),
    Index("follow_ups_owner", "owner", "status", "due_on", "follow_up_id"),
    Index("follow_ups_customer", "customer_id", "due_on"),
)

# Campaigns and the coupons they issued, written with their events (a campaign code belongs to
# one campaign: coupon codes are made from it). Conversion joins the coupons to the orders of
# the purchase history that used them.
campaigns = Table(
    "campaigns",
    metadata,
    Column("campaign_id", Uuid, primary_key=True),
    Column("code", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("target_value", Text, nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("valid_until", Date, nullable=False),
    Column("coupons", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at"),
    UniqueConstraint("code", name="campaign_code"),
)

coupons = Table(
    "coupons",
    metadata,
    Column("coupon_code", Text, primary_key=True),
    Column("campaign_id", Uuid, nullable=False),
    Column("customer_id", Uuid),
    timestamptz("issued_at"),
    Index("coupons_campaign", "campaign_id"),
)

# Feedback, written with its events: lists, open complaints and times to resolve per customer.
feedback = Table(
    "feedback",
    metadata,
    Column("feedback_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False),
    Column("kind", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("order_id", Uuid),
    Column("shipment_id", Uuid),
    Column("assignee", Text),
    Column("resolution", Text),
    timestamptz("opened_at"),
    timestamptz("started_at", nullable=True),
    timestamptz("resolved_at", nullable=True),
    Column("version", Integer, nullable=False),
    Index("feedback_customer", "customer_id", "opened_at", "feedback_id"),
    Index("feedback_status", "status", "opened_at", "feedback_id"),
)
