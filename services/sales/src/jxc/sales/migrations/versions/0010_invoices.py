"""Invoicing: the invoice list, written inline with the invoices' events."""

from alembic import op

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE invoices (
            invoice_id uuid PRIMARY KEY,
            invoice_no text NOT NULL,
            order_id uuid NOT NULL,
            shipment_id uuid,
            customer_id uuid NOT NULL,
            issued_on date NOT NULL,
            due_on date NOT NULL,
            currency text NOT NULL,
            net_total numeric NOT NULL,
            tax_total numeric NOT NULL,
            gross_total numeric NOT NULL,
            CONSTRAINT invoice_no UNIQUE (invoice_no)
        )
    """)
    op.execute("CREATE INDEX invoices_order ON invoices (order_id)")
    op.execute("CREATE INDEX invoices_customer ON invoices (customer_id, invoice_id)")


def downgrade() -> None:
    op.execute("DROP TABLE invoices")
