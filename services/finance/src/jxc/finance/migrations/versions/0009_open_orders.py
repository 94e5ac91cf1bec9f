"""Open orders (sales not yet invoiced, purchases not yet matched) for the cash forecast."""

from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE open_orders (
            order_id uuid PRIMARY KEY,
            kind text NOT NULL CONSTRAINT open_order_kind_known
                CHECK (kind IN ('sales', 'purchase')),
            expected_on date NOT NULL,
            currency text NOT NULL,
            amount numeric NOT NULL,
            invoiced numeric NOT NULL,
            closed boolean NOT NULL
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE open_orders")
