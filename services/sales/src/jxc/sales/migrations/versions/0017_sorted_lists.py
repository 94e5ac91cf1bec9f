"""Indexes for the sales lists' default sorts and the invoices' due dates (issue 12: lists
sorted and paged on the server), so that their first and next pages read an index in order
instead of sorting the whole table:

- shipments_by_created (created_at, shipment_id): the shipments as they were created.
- quotations_by_created (created_on, quotation_id): the quotations, newest first.
- customer_returns_by_requested (requested_at, return_id): the returns as they were asked.
- invoices_by_due (due_on, invoice_id): the invoices by due date, the collector's order.

The other sorts (status, amounts, other dates, of a filtered list mostly) read the filtered
rows and sort them; price lists and sales targets are small tables; the invoice number has
its unique index already.
"""

from alembic import op

revision = "0017"
down_revision = "0016"


def upgrade() -> None:
    op.execute("CREATE INDEX shipments_by_created ON shipments (created_at, shipment_id)")
    op.execute("CREATE INDEX quotations_by_created ON quotations (created_on, quotation_id)")
    op.execute(
        "CREATE INDEX customer_returns_by_requested ON customer_returns (requested_at, return_id)"
    )
    op.execute("CREATE INDEX invoices_by_due ON invoices (due_on, invoice_id)")


def downgrade() -> None:
    op.execute("DROP INDEX invoices_by_due")
    op.execute("DROP INDEX customer_returns_by_requested")
    op.execute("DROP INDEX quotations_by_created")
    op.execute("DROP INDEX shipments_by_created")
