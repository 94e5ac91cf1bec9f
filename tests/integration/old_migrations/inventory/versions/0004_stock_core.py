"""The stock core: positions per SKU x warehouse (the state of stream stock-<sku>@<warehouse>,
kept at every version), balances per location and lot, FIFO layers, reservations, and the
immutable ledger. Replaces the first flow's projection tables."""

from alembic import op

revision = "0004"
down_revision = "0003"

TABLES = [
    """
    CREATE TABLE stock_positions (
        sku text NOT NULL,
        warehouse text NOT NULL,
        unit text NOT NULL,
        currency text NOT NULL,
        on_hand numeric NOT NULL DEFAULT 0,
        reserved numeric NOT NULL DEFAULT 0,
        in_transit numeric NOT NULL DEFAULT 0,
        value numeric NOT NULL DEFAULT 0,
        last_unit_cost numeric NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sku, warehouse)
    )
    """,
    """
    CREATE TABLE stock_balances (
        sku text NOT NULL,
        warehouse text NOT NULL,
        location text NOT NULL,
        lot text NOT NULL,
        on_hand numeric NOT NULL,
        PRIMARY KEY (sku, warehouse, location, lot)
    )
    """,
    """
    CREATE TABLE stock_layers (
        sku text NOT NULL,
        warehouse text NOT NULL,
        seq integer NOT NULL,
        quantity numeric NOT NULL,
        unit_cost numeric NOT NULL,
        source_id uuid,
        PRIMARY KEY (sku, warehouse, seq)
    )
    """,
    """
    CREATE TABLE stock_reservations (
        order_id uuid NOT NULL,
        line_no integer NOT NULL,
        sku text NOT NULL,
        warehouse text NOT NULL,
        quantity numeric NOT NULL,
        PRIMARY KEY (order_id, line_no)
    )
    """,
    "CREATE INDEX stock_reservations_position ON stock_reservations (sku, warehouse)",
    """
    CREATE TABLE stock_ledger (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        sku text NOT NULL,
        warehouse text NOT NULL,
        location text,
        lot text,
        movement text NOT NULL,
        reason text,
        quantity numeric NOT NULL,
        unit text NOT NULL,
        unit_cost numeric,
        value_change numeric NOT NULL,
        currency text NOT NULL,
        on_hand_after numeric NOT NULL,
        value_after numeric NOT NULL,
        order_id uuid,
        document_id uuid,
        source_event_id uuid,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
    )
    """,
    "CREATE INDEX stock_ledger_position ON stock_ledger (sku, warehouse, occurred_at, id)",
    "CREATE INDEX stock_ledger_source ON stock_ledger (source_event_id)",
]


def upgrade() -> None:
    op.execute("DROP TABLE stock_levels")
    op.execute("DROP TABLE stock_ledger")
    for statement in TABLES:
        op.execute(statement)


def downgrade() -> None:
    for table in ("stock_ledger", "stock_reservations", "stock_layers", "stock_balances"):
        op.execute(f"DROP TABLE {table}")
    op.execute("DROP TABLE stock_positions")
