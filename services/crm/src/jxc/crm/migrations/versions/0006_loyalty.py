"""Loyalty: the accounts (balance, owed, tier) and the points ledger, written with the
points ledger's events."""

from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE loyalty_accounts (
            customer_id uuid PRIMARY KEY,
            currency text,
            balance integer NOT NULL,
            owed integer NOT NULL,
            tier text NOT NULL,
            tier_points integer NOT NULL,
            redeemed integer NOT NULL,
            version integer NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT loyalty_balance_not_negative CHECK (balance >= 0 AND owed >= 0)
        )
    """)
    op.execute("CREATE INDEX loyalty_accounts_tier ON loyalty_accounts (tier, customer_id)")
    op.execute("""
        CREATE TABLE loyalty_ledger (
            customer_id uuid NOT NULL,
            version integer NOT NULL,
            kind text NOT NULL,
            points integer NOT NULL,
            change integer NOT NULL,
            balance integer NOT NULL,
            order_id uuid,
            reference uuid NOT NULL,
            voucher_code text,
            value numeric NOT NULL,
            currency text NOT NULL,
            recorded_at timestamptz NOT NULL,
            PRIMARY KEY (customer_id, version)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE loyalty_ledger, loyalty_accounts")
