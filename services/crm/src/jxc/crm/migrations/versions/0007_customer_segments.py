"""RFM: each scored customer's latest scores and segment."""

from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE customer_segments (
            customer_id uuid PRIMARY KEY,
            segment text NOT NULL,
            recency_score integer NOT NULL,
            frequency_score integer NOT NULL,
            monetary_score integer NOT NULL,
            recency_days integer NOT NULL,
            frequency integer NOT NULL,
            monetary numeric NOT NULL,
            currency text NOT NULL,
            computed_at timestamptz NOT NULL
        )
    """)
    op.execute("CREATE INDEX customer_segments_segment ON customer_segments (segment, customer_id)")


def downgrade() -> None:
    op.execute("DROP TABLE customer_segments")
