"""Each customer's receivables overdue, as finance last reported them: more than the allowed
amount overdue holds the customer's new orders for a credit controller."""

from alembic import op

revision = "0015"
down_revision = "0014"


def upgrade() -> None:
    op.execute("ALTER TABLE credit_receivables ADD COLUMN overdue numeric NOT NULL DEFAULT 0")


def downgrade() -> None:
    op.execute("ALTER TABLE credit_receivables DROP COLUMN overdue")
