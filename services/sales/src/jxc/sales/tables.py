"""The sales service's tables, declared once (the platform's included): what its migrations
build (checked by tests/integration/test_migrations_match_tables.py) and what adapters/ read
and write."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    Numeric,
    Table,
    Text,
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
