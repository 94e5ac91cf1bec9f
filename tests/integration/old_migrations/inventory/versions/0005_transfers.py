"""Transfers between warehouses: the inline read tables `transfers` and `transfer_lines`,
written in the same transaction as the transfer's events (stream transfer-<id>), so they never
lag them. What is in transit to a warehouse is kept on its stock position
(stock_positions.in_transit, migration 0004)."""

from alembic import op

revision = "0005"
down_revision = "0004"

TABLES = [
    """
    CREATE TABLE transfers (
        transfer_id uuid PRIMARY KEY,
        from_warehouse text NOT NULL,
        to_warehouse text NOT NULL,
        status text NOT NULL,
        note text,
        cancel_reason text,
        requested_at timestamptz NOT NULL,
        dispatched_at timestamptz,
        last_received_at timestamptz,
        closed_at timestamptz,
        cancelled_at timestamptz,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
    )
    """,
    "CREATE INDEX transfers_status ON transfers (status, requested_at)",
    "CREATE INDEX transfers_from ON transfers (from_warehouse, requested_at)",
    "CREATE INDEX transfers_to ON transfers (to_warehouse, requested_at)",
    """
    CREATE TABLE transfer_lines (
        transfer_id uuid NOT NULL REFERENCES transfers ON DELETE CASCADE,
        line_no integer NOT NULL,
        sku text NOT NULL,
        unit text NOT NULL,
        lot text,
        from_location text,
        quantity numeric NOT NULL,
        dispatched numeric NOT NULL DEFAULT 0,
        received numeric NOT NULL DEFAULT 0,
        lost numeric NOT NULL DEFAULT 0,
        unit_cost numeric,
        total_cost numeric,
        value_received numeric NOT NULL DEFAULT 0,
        loss_value numeric NOT NULL DEFAULT 0,
        currency text,
        PRIMARY KEY (transfer_id, line_no)
    )
    """,
    "CREATE INDEX transfer_lines_sku ON transfer_lines (sku)",
]


def upgrade() -> None:
    for statement in TABLES:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TABLE transfer_lines")
    op.execute("DROP TABLE transfers")
