"""The order book: orders and their lines, kept inline with the orders' commands, and the
sequence order numbers come from."""

from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.execute("CREATE SEQUENCE order_numbers")
    op.execute("""
        CREATE TABLE orders (
            order_id uuid PRIMARY KEY,
            order_no text NOT NULL,
            customer_id uuid NOT NULL,
            status text NOT NULL,
            currency text NOT NULL,
            total numeric NOT NULL,
            taken_on date NOT NULL,
            promised_on date,
            version integer NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT order_no_once UNIQUE (order_no)
        )
    """)
    op.execute("CREATE INDEX orders_customer ON orders (customer_id, order_no)")
    op.execute("CREATE INDEX orders_status ON orders (status, order_no)")
    op.execute("CREATE INDEX orders_taken_on ON orders (taken_on, order_no)")
    op.execute("""
        CREATE TABLE order_lines (
            order_id uuid NOT NULL,
            line_no integer NOT NULL,
            order_no text NOT NULL,
            sku text NOT NULL,
            warehouse text NOT NULL,
            quantity numeric NOT NULL,
            unit text NOT NULL,
            unit_price numeric NOT NULL,
            net_amount numeric NOT NULL,
            reservation text NOT NULL,
            backorder_position integer,
            shipped numeric NOT NULL,
            PRIMARY KEY (order_id, line_no)
        )
    """)
    op.execute("CREATE INDEX order_lines_sku ON order_lines (sku, order_no)")
    op.execute("CREATE INDEX order_lines_warehouse ON order_lines (warehouse, order_no)")
    op.execute("CREATE INDEX order_lines_reservation ON order_lines (reservation, order_no)")


def downgrade() -> None:
    op.execute("DROP TABLE order_lines")
    op.execute("DROP TABLE orders")
    op.execute("DROP SEQUENCE order_numbers")
