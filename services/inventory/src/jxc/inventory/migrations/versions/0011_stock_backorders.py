"""Backorders: each stock position keeps the order lines waiting for its stock, in placement
order, as part of its state (saved with it, like its reservations).

Numbered 0011, not 0010: a database of the old migration layout at its head records "0010"
(inventory's old platform step 3); a service revision "0010" would be taken as applied there."""

from alembic import op

revision = "0011"
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
