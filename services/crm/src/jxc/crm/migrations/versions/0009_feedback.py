"""Feedback (complaints and suggestions), written with its events."""

from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE feedback (
            feedback_id uuid PRIMARY KEY,
            customer_id uuid NOT NULL,
            kind text NOT NULL,
            subject text NOT NULL,
            status text NOT NULL,
            order_id uuid,
            shipment_id uuid,
            assignee text,
            resolution text,
            opened_at timestamptz NOT NULL,
            started_at timestamptz,
            resolved_at timestamptz,
            version integer NOT NULL
        )
    """)
    op.execute("CREATE INDEX feedback_customer ON feedback (customer_id, opened_at, feedback_id)")
    op.execute("CREATE INDEX feedback_status ON feedback (status, opened_at, feedback_id)")


def downgrade() -> None:
    op.execute("DROP TABLE feedback")
