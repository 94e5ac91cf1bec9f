"""Budgets per period, account and cost centre ("" for the whole company)."""

from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE budgets (
            period text NOT NULL,
            account text NOT NULL,
            cost_centre text NOT NULL,
            account_type text NOT NULL,
            amount numeric NOT NULL,
            currency text NOT NULL,
            threshold numeric NOT NULL,
            CONSTRAINT budgets_pkey PRIMARY KEY (period, account, cost_centre)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE budgets")
