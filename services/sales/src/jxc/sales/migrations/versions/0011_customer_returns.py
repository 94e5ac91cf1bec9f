"""Customer returns: what was sold and shipped per order line (projection return-sales), the
returns and their lines (written with their events)."""

from alembic import op

revision = "0011"
down_revision = "0010"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE return_sold_lines (
            order_id uuid NOT NULL,
            line_no integer NOT NULL,
            customer_id uuid NOT NULL,
            sku text NOT NULL,
            warehouse text NOT NULL,
            unit text NOT NULL,
            ordered numeric NOT NULL DEFAULT 0,
            shipped numeric NOT NULL DEFAULT 0,
            unit_price numeric,
            currency text,
            PRIMARY KEY (order_id, line_no)
        )
    """)
    op.execute("""
        CREATE TABLE customer_returns (
            return_id uuid PRIMARY KEY,
            order_id uuid NOT NULL,
            customer_id uuid NOT NULL,
            status text NOT NULL,
            reason text NOT NULL,
            currency text NOT NULL,
            refusal text,
            credit_note_id uuid,
            replacement_order_id uuid,
            version integer NOT NULL,
            requested_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        )
    """)
    op.execute("CREATE INDEX customer_returns_order ON customer_returns (order_id, return_id)")
    op.execute(
        "CREATE INDEX customer_returns_customer ON customer_returns (customer_id, return_id)"
    )
    op.execute("CREATE INDEX customer_returns_status ON customer_returns (status, return_id)")
    op.execute("""
        CREATE TABLE customer_return_lines (
            return_id uuid NOT NULL,
            line_no integer NOT NULL,
            order_id uuid NOT NULL,
            sku text NOT NULL,
            warehouse text NOT NULL,
            unit text NOT NULL,
            unit_price numeric NOT NULL,
            requested numeric NOT NULL,
            received numeric NOT NULL DEFAULT 0,
            claimed numeric NOT NULL,
            PRIMARY KEY (return_id, line_no)
        )
    """)
    op.execute(
        "CREATE INDEX customer_return_lines_order ON customer_return_lines (order_id, line_no)"
    )


def downgrade() -> None:
    op.execute("DROP TABLE customer_return_lines")
    op.execute("DROP TABLE customer_returns")
    op.execute("DROP TABLE return_sold_lines")
