"""Supplier scorecard: per supplier and day, the sums its figures are computed from."""

from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE supplier_scorecard_days (
            supplier_id uuid NOT NULL,
            day date NOT NULL,
            lines_due integer NOT NULL DEFAULT 0,
            lines_on_time integer NOT NULL DEFAULT 0,
            accepted numeric NOT NULL DEFAULT 0,
            rejected numeric NOT NULL DEFAULT 0,
            invoiced numeric NOT NULL DEFAULT 0,
            invoiced_at_po_price numeric NOT NULL DEFAULT 0,
            currency text,
            PRIMARY KEY (supplier_id, day)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE supplier_scorecard_days")
