"""Payables and receivables: open items (invoices of customers and suppliers, what was
credited and what payments settled) and the payments recorded."""

from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE open_items (
            document_id uuid PRIMARY KEY,
            kind text NOT NULL CONSTRAINT open_item_kind_known
                CHECK (kind IN ('receivable', 'payable')),
            party_id uuid NOT NULL,
            document_no text NOT NULL,
            issued_on date NOT NULL,
            due_on date NOT NULL,
            currency text NOT NULL,
            amount numeric NOT NULL,
            credited numeric NOT NULL,
            allocated numeric NOT NULL
        )
    """)
    op.execute("CREATE INDEX open_items_party ON open_items (kind, party_id, due_on)")
    op.execute("""
        CREATE TABLE payments (
            payment_id uuid PRIMARY KEY,
            direction text NOT NULL,
            party_id uuid NOT NULL,
            amount numeric NOT NULL,
            currency text NOT NULL,
            paid_on date NOT NULL,
            cash_account text NOT NULL,
            unallocated numeric NOT NULL,
            reference text,
            recorded_at timestamptz NOT NULL
        )
    """)
    op.execute("CREATE INDEX payments_party ON payments (party_id, paid_on)")


def downgrade() -> None:
    op.execute("DROP TABLE payments")
    op.execute("DROP TABLE open_items")
