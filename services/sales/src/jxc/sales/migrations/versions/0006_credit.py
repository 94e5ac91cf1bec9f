"""Credit exposure: each placed order's value and what of it was invoiced, and each
customer's open receivables as finance last said."""

from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE credit_orders (
            order_id uuid PRIMARY KEY,
            customer_id uuid,
            total numeric NOT NULL,
            invoiced numeric NOT NULL,
            counts boolean NOT NULL
        )
    """)
    op.execute("CREATE INDEX credit_orders_customer ON credit_orders (customer_id)")
    op.execute("""
        CREATE TABLE credit_receivables (
            customer_id uuid PRIMARY KEY,
            open_receivables numeric NOT NULL,
            stream_version integer NOT NULL
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE credit_receivables")
    op.execute("DROP TABLE credit_orders")
