"""Backorders: each stock position keeps the order lines waiting for its stock, in placement
order, as part of its state (saved with it, like its reservations)."""

from alembic import op

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE stock_backorders (
            sku text NOT NULL,
            warehouse text NOT NULL,
            seq integer NOT NULL,
            order_id uuid NOT NULL,
            line_no integer NOT NULL,
            quantity numeric NOT NULL,
            PRIMARY KEY (sku, warehouse, seq),
            CONSTRAINT stock_backorders_order_line_key UNIQUE (order_id, line_no, sku, warehouse)
        )
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE stock_backorders")
