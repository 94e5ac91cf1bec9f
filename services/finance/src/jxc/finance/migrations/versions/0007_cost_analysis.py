"""Cost analysis: the customer of each sales order and the category of each item, as the
ledger learns them from sales' and inventory's events."""

from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE order_customers (
            order_id uuid PRIMARY KEY,
            customer_id uuid NOT NULL
        )
    """)
    op.execute("""
        CREATE TABLE item_categories (
            sku text PRIMARY KEY,
            category text
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE item_categories")
    op.execute("DROP TABLE order_customers")
