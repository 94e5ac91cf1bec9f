"""Stock ledger (immutable movement lines) and stock levels per SKU x warehouse."""

from alembic import op

revision = "0002"
down_revision = None
# The platform's own tables come first, from its own branch (jxc.platform.migration_versions).
depends_on = "platform_0003"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE stock_ledger (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source_event_id uuid NOT NULL,
            line_no integer NOT NULL,
            movement text NOT NULL,
            document_id uuid,
            sku text NOT NULL,
            warehouse text NOT NULL,
            lot text,
            quantity numeric NOT NULL,
            unit text NOT NULL,
            unit_cost numeric,
            currency text,
            occurred_at timestamptz NOT NULL,
            recorded_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT stock_ledger_source_line UNIQUE (source_event_id, line_no)
        )
    """)
    op.execute("CREATE INDEX stock_ledger_sku_wh ON stock_ledger (sku, warehouse, id)")
    op.execute("""
        CREATE TABLE stock_levels (
            sku text NOT NULL,
            warehouse text NOT NULL,
            unit text NOT NULL,
            on_hand numeric NOT NULL DEFAULT 0,
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (sku, warehouse)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE stock_levels")
    op.execute("DROP TABLE stock_ledger")
