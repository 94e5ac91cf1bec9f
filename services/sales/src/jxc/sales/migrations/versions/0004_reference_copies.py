"""Sales' copies of crm's customers and inventory's items and warehouses (projections)."""

from alembic import op

revision = "0004"
down_revision = None
# The platform's own tables come first, from its own branch (jxc.platform.migration_versions).
depends_on = "platform_0003"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE customers (
            customer_id uuid PRIMARY KEY,
            code text NOT NULL,
            name text NOT NULL,
            customer_group text NOT NULL,
            currency text NOT NULL,
            credit_limit numeric NOT NULL,
            addresses jsonb NOT NULL,
            updated_at timestamptz NOT NULL
        )
    """)
    op.execute("""
        CREATE TABLE catalog_items (
            sku text PRIMARY KEY,
            name text NOT NULL,
            unit text NOT NULL,
            category text,
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
    op.execute("DROP TABLE customers")
