"""Stock counts: inline read tables of the stock-count aggregate (app/stock_counts.py).

They are written in the same transaction as the count's events, so they never lag: a count
(`stock_counts`), its counted lines (`stock_count_lines`, one row per balance, '' for no
location / no lot, the last count of a balance wins; `expected` is the system quantity when
the line was counted and is never shown while the count is open), and the balances in
scope that nobody counted, as they stood at the close (`stock_count_uncounted`).
"""

from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE stock_counts (
            count_id uuid PRIMARY KEY,
            warehouse text NOT NULL,
            scope text NOT NULL,
            location text,
            skus text[] NOT NULL DEFAULT '{}',
            note text,
            status text NOT NULL,
            lines_counted integer NOT NULL DEFAULT 0,
            lines_adjusted integer,
            uncounted integer,
            cancel_reason text,
            opened_at timestamptz NOT NULL,
            closed_at timestamptz,
            cancelled_at timestamptz,
            version integer NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now()
        )
    """)
    op.execute("CREATE INDEX stock_counts_by_warehouse ON stock_counts (warehouse, status)")
    op.execute("CREATE INDEX stock_counts_by_status ON stock_counts (status, opened_at)")
    op.execute("""
        CREATE TABLE stock_count_lines (
            count_id uuid NOT NULL REFERENCES stock_counts (count_id),
            sku text NOT NULL,
            location text NOT NULL,
            lot text NOT NULL,
            unit text NOT NULL,
            counted numeric NOT NULL,
            expected numeric NOT NULL,
            counted_at timestamptz NOT NULL,
            times_counted integer NOT NULL DEFAULT 1,
            PRIMARY KEY (count_id, sku, location, lot)
        )
    """)
    op.execute("""
        CREATE TABLE stock_count_uncounted (
            count_id uuid NOT NULL REFERENCES stock_counts (count_id),
            sku text NOT NULL,
            location text NOT NULL,
            lot text NOT NULL,
            on_hand numeric NOT NULL,
            PRIMARY KEY (count_id, sku, location, lot)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE stock_count_uncounted")
    op.execute("DROP TABLE stock_count_lines")
    op.execute("DROP TABLE stock_counts")
