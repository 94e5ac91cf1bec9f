"""Inventory's tables, declared once (the platform's included): what its migrations build
(checked by tests/integration/test_migrations_match_tables.py) and what adapters/ read and
write."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Identity,
    Index,
    Integer,
    Numeric,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY

from jxc.platform.tables import service_metadata, timestamptz

metadata = service_metadata()


def _zero(name: str) -> Column[object]:
    return Column(name, Numeric, nullable=False, server_default="0")


def _required(name: str, type_: type[Numeric[Decimal]] | type[Text] = Text) -> Column[object]:
    return Column(name, type_, nullable=False)


items = Table(
    "items",
    metadata,
    Column("sku", Text, primary_key=True),
    _required("name"),
    _required("unit"),
    Column("category", Text),
    Column("barcode", Text),
    Column("lot_tracked", Boolean, nullable=False, server_default=text("false")),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at", now=True),
    UniqueConstraint("barcode", name="items_barcode_key", postgresql_nulls_not_distinct=False),
    # Search by SKU or name prefix, ignoring case (LIKE 'x%' needs pattern ops).
    Index(
        "items_sku_prefix",
        func.lower(text("sku")),
        postgresql_ops={"lower(sku)": "text_pattern_ops"},
    ),
    Index(
        "items_name_prefix",
        func.lower(text("name")),
        postgresql_ops={"lower(name)": "text_pattern_ops"},
    ),
    Index("items_category", "category", "sku"),
)

warehouses = Table(
    "warehouses",
    metadata,
    Column("code", Text, primary_key=True),
    _required("name"),
    Column("allow_negative_on_hand", Boolean, nullable=False, server_default=text("false")),
    Column("version", Integer, nullable=False),
)

warehouse_locations = Table(
    "warehouse_locations",
    metadata,
    Column("warehouse", Text, ForeignKey("warehouses.code"), primary_key=True),
    Column("location", Text, primary_key=True),
    Column("name", Text),
    Column("quarantine", Boolean, nullable=False, server_default=text("false")),
)

stock_positions = Table(
    "stock_positions",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    _required("unit"),
    _required("currency"),
    _zero("on_hand"),
    _zero("reserved"),
    _zero("in_transit"),
    _zero("value"),
    _zero("last_unit_cost"),
    Column("version", Integer, nullable=False, server_default="0"),
    Column("last_event_id", Uuid),  # the event at `version` (kept_positions.py)
    timestamptz("updated_at", now=True),
    Index("stock_positions_by_warehouse", "warehouse", "sku"),
)

stock_balances = Table(
    "stock_balances",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    Column("location", Text, primary_key=True),
    Column("lot", Text, primary_key=True),
    _required("on_hand", Numeric),
)

stock_layers = Table(
    "stock_layers",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    Column("seq", Integer, primary_key=True),
    _required("quantity", Numeric),
    _required("unit_cost", Numeric),
    Column("source_id", Uuid),
)

stock_reservations = Table(
    "stock_reservations",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    _required("quantity", Numeric),
    Index("stock_reservations_position", "sku", "warehouse"),
)

# The backorder queue of each position, part of its state (like its reservations and layers):
# the order lines waiting for stock, `seq` their place, first placed first.
stock_backorders = Table(
    "stock_backorders",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("order_id", Uuid, nullable=False),
    Column("line_no", Integer, nullable=False),
    _required("quantity", Numeric),
    UniqueConstraint(
        "order_id", "line_no", "sku", "warehouse", name="stock_backorders_order_line_key"
    ),
)

stock_ledger = Table(
    "stock_ledger",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("event_id", Uuid, nullable=False, unique=True),
    _required("sku"),
    _required("warehouse"),
    Column("location", Text),
    Column("lot", Text),
    _required("movement"),
    Column("reason", Text),
    _required("quantity", Numeric),
    _required("unit"),
    Column("unit_cost", Numeric),
    _required("value_change", Numeric),
    _required("currency"),
    _required("on_hand_after", Numeric),
    _required("value_after", Numeric),
    Column("order_id", Uuid),
    Column("document_id", Uuid),
    Column("source_event_id", Uuid),
    timestamptz("occurred_at"),
    timestamptz("recorded_at", now=True),
    Column("cause_id", Uuid),
    Column("cause_line", Integer),
    Column("cause_part", Integer),
    Column("kind", Text),
    Index("stock_ledger_position", "sku", "warehouse", "occurred_at", "id"),
    Index("stock_ledger_page", "sku", "warehouse", "id"),
    # The ledger is appended in time order: a BRIN index finds a day's lines (migration 0012).
    Index(
        "stock_ledger_when",
        "occurred_at",
        postgresql_using="brin",
        postgresql_with={"pages_per_range": 16},
    ),
    Index("stock_ledger_source", "source_event_id"),
    # An order's issue lines, for the cost of what a return brings back (migration 0016).
    Index(
        "stock_ledger_order",
        "order_id",
        postgresql_where=text("order_id IS NOT NULL"),
    ),
    # Second line of defence against a consumed event applied twice: one line per cause,
    # source line, position and part (an issue drawn from several balances has several parts).
    Index(
        "stock_ledger_applied_once",
        "cause_id",
        "sku",
        "warehouse",
        "cause_line",
        "cause_part",
        unique=True,
        postgresql_where=text("cause_id IS NOT NULL"),
    ),
)

# The ledger's value change per warehouse, item category ('' for none), currency and UTC day,
# kept by triggers in the ledger's own transaction (migration 0012): the valuation report as
# of a moment sums the days before it and the ledger lines of its day.
stock_value_days = Table(
    "stock_value_days",
    metadata,
    Column("warehouse", Text, primary_key=True),
    Column("category", Text, primary_key=True),
    Column("currency", Text, primary_key=True),
    Column("day", Date, primary_key=True),
    _required("value", Numeric),
)

transfers = Table(
    "transfers",
    metadata,
    Column("transfer_id", Uuid, primary_key=True),
    _required("from_warehouse"),
    _required("to_warehouse"),
    _required("status"),
    Column("note", Text),
    Column("cancel_reason", Text),
    timestamptz("requested_at"),
    timestamptz("dispatched_at", nullable=True),
    timestamptz("last_received_at", nullable=True),
    timestamptz("closed_at", nullable=True),
    timestamptz("cancelled_at", nullable=True),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at", now=True),
    Index("transfers_status", "status", "requested_at"),
    Index("transfers_from", "from_warehouse", "requested_at"),
    Index("transfers_to", "to_warehouse", "requested_at"),
    Index("transfers_by_requested", "requested_at", "transfer_id"),
)

transfer_lines = Table(
    "transfer_lines",
    metadata,
    Column(
        "transfer_id",
        Uuid,
        ForeignKey("transfers.transfer_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("line_no", Integer, primary_key=True),
    _required("sku"),
    _required("unit"),
    Column("lot", Text),
    Column("from_location", Text),
    _required("quantity", Numeric),
    _zero("dispatched"),
    _zero("received"),
    _zero("lost"),
    Column("unit_cost", Numeric),
    Column("total_cost", Numeric),
    _zero("value_received"),
    _zero("loss_value"),
    Column("currency", Text),
    Index("transfer_lines_sku", "sku"),
)

stock_counts = Table(
    "stock_counts",
    metadata,
    Column("count_id", Uuid, primary_key=True),
    _required("warehouse"),
    _required("scope"),
    Column("location", Text),
    Column("skus", ARRAY(Text), nullable=False, server_default="{}"),
    Column("note", Text),
    _required("status"),
    Column("lines_counted", Integer, nullable=False, server_default="0"),
    Column("lines_adjusted", Integer),
    Column("uncounted", Integer),
    Column("cancel_reason", Text),
    timestamptz("opened_at"),
    timestamptz("closed_at", nullable=True),
    timestamptz("cancelled_at", nullable=True),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at", now=True),
    Index("stock_counts_by_warehouse", "warehouse", "status"),
    Index("stock_counts_by_status", "status", "opened_at"),
    Index("stock_counts_by_opened", "opened_at", "count_id"),
)

stock_count_lines = Table(
    "stock_count_lines",
    metadata,
    Column("count_id", Uuid, ForeignKey("stock_counts.count_id"), primary_key=True),
    Column("sku", Text, primary_key=True),
    Column("location", Text, primary_key=True),
    Column("lot", Text, primary_key=True),
    _required("unit"),
    _required("counted", Numeric),
    _required("expected", Numeric),
    timestamptz("counted_at"),
    Column("times_counted", Integer, nullable=False, server_default="1"),
)

stock_count_uncounted = Table(
    "stock_count_uncounted",
    metadata,
    Column("count_id", Uuid, ForeignKey("stock_counts.count_id"), primary_key=True),
    Column("sku", Text, primary_key=True),
    Column("location", Text, primary_key=True),
    Column("lot", Text, primary_key=True),
    _required("on_hand", Numeric),
)

reorder_rules = Table(
    "reorder_rules",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    _required("unit"),
    _required("min_quantity", Numeric),
    _required("max_quantity", Numeric),
    Column("reorder_quantity", Numeric),
    Column("below_min", Boolean, nullable=False, server_default=text("false")),
    Column("above_max", Boolean, nullable=False, server_default=text("false")),
    Column("alert_available", Numeric),
    timestamptz("alert_since", nullable=True),
    Column("version", Integer, nullable=False),
    timestamptz("updated_at", now=True),
    CheckConstraint("NOT (below_min AND above_max)"),
    Index("reorder_rules_warehouse", "warehouse", "sku"),
    Index(
        "reorder_rules_alerts",
        "warehouse",
        "sku",
        postgresql_where=text("below_min OR above_max"),
    ),
)

abc_classes = Table(
    "abc_classes",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("warehouse", Text, primary_key=True),
    Column("class", Text, CheckConstraint("class IN ('A', 'B', 'C')"), nullable=False),
    _required("consumption_value", Numeric),
    _required("currency"),
    _required("cumulative_share", Numeric),
    Column("period_from", Date, nullable=False),
    Column("period_to", Date, nullable=False),
    _required("a_share", Numeric),
    _required("b_share", Numeric),
    timestamptz("classified_at"),
    Column("version", Integer, nullable=False),
    Index("abc_classes_warehouse", "warehouse", "class", "sku"),
    Index("abc_classes_by_value", "warehouse", "consumption_value", "sku"),
)
