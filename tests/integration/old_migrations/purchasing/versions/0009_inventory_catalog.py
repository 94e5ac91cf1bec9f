"""Purchasing's copy of inventory's item master and warehouses (projected from
jxc.inventory.events), so purchase orders only name registered items and warehouses."""

from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE catalog_items (
            sku text PRIMARY KEY,
            name text NOT NULL,
            unit text NOT NULL,
            updated_at timestamptz NOT NULL
        )
    """)
    op.execute("""
        CREATE TABLE catalog_warehouses (
            code text PRIMARY KEY,
            name text NOT NULL,
            updated_at timestamptz NOT NULL
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE catalog_warehouses")
    op.execute("DROP TABLE catalog_items")
