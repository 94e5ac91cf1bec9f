"""Supplier invoices and their lines as a table, kept inline with the invoices' commands:
invoice numbers unique per supplier, what the other matched invoices of an order already
took, and the list of invoices (e.g. the held ones)."""

from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE supplier_invoices (
            invoice_id uuid PRIMARY KEY,
            supplier_id uuid NOT NULL,
            invoice_number text NOT NULL,
            purchase_order_id uuid NOT NULL,
            status text NOT NULL,
            currency text NOT NULL,
            total numeric NOT NULL,
            invoice_date date NOT NULL,
            due_date date NOT NULL,
            hold_reason text,
            overridden_by text,
            version integer NOT NULL,
            recorded_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT supplier_invoice_number UNIQUE (supplier_id, invoice_number)
        )
    """)
    op.execute("CREATE INDEX supplier_invoices_order ON supplier_invoices (purchase_order_id)")
    op.execute("CREATE INDEX supplier_invoices_status ON supplier_invoices (status, recorded_at)")
    op.execute("""
        CREATE TABLE supplier_invoice_lines (
            invoice_id uuid NOT NULL REFERENCES supplier_invoices ON DELETE CASCADE,
            line_no integer NOT NULL,
            sku text NOT NULL,
            quantity numeric NOT NULL,
            unit_price numeric NOT NULL,
            PRIMARY KEY (invoice_id, line_no)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE supplier_invoice_lines")
    op.execute("DROP TABLE supplier_invoices")
