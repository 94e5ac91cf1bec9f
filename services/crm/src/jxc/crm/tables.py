"""Crm's tables, declared once (the platform's included): what its migrations build (checked
by tests/integration/test_migrations_match_tables.py) and what adapters/ read and write."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, Numeric, Table, Text, UniqueConstraint, Uuid
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
