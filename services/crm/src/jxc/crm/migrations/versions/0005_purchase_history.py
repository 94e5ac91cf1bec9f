"""Purchase history, projected from sales' events: the orders each customer placed (a
cancelled one marked so), their value per SKU, and the returns received."""

from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE customer_orders (
            order_id uuid PRIMARY KEY,
            customer_id uuid NOT NULL,
            order_no text,
            placed_at timestamptz NOT NULL,
            currency text NOT NULL,
            total numeric NOT NULL,
            coupon_code text,
            cancelled_at timestamptz
        )
    """)
    op.execute(
        "CREATE INDEX customer_orders_customer "
        "ON customer_orders (customer_id, placed_at, order_id)"
    )
    op.execute("""
        CREATE TABLE customer_order_products (
            order_id uuid NOT NULL,
            sku text NOT NULL,
            quantity numeric NOT NULL,
            unit text NOT NULL,
            value numeric NOT NULL,
            PRIMARY KEY (order_id, sku)
        )
    """)
    op.execute("""
        CREATE TABLE customer_returns (
            return_id uuid PRIMARY KEY,
            order_id uuid NOT NULL,
            customer_id uuid NOT NULL,
            received_at timestamptz NOT NULL,
            currency text NOT NULL,
            value numeric NOT NULL
        )
    """)
    op.execute("CREATE INDEX customer_returns_customer ON customer_returns (customer_id)")
    op.execute("CREATE INDEX customer_returns_order ON customer_returns (order_id)")


def downgrade() -> None:
    op.execute("DROP TABLE customer_returns, customer_order_products, customer_orders")
