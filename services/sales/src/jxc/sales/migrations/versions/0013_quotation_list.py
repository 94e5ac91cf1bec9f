"""The quotation list, written inline with the quotations' events; the order book keeps why
an order is held on credit (or was refused), for the list of held orders."""

from alembic import op

revision = "0013"
down_revision = "0011"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE quotations (
            quotation_id uuid PRIMARY KEY,
            customer_id uuid NOT NULL,
            currency text NOT NULL,
            total numeric NOT NULL,
            line_count integer NOT NULL,
            valid_until date NOT NULL,
            created_on date NOT NULL,
            created_by text NOT NULL,
            accepted_on date,
            order_id uuid
        )
    """)
    op.execute("CREATE INDEX quotations_customer ON quotations (customer_id, quotation_id)")
    op.execute("ALTER TABLE orders ADD COLUMN status_reason text")


def downgrade() -> None:
    op.execute("ALTER TABLE orders DROP COLUMN status_reason")
    op.execute("DROP TABLE quotations")
